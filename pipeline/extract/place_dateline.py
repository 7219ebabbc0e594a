"""The place a lower-case newspaper story's dateline names ("bangalore: chief minister ...").

In an all-lower-case archive only a gazetteer's main names of big places are trusted
(`gazetteer.lower_case_ok`): common words look like small towns. A dateline is the
exception: the words before the colon that opens the story name the place it was filed
from by their position, so any of its names counts there, an old one ("bangalore",
"allahabad", "baroda") or a small town's ("danapur"). Two places may share a dateline
("ahmedabad/vadodara: ..."). Mixed-case datelines ("KABUL (Reuters) -", "ALLAHABAD:") are
read by the ordinary finder, which trusts capitals.
"""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import Gazetteer, fold
from pipeline.extract.place_mentions import PlaceMention

# A page's date line before the story ("This story is from March 3, 2002"): the capitals of a
# lower-case archive's page.
_PAGE_LINE = re.compile(r"\s*this\s+story\s+is\s+from\s+\w+\s+\d{1,2},\s+\d{4}\.?\s*", re.IGNORECASE)
# The story's opening: up to three words (or two places joined by "/") before a colon.
_DATELINE = re.compile(
    r"\s*([a-z][a-z.'-]*(?:\s[a-z][a-z.'-]*){0,2}(?:\s*/\s*[a-z][a-z.'-]*(?:\s[a-z][a-z.'-]*){0,2})?)\s*:"
)
_KINDS = frozenset({"city", "admin1", "admin2", "country"})


def dateline_places(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """The places named by the dateline opening lower-case `text`, with their offsets in it."""
    page = _PAGE_LINE.match(text)
    match = _DATELINE.match(text, page.end() if page else 0)
    if match is None:
        return []
    found: list[PlaceMention] = []
    offset = match.start(1)
    for name in match.group(1).split("/"):
        start = text.index(name.strip(), offset)
        end = start + len(name.strip())
        offset = end
        places = tuple(place for place in gazetteer.lookup(fold(name)) if place.kind in _KINDS)
        if places:
            found.append(PlaceMention(start, end, text[start:end], places))
    return found


def without_page_line(text: str) -> str:
    """`text` without the page's date line that may open it."""
    page = _PAGE_LINE.match(text)
    return text[page.end():] if page else text
