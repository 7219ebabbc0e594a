"""The place a lower-case newspaper story's dateline names ("bangalore: chief minister ...").

In an all-lower-case archive only a gazetteer's main names of big places are trusted
(`gazetteer.lower_case_ok`): common words look like small towns. A dateline is the
exception: the words before the colon that opens the story name the place it was filed
from by their position, so any of its names counts there, an old one ("bangalore",
"allahabad", "baroda") or a small town's ("danapur"). Two places may share a dateline
("ahmedabad/vadodara: ..."), and a village's may name its district in brackets ("ghodasar (kheda): ...").
Mixed-case datelines ("KABUL (Reuters) -", "ALLAHABAD:") are
read by the ordinary finder, which trusts capitals. `opening_dateline` tells a newspaper's
story, which opens with one, from a coder's note (`event_reported`).
"""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import Gazetteer, fold
from pipeline.extract.place_mentions import PlaceMention

# A page's date line before the story ("This story is from May 14, 2004"): the capitals of a
# lower-case archive's page.
_PAGE_LINE = re.compile(r"\s*this\s+story\s+is\s+from\s+\w+\s+\d{1,2},\s+\d{4}\.?\s*", re.IGNORECASE)
# The story's opening: up to three words (or two places joined by "/") before a colon, in lower case
# or in capitals ("NEW DELHI: ..."); a coder's label ("Looting: ...") and a headline's country
# ("Pakistan: ...") are in title case.
_LOWER_NAME = r"[a-z][a-z.'-]*(?:\s[a-z][a-z.'-]*){0,2}"
_UPPER_NAME = r"[A-Z][A-Z.'-]*(?:\s[A-Z][A-Z.'-]*){0,2}"
_DISTRICT = rf"(?:\s*\(({_LOWER_NAME})\))?"  # a village's district in brackets: "ghodasar (kheda):"
_DATELINE = re.compile(rf"\s*({_LOWER_NAME}(?:\s*/\s*{_LOWER_NAME})?){_DISTRICT}\s*:")
_ANY_DATELINE = re.compile(
    rf"\s*((?:{_LOWER_NAME}|{_UPPER_NAME})(?:\s*/\s*(?:{_LOWER_NAME}|{_UPPER_NAME}))?){_DISTRICT}\s*:\s*[a-zA-Z\"'`]"
)
# Labels in capitals that open a text like a dateline but name no place.
_NOT_PLACES = frozenset({"update", "updated", "breaking", "exclusive", "watch", "video", "photos", "urgent", "note",
                         "editor's note", "correction", "opinion", "analysis", "live"})
_KINDS = frozenset({"city", "admin1", "admin2", "country"})


def dateline_places(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """The places named by the dateline opening lower-case `text`, with their offsets in it."""
    page = _PAGE_LINE.match(text)
    match = _DATELINE.match(text, page.end() if page else 0)
    if match is None:
        return []
    found: list[PlaceMention] = []
    offset = match.start(1)
    names = match.group(1).split("/") + ([match.group(2)] if match.group(2) else [])
    for name in names:
        start = text.index(name.strip(), offset)
        end = start + len(name.strip())
        offset = end
        places = tuple(place for place in gazetteer.lookup(fold(name)) if place.kind in _KINDS)
        if places:
            found.append(PlaceMention(start, end, text[start:end], places))
    return found


def is_page_line(text: str) -> bool:
    """True for a sentence that is only the page's date line ("This story is from May 14, 2004")."""
    return _PAGE_LINE.fullmatch(text) is not None


def without_page_line(text: str) -> str:
    """`text` without the page's date line that may open it."""
    page = _PAGE_LINE.match(text)
    return text[page.end():] if page else text


def opening_dateline(text: str) -> str | None:
    """The dateline that opens a newspaper's story ("NEW DELHI", "pune", "ahmedabad/vadodara"), or None."""
    match = _ANY_DATELINE.match(text)
    if match is None or match.group(1).strip().lower() in _NOT_PLACES:
        return None
    return match.group(1)
