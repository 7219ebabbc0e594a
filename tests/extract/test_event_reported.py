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
    body = ("The state's textile traders suffered heavy losses in the aftermath of the riots, industry "
            "leaders said. The industries minister said on Tuesday that a relief package would be announced "
            "soon. " + _FILLER)
    assert is_full_article(body, split_sentences(body))
    assert event_type(body) is None


def test_an_article_reporting_arrests_keeps_its_type() -> None:
    """A figure of people arrested in the incident is evidence of the event."""
    body = ("Police arrested 31 activists, including two legislators, near the state border while they "
            "were travelling to the temple town, officials said. " + _FILLER)
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
    """'(Reuters) - On the 18th, a farmer died when a rocket struck his field. On the 23rd, shelling ... killed three
    more villagers': a roundup under a wire's dateline tells each day of its month as news, as a note does (its "23rd",
    resolved to last month, is no earlier incident's)."""
    body = ("(Reuters) - On the 18th, a farmer died when a rocket struck his field. On the 23rd, shelling of a "
            "border hamlet killed three more villagers.")
    found = analyse(ArticleText("a", body, None, dt.datetime(2018, 5, 18))).casualties
    assert {m.status for m in found if m.category == "killed"} == {"reported"}


def test_a_partys_day_of_criticism_is_no_evidence_of_an_event() -> None:
    """'The party on Saturday severely criticised the opposition for its silence on the killing of 58
    passengers ... on February 28', 'The home minister on Monday strongly defended the chief minister': a
    statement's day; the killing, weeks back, and the riots are no news of this article."""
    body = ("The party on Saturday severely criticised the opposition for its silence on the killing of 58 "
            "passengers near the station on February 28. " + _FILLER)
    assert event_type(body, dt.datetime(2002, 3, 17)) is None
    body = ("The home minister on Monday strongly defended the chief minister, rejecting an opposition demand for "
            "his resignation after the riots. " + _FILLER)
    assert event_type(body, dt.datetime(2002, 3, 12)) is None


def test_a_statement_day_is_no_evidence_of_an_event() -> None:
    """'the minister on Thursday condemned the riots': a statement's day, not an event's."""
    body = ("The home minister on Thursday condemned the riots and said the culprits would be punished. "
            "He spoke to reporters at the state guest house after a meeting with party leaders. " + _FILLER)
    assert event_type(body) is None


@pytest.mark.parametrize(
    "opening",
    [
        "The chief minister said in the assembly on Thursday that the riots were a conspiracy against the state.",
        "Expressing his anguish at the riots, the governor declared on Thursday that he would not attend the "
        "festival.",
        "The high court on Wednesday ruled against any gathering at the site where the riots began last year.",
        "The inspector general on Saturday directed the district police to question the arrested smuggler in "
        "Kolkata.",
    ],
)
def test_a_day_of_a_speech_a_ruling_or_an_order_is_no_event_s(opening: str) -> None:
    """'said in the assembly on Thursday', 'declared on Thursday', 'the high court on Wednesday ruled', 'the
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
    body = ("This story is from November 6, 2025. The riots that broke out on October 2 left deep scars "
            "in the old city, residents say. " + _FILLER)
    assert event_type(body) is None


def test_figures_of_an_article_without_an_event_are_background() -> None:
    """An opinion piece that recalls the riots' toll deep in its text adds no deaths to the totals;
    the figure stays in the mentions, as background, with the reason."""
    body = ("The chief minister's critics say the state has lost its reputation as a place to invest. "
            "Several business leaders wrote to the prime minister about it. " + _FILLER
            + "The riots that followed the train fire killed more than 700 people across the state.")
    analysis = analyse(ArticleText("a", body, None, FRIDAY))
    assert analysis.incident.killed == 0
    [mention] = [m for m in analysis.casualties if m.category == "killed"]
    assert (mention.status, mention.reason) == ("background", "no event in the article's opening")


def test_a_figure_in_the_opening_is_the_incidents() -> None:
    """The same toll told in the opening sentences is the reported incident's."""
    body = "Rioters killed 12 people in the old city on Wednesday, police said. " + _FILLER
    assert killed(body) == 12


