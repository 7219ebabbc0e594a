"""ACLED's coded columns, computed from our event fields.

Conventions follow ACLED's codebook and its export files:
- `time_precision`: 1 the day is known, 2 only the week, 3 only the month (or less). Our
  `date_precision` of quarter, season, year, ... is also 3, ACLED's least precise code.
- `disorder_type`: "Political violence" (battles, explosions/remote violence, violence against
  civilians, mob violence), "Demonstrations" (protests, violent demonstrations), "Political
  violence; Demonstrations" (excessive force against protesters), "Strategic developments".
- `inter1`/`inter2`: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
  militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; `inter2` is 0
  when the event has no second actor. `interaction` joins the two, lower code first
  (state forces v civilians -> 17; state forces alone -> 10).
- `civilian_targeting`: "Civilian targeting" for political violence with civilians as an
  actor, else empty.
- `event_id_cnty`: the country's ISO3 code and a number (ACLED writes e.g. "PAK12345"). Ours is
  derived from our stable event id, so the same event keeps its id in every export.
"""

from __future__ import annotations

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"
BOTH = f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"

_PRECISION = {"day": 1, "week": 2}
_DISORDER_OF_TYPE = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": DEMONSTRATIONS,
    "Strategic developments": STRATEGIC,
}
_DISORDER_OF_SUB = {"Excessive force against protesters": BOTH, "Mob violence": POLITICAL_VIOLENCE}
CIVILIANS = 7


def time_precision(date_precision: str | None) -> int | None:
    """ACLED's time_precision code of our date precision; None for an undated event."""
    if date_precision is None:
        return None
    return _PRECISION.get(date_precision, 3)


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str | None:
    """ACLED's disorder type of an event and sub-event type."""
    if sub_event_type in _DISORDER_OF_SUB:
        return _DISORDER_OF_SUB[sub_event_type]
    return _DISORDER_OF_TYPE.get(event_type or "")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first; `x0` for a sole actor."""
    if inter1 is None:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def civilian_targeting(disorder: str | None, inter1: int | None, inter2: int | None) -> str | None:
    """"Civilian targeting" when political violence has civilians as one of its actors."""
    if disorder and POLITICAL_VIOLENCE in disorder and CIVILIANS in (inter1, inter2):
        return "Civilian targeting"
    return None


def event_id_cnty(event_id: str, iso3: str | None) -> str:
    """ACLED-style id: ISO3 (XXX when unknown) and a number taken from our event id's hash."""
    digits = int(event_id.removeprefix("ev_"), 16) % 10**12
    return f"{iso3 or 'XXX'}{digits}"
