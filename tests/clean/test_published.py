"""Tests of pipeline.clean.published: bylines with dates and time zones."""

import datetime as dt

import pytest

from pipeline.clean.published import dateline_date, find_published


@pytest.mark.parametrize(
    ("line", "local", "offset", "zone"),
    [
        (
            "Web Desk March 12, 2024, 09:41:07 IST",
            dt.datetime(2024, 3, 12, 9, 41, 7),
            "+05:30",
            "IST",
        ),
        ("Updated: 30 Oct 2025, 2:15 pm PKT", dt.datetime(2025, 10, 30, 14, 15), "+05:00", "PKT"),
        ("By Jane Doe | Jan. 5, 2024 at 10:05 a.m. EST", dt.datetime(2024, 1, 5, 10, 5), "-05:00", "EST"),
        ("Published 2025-10-30T13:54:38+05:30", dt.datetime(2025, 10, 30, 13, 54, 38), "+05:30", None),
        ("5 November 2025 18:05 GMT+2", dt.datetime(2025, 11, 5, 18, 5), "+02:00", "GMT+2"),
        ("March 3, 2024", dt.datetime(2024, 3, 3), None, None),
    ],
)
def test_bylines_are_read(line: str, local: dt.datetime, offset: str | None, zone: str | None) -> None:
    """Date, time, AM/PM and zone abbreviations become a local time and a UTC offset."""
    found = find_published(line)
    assert found is not None
    assert (found.local, found.offset, found.zone) == (local, offset, zone)


def test_capitalised_word_after_date_is_not_a_zone() -> None:
    """'March 3, 2024 Reuters' has no zone."""
    found = find_published("March 3, 2024 Reuters")
    assert found is not None and found.zone is None and found.offset is None


def test_impossible_date_is_ignored() -> None:
    """February 30 is not a publication date."""
    assert find_published("February 30, 2025") is None


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("MOGADISHU, March 14, 2024 (Reuters) - Al Shabaab militants attacked a base.", dt.datetime(2024, 3, 14)),
        ("Kabul, Afghanistan, 14 March 2024 (AP) — A suicide bomber struck a bank.", dt.datetime(2024, 3, 14)),
        ("GOMA, Congo, March 14, 2024 - M23 rebels seized the town.", dt.datetime(2024, 3, 14)),
        ("NEW DELHI, March 14 (Reuters) - Police said ...", None),
        ("Police said on March 14, 2024 - the day of the attack - that five died.", None),
    ],
)
def test_a_wire_dateline_gives_the_filing_day(body: str, day: dt.datetime | None) -> None:
    """'KABUL, March 14, 2024 (Reuters) -' is the day filed; a dateline needs its year, and its place in
    capitals or its agency in brackets (so a sentence that happens to start with a date is none)."""
    assert dateline_date(body) == day
