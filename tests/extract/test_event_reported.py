"""Tests for pipeline/extract/event_reported.py: a full article keeps its event type only when it
reports an event of its own. Every article here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.analyse import analyse
from pipeline.extract.event_reported import is_full_article, is_news_story
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ArticleText

FRIDAY = dt.datetime(2025, 11, 7, 9, 30)
# Sentences of no event, to make a text as long as a newspaper article.
_FILLER = (
    "The chamber of commerce said business confidence in the region remained low. "
    "Several exporters have asked the state for help with freight costs and credit lines. "
    "Officials expect the new budget to be presented to the assembly before the end of the year. "
    "Economists said the cost of borrowing had risen sharply over the last quarter. "
    "The opposition has promised to raise the matter when the assembly meets again. "
    "A delegation of farmers met the agriculture secretary to discuss the price of seed and fertiliser. "
    "The university has published the timetable of its final examinations on its website. "
    "Railway officials said two new trains would serve the coastal districts from next month. "
    "The municipal corporation plans to repair the roads of the old city before the monsoon. "
    "Hoteliers reported fewer bookings than usual for the holiday season. "
    "The water board has asked residents of the eastern wards to store water for the coming days. "
)


def event_type(body: str, published: dt.datetime | None = FRIDAY) -> str | None:
    """The event type of the incident `analyse` finds in `body`."""
    return analyse(ArticleText("a", body, None, published)).incident.event_type


def killed(body: str) -> int:
    """The incident's killed figure in `body`."""
    return analyse(ArticleText("a", body, None, FRIDAY)).incident.killed


def test_a_short_note_is_taken_as_written_about_an_event() -> None:
    """A brief that only names rioting keeps its type: notes and briefs are written about an event."""
    body = "Traders in the city counted their losses after rioting in the market."
    assert not is_full_article(body, split_sentences(body))
    assert event_type(body) == "Riots"


def test_an_article_that_discusses_violence_reports_no_event() -> None:
    """A long piece on the riots' cost to business, with a minister's statement, has no event type."""
    body = ("Textile traders across the state have lost heavily since the riots, their trade bodies say. "
            "The industries minister said on Tuesday that help for them would be announced "
            "soon. " + _FILLER)
    assert is_full_article(body, split_sentences(body))
    assert event_type(body) is None


def test_an_article_reporting_arrests_keeps_its_type() -> None:
    """A figure of people arrested in the incident is evidence of the event."""
    body = ("Police detained 31 activists, two of them legislators, at a highway checkpoint as they "
            "headed to a hill shrine, officials said. " + _FILLER)
    assert event_type(body) == "Strategic developments"


def test_an_article_reporting_a_protest_on_a_recent_day_keeps_its_type() -> None:
    """No one hurt, but a day next to the lead that is no statement's day: the protest happened."""
    body = ("Hundreds of teachers marched to the education ministry on Wednesday demanding unpaid wages. "
            "They shouted slogans and staged a sit-in outside the gate for three hours. " + _FILLER)
    assert event_type(body) == "Protests"


def test_a_weekday_is_evidence_of_an_event_without_a_publication_day() -> None:
    """'rallied in the capital on Wednesday' in a story with no publication day (the weekday unresolved)
    still tells of a recent day: the protest happened."""
    body = "NEW DELHI: Thousands of farmers rallied in the capital on Wednesday demanding loan waivers."
    assert event_type(body, None) == "Protests"
    body = ("Hundreds of teachers marched to the education ministry on Wednesday demanding unpaid wages. "
            "They shouted slogans and staged a sit-in outside the gate for three hours. " + _FILLER)
    assert event_type(body, None) == "Protests"


def test_a_wire_datelined_roundup_keeps_its_weeks_old_figures() -> None:
    """'(Reuters) - On the 18th, a herder died when a rocket landed near his flock. On the 26th, mortar fire ...
    killed three more villagers': a roundup under a wire's dateline tells each day of its month as news, as a note
    does (its "26th", resolved to last month, is no earlier incident's)."""
    body = ("(Reuters) - On the 18th, a herder died when a rocket landed near his flock. On the 26th, mortar fire "
            "on a hill village killed three more villagers.")
    found = analyse(ArticleText("a", body, None, dt.datetime(2018, 5, 18))).casualties
    assert {m.status for m in found if m.category == "killed"} == {"reported"}