def test_a_long_article_with_only_weak_cues_types_no_event() -> None:
    """'life was returning to normal', 'services were restored': weak cues type a short note, not a
    long article (the typed 'Other' of an article on a parliamentary reply)."""
    body = ("Life was fast returning to normal in the temple town on Tuesday, officials said. Train services "
            "were restored and the curbs on visitors lifted. " + _FILLER)
    assert event_type(body) is None


def test_a_day_in_the_opening_dates_a_later_lead() -> None:
    """'defied the orders again on Tuesday ... took out a protest march': the day opens the story, the
    march is told two sentences on."""
    body = ("Pilgrims in the temple town defied the prohibitory orders again on Tuesday. About 400 of them "
            "gathered near the workshop. Residents took out a protest march against the restrictions. " + _FILLER)
    assert event_type(body) == "Protests"


def test_a_demand_or_a_question_is_no_event() -> None:
    """'the party on Monday demanded the dismissal ...' is a statement's day; 'why have they been hunted and
    killed?' asks, it does not tell."""
    body = ("The party on Monday demanded the dismissal of the state government over the riots. " + _FILLER)
    assert event_type(body) is None
    body = ("Why have people been hunted and killed only in that state, the senator asked in the debate on "
            "Thursday? " + _FILLER)
    assert event_type(body) is None


def test_a_figure_dated_weeks_before_a_news_article_is_background() -> None:
    """A story of the train's run on Thursday recalls the fire of 8 October that killed 40: not its toll."""
    body = ("The night train to the coast ran again on Thursday night under heavy police guard, railway "
            "officials said. It passed through the town where four of its coaches were set on fire on "
            "8 October, leaving 40 passengers dead. " + _FILLER)
    analysis = analyse(ArticleText("a", body, None, FRIDAY))
    assert analysis.incident.killed == 0
    assert [(m.count_best, m.status, m.reason) for m in analysis.casualties] == [
        (40, "background", "dated weeks before the article")]


def test_a_figure_of_an_old_month_or_year_in_a_news_article_is_background() -> None:
    """'an attack on the assembly in December which left 14 people dead', recalled in March: not the news; 'the
    worst violence since December' bounds a period, it dates no figure."""
    body = ("Gunmen killed two guards at a depot near the river on Thursday night, police said. Police said the "
            "gunmen belonged to a group the government blames for an attack on the assembly in December which left "
            "14 people dead. " + _FILLER)
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2002, 3, 22)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [(2, "reported"), (14, "background")]
    body = ("Rioters burnt shops in the old city on Thursday night, police said. Officials said 12 people had died "
            "in the worst violence the city has seen since December. " + _FILLER)
    analysis = analyse(ArticleText("b", body, None, dt.datetime(2002, 3, 22)))
    assert [m.status for m in analysis.casualties] == ["reported"]


def test_a_figure_dated_months_before_a_briefs_news_is_background() -> None:
    """A short text of Monday's raid recalls the raids 'over Christmas' and 'in January': earlier incidents; a
    brief's figure of a day three weeks back ('On the 23rd, ...', a roundup's) stays its own."""
    body = ("Gunmen attacked a village late on Monday, killing nine people, police said. More than 190 people "
            "were killed in raids on villages in the state over Christmas. In January, 40 people were killed in "
            "raids on two market towns.")
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2024, 5, 15)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [
        (9, "reported"), (191, "background"), (40, "background")]
    body = "On Tuesday, a shell killed two civilians in the village. On the 23rd, a mortar killed four more."
    analysis = analyse(ArticleText("b", body, None, dt.datetime(2018, 5, 18)))
    assert [m.status for m in analysis.casualties] == ["reported", "reported"]


