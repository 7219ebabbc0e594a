"""The incident date: the day of the violence, not of the statement about it."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.casualties import extract_casualties
from pipeline.extract.date_incident import statement_day
from pipeline.extract.dates import extract_dates, incident_date
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import CasualtyMention

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)


def incident(text: str, published: dt.datetime | None = THURSDAY) -> tuple[dt.date | None, str | None]:
    """(event_date, precision) of `text` published at `published`."""
    sentences = split_sentences(text)
    return incident_date(extract_dates(text, sentences, published), [], sentences, published)


def test_event_day_wins_over_statement_day() -> None:
    """'killed on Tuesday, police said on Wednesday' dates the incident to Tuesday."""
    text = "The army said on Wednesday that militants killed four guards. The attack happened early Tuesday."
    assert incident(text) == (dt.date(2025, 10, 28), "day")


@pytest.mark.parametrize("apostrophe", ["'", "’", "''"])
def test_day_of_a_toll_update_is_no_incident_day(apostrophe: str) -> None:
    """'the toll from Monday's bombing rose to 45 on Wednesday': the bombing was on Monday (whichever apostrophe)."""
    text = f"The toll from Monday{apostrophe}s bombing rose to 45 on Wednesday."
    assert incident(text)[0] == dt.date(2025, 10, 27)


def test_statement_day_a_day_after_the_attack_dates_it_the_day_before() -> None:
    """'police said on Monday, a day after the attack' dates the attack to Sunday; 'passed away late Monday,
    three days after being stabbed' is a death's day, which stays."""
    text = "The blast killed 54 people, police said on Monday, a day after the attack."
    assert incident(text) == (dt.date(2025, 10, 26), "day")
    text = "The shop owner passed away late Monday, three days after being stabbed in a robbery."
    assert incident(text) == (dt.date(2025, 10, 27), "day")


def test_an_aftermath_a_day_after_the_attack_dates_it_the_day_before() -> None:
    """'mourners buried the dead on Wednesday, a day after the massacre' dates the massacre to Tuesday; a
    sentence with harm of its own ('two guards were shot on Wednesday, a day after the raid') keeps its day."""
    text = "Mourners buried the dead on Wednesday, a day after the massacre in the hills."
    assert incident(text) == (dt.date(2025, 10, 28), "day")
    text = "Two guards were shot on Wednesday, a day after the raid on the depot."
    assert incident(text) == (dt.date(2025, 10, 29), "day")


def test_a_death_from_wounds_is_dated_by_the_attack_when_told() -> None:
    """'died on Wednesday from wounds sustained in Monday's bombing' is Monday's; without the attack's
    day, the death's day is all there is."""
    text = "Three people died on Wednesday from wounds sustained in Monday's bombing, raising the toll to 25."
    assert incident(text) == (dt.date(2025, 10, 27), "day")
    text = "A policeman died in hospital on Wednesday of injuries he suffered when gunmen attacked his post on Monday."
    assert incident(text) == (dt.date(2025, 10, 27), "day")
    text = "Three people died on Wednesday from wounds sustained in the bombing."
    assert incident(text) == (dt.date(2025, 10, 29), "day")


def test_the_day_the_wounded_died_is_not_the_attack_s() -> None:
    """'Two more policemen succumbed to their injuries on Wednesday, taking to nine the number killed in Monday's
    ambush': Monday."""
    text = ("Two more policemen succumbed to their injuries on Wednesday, taking to nine the number of officers "
            "killed in Monday's ambush.")
    assert incident(text) == (dt.date(2025, 10, 27), "day")
    assert incident("Two more policemen died on Wednesday, raising to nine the toll from Monday's ambush.") == (
        dt.date(2025, 10, 27), "day")


def test_a_monitoring_preamble_s_day_is_the_report_s() -> None:
    """'Text of report by news website Lefaso.net on 28 October: ... were killed on 26 October': the 26th."""
    text = ("Text of report by Burkinabe news website Lefaso.net on 28 October: At least 14 soldiers were killed on "
            "26 October in an ambush near Diapaga, a security source said.")
    assert incident(text) == (dt.date(2025, 10, 26), "day")