def test_a_partys_day_of_criticism_is_no_evidence_of_an_event() -> None:
    """'The party on Saturday criticised its rivals for saying nothing about the murder of 23 pilgrims ...
    on February 26', 'The home minister on Monday defended the chief minister': a statement's day; the
    murders, weeks back, and the riots are no news of this article."""
    body = ("The party on Saturday criticised its rivals for saying nothing about the murder of 23 pilgrims "
            "at the bus stand on February 26. " + _FILLER)
    assert event_type(body, dt.datetime(2002, 3, 17)) is None
    body = ("The home minister on Monday defended the chief minister and brushed aside calls from rival parties "
            "for him to quit over the riots. " + _FILLER)
    assert event_type(body, dt.datetime(2002, 3, 12)) is None


def test_a_statement_day_is_no_evidence_of_an_event() -> None:
    """'the minister on Thursday condemned the riots': a statement's day, not an event's."""
    body = ("The home minister on Thursday condemned the riots and said the culprits would be punished. "
            "He spoke to reporters at his official residence after a meeting with party leaders. " + _FILLER)
    assert event_type(body) is None


@pytest.mark.parametrize(
    "opening",
    [
        "Speaking in the legislature, the premier said on Thursday the unrest had been planned by outsiders.",
        "Saddened by the riots, the governor declared on Thursday he would stay away from the "
        "harvest fair.",
        "The high court on Wednesday ruled out any meeting on the ground where last year's riots started.",
        "The inspector general on Saturday directed the district police to question the arrested smuggler in "
        "Kolkata.",
    ],
)
def test_a_day_of_a_speech_a_ruling_or_an_order_is_no_event_s(opening: str) -> None:
    """'the premier said on Thursday', 'declared on Thursday', 'the high court on Wednesday ruled', 'the
    inspector general on Saturday directed the police': a statement's, a court's or an official's day, however
    worded; the riots or the arrest they name are no event of that day."""
    body = opening + " Officials gave no further details. " + _FILLER
    assert event_type(body) is None


def test_a_first_sentence_telling_the_event_is_dated_by_its_statement() -> None:
    """'Protesters clashed with police ..., witnesses said on Tuesday' as the opening sentence, with a verb
    of the event: the statement's day dates the clash (a wire lead)."""
    body = "Protesters clashed with police outside the parliament, witnesses said on Tuesday. " + _FILLER
    assert event_type(body) == "Riots"


def test_an_old_day_or_a_page_date_is_no_evidence() -> None:
    """A day weeks before publication is history; a page's 'This story is from' date bounds nothing."""
    body = ("This story is from November 6, 2025. Residents of the old city say they have not got over "
            "the riots of October 2. " + _FILLER)
    assert event_type(body) is None


def test_figures_of_an_article_without_an_event_are_background() -> None:
    """An opinion piece that recalls the riots' toll deep in its text adds no deaths to the totals;
    the figure stays in the mentions, as background, with the reason."""
    body = ("The chief minister's critics say investors have begun to shun the state. "
            "A group of industrialists raised the matter with the prime minister. " + _FILLER
            + "More than 500 people across the state were killed in the clashes after the temple fire.")
    analysis = analyse(ArticleText("a", body, None, FRIDAY))
    assert analysis.incident.killed == 0
    [mention] = [m for m in analysis.casualties if m.category == "killed"]
    assert (mention.status, mention.reason) == ("background", "no event in the article's opening")


def test_a_figure_in_the_opening_is_the_incidents() -> None:
    """The same toll told in the opening sentences is the reported incident's."""
    body = "Rioters killed 12 people in the old city on Wednesday, police said. " + _FILLER
    assert killed(body) == 12


