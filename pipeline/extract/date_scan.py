"""Fast scanning for date expressions: find anchor words first, then match the patterns around them.

Trying the union of all date patterns at every word of an article is too slow
for the pipeline's speed budget (about a megabyte a second). Every date
expression contains an anchor: a digit, a month or weekday name, a unit
("week", "quarter"), a day word ("yesterday") or a reference word ("now"). A
cheap scan finds the anchors; the full patterns are then tried only at the
few word starts just before each anchor that can begin an expression ("the",
"last", "early", "two", ...) and at the anchor itself. The result is the same
leftmost, non-overlapping sequence of matches as a full scan, as long as no
expression starts more than `_REACH` characters before its first anchor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from pipeline.extract.date_lexicon import (
    CARDINALS,
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    SEASONS,
    TENS,
    VAGUE_COUNTS,
    WEEKDAYS,
    word_set,
)
from pipeline.extract.date_patterns import build_scanner

_REACH = 56  # the longest prefix before an anchor: "the comparable year-ago fiscal third quarter"


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of `words` factored by common prefixes: the engine tests far fewer branches."""
    children: dict[str, set[str]] = defaultdict(set)
    complete = False
    for word in words:
        if word:
            children[word[0]].add(word[1:])
        else:
            complete = True
    parts = [re.escape(first) + _trie(rest) for first, rest in sorted(children.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if complete else body


_UNITS = """day days week weeks weekend fortnight month months year years decade decades century centuries
    quarter quarters half period term"""
_DAYWORDS = "today tonight yesterday tomorrow night morning afternoon evening"
_REFERENCES = "now nowadays current currently recent recently present presently past future"
# Each class of anchor word, and the rules whose expressions can contain it.
_CLASSES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "digit": (frozenset(), ("iso", "numeric", "numeric_short", "mdy", "dmy", "clock_weekday", "month_year", "day_only",
                            "quarter", "quarter_q", "half", "season", "decade", "century", "period", "ago", "year",
                            "year_words")),
    "month": (frozenset(MONTHS), ("mdy", "dmy", "dmy_word", "month_year", "month")),
    "weekday": (frozenset(w for w in WEEKDAYS if len(w) > 4), ("mdy", "dmy", "weekday")),
    "unit": (frozenset(_UNITS.split()), (
        "week_of", "quarter", "half", "period", "year_ago_adj", "ago", "rel_unit", "the_unit", "year_end",
        "holiday", "ref_day", "day_of_run", "dayword", "quarter_ref", "month_year", "ref", "century",
        "year_words")),
    "dayword": (frozenset(_DAYWORDS.split()), ("dayword", "ref_day", "weekday")),
    "reference": (frozenset(_REFERENCES.split()), ("ref", "rel_unit", "quarter_ref", "season", "period")),
    "season": (frozenset(SEASONS), ("season",)),
    "decade": (frozenset(DECADE_WORDS), ("decade",)),
    "number": (frozenset({"nineteen", "thousand"}), ("year_words", "ago", "decade")),
    "holiday": (frozenset({"christmas", "easter", "thanksgiving"}), ("holiday",)),
}
CLASS_OF: dict[str, str] = {word: name for name, (words, _) in _CLASSES.items() for word in words}
SCANNERS: dict[str, re.Pattern[str]] = {name: build_scanner(rules) for name, (_, rules) in _CLASSES.items()}
ANCHOR_WORDS = frozenset(CLASS_OF)
ANCHOR = re.compile(r"[0-9]+|\b" + _trie(ANCHOR_WORDS) + r"\b")

# Words that can begin a date expression before its anchor ("the", "last", "early", "two", ...).
START_WORDS = frozenset(
    ANCHOR_WORDS
    | {w.split()[0] for w in (*CARDINALS, *VAGUE_COUNTS)}
    | set(ORDINALS) | set(TENS) | set(WEEKDAYS)
    | word_set(
        """the a an in this that these its last next past coming upcoming current previous following same
        latest preceding early mid late earlier later nearly almost about around some roughly more less just
        only barely over at exactly fiscal calendar comparable right most very until new"""
    )
)
_START = re.compile(r"(?<![\w'])(?:" + _trie(START_WORDS) + r"(?![\w'])|[0-9']|q[1-4](?![\w]))")


def _starts(low: str, lo: int, anchor: int) -> list[int]:
    """Positions in low[lo:anchor] where a word that can begin a date expression starts, then the anchor."""
    starts = [word.start() for word in _START.finditer(low, lo, anchor)]
    starts.append(anchor)
    return starts


def scan(low: str) -> Iterator[re.Match[str]]:
    """The leftmost non-overlapping matches of the date patterns in lower-cased text."""
    consumed = 0
    for anchor in ANCHOR.finditer(low):
        at = anchor.start()
        if at < consumed:
            continue
        scanner = SCANNERS[CLASS_OF.get(anchor.group(), "digit")]
        for start in _starts(low, max(consumed, at - _REACH), at):
            match = scanner.match(low, start)
            if match and match.end() > at:
                yield match
                consumed = match.end()
                break