def test_statement_day_is_used_when_nothing_else_dates_the_incident() -> None:
    """With only 'officials said Monday', the statement day bounds the incident and is used."""
    text = "Gunmen killed six villagers in the district, officials said Monday."
    assert incident(text) == (dt.date(2025, 10, 27), "day")


def test_sentence_reporting_harm_is_preferred_to_background() -> None:
    """A day in the sentence reporting deaths beats an earlier background day."""
    text = "The mayor was elected on 3 August. Gunmen shot dead two of his aides on Sunday near the market."
    assert incident(text) == (dt.date(2025, 10, 26), "day")


def test_dates_after_publication_are_never_the_incident() -> None:
    """Announced future dates (a trial, a meeting) do not date the incident."""
    text = "A bomb killed three people in the market. The trial of the suspects opens on 12 November."
    assert incident(text) == (dt.date(2025, 10, 30), "day")


def test_publication_day_when_no_date_is_mentioned() -> None:
    """With no date in the text, the publication day is the estimate."""
    assert incident("Unknown gunmen killed a village chief.") == (dt.date(2025, 10, 30), "day")


def test_no_date_at_all_without_publication_date() -> None:
    """Without a publication date and an explicit date, the incident date is unknown."""
    assert incident("Rebels attacked a convoy on Friday, killing two.", None) == (None, None)


def test_explicit_date_without_publication_date() -> None:
    """A coder's note 'On 9 May 2020, ...' dates the incident even without a publication date."""
    text = "On 9 May 2020, gunmen killed a trader in the town. Police said on 10 May 2020 they had no leads."
    assert incident(text, None) == (dt.date(2020, 5, 9), "day")


def test_week_precision_when_only_a_week_is_named() -> None:
    """'last week' gives week precision, dated to the start of that week."""
    assert incident("Twelve people were killed in clashes last week.") == (dt.date(2025, 10, 20), "week")


def test_weekend_is_dated_to_its_saturday() -> None:
    """'over the weekend' in a Monday article is dated to the Saturday before."""
    monday = dt.datetime(2025, 10, 27, 9)
    text = "Ten herders were killed over the weekend in raids."
    assert incident(text, monday) == (dt.date(2025, 10, 25), "week")


def test_background_toll_sentence_does_not_date_the_incident() -> None:
    """A day in a sentence whose casualty figure is a background toll loses to the reported incident's day."""
    text = "On 3 March a similar raid killed 12 people. Gunmen stormed the village on Monday."
    sentences = split_sentences(text)
    background = CasualtyMention(29, 41, "killed 12 pe", "killed", 12, 12, 12, status="background",
                                 sentence_index=0)
    found = extract_dates(text, sentences, THURSDAY)
    assert incident_date(found, [background], sentences, THURSDAY) == (dt.date(2025, 10, 27), "day")
    assert incident_date(found, [], sentences, THURSDAY) == (dt.date(2025, 3, 3), "day")


def test_event_period_beats_a_statement_day() -> None:
    """'killed in clashes last week, officials said on Monday' dates the incident to last week."""
    text = "Twelve people were killed in clashes last week, officials said on Monday."
    assert incident(text) == (dt.date(2025, 10, 20), "week")


def test_start_of_a_period_does_not_date_the_incident() -> None:
    """'since 24 February 2022' bounds a war; the month the fighting intensified dates the incident."""
    text = "Fighting has raged since 24 February 2022 and villages were shelled in mid-October."
    assert incident(text) == (dt.date(2025, 10, 30), "month")


def test_day_counted_from_publication_never_lies_after_it() -> None:
    """'the following day' with no earlier day counts from publication: a later day is not the incident."""
    text = "Gunmen killed five fishermen at the lake overnight. Angry youths blocked the main road the following day."
    assert incident(text) == (dt.date(2025, 10, 30), "day")


