"""The capital a story names by its role: "in the Libyan capital", "clashes in the capital".

Wire stories often place an incident in "the <Demonym> capital" without naming the city again (the
dateline named it, or the headline did not). When no town is found, that phrase gives the location:
the capital of the incident's country (the project's country table, `countries.py`),
provided the demonym, if any, is that country's ("the Afghan capital" in a story placed in Pakistan is
no location). "The provincial capital", "the capital of Helmand" name other towns and are left alone.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import COUNTRIES
from pipeline.extract.gazetteer import Place, fold, gazetteer

# "in the capital", "in the Libyan capital", "near the Somali capital," (not "the capital of X", "capital city of")
_IN_CAPITAL = re.compile(
    r"\b(?:in|near|outside|across|around|inside)\s+the\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:city\s+)?of\b)")


def capital_named(text: str, iso3: str) -> Place | None:
    """The capital city of `iso3` when `text` places something in "the (<Demonym>) capital", else None."""
    country = COUNTRIES.get(iso3)
    name = country.capital if country is not None else None
    if name is None:
        return None
    demonyms = gazetteer().demonyms
    for match in _IN_CAPITAL.finditer(text):
        demonym = match.group(1)
        if demonym is not None and demonyms.get(demonym.lower()) != iso3:
            continue  # "the Afghan capital" in another country's story; "the Ottoman capital"
        return next((p for p in gazetteer().lookup(fold(name)) if p.kind == "city" and p.iso3 == iso3), None)
    return None
