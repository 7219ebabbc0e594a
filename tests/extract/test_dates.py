"""Date mentions: what is found, and the TIMEX3 value each resolves to against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import DateMention
from tests.conftest import shared_file

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)  # a Thursday afternoon


def dates(text: str, published: dt.datetime | None = THURSDAY) -> list[DateMention]:
    """The date mentions of `text` published at `published`."""
    return extract_dates(text, split_sentences(text), published)


def values(text: str, published: dt.datetime | None = THURSDAY) -> dict[str, str | None]:
    """{mention text: value} of `text`."""
    return {m.text: m.value for m in dates(text, published)}


def value_of(text: str, expression: str, published: dt.datetime | None = THURSDAY) -> str | None:
    """The value of the one mention whose text is `expression`."""
    found = values(text, published)
    assert expression in found, f"{expression!r} not found in {found}"
    return found[expression]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The airstrikes began on Oct. 9 near the border.", "Oct. 9", "2025-10-09"),
        ("Talks opened in Doha on 9 October 2025.", "9 October 2025", "2025-10-09"),
        ("The report is dated 2025-10-09.", "2025-10-09", "2025-10-09"),
        ("The ceasefire was signed on 10/09/2025 in the capital.", "10/09/2025", "2025-10-09"),
        ("The ceasefire was signed on 25/10/2025 in the capital.", "25/10/2025", "2025-10-25"),
        ("Fighting resumed on the 9th of October.", "the 9th of October", "2025-10-09"),
        ("The deal was signed on October 19, 2025, in Doha.", "October 19, 2025", "2025-10-19"),
        ("Protests spread in March 2024 across the region.", "March 2024", "2024-03"),
        ("The group was founded in 2011.", "2011", "2011"),
        ("Violence peaked in the 1990s.", "the 1990s", "199"),
        ("Revenue fell in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3"),
        ("Farmers fled during the summer of 2023.", "the summer of 2023", "2023-SU"),
        ("A hearing is set for the week of 6 March 2023.", "the week of 6 March 2023", "2023-W10"),
        ("January nineteen ninety-seven. A bomb exploded at a clinic.", "January nineteen ninety-seven", "1997-01"),
        ("Prices fell this low in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
         "1994-WI"),
    ],
)
def test_explicit_dates_in_common_formats(text: str, expression: str, value: str) -> None:
    """Explicit dates in every common written format resolve to their ISO value."""
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The siege began in the autumn of last year.", "the autumn of last year", "2024-FA"),
        ("A new offensive is feared in the spring of next year.", "the spring of next year", "2026-SP"),
        ("Shelters filled up in the winter of this year.", "the winter of this year", "2025-WI"),
    ],
)
def test_a_season_of_a_relative_year(text: str, expression: str, value: str) -> None:
    """'the autumn of last year' is one mention: that year's season, not just the year."""
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The dispute goes back to the 1800s.", "the 1800s", "18"),
        ("Violence returned in the 2000s.", "the 2000s", "200"),
        ("Violence returned in the 1980s.", "the 1980s", "198"),
    ],
)
def test_hundreds_before_2000_are_a_century(text: str, expression: str, value: str) -> None:
    """'the 1800s' is the nineteenth century (TIMEX3 '18'); other '-0s' years, 'the 2000s' too, are decades."""
    assert value_of(text, expression) == value