def test_a_long_article_with_only_weak_cues_types_no_event() -> None:
    """'normal life was coming back', 'services resumed': weak cues type a short note, not a
    long article (the typed 'Other' of an article on a parliamentary reply)."""
    body = ("Normal life was slowly coming back to the hill town on Tuesday, officials said. Bus services "
            "resumed and the limits on visitors were eased. " + _FILLER)
    assert event_type(body) is None


def test_a_day_in_the_opening_dates_a_later_lead() -> None:
    """'ignored the orders once more on Tuesday ... held a protest march': the day opens the story, the march
    is told two sentences on."""
    body = ("Devotees in the hill town ignored the prohibitory orders once more on Tuesday. Some 300 of them "
            "assembled near the bus depot. Villagers held a protest march against the curbs. " + _FILLER)
    assert event_type(body) == "Protests"


def test_a_demand_or_a_question_is_no_event() -> None:
    """'the party on Monday demanded that the government be sacked' is a statement's day; 'why were families
    chased down and murdered?' asks, it does not tell."""
    body = ("The party on Monday demanded that the state government be sacked for the riots. " + _FILLER)
    assert event_type(body) is None
    body = ("Why were families chased down and murdered in one state alone, the senator asked in the debate on "
            "Thursday? " + _FILLER)
    assert event_type(body) is None


def test_a_figure_dated_weeks_before_a_news_article_is_background() -> None:
    """A story of the train's run on Thursday recalls the fire of 8 October that killed 40: not its toll."""
    body = ("The night train to the coast ran again on Thursday night under heavy police guard, railway "
            "officials said. On its route lies the junction at which arsonists set three of its coaches alight on "
            "8 October, leaving 40 passengers dead. " + _FILLER)
    analysis = analyse(ArticleText("a", body, None, FRIDAY))
    assert analysis.incident.killed == 0
    assert [(m.count_best, m.status, m.reason) for m in analysis.casualties] == [
        (40, "background", "dated weeks before the article")]


def test_a_figure_of_an_old_month_or_year_in_a_news_article_is_background() -> None:
    """'a bombing at the airport in November which left 9 people dead', recalled in March: not the news; 'the
    worst violence since December' bounds a period, it dates no figure."""
    body = ("Gunmen killed two guards at a depot near the river on Thursday night, police said. Police said the "
            "gunmen belonged to a group the government blames for a bombing at the airport in November which left "
            "9 people dead. " + _FILLER)
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2002, 3, 22)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [(2, "reported"), (9, "background")]
    body = ("Rioters burnt shops in the old city on Thursday night, police said. Officials said 12 people had died "
            "in the worst violence the city has seen since December. " + _FILLER)
    analysis = analyse(ArticleText("b", body, None, dt.datetime(2002, 3, 22)))
    assert [m.status for m in analysis.casualties] == ["reported"]


def test_a_figure_dated_months_before_a_briefs_news_is_background() -> None:
    """A short text of Monday's raid recalls the raids 'over Christmas' and 'in January': earlier incidents; a
    brief's figure of a day three weeks back ('On the 26th, ...', a roundup's) stays its own."""
    body = ("Gunmen attacked a village late on Monday, killing nine people, police said. More than 190 people "
            "were killed in raids on villages in the state over Christmas. In January, 40 people were killed in "
            "raids on two market towns.")
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2024, 5, 15)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [
        (9, "reported"), (191, "background"), (40, "background")]
    body = "On Tuesday, a shell killed two civilians in the village. On the 26th, two more were shot dead there."
    analysis = analyse(ArticleText("b", body, None, dt.datetime(2018, 5, 18)))
    assert [m.status for m in analysis.casualties] == ["reported", "reported"]