def test_statement_verbs_other_than_said_date_the_statement() -> None:
    """'on Tuesday accused soldiers of shooting ... on 1 October': the accusation is not the incident."""
    text = "A local senator on Tuesday accused soldiers of shooting 12 miners at a quarry on 1 October."
    assert incident(text) == (dt.date(2025, 10, 1), "day")


def test_a_date_years_before_the_news_is_history() -> None:
    """An old attack recalled in a protest note does not date the protest, even without a publication date."""
    text = ("A farmer who shot a burglar on his land on 2 August 2018 was charged with murder. "
            "On 3 March 2021, his neighbours rallied outside the courthouse in his support.")
    assert incident(text, None) == (dt.date(2021, 3, 3), "day")


def test_history_never_dates_the_news_when_publication_day_is_known() -> None:
    """With a publication day and only decades-old dates, the publication day is the estimate."""
    text = ("Elders in the old quarter recalled the riots of March 1987 that left dozens dead. "
            "Shops stayed shut and patrols were doubled in the lanes.")
    assert incident(text) == (dt.date(2025, 10, 30), "day")


def test_start_of_a_period_is_no_last_resort_when_publication_day_is_known() -> None:
    """'shut since 14 October' with nothing else dated gives the publication day, not the period's start."""
    text = "Shops in the old city have stayed shut since 14 October amid the tension, traders said."
    assert incident(text) == (dt.date(2025, 10, 30), "day")


def test_a_known_event_named_by_its_day_is_a_reference() -> None:
    """'the massacre of 8 October' three weeks back is background; the attack of the last days is the news."""
    text = ("Weeks after the massacre of 8 October that left 40 villagers dead, gunmen torched the market "
            "on Tuesday.")
    assert incident(text) == (dt.date(2025, 10, 28), "day")
    recent = "The attack on Tuesday killed five people. Police arrested two suspects on Wednesday."
    assert incident(recent) == (dt.date(2025, 10, 28), "day")


def test_a_day_before_an_event_noun_is_a_reference() -> None:
    """'the 9 October border attack' names a known event; Monday's shooting dates the incident."""
    text = "Anger over the 9 October border attack runs high in the village. Gunmen shot two farmers on Monday."
    assert incident(text) == (dt.date(2025, 10, 27), "day")


def test_recent_violence_since_a_day_starts_the_incident() -> None:
    """'rioting since Tuesday night' dates the incident to Tuesday; violence since a day weeks back is a bound."""
    text = "The rioting since Tuesday night has left four people dead, the police said on Thursday."
    assert incident(text) == (dt.date(2025, 10, 28), "day")
    episode = "The violence since 2 October has left 40 people dead, officials said on Thursday."
    assert incident(episode) == (dt.date(2025, 10, 30), "day")


def test_fighting_told_with_its_sides_and_place_since_a_day_starts_then() -> None:
    """'Fighting between the army and the RSF in Omdurman since Tuesday has killed 40': the incident began on
    Tuesday, however many words name its sides and place before 'since'."""
    text = "Fighting between the army and the RSF in Omdurman since Tuesday has killed 40 civilians, medics said."
    assert incident(text) == (dt.date(2025, 10, 28), "day")


def test_a_shutdown_named_by_its_day_is_a_reference() -> None:
    """'the bandh on 1 October' (a general strike weeks back) is background to Tuesday's surrender."""
    text = ("A man accused of the petrol bomb attack during the bandh on 1 October surrendered on Tuesday "
            "before a magistrate.")
    assert incident(text) == (dt.date(2025, 10, 28), "day")


def test_a_sentence_opening_with_the_event_and_its_day_tells_the_news() -> None:
    """'killed 30 people last week ... The strike on Friday hit the market': Friday, the day of last week's
    strike; 'arrested two men on Wednesday over the attack on Friday' still names the attack as a reference."""
    text = ("Drone strikes killed at least 30 people at a market last week, residents said. The strike on Friday "
            "hit the market as it was busy with traders.")
    assert incident(text) == (dt.date(2025, 10, 24), "day")
    assert incident("Police arrested two men on Wednesday over the attack on Friday.") == (dt.date(2025, 10, 29), "day")