def test_this_past_and_this_coming_are_part_of_the_expression() -> None:
    """'this past weekend' and 'this coming week' are whole mentions, the last and the next ones."""
    found = values("Talks stalled this past weekend and resume this coming week.")
    assert found == {"this past weekend": "2025-W43-WE", "this coming week": "2025-W45"}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Gunmen attacked the convoy yesterday.", "yesterday", "2025-10-29"),
        ("The curfew ends today.", "today", "2025-10-30"),
        ("Shelling was heard last night in the north.", "last night", "2025-10-29"),
        ("A trader was robbed and stabbed last evening.", "last evening", "2025-10-29"),
        ("The talks ended on Tuesday without agreement.", "Tuesday", "2025-10-28"),
        ("Police said on Wednesday that two men were held.", "Wednesday", "2025-10-29"),
        ("Rebels attacked the camp on Saturday.", "Saturday", "2025-10-25"),
        ("Villagers buried the dead last Friday.", "last Friday", "2025-10-24"),
        ("The delegations will meet on Monday in Istanbul.", "Monday", "2025-11-03"),
        ("Officials are due to visit the site next Tuesday.", "next Tuesday", "2025-11-04"),
        ("Two soldiers were killed last week.", "last week", "2025-W43"),
        ("Aid convoys arrived this week.", "this week", "2025-W44"),
        ("Clashes erupted earlier this month.", "earlier this month", "2025-10"),
        ("Hundreds were displaced last month.", "last month", "2025-09"),
        ("The toll rose sharply last year.", "last year", "2024"),
        ("Elections are planned for next year.", "next year", "2026"),
        ("The truce collapsed three days ago.", "three days ago", "2025-10-27"),
        ("The militia was formed two years ago.", "two years ago", "2023"),
        ("The offensive began in the spring.", "the spring", "2025-SP"),
        ("Officials now say the road is open.", "now", "PRESENT_REF"),
    ],
)
def test_relative_dates_resolve_against_publication(text: str, expression: str, value: str) -> None:
    """Relative expressions count from the publication day in the direction the sentence points."""
    assert value_of(text, expression) == value


def test_weekday_equal_to_publication_day_is_that_day() -> None:
    """A weekday equal to the publication day's is that day, not a week earlier (a dateparser bug)."""
    assert value_of("The mayor said on Thursday that schools would reopen.", "Thursday") == "2025-10-30"


def test_last_weekday_equal_to_publication_day_is_a_week_earlier() -> None:
    """'last Thursday' in a Thursday article is the Thursday of the week before."""
    assert value_of("The bridge was blown up last Thursday.", "last Thursday") == "2025-10-23"


def test_possessive_weekday_is_past_even_with_a_future_verb_before() -> None:
    """'Wednesday's ruling' names a day already reported, even after 'would'."""
    text = "Relatives said they would appeal Wednesday's ruling by the court."
    assert value_of(text, "Wednesday") == "2025-10-29"


@pytest.mark.parametrize("apostrophe", ["’", "''"])
def test_a_curly_or_doubled_apostrophe_is_a_possessive_too(apostrophe: str) -> None:
    """'Wednesday’s ruling', and 'Wednesday''s ruling' as SQL exports escape it, name the day just past."""
    text = f"Relatives said they would appeal Wednesday{apostrophe}s ruling by the court."
    assert value_of(text, "Wednesday") == "2025-10-29"


def test_month_named_in_january_article_is_last_years_december() -> None:
    """'in December' in a January article is the December just past (year rollover)."""
    january = dt.datetime(2026, 1, 6, 9, 0)
    assert value_of("The attack happened in December near the river.", "December", january) == "2025-12"
    assert value_of("The attack happened on Dec. 30 near the river.", "Dec. 30", january) == "2025-12-30"


def test_near_future_day_without_year_is_not_pushed_back_a_year() -> None:
    """'extended to Nov. 6' in a late-October article is next week despite the past-tense verb."""
    assert value_of("The deadline was extended to Nov. 6 by the court.", "Nov. 6") == "2025-11-06"


@pytest.mark.parametrize(
    ("published", "text", "expression", "value"),
    [
        (dt.datetime(2024, 3, 1, 8), "The bomb exploded yesterday.", "yesterday", "2024-02-29"),
        (dt.datetime(2025, 3, 31, 8), "Prices rose last month.", "last month", "2025-02"),
        (dt.datetime(2025, 5, 31, 8), "The siege began two months ago.", "two months ago", "2025-03"),
        (dt.datetime(2026, 1, 2, 8), "Troops withdrew last week.", "last week", "2025-W52"),
        (dt.datetime(2025, 1, 1, 8), "The strike hit the town on Tuesday.", "Tuesday", "2024-12-31"),
        (dt.datetime(2025, 11, 1, 8), "The raid was on the 30th of last month.", "last month", "2025-10"),
        (dt.datetime(2025, 11, 1, 8), "The raid was on the 30th of last month.", "the 30th", "2025-10-30"),
    ],
)
def test_rollover_at_the_start_of_a_month_or_year(
    published: dt.datetime, text: str, expression: str, value: str
) -> None:
    """Relative dates crossing a month or year boundary land on real dates (dateparser rollover bugs)."""
    assert value_of(text, expression, published) == value