def test_the_next_sentence_that_names_an_old_event_again_recalls_its_figures() -> None:
    """'... after the pogrom of 1992, he said. "Back then, in the riots in which 3,000 were killed, ..."': the old
    riots' dead; the injured of Sunday's rally, and a figure told before the recall in its sentence, are news."""
    body = ("A large crowd came to the rally in the town on Sunday, where two people were injured in a scuffle. "
            "No chief minister stepped down after the pogrom of 1992, the speaker said. \"Back then, in the "
            "riots in which 3,000 people were killed, our volunteers were the ones who sheltered families,\" he said. "
            + _FILLER)
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2002, 3, 4)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [(2, "reported"), (3000, "background")]
    body = ("A large crowd came to the rally in the town on Sunday, police said. The bus was set alight at the depot "
            "on 27 February. The number of dead reached 35 as two men injured in the attack that set off the riots "
            "died. " + _FILLER)
    analysis = analyse(ArticleText("b", body, None, dt.datetime(2002, 3, 20)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [(35, "reported"), (2, "reported")]


def test_a_report_on_old_events_keeps_its_dated_figures() -> None:
    """Without a recent day of its own, an article's figures dated months before it are its events."""
    body = ("On 14 June, gunmen seized six fishermen from a jetty in the delta town. "
            "The bodies of four of them were recovered a day later beside the boatyard. " + _FILLER)
    assert killed(body) == 4


def test_a_figure_beside_a_recent_day_stays_reported() -> None:
    """"killed on Wednesday, a month after the 8 October fire": the recent day makes it this week's."""
    body = ("Four people were killed in a clash on Wednesday, a month after the fire of 8 October that "
            "started the unrest in the town. " + _FILLER)
    assert killed(body) == 4


def test_a_short_newspaper_story_of_a_statement_reports_no_event() -> None:
    """'NAGPUR: ... the district police have banned public meetings' opens with a dateline: a newspaper's story,
    which needs evidence of an event however short it is."""
    body = ("NAGPUR: Fearing trouble after last week's rioting in the west, the district police have banned "
            "public meetings until April 10. The commissioner signed the order.")
    assert not is_full_article(body, split_sentences(body))
    assert is_news_story(body)
    assert event_type(body) is None


def test_a_short_newspaper_story_of_an_event_keeps_its_type() -> None:
    """A dateline story telling a march on a recent day is the report of an event."""
    body = ("surat: some 800 residents on Tuesday staged a silent march along the river front, "
            "demonstrating for calm. The marchers carried banners for four km.")
    assert is_news_story(body)
    assert event_type(body) == "Protests"


def test_a_coders_label_or_a_headlines_country_is_no_dateline() -> None:
    """'Looting: On 17 August ...' (a note's label) and 'Pakistan: three killed ...' (a headline) are in title
    case; 'NEW DELHI:' and a page's 'This story is from' line are a newspaper's."""
    assert not is_news_story("Looting: On 17 August 2021, militiamen stole goats from herders near the well.")
    assert not is_news_story("Pakistan: Three killed by firing along the border")
    assert not is_news_story("UPDATE: Three killed by firing along the border")
    assert is_news_story("NEW DELHI: The minister said on Monday that talks would resume.")
    assert is_news_story("This story is from April 9, 2003  nagpur: the police said ...")


def test_a_stories_politics_types_no_development() -> None:
    """'sided with two more allies against the ceremony': a story's politics, no change to a group's
    activity (a soft development needs a figure or a harder cue in the opening)."""
    body = ("NEW DELHI: A regional party backing the ruling front on Sunday sided with two more allies against "
            "the planned ceremony at the disputed site. " + _FILLER)
    assert event_type(body) is None


def test_a_harder_cue_after_a_soft_lead_types_the_story() -> None:
    """'the authorities clamped a curfew ... A youth was stabbed ...': the stabbing told in the opening types
    the story, not the curfew."""
    body = ("VADODARA: The festival passed off quietly on Friday, but the authorities clamped a curfew on the "
            "mill town on Saturday morning. A youth was stabbed by unknown men outside the cinema and seven were "
            "hurt when stones were thrown, police said. " + _FILLER)
    assert event_type(body) == "Violence against civilians"


def test_a_soft_development_with_a_figure_keeps_its_type() -> None:
    """Troops deployed after a toll given in the opening: the figure is evidence of the event."""
    body = ("Troops were deployed in the district on Friday after rebels killed 12 villagers in a raid on "
            "Thursday night, officials said. " + _FILLER)
    assert event_type(body) is not None


def test_the_dead_of_a_curfew_story_are_a_violent_events() -> None:
    """'curfew was eased ..., save for a case in which two men were stabbed to death': ACLED's non-violent
    developments have no dead, so the stabbing's sentence (past the opening's harder cues) types the story."""
    body = ("NASHIK: Curfew was eased for five hours in the walled city on Wednesday as calm returned, police "
            "said. Markets opened and autorickshaws were back on the streets. Colleges will reopen on Monday, the "
            "collector said. The night curfew stays in four wards. Save for a case in which two men were "
            "stabbed to death by a gang beside the fish market on Tuesday night, the district stayed "
            "quiet. " + _FILLER)
    assert event_type(body) == "Violence against civilians"
    assert killed(body) == 2


def test_a_stampede_or_an_accident_is_no_ones_violence() -> None:
    """'died in a stampede at a religious gathering': no event type and no sides (no unidentified attacker), its
    dead still counted; a road accident has no sides either; a stampede set off by tear gas stays an event."""
    incident = analyse(ArticleText("a", "Twenty-two pilgrims, mostly elderly women, died in a stampede at "
                                        "a religious gathering in the hills on Tuesday.", None, FRIDAY)).incident
    assert (incident.event_type, incident.actor1, incident.actor2, incident.killed) == (None, None, None, 22)
    incident = analyse(ArticleText("b", "Two people were killed in a road accident on the highway on Tuesday.", None,
                                   FRIDAY)).incident
    assert (incident.actor1, incident.actor2) == (None, None)
    assert event_type("Five people died in a stampede when police lobbed tear gas shells into the crowd.") is not None


def test_deaths_in_an_accident_are_no_ones_violence_but_its_aftermath_may_be() -> None:
    """'Two people died in an accident on the highway': no type, no sides, no dead of the conflict; 'miscreants
    torched three buses after a boy died in an accident': the torching is an event, the boy no victim of it."""
    incident = analyse(ArticleText("a", "Two cyclists died in an accident near the toll plaza on Tuesday.", None,
                                   FRIDAY)).incident
    assert (incident.event_type, incident.actor1, incident.actor2, incident.killed) == (None, None, None, 0)
    incident = analyse(ArticleText("b", "Miscreants torched three buses and ransacked a shop after a boy died in an "
                                        "accident near the toll plaza on Tuesday.", None, FRIDAY)).incident
    assert (incident.sub_event_type, incident.killed) == ("Looting/property destruction", 0)


def test_a_speaker_s_figures_in_a_story_of_what_he_said_report_no_event() -> None:
    """"The home minister on Thursday denied that the police were slow ... Some 27 people died in police firing,
    he said": a statement's tally, no event; told by the reporter, the same figure is the event's."""
    said = ("The home minister on Thursday denied the opposition's claim that the police were slow to rein in "
            "the riots in the state. Addressing the assembly, he said officers had used tear gas against crowds "
            "from the start. Some 27 people died in police firing during the unrest, he said. " + _FILLER)
    assert killed(said) == 0 and event_type(said) is None
    quoted = ("The party's core committee on Tuesday gave a clean chit to its state unit over the riots, saying "
              "\"no administration could have moved faster at the start. Some 45 people were shot dead by the "
              "police. Troops were summoned within hours.\" " + _FILLER)
    assert killed(quoted) == 0
    told = ("Police fired on a crowd near the bus stand on Thursday. Some 27 people died in police firing during "
            "the unrest, officials said on Friday. " + _FILLER)
    assert killed(told) == 27


def test_an_interview_reports_no_event_on_its_answers_figures() -> None:
    """"The governor in an exclusive interview says ... the way 30 pilgrims were burnt alive": the interview's
    figures are the speaker's answers, no event of the story."""
    body = ("The governor in an exclusive interview with our correspondent says calm is slowly returning. "
            "Excerpts from the interview follow. Was the torching of the coach planned in advance? Judging by the "
            "way 30 pilgrims were burnt alive inside it, it was planned. " + _FILLER)
    assert killed(body) == 0 and event_type(body) is None
