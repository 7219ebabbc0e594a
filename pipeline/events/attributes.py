"""An incident's descriptive fields from its reports: date, type, place, actors, by vote.

Each original report (a group of copies counts once) casts one vote per
field; ties go to the earliest report. Pairs that belong together are chosen
together: the sub-event type among reports of the chosen event type, the
region among reports of the chosen location, the precision with the date.
A named perpetrator wins over a generic one ("Unidentified Armed Group"):
early reports often do not know who attacked, later ones do.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from pipeline.events.compat import Report, is_generic

T = TypeVar("T")


def vote(values: Sequence[T | None]) -> T | None:
    """The most frequent non-null value; ties go to the one that appears first."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in present if counts[v] == top)


def _date(reports: list[Report]) -> tuple[dt.date | None, str | None]:
    """The incident date and its precision, preferring day-precision dates."""
    days = [r.event_date for r in reports if r.date_precision == "day"]
    if days:
        return vote(days), "day"
    pair = vote([(r.event_date, r.date_precision) for r in reports if r.event_date is not None])
    return pair if pair is not None else (None, None)


def event_attributes(reports: list[Report]) -> dict[str, object]:
    """The incident's date, type, place and actors from its reports, earliest report first."""
    event_date, precision = _date(reports)
    event_type = vote([r.event_type for r in reports])
    sub_event_type = vote([r.sub_event_type for r in reports if r.event_type == event_type])
    location = vote([r.location for r in reports])
    located = [r for r in reports if r.location == location] if location is not None else reports
    named = [r.actor1 for r in reports if not is_generic(r.actor1)]
    actor1 = vote(named) if named else vote([r.actor1 for r in reports])
    actor2 = vote([r.actor2 for r in reports if r.actor2 != actor1])
    return {
        "event_date": event_date,
        "date_precision": precision,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "country_iso3": vote([r.country_iso3 for r in reports]),
        "admin1": vote([r.admin1 for r in located]),
        "location": location,
        "actor1": actor1,
        "actor2": actor2,
    }
