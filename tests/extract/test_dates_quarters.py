"""Quarters in earnings news: which quarter 'the quarter', 'the year-ago period' and 'a year earlier' mean."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.sentences import split_sentences

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)  # a Thursday afternoon in the fourth quarter


def values(text: str, published: dt.datetime = THURSDAY) -> list[tuple[str, str | None]]:
    """[(mention text, value)] of `text` in reading order."""
    return [(m.text, m.value) for m in extract_dates(text, split_sentences(text), published)]


def test_the_latest_quarter_makes_a_year_earlier_a_quarter() -> None:
    """'the latest quarter ... a year earlier' compares the same quarter a year before."""
    text = "Profit fell to $5 million in the latest quarter from $7 million a year earlier."
    assert values(text) == [("the latest quarter", "2025-Q3"), ("a year earlier", "2024-Q3")]


def test_a_year_earlier_without_quarter_talk_is_a_year() -> None:
    """Without a quarter nearby, 'a year earlier' is last year."""
    text = "Exports rose to 4 million tonnes, from 3 million a year earlier."
    assert values(text) == [("a year earlier", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company expects a loss in the fourth quarter. In the year-ago period, it earned $3 million.",
            [("the fourth quarter", "2025-Q4"), ("the year-ago period", "2024-Q3")],
        ),
        (
            "Analysts see growth in the first quarter of 2027. The latest period brought a loss.",
            [("the first quarter of 2027", "2027-Q1"), ("The latest period", "2025-Q3")],
        ),
    ],
)
def test_a_forecast_quarter_is_not_the_reported_one(text: str, expected: list[tuple[str, str]]) -> None:
    """A quarter still running or to come is a forecast: 'the year-ago period' is the last reported quarter's."""
    assert values(text) == expected


def test_a_quarter_said_to_have_ended_is_reported() -> None:
    """'its fourth quarter ended Sept. 30' (a fiscal quarter) is the one the article reports."""
    text = "The company earned $2 million in its fourth quarter ended Sept. 30, up from $1 million a year earlier."
    assert values(text)[-1] == ("a year earlier", "2024-Q4")


def test_a_quarter_said_to_end_in_a_month_is_the_calendar_quarter_of_most_of_its_months() -> None:
    """'the quarter ended July 31' is mostly May to July, so the second quarter, not the third."""
    text = "Orders at the toy maker grew 8% in the quarter ended July 31, the company said."
    assert values(text)[0] == ("the quarter", "2025-Q2")


def test_a_fiscal_quarter_named_just_before_keeps_its_number_over_the_end_month() -> None:
    """Right after 'its fiscal first quarter', 'the quarter ended Sept. 30' stays the fiscal first quarter."""
    text = ("The retailer reported a loss for its fiscal first quarter. Sales in the quarter ended "
            "Sept. 30 fell 4%.")
    assert values(text)[1] == ("the quarter", "2025-Q1")


def test_last_years_quarter_is_the_reported_quarter_a_year_before() -> None:
    """'last year's quarter' after a reported quarter is that quarter a year earlier, not the whole year."""
    text = "Net income rose in the third quarter. Exports in last year's quarter were $4 million."
    assert values(text) == [("the third quarter", "2025-Q3"), ("last year's quarter", "2024-Q3")]


def test_last_years_results_stay_a_year() -> None:
    """'last year's results' names the year; only 'last year's quarter' names a quarter."""
    assert values("Last year's results were weak.") == [("Last year", "2024")]
