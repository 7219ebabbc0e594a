"""Which way a date without a year or a bare weekday points: past or future.

News reports the past, so most callers default to "past"; a future cue ("will
meet on Monday", "is scheduled for", "as early as") makes it "future". The
cue nearest the expression wins, looking a clause back and a few words ahead
("on Sunday issued", "on Monday will"). A reporting verb counts only right
before the date ("..., the source said on Tuesday"): further away it dates the
statement, not the event. Participles after "be" ("will be held") are not past.
The windows are short because sentence splitting of lower-cased text can
leave very long sentences.
"""

from __future__ import annotations

import re

_BACK = 100  # characters looked at before the expression
_AHEAD = 30  # characters looked at after it
_REPORT_REACH = 16  # a reporting verb further back than this does not date the expression

_FUTURE = (
    r"will|'ll|shall|would|going\s+to|scheduled|slated|set\s+to|expect|expected|expects|plans?|planned|"
    r"planning|intends?|intended|upcoming|forthcoming|to\s+be|is\s+to|are\s+to|likely\s+to|aims?\s+to|"
    r"hopes?\s+to|proposed|next|begins?|starts?|ahead\s+of|payable|effective|await|awaits|awaiting|"
    r"as\s+early\s+as|as\s+soon\s+as|deadline"
)
_REPORT = r"said|says|told|added|stated|announced|confirmed|claimed|reported"
_PAST = r"was|were|had|did|ago|last|earlier|since|began|met|left|took|came|went|fell|rose|held|[a-z]{2,}ed"
# "-ed" words that are not past tenses.
_NOT_PAST = frozenset({
    "need", "indeed", "hundred", "red", "bed", "seed", "feed", "speed", "united", "based", "armed", "alleged",
    "called", "so-called", "concerned", "wanted", "detailed", "limited", "proposed", "expected", "scheduled",
    "planned", "intended", "related", "named",
})
_CUES = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<report>{_REPORT})|(?P<past>{_PAST}))\b")
_AFTER_CUES = re.compile(
    r"\b(?:(?P<future>will|would|is\s+to|are\s+to)|(?P<past>was|were|had|[a-z]{2,}ed))\b"
)
# A clause boundary stops the look-back: what comes before it speaks of something else.
_BOUNDARY = re.compile(r"[;:!?\n\"“”]|\.\s")
_BE = ("be ", "been ", "being ")


def _kind(match: re.Match[str], low: str) -> str | None:
    """"future", "past" or None (not a cue here) for one cue match."""
    word = match.group(0)
    if match.group("future"):
        return "future"
    if word in _NOT_PAST:
        return None
    if low.endswith(_BE, 0, match.start()):
        return None  # "will be held": a participle, the tense is elsewhere
    return "past"


def _before(low: str, start: int, floor: int) -> tuple[str | None, int]:
    """(tense, distance) of the nearest cue before `start` within its clause."""
    lo = max(floor, start - _BACK)
    for cut in _BOUNDARY.finditer(low, lo, start):
        lo = cut.end()
    best: tuple[str | None, int] = (None, _BACK + 1)
    for match in _CUES.finditer(low, lo, start):
        if match.group("report") and start - match.end() > _REPORT_REACH:
            continue
        kind = _kind(match, low)
        if kind:
            best = (kind, start - match.end())
    return best


def _after(low: str, end: int) -> tuple[str | None, int]:
    """(tense, distance) of the first strong cue shortly after `end`, before any clause boundary."""
    window_end = min(len(low), end + _AHEAD)
    stop = _BOUNDARY.search(low, end, window_end)
    if stop:
        window_end = stop.start()
    for match in _AFTER_CUES.finditer(low, end, window_end):
        kind = _kind(match, low)
        if kind:
            return kind, match.start() - end
    return None, _AHEAD + 1


def tense_near(low: str, start: int, end: int, floor: int = 0) -> str | None:
    """"future" or "past" from the cue nearest the expression low[start:end], else None."""
    before, before_gap = _before(low, start, floor)
    after, after_gap = _after(low, end)
    if after and after_gap < before_gap:
        return after
    return before