def test_the_next_sentence_that_names_an_old_event_again_recalls_its_figures() -> None:
    """'... after the massacre in 1984, she recalled. "During the riots in which 10,000 were killed, ..."': the old
    riots' dead; the injured of Sunday's rally, and a figure told before the recall in its sentence, are news."""
    body = ("Thousands attended the rally in the city on Sunday, where two people were injured in a scuffle. The "
            "former prime minister did not resign after the massacre in 1984, she recalled. \"In fact, during the "
            "riots in which 10,000 people were killed, it was our party that protected the innocents,\" she said. "
            + _FILLER)
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2002, 3, 4)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [(2, "reported"), (10000, "background")]
    body = ("Thousands attended the rally in the city on Sunday, police said. The train was burnt at the station on 27 "
            "February. The toll rose to 60 with the death of two men who were hurt in the attack which began the "
            "riots. " + _FILLER)
    analysis = analyse(ArticleText("b", body, None, dt.datetime(2002, 3, 20)))
    assert [(m.count_best, m.status) for m in analysis.casualties] == [(60, "reported"), (2, "reported")]


def test_a_report_on_old_events_keeps_its_dated_figures() -> None:
    """Without a recent day of its own, an article's figures dated months before it are its events."""
    body = ("On 14 June, armed men took five traders from a market in the river port. "
            "Three of the men were found strangled the next morning near the ferry landing. " + _FILLER)
    assert killed(body) == 3


def test_a_figure_beside_a_recent_day_stays_reported() -> None:
    """"killed on Wednesday, a month after the 8 October fire": the recent day makes it this week's."""
    body = ("Four people were killed in a clash on Wednesday, a month after the fire of 8 October that "
            "started the unrest in the town. " + _FILLER)
    assert killed(body) == 4


def test_a_short_newspaper_story_of_a_statement_reports_no_event() -> None:
    """'PUNE: ... the city police have clamped restrictions' opens with a dateline: a newspaper's story,
    which needs evidence of an event however short it is."""
    body = ("PUNE: Anticipating tension in the wake of the recent rioting in the north, the city police have "
            "clamped restrictions on public meetings till March 25. The order was issued by the commissioner.")
    assert not is_full_article(body, split_sentences(body))
    assert is_news_story(body)
    assert event_type(body) is None


def test_a_short_newspaper_story_of_an_event_keeps_its_type() -> None:
    """A dateline story telling a march on a recent day is the report of an event."""
    body = ("ahmedabad: about 1,000 citizens on Tuesday staged a silent march through the old city, "
            "demonstrating their support for peace. The marchers walked six km in silence.")
    assert is_news_story(body)
    assert event_type(body) == "Protests"


def test_a_coders_label_or_a_headlines_country_is_no_dateline() -> None:
    """'Looting: On 9 May ...' (a note's label) and 'Pakistan: three killed ...' (a headline) are in title
    case; 'NEW DELHI:' and a page's 'This story is from' line are a newspaper's."""
    assert not is_news_story("Looting: On 9 May 2020, rebels looted the wheat of civilians in the village.")
    assert not is_news_story("Pakistan: Three killed by firing along the border")
    assert not is_news_story("UPDATE: Three killed by firing along the border")
    assert is_news_story("NEW DELHI: The minister said on Monday that talks would resume.")
    assert is_news_story("This story is from March 3, 2002  pune: the police said ...")


def test_a_stories_politics_types_no_development() -> None:
    """'joined two other coalition partners in opposing the ceremony': a story's politics, no change
    to a group's activity (a soft development needs a figure or a harder cue in the opening)."""
    body = ("NEW DELHI: The regional party, an ally of the government, on Sunday joined two other coalition "
            "partners in opposing the proposed ceremony at the disputed site. " + _FILLER)
    assert event_type(body) is None


