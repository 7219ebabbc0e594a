"""Last resort for texts whose only place names are misspelt: "Faislabad", "Kisoreganj".

Coders and reporters misspell long local names by a letter. When no name of a text's
lead is in the gazetteer at all, a long capitalised word after a locative ("in
Faislabad") is matched to an indexed name one edit away (a letter added, dropped,
changed or two letters swapped) that shares its first two letters; villages and
GeoNames' alternate names are left out, and shorter words too, where one edit turns
one real name into another ("Douris", "Dobris").
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.extract.gazetteer import Gazetteer, Place
from pipeline.extract.place_mentions import PlaceMention

MIN_LENGTH = 8
_CANDIDATE = re.compile(rf"\b(?:in|at|near|of)\s+(?:the\s+)?([A-Z][a-z]{{{MIN_LENGTH - 1},}})\b")
_LOOSE_SOURCES = frozenset({"village", "alternate"})


_BUILT: dict[int, tuple[Gazetteer, dict[tuple[str, int], list[str]]]] = {}


def _buckets(gazetteer: Gazetteer) -> dict[tuple[str, int], list[str]]:
    """(first two letters, length) -> the one-word indexed names trusted enough to guess at,
    made once per gazetteer (and only in a process that meets a text without places)."""
    built = _BUILT.get(id(gazetteer))
    if built is None or built[0] is not gazetteer:
        built = _BUILT[id(gazetteer)] = (gazetteer, _bucket(gazetteer))
    return built[1]


def _bucket(gazetteer: Gazetteer) -> dict[tuple[str, int], list[str]]:
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, rows in gazetteer.index.items():
        if len(key) < MIN_LENGTH - 1 or " " in key:
            continue
        if all(Place._make(gazetteer.rows[i]).source in _LOOSE_SOURCES for i in rows):
            continue
        buckets[key[:2], len(key)].append(key)
    return dict(buckets)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of
    neighbouring letters apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[first:] == b[first + 1 :]
    if a[first + 1 :] == b[first + 1 :]:
        return True
    swapped = first + 1 < len(a) and a[first] == b[first + 1] and a[first + 1] == b[first]
    return swapped and a[first + 2 :] == b[first + 2 :]


def misspelt_places(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """Mentions of the indexed names that long capitalised words after a locative miss by one edit."""
    buckets = _buckets(gazetteer)
    found: list[PlaceMention] = []
    for match in _CANDIDATE.finditer(text):
        word = match.group(1).lower()
        if word in gazetteer.stopwords or word in gazetteer.demonyms:
            continue  # a word of its own, no misspelling: "speaking for the Christian minority" (not "Christiana")
        guesses = {
            key
            for size in (len(word) - 1, len(word), len(word) + 1)
            for key in buckets.get((word[:2], size), ())
            if one_edit_apart(word, key)
        }
        if len(guesses) == 1:  # two names one edit away: no guess
            places = gazetteer.lookup(guesses.pop())
            # A guess weighs as little as a name inside a longer one: any actor or cue may overrule it.
            found.append(PlaceMention(match.start(1), match.end(1), match.group(1), places, partial=True))
    return found
