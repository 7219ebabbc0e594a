"""Clock times on a weekday ("9 a.m. Tuesday") and years after "post-"/"pre-": their spans and TIMEX3 values."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pipeline.extract.date_clock import clock_hour
from pipeline.extract.dates import extract_dates
from pipeline.extract.sentences import split_sentences
from schemas.common import TIMEX_VALUE

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)  # a Thursday afternoon


def values(text: str) -> dict[str, str | None]:
    """{mention text: value} of `text` published on THURSDAY."""
    return {m.text: m.value for m in extract_dates(text, split_sentences(text), THURSDAY)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The court will reconvene at 9 a.m. Tuesday in the capital.", "9 a.m. Tuesday", "2025-11-04T09:00"),
        ("The blast struck at 4:30 p.m. EDT Monday near the market.", "4:30 p.m. EDT Monday", "2025-10-27T16:30"),
        ("Militants raided the post at 12 a.m. on Sunday.", "12 a.m. on Sunday", "2025-10-26T00:00"),
        ("The curfew lifts at 6 am next Friday.", "6 am next Friday", "2025-10-31T06:00"),
        ("the convoy was ambushed at 12.30 pm on saturday.", "12.30 pm on saturday", "2025-10-25T12:30"),
    ],
)
def test_a_clock_time_on_a_weekday_carries_day_and_time(text: str, expression: str, value: str) -> None:
    """A clock time before a weekday is one mention whose value is the weekday's date plus the time."""
    assert values(text).get(expression) == value


@pytest.mark.parametrize(("hour", "meridiem", "expected"), [(12, "a", 0), (12, "p", 12), (1, "p", 13), (9, "a", 9)])
def test_clock_hours_follow_the_twelve_hour_convention(hour: int, meridiem: str, expected: int) -> None:
    """Midnight is "12 a.m.", noon "12 p.m.", afternoon hours add twelve."""
    assert clock_hour(hour, meridiem) == expected


def test_a_clock_time_alone_is_no_date() -> None:
    """A time with no day ("at 9 a.m.") is not a date mention."""
    assert values("The shops opened at 9 a.m. as usual.") == {}


def test_a_year_after_post_or_pre_is_a_date() -> None:
    """'the post-1991 order', 'pre-1975 borders': the year is found; a hyphenated code ('1-1990') is not."""
    found = values("The post-1991 order collapsed back to pre-1975 borders along Route 1-1990.")
    assert found == {"1991": "1991", "1975": "1975"}


@pytest.mark.parametrize(("value", "valid"), [("2025-11-04T09:00", True), ("2025-11-04T9:00", False),
                                              ("2025-11T09:00", False)])
def test_the_schema_accepts_a_day_with_a_clock_time(value: str, valid: bool) -> None:
    """The date_mentions value pattern admits a full day plus 'Thh:mm', and nothing shorter."""
    assert bool(re.match(TIMEX_VALUE, value)) is valid
