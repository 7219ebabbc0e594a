"""Publication dates in bylines and page headers, with their time zone.

Reads lines such as "Web Desk March 12, 2024, 09:41:07 IST",
"Updated: 30 Oct 2025, 2:15 pm IST" or "Published 2025-10-30T13:54:38+05:30"
into a local wall-clock datetime, the UTC offset ('+05:30') and the zone
abbreviation as printed; and a wire story's dateline ("MOGADISHU, March 14,
2024 (Reuters) -"), the day it was filed, when the record gives no date.
`published_field` reads a record's `published_at` that is not ISO 8601, as feeds
and spreadsheets write it ("Mon, 04 May 2020 10:00:00 +0530", "May 4, 2020").
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from pipeline.ingest.records import format_offset, parse_published_with_offset

# Common news-site zone abbreviations. Ambiguous ones take the reading most
# frequent in English-language conflict reporting (IST: India, not Israel/Ireland).
ZONE_OFFSETS = {
    "UTC": "+00:00",
    "GMT": "+00:00",
    "Z": "+00:00",
    "BST": "+01:00",
    "WET": "+00:00",
    "WEST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "IST": "+05:30",
    "PKT": "+05:00",
    "AFT": "+04:30",
    "NPT": "+05:45",
    "BDT": "+06:00",
    "MMT": "+06:30",
    "ICT": "+07:00",
    "WIB": "+07:00",
    "SGT": "+08:00",
    "PHT": "+08:00",
    "HKT": "+08:00",
    "CST": "-06:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
    "EAT": "+03:00",
    "CAT": "+02:00",
    "WAT": "+01:00",
    "SAST": "+02:00",
    "AST": "+03:00",
    "GST": "+04:00",
    "IRST": "+03:30",
    "TRT": "+03:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
}
_MONTHS = {
    m[:3]: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TIME = (
    r"(?:(?:,|\s|\bat\b|\|)+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*\(?(?P<zone>(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5}\b)\)?)?"
)
_TEXT_DATE = re.compile(
    rf"(?:\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')},?\s+(?P<year2>\d{{4}}))"
    rf"{_TIME}",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")


@dataclass(frozen=True, slots=True)
class Published:
    """A publication time as printed on the page."""

    local: dt.datetime  # wall-clock time in the page's zone
    offset: str | None  # '+05:30'
    zone: str | None  # 'IST' as printed
    span: tuple[int, int]  # where in the line it was found


def find_published(line: str) -> Published | None:
    """The first publication date-time in a line, or None."""
    iso = _ISO_DATE.search(line)
    text = _TEXT_DATE.search(line)
    if iso and (not text or iso.start() < text.start()):
        parsed = parse_published_with_offset(iso.group(0))
        if parsed:
            return Published(parsed[0], parsed[1], None, iso.span())
    if text:
        return _from_text_match(text)
    return None


def _from_text_match(match: re.Match[str]) -> Published | None:
    """Published from a textual date match, or None when the date is impossible."""
    g = match.groupdict()
    month = _MONTHS[(g["month"] or g["month2"])[:3].lower()]
    day, year = int(g["day"] or g["day2"]), int(g["year"] or g["year2"])
    hour, minute, second = int(g["hour"] or 0), int(g["minute"] or 0), int(g["second"] or 0)
    if g["ampm"]:
        pm = g["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        local = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    zone = g["zone"]
    offset = _zone_offset(zone) if zone else None
    if zone and offset is None:
        zone = None  # a capitalised word after the date, not a zone
    end = (
        match.end()
        if zone
        else (match.end("minute") if g["minute"] else match.end("year" if g["year"] else "year2"))
    )
    return Published(local, offset, zone, (match.start(), end))


def _zone_offset(zone: str) -> str | None:
    """'+05:30' for 'IST', '+03:00' for 'GMT+3'; None for an unknown word."""
    upper = zone.upper()
    if upper in ZONE_OFFSETS:
        return ZONE_OFFSETS[upper]
    match = re.fullmatch(r"(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?", upper)
    if match:
        sign, hours, minutes = match.groups()
        return f"{sign}{int(hours):02d}:{minutes or '00'}"
    return None


# A wire dateline opening the body: place (and region), a full date, the agency, a dash.
_DATELINE = re.compile(
    rf"\s*[A-Z][A-Za-z'.-]+(?:[ -][A-Za-z'.-]+){{0,3}}(?:,\s*[A-Z][A-Za-z'. -]{{1,30}}?)?,?\s+"
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})|(?P<day2>\d{{1,2}})\s+"
    rf"{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))"
    rf"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{{1,30}})\))?\s*[-—–:]",
)
_CAPITALS = re.compile(r"[A-Z]{2,}\b")


def dateline_date(body: str) -> dt.datetime | None:
    """The day of a dateline that opens `body` ("KABUL, March 14, 2024 (Reuters) - ..."), or None."""
    match = _DATELINE.match(body[:160])
    if match is None or not (match.group("agency") or _CAPITALS.match(body.lstrip())):
        return None  # a dateline's place is in capitals or its agency in brackets: "KABUL", "(Reuters)"
    g = match.groupdict()
    month = _MONTHS[(g["month"] or g["month2"])[:3].lower()]
    try:
        return dt.datetime(int(g["year"] or g["year2"]), month, int(g["day"] or g["day2"]))
    except ValueError:
        return None


def published_field(value: str) -> Published | None:
    """A record's publication date-time written as feeds and spreadsheets write it, not in ISO 8601: an RSS
    feed's RFC 2822 date ("Mon, 04 May 2020 10:00:00 +0530") or a written date that is the whole value ("May 4,
    2020", "4 May 2020 10:00 AM EDT"); None for anything else ("yesterday", "04/05/2020", whose order of day
    and month is unknown)."""
    text = value.strip()
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        offset = parsed.utcoffset()
        zone = None if offset is None else format_offset(offset)
        return Published(parsed.replace(tzinfo=None), zone, None, (0, len(text)))
    found = find_published(text)
    if found is None or text[: found.span[0]].strip(" ,") or text[found.span[1] :].strip(" ,."):
        return None  # a date inside other words is no publication date
    return found
