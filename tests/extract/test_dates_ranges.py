"""Day ranges under one month ("May 3 and 4", "7-9 June"): one mention for each end day."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.sentences import split_sentences

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)  # a Thursday afternoon


def mentions(text: str) -> list[tuple[str, str | None]]:
    """[(mention text, value)] of `text` published on THURSDAY, in reading order."""
    return [(m.text, m.value) for m in extract_dates(text, split_sentences(text), THURSDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes broke out on May 3 and 4 in the north.", [("May 3", "2025-05-03"), ("4", "2025-05-04")]),
        ("The talks ran from Sept. 8 to 10, 2019.", [("Sept. 8", "2019-09-08"), ("10, 2019", "2019-09-10")]),
        ("Shelling went on 7-9 June 2024 near the border.", [("7", "2024-06-07"), ("9 June 2024", "2024-06-09")]),
        ("The army held the town on the 21st and 22nd of August.", [("the 21st", "2025-08-21"),
                                                                        ("22nd of August", "2025-08-22")]),
    ],
)
def test_a_day_range_gives_each_end_day_its_own_mention(text: str, expected: list[tuple[str, str]]) -> None:
    """Both ends of a range under one month are mentions, the last with the month and year that follow it."""
    assert mentions(text) == expected


def test_a_range_past_the_month_end_stays_one_mention() -> None:
    """A last day the month does not have leaves the range as one mention of its first day."""
    assert mentions("Voting was due on June 30-31, 2024.") == [("June 30-31, 2024", "2024-06-30")]


def test_the_day_after_a_range_counts_from_its_last_day() -> None:
    """'the next day' after a range is the day after the range ends."""
    found = mentions("Rebels attacked on March 4 and 5, 2023. The next day they withdrew.")
    assert found[-1] == ("The next day", "2023-03-06")
