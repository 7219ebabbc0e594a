"""The country table: ISO3 codes, ACLED country names, aliases, demonyms and capitals.

Loaded once from `data/countries.csv` (its header documents the source of each column).
A small stable API that other extraction modules may import:

- `COUNTRIES`: iso3 -> `Country`;
- `country_by_name(text)`: iso3 of a country name or alias ("Pakistan", "DR Congo", "the UK");
- `country_by_demonym(text)`: iso3 of a demonym ("Pakistani", "Afghans");
- `country_by_capital(text)`: iso3 of a capital city ("Kabul");
- `country_of(text)`: any of the three, names first;
- `acled_country(iso3)` / `state_name(iso3)`: how ACLED writes the country in
  "Civilians (X)" and in "Military Forces of X".

Lookups are case-insensitive except for short all-capital forms ("US", "UK"), which must
be written in capitals so that the pronoun "us" is not the United States.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("data") / "countries.csv"


@dataclass(frozen=True, slots=True)
class Country:
    """One row of the country table."""

    iso3: str
    name: str  # ACLED's country name: "Democratic Republic of Congo"
    state_name: str  # as in "Military Forces of the Democratic Republic of Congo"
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None


def _split(cell: str) -> tuple[str, ...]:
    """The '|'-separated values of a cell."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _rows(path: Path) -> list[dict[str, str]]:
    """The CSV rows of `path`, skipping '#' comment lines."""
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def load_countries(path: Path = DATA) -> dict[str, Country]:
    """iso3 -> Country from the CSV table."""
    table: dict[str, Country] = {}
    for row in _rows(path):
        table[row["iso3"]] = Country(
            iso3=row["iso3"],
            name=row["name"],
            state_name=row["state_name"] or row["name"],
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            capital=row["capital"].strip() or None,
        )
    return table


COUNTRIES: dict[str, Country] = load_countries()


def is_acronym(form: str) -> bool:
    """True for short all-capital forms ("US", "U.K.", "DRC") that must match case-sensitively."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def _key(text: str) -> str:
    """Lookup key: lower case, single spaces, no leading 'the', no possessive."""
    key = " ".join(text.replace("’", "'").split()).lower()
    key = key.removeprefix("the ")
    return key.removesuffix("'s")


@functools.cache
def _index(kind: str) -> tuple[dict[str, str], dict[str, str]]:
    """(case-insensitive keys, exact acronym forms) -> iso3 for one kind of form."""
    loose: dict[str, str] = {}
    exact: dict[str, str] = {}
    for country in COUNTRIES.values():
        if kind == "name":
            forms: tuple[str, ...] = (country.name, *country.aliases)
        elif kind == "demonym":
            forms = country.demonyms
        else:
            forms = (country.capital,) if country.capital else ()
        for form in forms:
            if is_acronym(form):
                exact.setdefault(form.replace(".", ""), country.iso3)
            else:
                loose.setdefault(_key(form), country.iso3)
    return loose, exact


def _lookup(kind: str, text: str) -> str | None:
    loose, exact = _index(kind)
    stripped = text.strip()
    for candidate in (stripped, stripped.removeprefix("the ").removeprefix("The ")):
        bare = candidate.replace(".", "").removesuffix("'s").removesuffix("’s")
        if bare in exact:
            return exact[bare]
    return loose.get(_key(stripped))


def country_by_name(text: str) -> str | None:
    """iso3 of a country name or alias ("Pakistan", "the Philippines", "DRC"), else None."""
    return _lookup("name", text)


def country_by_demonym(text: str) -> str | None:
    """iso3 of a demonym or nationality adjective ("Pakistani", "Afghans"), else None."""
    return _lookup("demonym", text)


def country_by_capital(text: str) -> str | None:
    """iso3 of a capital city ("Kabul", "Islamabad"), else None."""
    return _lookup("capital", text)


def country_of(text: str) -> str | None:
    """iso3 of a country name, demonym or capital, in that order of preference."""
    return country_by_name(text) or country_by_demonym(text) or country_by_capital(text)


def acled_country(iso3: str | None) -> str | None:
    """ACLED's country name for `iso3` ("Civilians (Democratic Republic of Congo)")."""
    country = COUNTRIES.get(iso3 or "")
    return country.name if country else None


def state_name(iso3: str | None) -> str | None:
    """The country as ACLED writes it after "Military Forces of" ("the Philippines")."""
    country = COUNTRIES.get(iso3 or "")
    return country.state_name if country else None