def test_numeric_date_read_day_first_when_month_first_would_be_after_publication() -> None:
    """'arrested on 04/03/2025' in a March article is 4 March; a future meeting keeps US order."""
    march = dt.datetime(2025, 3, 8, 9)
    assert value_of("He was arrested on 04/03/2025 in the capital.", "04/03/2025", march) == "2025-03-04"
    assert value_of("Talks will resume on 04/05/2025 in Doha.", "04/05/2025", march) == "2025-04-05"


def test_numeric_date_read_as_the_nearer_past_day_when_both_orders_are_past() -> None:
    """'killed on 2/3/2025' in an article of 8 March is 2 March, not 3 February; '3/2/2025' keeps US order."""
    march = dt.datetime(2025, 3, 8, 9)
    assert value_of("Five people were killed on 2/3/2025 in Benue.", "2/3/2025", march) == "2025-03-02"
    assert value_of("Five people were killed on 3/2/2025 in Benue.", "3/2/2025", march) == "2025-03-02"


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    """With no publication date, explicit dates keep their value and relative ones have none."""
    found = values("On 9 May 2020, protesters marched; police returned on Friday and again in June.", None)
    assert found["9 May 2020"] == "2020-05-09"
    assert found["Friday"] is None
    assert found["June"] is None


def test_counts_are_not_years() -> None:
    """A four-digit count ('2000 people', 'about 1500') is not a year."""
    assert values("About 1500 troops and 2000 people were moved, police said.") == {}


def test_modal_may_and_verb_march_are_not_months_in_mixed_case_text() -> None:
    """'may' the modal and 'march' the verb are not months; capitalised 'May' after 'in' is."""
    found = values("Crowds may march to the square, as they did in May.")
    assert found == {"May": "2025-05"}


def test_capitalised_may_is_a_month_unless_it_is_a_name() -> None:
    """'Theresa May' is a person; 'The May elections' is the month."""
    found = values("The May elections were won by a party Theresa May once led.")
    assert found == {"May": "2025-05"}
    assert dates("The May elections were won by a party Theresa May once led.")[0].char_start == 4


def test_title_case_programme_and_paper_names_are_not_dates() -> None:
    """ABC's "This Week" and "USA Today" are names in cased text; the same words in lower case are dates."""
    found = values('The minister told ABC\'s "This Week" that talks failed, USA Today reported.')
    assert found == {}
    assert values("The minister said this week that talks failed today.") == {
        "this week": "2025-W44", "today": "2025-10-30"}
    assert values("Today the talks failed.") == {"Today": "2025-10-30"}


def test_lower_cased_text_is_understood() -> None:
    """Lower-cased corpora (no capitals at all) still yield their dates."""
    found = values("police said on tuesday that the riots of march 3 had ended.")
    assert found["tuesday"] == "2025-10-28"
    assert found["march 3"] == "2025-03-03"


def test_that_year_refers_to_the_last_year_named() -> None:
    """Anaphoric 'the following year' counts from the year named before it, not from publication."""
    text = "The group split in 1998. The following year it took the town."
    assert value_of(text, "The following year") == "1999"


def test_a_decade_is_no_year_to_refer_back_to() -> None:
    """'the 1990s ... that year' does not make a year of the decade ('0199'): the anchor's year is used."""
    text = "Violence peaked in the 1990s. Later that year the army withdrew."
    assert values(text) == {"the 1990s": "199", "Later that year": "2025"}


def test_weekday_with_date_picks_the_matching_year() -> None:
    """'Saturday, April 25' without a year takes the year in which April 25 is a Saturday."""
    published = dt.datetime(2020, 4, 24, 10)
    assert value_of("The rally is on Saturday, April 25.", "Saturday, April 25", published) == "2020-04-25"


