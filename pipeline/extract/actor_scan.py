"""One pass of a sentence's tokens through the catalogue trie: the raw catalogue hits.

`scan(text)` tokenises a sentence once and walks the trie from every token that can start a
form, keeping the longest form whose capitalisation fits (see `catalogue.case_ok`). A
sentence none of whose tokens starts a form is skipped after one set operation, which is
what keeps the scan fast on long articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.catalogue import FIRST_TOKENS, TOKEN, TRIE, Entry, case_ok


class Tokens:
    """The tokens of one sentence: lower-cased forms up front, offsets computed on first use.

    Most sentences need only the lower-cased forms (trie walk, context words); offsets and
    original spellings are read for the few tokens a mention covers.
    """

    __slots__ = ("_spans", "_words", "low", "sentence")

    def __init__(self, sentence: str, low: list[str] | None = None) -> None:
        self.sentence = sentence
        self.low = low if low is not None else lower_tokens(sentence)
        self._spans: list[tuple[int, int]] | None = None
        self._words: frozenset[str] | None = None

    def __len__(self) -> int:
        return len(self.low)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every token in the sentence."""
        if self._spans is None:
            self._spans = [m.span() for m in TOKEN.finditer(self.sentence)]
        return self._spans

    @property
    def words(self) -> frozenset[str]:
        """The sentence's distinct lower-cased tokens: one set test tells whether a cue can occur."""
        if self._words is None:
            self._words = frozenset(self.low)
        return self._words

    def start(self, i: int) -> int:
        return self.spans[i][0]

    def end(self, i: int) -> int:
        return self.spans[i][1]

    def text(self, i: int) -> str:
        """The token as written."""
        start, end = self.spans[i]
        return self.sentence[start:end]


def lower_tokens(text: str) -> list[str]:
    """The lower-cased tokens of `text`, index for index those of `TOKEN.finditer(text)`."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return TOKEN.findall(lowered)
    return [t.lower() for t in TOKEN.findall(text)]  # a character whose lower case is longer


@dataclass(frozen=True, slots=True)
class Hit:
    """A catalogue form found in a sentence: token range [first, last] and sentence offsets."""

    first: int
    last: int
    start: int
    end: int
    entries: tuple[Entry, ...]

    def kinds(self) -> set[str]:
        """The entry kinds of this hit."""
        return {e.kind for e in self.entries}

    def of_kind(self, kind: str) -> Entry | None:
        """The first entry of `kind`, if any."""
        return next((e for e in self.entries if e.kind == kind), None)


def might_match(low: list[str]) -> bool:
    """Cheap test: does any token start a catalogue form?"""
    return not FIRST_TOKENS.isdisjoint(low)


def scan(text: str, toks: Tokens, lowercase_text: bool, first: int = 0, stop: int | None = None) -> list[Hit]:
    """Longest non-overlapping catalogue hits in a tokenised sentence (or its tokens first..stop-1), left to
    right."""
    hits: list[Hit] = []
    low = toks.low
    i, n = first, len(low) if stop is None else stop
    while i < n:
        node = TRIE.get(low[i])
        if node is None:
            i += 1
            continue
        best: Hit | None = None
        j = i
        while isinstance(node, dict):
            ending = node.get("")
            if isinstance(ending, list):
                start, end = toks.start(i), _end_with_dot(text, toks.end(j), ending)
                surface = text[start:end]
                fitting = tuple(e for e in ending if case_ok(e, surface, lowercase_text)
                                or (lowercase_text and j == i and _fighters_after(low, j)))
                if fitting:
                    best = Hit(i, j, start, end, fitting)
            j += 1
            if j >= n:
                break
            nxt = node.get(low[j])
            node = nxt if isinstance(nxt, dict) else None  # type: ignore[assignment]
            if node is None:
                break
        if best is None:
            i += 1
        else:
            hits.append(best)
            i = best.last + 1
    return hits


# The members a short form names in lower-cased text, where "is" is also a verb: "suspected is militants".
_FIGHTER_NOUNS = frozenset("militants fighters jihadists gunmen insurgents operatives cadres remnants".split())


def _fighters_after(low: list[str], j: int) -> bool:
    """True when the token after `j` names fighters, making a lower-cased short form ("is", "at") a group's."""
    return j + 1 < len(low) and low[j + 1] in _FIGHTER_NOUNS


def _end_with_dot(text: str, end: int, entries: list[Entry]) -> int:
    """Include a form's final full stop ("U.S.") when the form has one."""
    if end < len(text) and text[end] == "." and any(e.form.endswith(".") for e in entries):
        return end + 1
    return end
