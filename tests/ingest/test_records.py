"""Tests of pipeline.ingest.records: publication date parsing."""

import datetime as dt

from pipeline.ingest.records import parse_published, parse_published_with_offset


def test_date_only_is_midnight() -> None:
    """A bare ISO date is that day at 00:00."""
    assert parse_published("2016-10-07") == dt.datetime(2016, 10, 7)


def test_offset_is_kept_and_wall_clock_preserved() -> None:
    """'+05:30' is returned separately; the local time is not shifted to UTC."""
    assert parse_published_with_offset("2025-10-30T13:54:38+05:30") == (
        dt.datetime(2025, 10, 30, 13, 54, 38),
        "+05:30",
    )
    assert parse_published_with_offset("2025-10-30T08:24:38Z") == (
        dt.datetime(2025, 10, 30, 8, 24, 38),
        "+00:00",
    )


def test_non_iso_values_are_not_dates() -> None:
    """'yesterday', impossible dates and non-strings give None."""
    assert parse_published("yesterday") is None
    assert parse_published("2025-02-30") is None
    assert parse_published(20251030) is None
