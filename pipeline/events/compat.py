"""Can two reports describe the same incident, and why: the merge rule of `events`.

ACLED's unit of an event is one place, one day, one pair of actors, one type.
Two reports match when every one of these holds:

- the same country;
- the same or an adjacent day (both dates at day precision), or the same
  coarser period reported at the same location;
- the same place: equal locations when both name one (two towns in one
  province stay apart); otherwise equal first-level regions (admin1), and
  then, because a province is wide, also the same event type and either a
  shared actor or the same sub-event type;
- compatible types: equal event types, or one report has none (a follow-up
  "death toll rises to 13" often names no attack), or two kinds of political
  violence (battle, explosion, violence against civilians) at one location on
  one day by the same actor1 (reports code one attack differently);
- compatible actors: when both name a specific perpetrator (actor1 that is
  not a generic "Unidentified ...", "Civilians ...", "Protesters ...",
  "Rioters ..."), it is the same actor, or it plays the other side in the
  other report, or the reports agree on the sub-event type.
- compatible tolls: a report published on a later day never gives less than
  a tenth of an earlier one's killed figure: a toll rises as news comes in,
  so "one killed" a day after "30 burnt alive" at the same place is another
  incident (a victim's funeral, a reaction story), and merging it would make
  the event's latest figure 1.

The score ranks matching candidates; the reasons say why a report was merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

GENERIC_ACTOR_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters")
MAX_DAYS_APART = 1
TOLL_DROP = 10  # a later report's killed figure below an earlier one's / TOLL_DROP tells of other victims
POLITICAL_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass(frozen=True, slots=True)
class Report:
    """What one report (a canonical article or a group of copies) says about its incident."""

    key: str
    rank: int
    event_date: dt.date | None = None
    date_precision: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country_iso3: str | None = None
    admin1: str | None = None
    location: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    killed: int = 0
    published: dt.date | None = None  # the day its representative article was published


@dataclass(slots=True)
class Match:
    """Evidence that two reports describe one incident."""

    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        """Record one piece of evidence."""
        self.score += points
        self.reasons.append(reason)


def _norm(value: str | None) -> str | None:
    """A place or name compared without case or surrounding spaces."""
    return value.strip().casefold() or None if value else None


def is_generic(actor: str | None) -> bool:
    """True for unnamed actors, which any named actor may turn out to be."""
    return actor is None or actor.startswith(GENERIC_ACTOR_PREFIXES)


def place_level(a: Report, b: Report) -> str | None:
    """'location' or 'admin1' when both name the same place; None when they differ or say too little."""
    la, lb = _norm(a.location), _norm(b.location)
    if la and lb:
        return "location" if la == lb else None
    ra, rb = _norm(a.admin1), _norm(b.admin1)
    if ra and rb and ra == rb:
        return "admin1"
    return None


def days_apart(a: Report, b: Report) -> int | None:
    """Days between two day-precision dates; 0 for equal coarser periods; None when not comparable."""
    if a.event_date is None or b.event_date is None:
        return None
    if a.date_precision == "day" and b.date_precision == "day":
        return abs((a.event_date - b.event_date).days)
    same_period = a.date_precision == b.date_precision and a.event_date == b.event_date
    return 0 if same_period else None


def actors_conflict(a: Report, b: Report) -> bool:
    """True when the reports name different specific perpetrators and nothing else ties them together.

    Actor coding is the noisiest field of a report, so an equal sub-event type (the
    same kind of attack at the same place and time) outweighs a perpetrator mismatch.
    """
    if is_generic(a.actor1) or is_generic(b.actor1) or a.actor1 == b.actor1:
        return False
    if a.sub_event_type is not None and a.sub_event_type == b.sub_event_type:
        return False
    return a.actor1 != b.actor2 and b.actor1 != a.actor2


def types_compatible(a: Report, b: Report, place: str, days: int) -> bool:
    """Equal event types, or one unknown; two kinds of political violence only at one location,
    on one day and with the same actor1 (reports of one attack often code it differently)."""
    if a.event_type is None or b.event_type is None or a.event_type == b.event_type:
        return True
    both_violent = a.event_type in POLITICAL_VIOLENCE and b.event_type in POLITICAL_VIOLENCE
    same_actor1 = a.actor1 is not None and a.actor1 == b.actor1
    return both_violent and place == "location" and days == 0 and same_actor1


def tolls_conflict(a: Report, b: Report) -> bool:
    """True when the report published on a later day gives a killed figure below a tenth of the
    earlier one's (both given); reports of one day may be in any order, so they never conflict."""
    if a.published is None or b.published is None or a.published == b.published:
        return False
    earlier, later = (a, b) if a.published < b.published else (b, a)
    return earlier.killed > 0 and later.killed > 0 and later.killed * TOLL_DROP < earlier.killed


def shares_actor(a: Report, b: Report) -> bool:
    """True when some actor appears in both reports."""
    return bool({a.actor1, a.actor2} & {b.actor1, b.actor2} - {None})


def match(a: Report, b: Report) -> Match | None:
    """The evidence that `a` and `b` report one incident, or None when the merge rule says they do not."""
    if a.country_iso3 is None or a.country_iso3 != b.country_iso3:
        return None
    days, place = days_apart(a, b), place_level(a, b)
    if days is None or days > MAX_DAYS_APART or place is None:
        return None
    if not types_compatible(a, b, place, days):
        return None
    if actors_conflict(a, b) or tolls_conflict(a, b):
        return None
    same_type = a.event_type is not None and a.event_type == b.event_type
    same_sub = a.sub_event_type is not None and a.sub_event_type == b.sub_event_type
    if place == "admin1" and not (same_type and (same_sub or shares_actor(a, b))):
        return None
    if place == "admin1" and a.date_precision != "day":
        return None
    found = Match()
    if place == "location":
        found.add(3.0, f"same location {a.location}")
    else:
        found.add(1.0, f"same region {a.admin1}")
    found.add(1.0 if days == 0 else 0.0, "same date" if days == 0 else "dates a day apart")
    if same_type:
        found.add(1.0, f"same event type {a.event_type}")
    elif a.event_type and b.event_type:
        found.add(0.0, f"event types {a.event_type} and {b.event_type} for one attack")
    else:
        found.add(0.0, "event type named by one report only")
    if same_sub:
        found.add(1.0, f"same sub-event type {a.sub_event_type}")
    if a.actor1 is not None and a.actor1 == b.actor1:
        found.add(1.0, f"same actor1 {a.actor1}")
    elif shares_actor(a, b):
        found.add(0.5, "a shared actor")
    return found
