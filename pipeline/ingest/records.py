"""The raw record and rejection types, and parsing of the record fields.

Field rules follow the contract (CONTRACT.md section 2): `id` becomes the
`source_id` string, `published_at` is ISO 8601 (date or date-time, optional),
and the article is given as `text` or `html`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?\s*$"
)


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input article as read from the inbox, before cleaning."""

    source_file: str  # path relative to the inbox
    record_no: int | None  # 1-based line or row number; None for whole-file formats
    format: str  # jsonl, json, csv, parquet, txt, html
    source_id: str
    url: str | None
    title: str | None
    source: str | None
    published_raw: str | None
    text: str | None
    html: str | None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input file, line or row that could not be loaded, and why."""

    source_file: str
    record_no: int | None
    reason: str
    check_name: str
    payload_sample: str | None = None


def parse_published(value: object) -> dt.datetime | None:
    """The local wall-clock time of an ISO 8601 date or date-time, or None."""
    parsed = parse_published_with_offset(value)
    return parsed[0] if parsed else None


def parse_published_with_offset(value: object) -> tuple[dt.datetime, str | None] | None:
    """(local wall-clock time, UTC offset like '+05:30' or None) of an ISO 8601 value."""
    if isinstance(value, dt.datetime):
        offset = value.utcoffset()
        return value.replace(tzinfo=None), (format_offset(offset) if offset is not None else None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day), None
    if not isinstance(value, str):
        return None
    match = _ISO.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        local = dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if zone is None:
        return local, None
    if zone == "Z":
        return local, "+00:00"
    digits = zone.replace(":", "")
    return local, f"{digits[:3]}:{digits[3:]}"


def format_offset(offset: dt.timedelta) -> str:
    """'+05:30' for a timedelta of 5.5 hours."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
