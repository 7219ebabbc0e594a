"""Place names in lower-case text that a unit word marks: "kalat district", "saqqez city",
"kara-suu village in aravan district"; and towns a frame marks: "a rally in saqqez, calling for
wages" (`framed_places`: after "in", "near" or "at", closed by punctuation, a town of 5,000+ or a
division by its whole name that one country alone has; only the place of last resort).

In an article written without capitals only the gazetteer's big, unambiguous names are trusted
(`gazetteer.lower_case_ok`), since common words look like small towns. A unit word right after a
name says it is a place, and of which kind: the name is looked up among all the gazetteer's places
of that kind (a district among districts, a village among towns and villages), never among its
common-word names (`Gazetteer.stopwords`).

Used by `places.py` for lower-case leads.
"""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import Gazetteer, Place, fold, skeleton
from pipeline.extract.place_mentions import PlaceMention

# The unit word is found first (a rare word), then the one or two words before it: a pattern that began
# with the name would be tried at every word of the text.
_UNIT = re.compile(
    r"\s(district|county|tehsil|upazila|lga|municipality|commune|province|state|governorate|region|department|"
    r"city|town|village|township)\b"
)
_NAME_BEFORE = re.compile(r"(?<![a-z'’-])([a-z][a-z'’-]*(?:\s[a-z][a-z'’-]*)?)\s*$")
_TOWN_UNITS = frozenset({"city", "town", "village", "township"})
_DIVISION_UNITS = frozenset({"province", "state", "governorate", "region", "department"})
# Words before a unit that describe it rather than name it: "the border district", "a remote village".
_NOT_NAMES = frozenset(
    """the a an this that these those his her their its our same whole entire home native neighbouring
    neighboring nearby adjoining adjacent remote border frontier tribal restive troubled volatile northern southern
    eastern western central north south east west northeast northwest southeast southwest upper lower
    rural urban hill coastal mountain mountainous desert capital main old new small big large entire
    district province state city town village of in at near from and or""".split()
)


def _fits(place: Place, unit: str) -> bool:
    """Whether a place is of the kind the unit word names."""
    if unit in _TOWN_UNITS:
        return place.kind == "city"
    if unit in _DIVISION_UNITS:
        return place.kind in ("admin1", "region")
    return place.kind == "admin2"


def _province_of_its_city(gazetteer: Gazetteer, key: str) -> tuple[Place, ...]:
    """The first-level division a city of that name gives its name to: "konduz province" (Konduz is a spelling
    of the city of Kunduz only) is the province of Kunduz."""
    found: list[Place] = []
    for city in gazetteer.lookup(key):
        if city.kind == "city" and city.admin1 and skeleton(city.admin1) == skeleton(city.name):
            found.extend(p for p in gazetteer.lookup(fold(city.admin1))
                         if p.kind == "admin1" and p.iso3 == city.iso3 and p not in found)
    return tuple(found)


def unit_places(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """Places named before a unit word in lower-case `text`, each of the unit's kind."""
    found: list[PlaceMention] = []
    for match in _UNIT.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None:
            continue
        words, unit = before.group(1).split(), match.group(1)
        while words and words[0] in _NOT_NAMES:  # "the border district" names none; "dera bugti district" one
            words = words[1:]
        for size in range(len(words), 0, -1):
            name = " ".join(words[-size:])
            key = fold(name)
            if key in gazetteer.stopwords or len(key) < 3:
                continue
            places = tuple(p for p in gazetteer.lookup(key) if _fits(p, unit))
            if len(key) < 4:  # a three-letter name only as a division's whole name: "imo state", "edo state"
                places = tuple(p for p in places if unit in _DIVISION_UNITS and fold(p.name) == key)
            elif not places and unit in _DIVISION_UNITS:
                places = _province_of_its_city(gazetteer, key)
            if places:
                end = before.end(1)
                found.append(PlaceMention(end - len(name), end, name, places, unit=unit))
                break
    return found


# "staged a rally in saqqez against", "in xapuri, acre,": a name right after "in", "near" or "at" that a
# comma, a bracket or a stop closes. Coders' notes and datelines name small towns so; an English word
# there ("in addition,", "in total.") is no gazetteer name, and the common words that are stay out
# (`Gazetteer.stopwords`).
_FRAMED = re.compile(r"\b(?:in|near|at)\s+([a-z][a-z'’-]{4,}(?:\s[a-z][a-z'’-]{3,})?)(?=\s?[,(.;:)])")
_FRAMED_MIN_POPULATION = 5_000  # a town this big, or a district: smaller namesakes of words are many
# Without the closing punctuation, only a city this big or a district by its whole name, of a long name one country
# alone has: "clashed in dumka on sunday", "a rally in grodno over the new law".
_OPEN_FRAMED = re.compile(r"\b(?:in|near|at)\s+([a-z][a-z'’-]{5,})\b(?!\s?[,(.;:)])")
_OPEN_MIN_POPULATION = 100_000


def framed_places(gazetteer: Gazetteer, text: str, *, open_frames: bool = True) -> list[PlaceMention]:
    """Towns and districts named right after "in", "near" or "at" and closed by punctuation, in lower-case text;
    with `open_frames`, big cities and whole districts after them without the punctuation too (not in a story
    with a dateline, where "new delhi: ... plan to hold a puja in ayodhya" tells of a place, not of the news's)."""
    found: list[PlaceMention] = []
    for match in _FRAMED.finditer(text):
        name = match.group(1)
        key = fold(name)
        if key in gazetteer.stopwords:
            continue
        # a division by its whole name only: "in power." is no "Power County"
        readings = [p for p in gazetteer.lookup(key) if p.source != "alternate"]
        places = tuple(p for p in readings
                       if (p.population >= _FRAMED_MIN_POPULATION if p.kind == "city"
                           else p.kind in ("admin1", "admin2", "region") and fold(p.name) == key))
        # one country's name only: "in providencia," may be any of several countries' towns
        if places and len({p.iso3 for p in readings}) == 1:
            found.append(PlaceMention(match.start(1), match.end(1), name, places, framed=True))
    for match in _OPEN_FRAMED.finditer(text) if open_frames else ():
        name = match.group(1)
        key = fold(name)
        if key in gazetteer.stopwords or any(m.start <= match.start(1) < m.end for m in found):
            continue
        candidates = gazetteer.lookup(key)
        places = tuple(p for p in candidates if (p.population >= _OPEN_MIN_POPULATION if p.kind == "city"
                                                 else p.kind in ("admin1", "admin2") and fold(p.name) == key))
        if places and len({p.iso3 for p in candidates}) == 1:
            found.append(PlaceMention(match.start(1), match.end(1), name, places, framed=True))
    return found
