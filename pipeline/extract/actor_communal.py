"""Communal and clan militias named after their community, the way ACLED names them.

ACLED's identity militias (inter code 4) that reports do not name are named after the
community they come from: the village, town or clan ("Odejo Communal Militia (Nigeria)",
"Hawadle Clan Militia (Somalia)"); two armed families of one town fighting each other are
that town's communal militia on both sides. `communal_sides` reads those names from the
first sentences, in the plain wordings reports use for such fighting:
- "(communal) militias from X (and Y)", "militias from the X clan" (X no country or named actor);
- "clashes between two (armed) families in the town of X".
Groups from two communities that clash are the two sides; groups that attack someone are the
first side, and the other is whoever they attacked. Names are the text's, completed with the
country as ACLED writes it; a place name of the text is never looked up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.catalogue import form_actors
from pipeline.extract.countries import acled_country, country_of
from pipeline.extract.types import Sentence

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_FROM = re.compile(
    r"\b(?i:(?:communal |armed |ethnic )?(?:militias?|militiamen|militia members) from )"
    rf"(?:the )?(?P<a>{_NAME})(?: and (?:the )?(?P<b>{_NAME}))?(?P<clan> (?:sub[- ])?clans?\b)?"
)
_FAMILIES = re.compile(
    r"\b(?i:clash\w* (?:took place |erupted |broke out )?between (?:two|2|rival) (?:armed )?families )"
    rf"(?:in|at) (?:the )?(?:(?:city|town|village) of )?(?P<a>{_NAME})"
)
_FIGHT = re.compile(r"\b(?:clash\w*|fought|fight\w*|battle\w*|exchanged fire|exchange of fire)\b")
_LIMIT = 600  # characters read: the sides are named in the lead


@dataclass(frozen=True, slots=True)
class Sides:
    """The communal sides of an incident: the first, the second when the text names it, and
    whether the two fought each other (rather than attacking someone)."""

    first: str
    second: str | None
    fight: bool


def communal_sides(sentences: list[Sentence], iso3: str | None) -> Sides | None:
    """The communal or clan militias the lead names, as ACLED names them; None when it names none."""
    if iso3 is None or not sentences:
        return None
    text = " ".join(s.text for s in sentences[:2])[:_LIMIT]
    if " from " not in text and "between" not in text:
        return None
    country = acled_country(iso3)
    families = _FAMILIES.search(text)
    if families is not None:
        name = f"{families['a']} Communal Militia ({country})"
        return Sides(name, name, True)
    found = _FROM.search(text)
    if found is None or not _community(found["a"]):
        return None
    kind = "Clan Militia" if found["clan"] and "sub" not in found["clan"] else "Communal Militia"
    if found["clan"] and kind != "Clan Militia":
        return None  # sub-clans are named after their parent clan, which the text may not give
    first = f"{found['a']} {kind} ({country})"
    fight = _FIGHT.search(text, found.end()) is not None
    second = f"{found['b']} {kind} ({country})" if found["b"] and fight and _community(found["b"]) else None
    return Sides(first, second, fight)


def _community(name: str) -> bool:
    """True for a name that can be a community's: not a country or a named actor ("from Boko Haram")."""
    return country_of(name) is None and not form_actors(name)
