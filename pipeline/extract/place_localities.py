"""Names that a South Asian locality word follows: "Kanda Bazar", "Anarkali Bazaar", "Chandni Chowk".

A bazaar, chowk, mandi, ganj or mohalla is a neighbourhood or market of a South Asian town, named by
the word before it. That word may also be a place elsewhere ("Kanda", a district of Tokyo): followed
by such a locality word it can only be a South Asian place, or, when the gazetteer has none of that
name there, no place it knows (the locality itself is too small to be listed).
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.place_mentions import PlaceMention

_LOCALITY = r"(?:bazar|bazaar|chowk|mandi|ganj|gunj|mohalla|mohallah|basti)"
_LOCALITY_AFTER = re.compile(rf"\s+{_LOCALITY}\b", re.IGNORECASE)
_LOCALITY_WORD = re.compile(_LOCALITY, re.IGNORECASE)
# A name before the locality word: "Kanda" of "Kanda Bazar" (the word alone is no place: Bazar-Korgon)
_NAME_BEFORE = re.compile(r"[A-Za-z][\w'’-]*\s+$")
SOUTH_ASIA = frozenset({"IND", "PAK", "BGD", "NPL", "AFG", "LKA", "BTN", "MDV"})


def within_locality(text: str, mention: PlaceMention) -> PlaceMention | None:
    """The mention as found, or, before a locality word, only its South Asian readings (None if it has none)."""
    if _LOCALITY_WORD.fullmatch(mention.text) and _NAME_BEFORE.search(text, max(0, mention.start - 40),
                                                                         mention.start):
        return None  # "Bazar" of "Kanda Bazar": a word of the locality's name
    if not _LOCALITY_AFTER.match(text, mention.end):
        return mention
    places = tuple(p for p in mention.places if p.iso3 in SOUTH_ASIA)
    return dataclasses.replace(mention, places=places) if places else None