def test_a_harder_cue_after_a_soft_lead_types_the_story() -> None:
    """'curfew was imposed ... following overnight clashes. One person was stabbed ...': the stabbing told
    in the opening types the story, not the curfew."""
    body = ("AHMEDABAD: After a largely peaceful festival on Friday, curfew was imposed in the market town on "
            "Saturday morning. One person was stabbed by a group of men near the bus stand and nine were "
            "injured in stone pelting, police said. " + _FILLER)
    assert event_type(body) == "Violence against civilians"


def test_a_soft_development_with_a_figure_keeps_its_type() -> None:
    """Troops deployed after a toll given in the opening: the figure is evidence of the event."""
    body = ("Troops were deployed in the district on Friday after rebels killed 12 villagers in a raid on "
            "Thursday night, officials said. " + _FILLER)
    assert event_type(body) is not None


def test_the_dead_of_a_curfew_story_are_a_violent_events() -> None:
    """'curfew was relaxed ..., barring an incident in which two persons were stabbed to death': ACLED's non-violent
    developments have no dead, so the stabbing's sentence (past the opening's harder cues) types the story."""
    body = ("PUNE: Curfew was relaxed for six hours in the old city on Wednesday as life returned to normal, police "
            "said. Shops reopened and buses were back on the roads. Schools will open on Monday, the collector "
            "said. Night curfew remains in force in three wards. Apart from one incident in which two "
            "persons were stabbed to death by a group of men near the vegetable market on Tuesday night, the "
            "district remained calm. " + _FILLER)
    assert event_type(body) == "Violence against civilians"
    assert killed(body) == 2


def test_a_stampede_or_an_accident_is_no_ones_violence() -> None:
    """'died in a stampede at a religious gathering': no event type and no sides (no unidentified attacker), its
    dead still counted; a road accident has no sides either; a stampede set off by tear gas stays an event."""
    incident = analyse(ArticleText("a", "Twenty-two people, most of them women and children, died in a stampede at "
                                        "a religious gathering in the district on Tuesday.", None, FRIDAY)).incident
    assert (incident.event_type, incident.actor1, incident.actor2, incident.killed) == (None, None, None, 22)
    incident = analyse(ArticleText("b", "Two people were killed in a road accident on the highway on Tuesday.", None,
                                   FRIDAY)).incident
    assert (incident.actor1, incident.actor2) == (None, None)
    assert event_type("Five people died in a stampede after police fired tear gas to disperse the crowd.") is not None


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
    """"The home minister on Thursday refuted the charge ... As many as 41 people were killed in police firing,
    he said": a statement's tally, no event; told by the reporter, the same figure is the event's."""
    said = ("The home minister on Thursday refuted the opposition charge that the police had not acted promptly to "
            "control the riots in the state. Speaking in the assembly, he said the police had fired tear gas to "
            "disperse mobs in the first days. As many as 41 people were killed in police firing, he said. " + _FILLER)
    assert killed(said) == 0 and event_type(said) is None
    quoted = ("The party on Wednesday gave a clean chit to the chief minister on the handling of the riots, saying "
              "\"no government could have done more in the first days. About 60 people were shot dead by the police. "
              "The army was called in at once.\" " + _FILLER)
    assert killed(quoted) == 0
    told = ("Police opened fire on a mob in the old city on Thursday. As many as 41 people were killed in police "
            "firing, officials said on Friday. " + _FILLER)
    assert killed(told) == 41


def test_an_interview_reports_no_event_on_its_answers_figures() -> None:
    """"The governor in an exclusive interview says ... the manner in which 30 pilgrims were burnt alive": the
    interview's figures are the speaker's answers, no event of the story."""
    body = ("The governor in an exclusive interview to this newspaper says the state is returning to normal. "
            "Excerpts from the interview follow. Was the burning of the bus a planned attack? If one looks at the "
            "manner in which 30 pilgrims were burnt alive in the bus, it was a planned attack. " + _FILLER)
    assert killed(body) == 0 and event_type(body) is None
