"""The readings of a place name and their prior weights, before the text around it is weighed.

A name may be several places ("Tripoli" in Lebanon and Libya, "Punjab" in India and
Pakistan, "Beni" a Congolese town and a Bolivian province). Each reading weighs by
its kind (a country or province over a district or village), its size, and how far
its source is trusted (our curated spellings over GeoNames' odd alternate names and
its long lists of districts and villages). The unit word after a name picks the
readings of its kind ("Konta town", "Ilam district"), and names that lie inside each
other ("Mainapokhari" and "Bardiya district") are found here too.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict

from pipeline.extract.gazetteer import Place, fold
from pipeline.extract.place_context import UNIT_COUNTRY
from pipeline.extract.place_mentions import PlaceMention

# Base weight of a reading by kind; divisions are scaled by their country's size, so
# a province of a populous country outweighs a same-named one of a micro-state.
_KIND_WEIGHTS = {"country": 3.0, "admin1": 2.2, "region": 2.0, "admin2": 1.6, "mission": 2.0}
# GeoNames alternate names include many odd forms ("Rand" for Des Plaines), and its
# districts and villages are many and obscure: trust them less than main names.
_SOURCE_WEIGHTS = {"alternate": 0.35, "curated": 1.25, "district": 0.5, "village": 0.3}
_BIG_CITY, _BIG_CITY_BONUS = 300_000, 0.5
_DIVISION_KINDS = frozenset({"admin1", "admin2", "region"})
_fold = functools.lru_cache(maxsize=1 << 16)(fold)  # the same division names recur across articles
_FOREIGN_UNIT = 0.2  # weight of a reading outside the only country that uses the unit word after it
# Countries whose first-level divisions are states, not provinces: "Punjab province" is Pakistan's, "Punjab
# state" India's ("Niger State" picks the division over the country by itself).
_STATE_COUNTRIES = frozenset("IND NGA USA MEX BRA SDN SSD MYS VEN AUS".split())


@functools.lru_cache(maxsize=65536)
def place_weight(place: Place) -> float:
    """Prior weight of one reading of a name, by the kind, size and source of the place."""
    if place.kind == "city":
        weight = min(2.6, max(0.8, 0.6 + 0.4 * math.log10(max(place.population, 1000) / 1000)))
        if place.population >= _BIG_CITY:
            weight += _BIG_CITY_BONUS
    else:
        weight = _KIND_WEIGHTS.get(place.kind, 1.5)
        if place.kind in _DIVISION_KINDS:
            size = math.log10(max(place.population, 100_000) / 10_000_000)  # 0 for 10 million people
            weight = max(0.8 * weight, min(1.2 * weight, weight + 0.25 * size))
    return weight * _SOURCE_WEIGHTS.get(place.source, 1.0)


def _reading_weight(place: Place, district: bool) -> float:
    """A reading's weight; after a second-level unit word ("Ilam district") a district
    weighs as much as a province."""
    if district and place.kind == "admin2":
        return place_weight(place._replace(kind="admin1", source="iso"))
    return place_weight(place)


@functools.lru_cache(maxsize=65536)
def _readings(places: tuple[Place, ...], unit: str, town: bool, district: bool) -> dict[str, tuple[Place, float]]:
    best: dict[str, tuple[Place, float]] = {}
    # a town word keeps the towns of the name; when its only towns are odd alternate names, it keeps the
    # divisions of the countries without one too, as a town's name ("Ariha, a town in Idlib province":
    # Syria's Ariha District, not an alias of Palestine's Jericho)
    cities = {p.iso3 for p in places if p.kind == "city"}
    if any(p.kind == "city" and p.source != "alternate" for p in places):
        cities = {p.iso3 for p in places}
    divisions = any(p.kind != "city" for p in places)
    division = bool(unit) and not town
    # "Niger state", "Niger State" is Nigeria's state, not the country: a unit word after a
    # country's name picks a division of that name, if there is one
    provinces = division and any(p.kind not in ("city", "country") for p in places)
    local = UNIT_COUNTRY.get(unit, ())  # "Meta woreda" is in Ethiopia, not Colombia's Meta
    here = any(p.iso3 in local for p in places)
    states = {p.iso3 in _STATE_COUNTRIES for p in places if p.kind == "admin1"}
    # (the unit word decides only between a state and a province of one name)
    termed = unit in ("state", "province") and len(states) == 2
    for place in places:
        if town and place.iso3 in cities and place.kind != "city":
            continue
        if division and divisions and place.kind == "city":
            continue
        if provinces and place.kind == "country":
            continue
        if here and place.iso3 not in local:
            continue
        weight = _reading_weight(place, district) * (_FOREIGN_UNIT if local and not here else 1.0)
        if termed and place.kind == "admin1" and (place.iso3 in _STATE_COUNTRIES) != (unit == "state"):
            weight *= _FOREIGN_UNIT
        current = best.get(place.iso3)
        if current is None or weight > current[1]:
            best[place.iso3] = (place, weight)
    return best


def readings(mention: PlaceMention) -> dict[str, tuple[Place, float]]:
    """Country -> (most weighty reading of the name there, its weight); a unit word after
    the name ("Konta town", "Poonch district") keeps the readings of its kind, if any.
    The result is shared: do not change it."""
    return _readings(mention.places, mention.unit, mention.town_hint, mention.district_hint)


def nest_key(mention: PlaceMention) -> str:
    """The folded name, with its unit word when that names a division: "Merida, Merida
    state" names a town and the state it lies in, "Punjab ... Punjab" one place twice."""
    key = _fold(mention.text)
    return f"{key}|{mention.unit}" if mention.unit_hint and not mention.town_hint else key


def nested(mentions: list[PlaceMention]) -> set[tuple[str, str]]:
    """(`nest_key`, country) pairs where the name may be a place inside a division
    another name of the text is, or that division: "Mainapokhari" and "Bardiya district"
    agree on Nepal, "Multan" and "Punjab" on Pakistan, the country "Niger" and "Diffa"
    on Niger."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        key = nest_key(mention)
        for place in mention.places:
            if place.kind in _DIVISION_KINDS:
                named[place.iso3, _fold(mention.text)].add(key)
                named[place.iso3, _fold(place.name)].add(key)
            elif place.kind == "country":
                named[place.iso3, ""].add(key)
    found: set[tuple[str, str]] = set()
    if not named or len(mentions) < 2:
        return found
    for mention in mentions:
        key = nest_key(mention)
        for place in mention.places:
            if place.kind == "country":
                continue
            for division in (place.admin1, place.admin2, ""):
                others = named.get((place.iso3, _fold(division))) if division is not None else None
                if others and others - {key}:
                    found.add((key, place.iso3))
                    found.update((other, place.iso3) for other in others)
    return found