def test_a_day_told_to_a_long_named_body_is_a_statements() -> None:
    """'told the Justice Mehra inquiry commission on Tuesday that the mob ...': Tuesday is the
    testimony's day, not the riot's."""
    sentences = split_sentences("The retired judge told the Justice Mehra inquiry commission on Tuesday that "
                                "the mob had been armed in advance.")
    found = extract_dates(sentences[0].text, sentences, THURSDAY)
    assert [statement_day(d, sentences[0]) for d in found] == [True]


def test_weeks_ago_count_back_from_the_publication_day() -> None:
    """'killed five people a week ago' in a Thursday article is the Thursday before (week precision), not that
    week's Monday."""
    assert incident("Gunmen killed five people a week ago, officials said.") == (dt.date(2025, 10, 23), "week")


def test_a_period_named_as_ahead_is_no_incident() -> None:
    """'later this week' began before publication but points ahead: it never dates the incident."""
    text = "Gunmen shot a shopkeeper in the market. Talks with the elders are due later this week."
    assert incident(text) == (dt.date(2025, 10, 30), "day")


def test_a_known_event_dated_without_on_is_a_reference() -> None:
    """'the attack on the post near the river last Friday' is background to Monday's shooting."""
    text = ("Mourners buried the 30 people killed in the attack on the border post near the river last Friday, "
            "and gunmen shot two traders on Monday.")
    assert incident(text) == (dt.date(2025, 10, 27), "day")


def test_a_toll_from_a_days_bombing_dates_the_bombing_not_a_period() -> None:
    """'The toll from Monday's bombing rose to nine, officials said on Wednesday' is Monday's incident."""
    text = "The death toll from Monday's bombing of a police van rose to nine, an official said on Wednesday."
    assert incident(text) == (dt.date(2025, 10, 27), "day")


def test_a_date_of_a_running_total_does_not_date_the_incident() -> None:
    """'killed 23 in an overnight raid, officials said on Thursday, raising the toll from attacks in the
    area this month to more than 100': 'this month' dates the running total; Thursday is the estimate."""
    text = ("Rebels killed 23 civilians in an overnight raid, local officials said on Thursday, raising the "
            "toll from attacks in the area this month to more than 100.")
    sentences = split_sentences(text)
    dates = extract_dates(text, sentences, THURSDAY)
    assert incident_date(dates, extract_casualties(text, sentences), sentences, THURSDAY) == (
        dt.date(2025, 10, 30), "day")


def test_a_dateline_date_is_the_filing_day_not_the_incident() -> None:
    """'MOGADISHU, March 14, 2024 (Reuters) - ... attacked a base on Wednesday': Wednesday, March 13."""
    text = ("MOGADISHU, March 14, 2024 (Reuters) - Al Shabaab militants attacked a military base on Wednesday, "
            "killing at least 15 soldiers, a military official said.")
    filed = dt.datetime(2024, 3, 14)
    assert incident(text, filed) == (dt.date(2024, 3, 13), "day")


def test_a_dateline_after_a_headline_is_the_filing_day() -> None:
    """A headline line, then 'KHARTOUM, Oct 22 (Reuters) - ... on Monday': the dateline's date is the filing
    day even though the headline puts it past the text's opening characters."""
    text = ("Drone strike on Sudan market kills at least 30, activists say\n\nKHARTOUM, Oct 22 (Reuters) - A drone "
            "strike on a crowded market in the Sudanese city of Omdurman killed at least 30 people on Monday.")
    assert incident(text, dt.datetime(2024, 10, 22)) == (dt.date(2024, 10, 21), "day")