def test_mentions_carry_offsets_precision_and_sentence() -> None:
    """Each mention's text is its slice of the body, with its precision and sentence index."""
    body = "Heavy fighting. Two died on Monday, 27 October 2025 in the east."
    found = dates(body)
    assert [(m.text, m.precision, m.relative, m.sentence_index) for m in found] == [
        ("Monday, 27 October 2025", "day", False, 1)
    ]
    assert all(body[m.char_start:m.char_end] == m.text for m in found)


def test_seed_article_dates() -> None:
    """The seed article published Thursday 30 October 2025 yields the expected day values."""
    body = shared_file("corpus/seed_article.txt").read_text(encoding="utf-8")
    found = {(m.text, m.value) for m in dates(body)}
    expected = [("October 9", "2025-10-09"), ("October 19, 2025", "2025-10-19"), ("Tuesday", "2025-10-28"),
                ("Wednesday", "2025-10-29"), ("Thursday", "2025-10-30"), ("2021", "2021")]
    assert set(expected) <= found


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Today is the ninth day of the blockade, and food is running short.", "the ninth day"),
        ("Shops stayed shut as it's the 3rd day of the general strike in the province.", "the 3rd day"),
    ],
)
def test_the_nth_day_of_a_campaign_in_the_present_tense_is_today(text: str, expression: str) -> None:
    """'is the ninth day of' a blockade (present tense) names the publication day."""
    assert value_of(text, expression) == "2025-10-30"


def test_the_nth_day_of_a_campaign_in_the_past_tense_is_not_resolved_to_today() -> None:
    """'was the third day of' a siege is not the publication day: nothing is claimed for it."""
    assert "the third day" not in values("Friday was the third day of the siege of the town.")


@pytest.mark.parametrize(
    "text",
    [
        "Smartphones shape how today's teenagers talk to each other.",
        "Reformers argued that tomorrow's generation would pay the debt.",
        "The general said he trains the soldiers of tomorrow.",
    ],
)
def test_today_and_tomorrow_naming_an_age_are_not_dates(text: str) -> None:
    """'today's teenagers', 'the soldiers of tomorrow' speak of an age, not of a day."""
    assert values(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Today's talks in the capital were cancelled.", "Today", "2025-10-30"),
        ("Rebels had vowed to fight until the end of tomorrow.", "tomorrow", "2025-10-31"),
    ],
)
def test_today_and_tomorrow_naming_a_day_still_resolve(text: str, expression: str, value: str) -> None:
    """'today's talks' and 'the end of tomorrow' stay dates."""
    assert value_of(text, expression) == value


def test_the_latest_fiscal_year_is_the_last_completed_one() -> None:
    """'the latest fiscal year' is the last year already over (like 'the latest quarter'), not this one."""
    text = "The grocer booked sales of 4 billion euros in the latest fiscal year."
    assert value_of(text, "the latest fiscal year") == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "Delegates argued over the future of the disputed valley.",
        "Peacekeepers will remain in the buffer zone for the foreseeable future.",
    ],
)
def test_the_future_as_a_topic_or_a_duration_is_not_a_date(text: str) -> None:
    """'the future of the valley' is a topic and 'for the foreseeable future' a duration: no DATE."""
    assert values(text) == {}


def test_the_future_as_a_time_is_still_future_ref() -> None:
    """'in the future' keeps its FUTURE_REF value."""
    assert value_of("Villagers fear more floods in the future.", "the future") == "FUTURE_REF"


@pytest.mark.parametrize(
    "text", ["The land was sold at the then current rate.", "Bonds were swapped at the then-current price."]
)
def test_then_current_is_a_past_reference(text: str) -> None:
    """'the then current rate' looks back to a past moment: PAST_REF, not PRESENT_REF."""
    assert value_of(text, "current") == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The day before last Tuesday's hearing, the lawyers met.", {"The day before last Tuesday": "2025-10-27"}),
        ("The day after Friday's vote, the army withdrew.", {"The day after Friday": "2025-10-25"}),
    ],
)
def test_the_day_before_a_weekday_is_one_expression(text: str, expected: dict[str, str]) -> None:
    """'the day before last Tuesday' is one mention, a day from the weekday it names."""
    assert values(text) == expected


