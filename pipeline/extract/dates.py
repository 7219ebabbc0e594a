"""Date mentions (TIMEX3 DATE) resolved against the publication date, and the incident's date.

Seed version: "Month D, YYYY", "D Month YYYY" and weekdays.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.types import CasualtyMention, DateMention, Sentence

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = "|".join(m.capitalize() for m in _MONTHS)
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


def extract_dates(body: str, sentences: list[Sentence], published: dt.datetime | None) -> list[DateMention]:
    """Every calendar date expression in `body`, resolved where possible."""
    found: list[DateMention] = []
    for sentence in sentences:
        for match in _DATE.finditer(sentence.text):
            value, precision, relative = _resolve(match, published)
            start, end = sentence.start + match.start(), sentence.start + match.end()
            found.append(DateMention(start, end, body[start:end], value, precision, relative, sentence.index))
    return found


def _resolve(match: re.Match[str], published: dt.datetime | None) -> tuple[str | None, str | None, bool]:
    """(value, precision, relative) of one match."""
    if match.group("wd"):
        if published is None:
            return None, "day", True
        back = (published.weekday() - _WEEKDAYS[match.group("wd").lower()]) % 7
        return (published.date() - dt.timedelta(days=back)).isoformat(), "day", True
    month = _MONTHS[(match.group("m1") or match.group("m2")).lower()]
    day = int(match.group("d1") or match.group("d2"))
    year_text = match.group("y1") or match.group("y2")
    year = int(year_text) if year_text else (published.year if published else None)
    if year is None:
        return None, "day", True
    try:
        return dt.date(year, month, day).isoformat(), "day", not year_text
    except ValueError:
        return None, None, False


def incident_date(
    dates: list[DateMention],
    casualties: list[CasualtyMention],
    sentences: list[Sentence],
    published: dt.datetime | None,
) -> tuple[dt.date | None, str | None]:
    """(event_date, precision): the first resolved day mention, else the publication day."""
    for mention in dates:
        if mention.value and mention.precision == "day":
            return dt.date.fromisoformat(mention.value), "day"
    if published is not None:
        return published.date(), "day"
    return None, None