def test_said_here_on_a_day_is_a_statement_s_day() -> None:
    """'the vice-chancellor said here on Wednesday that the meeting was held on Tuesday': Tuesday; so for
    'observed on Wednesday'."""
    text = "The vice-chancellor said here on Wednesday that the meeting was disrupted on Tuesday by the union."
    assert incident(text) == (dt.date(2025, 10, 28), "day")
    text = "The minister observed on Wednesday that the union had disrupted the meeting on Tuesday."
    assert incident(text) == (dt.date(2025, 10, 28), "day")


def test_a_full_article_s_recent_day_wins_over_an_older_date_it_recalls() -> None:
    """A long story of arrests on Tuesday that recalls a mob's arson of 4 October is Tuesday's; a short
    note keeps the arson's day, as a coder's note dates its event first."""
    lead = ("A mob set fire to 40 shops in the old city on 4 October. Two men were arrested on Tuesday "
            "from the station area and produced before the magistrate. ")
    filler = ("The magistrate remanded them to police custody for a week. " * 3
              + "Officials said the investigation into the fire would continue for several weeks. " * 8)
    sentences = split_sentences(lead + filler)
    dates = extract_dates(lead + filler, sentences, THURSDAY)
    assert incident_date(dates, [], sentences, THURSDAY, full=True) == (dt.date(2025, 10, 28), "day")
    assert incident_date(dates, [], sentences, THURSDAY) == (dt.date(2025, 10, 4), "day")


def test_the_day_of_a_background_toll_never_dates_the_incident() -> None:
    """'killed a guard. Last month, a raid on the post killed six': the publication day, not last month."""
    text = "Gunmen killed a guard at the post. Last month, a raid on the same post killed six soldiers."
    sentences = split_sentences(text)
    dates = extract_dates(text, sentences, THURSDAY)
    assert incident_date(dates, extract_casualties(text, sentences), sentences, THURSDAY) == (
        THURSDAY.date(), "day")
    assert incident_date(dates, extract_casualties(text, sentences), sentences, None) == (dt.date(2025, 9, 1), "month")


def test_the_statement_day_of_the_harm_sentence_beats_a_date_that_tells_no_harm() -> None:
    """'Gunmen killed five people, police said on Wednesday. The owner had received threats in March': the
    statement's day is the nearer estimate, not the month of a background that tells no harm."""
    text = ("Gunmen killed five people in a bar in Celaya, police said on Wednesday. "
            "The owner had received threats in March.")
    assert incident(text) == (dt.date(2025, 10, 29), "day")


def test_a_possessive_day_after_by_names_the_event() -> None:
    """'taken by surprise by Wednesday's raid on the depot' dates the raid, though 'by' often bounds a period."""
    text = ("Had the guards heeded the warning in June, they would not have been taken by surprise by "
            "Wednesday's raid on the depot, in which 11 workers died.")
    assert incident(text) == (dt.date(2025, 10, 29), "day")


def test_the_day_of_an_arrest_for_a_killing_is_the_arrest_s() -> None:
    """'Police arrested two men on Monday for killing a trader': Monday dates the arrest, the news, not the killing
    it is over (whose words of cause hold the date)."""
    text = "Police arrested two men on Monday for killing a trader."
    sentences = split_sentences(text)
    dates = extract_dates(text, sentences, THURSDAY)
    assert incident_date(dates, extract_casualties(text, sentences), sentences, THURSDAY) == (
        dt.date(2025, 10, 27), "day")


def test_a_protests_grievance_does_not_date_the_protest() -> None:
    """'shopkeepers protested over the looting of their stalls by gunmen last week': the looting was last week,
    the protest (the incident) on the day of publication; a day told of the protest itself still dates it."""
    def protest_day(text: str) -> dt.date | None:
        sentences = split_sentences(text)
        return incident_date(extract_dates(text, sentences, THURSDAY), [], sentences, THURSDAY, aftermath=True)[0]

    assert protest_day("Shopkeepers protested over the looting of their stalls by gunmen last week.") == THURSDAY.date()
    assert protest_day("Nurses marched on Monday, demanding the arrest of the men who beat a doctor on 20 October."
                       ) == dt.date(2025, 10, 27)