def test_a_four_digit_count_of_things_is_no_year() -> None:
    """'burnt 2082 shops' and '1500 people' count; 'the 2002 riots' and '1989 sales' are years."""
    assert values("The mob burnt 2082 shops in the old city.") == {}
    assert values("Officials said 1500 people attended the funeral.") == {}
    assert values("The 2002 riots shook the state, and 1989 sales fell.") == {"2002": "2002", "1989": "1989"}


def test_a_weekday_last_week_is_in_the_week_before_publication() -> None:
    """'Saturday last week' in a Sunday article is eight days back, not yesterday."""
    sunday = dt.datetime(2025, 10, 26, 9, 0)
    assert value_of("The attack took place on Saturday last week.", "Saturday last week", sunday) == "2025-10-18"
    assert value_of("The attack took place on Saturday.", "Saturday", sunday) == "2025-10-25"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Another victim succumbed to his injuries on 24/03.", dt.datetime(2015, 3, 26), "2015-03-24"),
        ("Two men were injured in border firing early Saturday (17/01).", dt.datetime(2015, 1, 18), "2015-01-17"),
        ("Three soldiers were killed on 3/9 near the border.", dt.datetime(2024, 3, 14), "2024-03-09"),
        ("The raid happened on 28/12, police said.", dt.datetime(2025, 1, 3), "2024-12-28"),
    ],
)
def test_day_and_month_without_a_year(text: str, published: dt.datetime, value: str) -> None:
    """'on 24/03', '(17/01)': the reading that can be a date, nearest before publication (across New Year)."""
    found = [d for d in dates(text, published) if "/" in d.text]
    assert [d.value for d in found] == [value]


def test_a_fraction_or_score_is_no_date() -> None:
    """'won 2/3 of the seats', 'a 3/4 majority' name no day."""
    assert not [d for d in dates("The party won 2/3 of the seats and a 3/4 majority in the house.") if "/" in d.text]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The mill closed last September.", dt.datetime(2025, 10, 30), "2024-09"),
        ("The mill closed last August.", dt.datetime(2025, 10, 30), "2025-08"),
        ("The mill closed last December.", dt.datetime(2025, 1, 15), "2024-12"),
        ("The mill closed this past September.", dt.datetime(2025, 10, 30), "2025-09"),
    ],
)
def test_last_and_the_month_before_publication(text: str, published: dt.datetime, value: str) -> None:
    """'last September' told in October is a year earlier (this year's would be 'last month'); 'last August' is this
    year's; 'last December' in January last year's; 'this past September' the most recent one."""
    assert [m.value for m in dates(text, published)] == [value]


def test_a_weekday_opening_a_newspapers_name_is_no_date() -> None:
    """'told the Sunday Times' names a newspaper; 'on Sunday' in the same sentence is a date."""
    text = "Hegde told the Sunday Times that the meeting went ahead on Sunday."
    found = dates(text)
    assert [(d.char_start, d.value) for d in found] == [(text.rindex("Sunday"), "2025-10-26")]


def test_a_possessive_weekday_of_a_planned_event_is_ahead() -> None:
    """'ahead of Friday's planned rally' (published on a Thursday) is tomorrow; 'Friday's attack' last Friday."""
    assert value_of("Police detained 200 supporters ahead of Friday's planned rally.", "Friday") == "2025-10-31"
    assert value_of("Police prepared for Sunday's scheduled vote.", "Sunday") == "2025-11-02"
    assert value_of("Friday's attack killed three.", "Friday") == "2025-10-24"


def test_a_day_of_the_month_after_a_time_of_day_is_that_day() -> None:
    """'on the morning of the 2nd', 'in the early hours of the 3rd': days of the month being reported; 'the 2nd
    battalion' is a unit, no day."""
    assert value_of("On the morning of the 2nd, troops entered the town.", "the 2nd") == "2025-10-02"
    assert value_of("In the early hours of the 3rd, a blast hit the market.", "the 3rd") == "2025-10-03"
    assert dates("He spoke on the night of the 2nd battalion's parade.") == []
