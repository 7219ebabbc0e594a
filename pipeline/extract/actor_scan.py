"""One pass of a sentence's tokens through the catalogue trie: the raw catalogue hits.

`scan(text)` tokenises a sentence once and walks the trie from every token that can start a
form, keeping the longest form whose capitalisation fits (see `catalogue.case_ok`). A
sentence none of whose tokens starts a form is skipped after one set operation, which is
what keeps the scan fast on long articles.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.catalogue import FIRST_TOKENS, TOKEN, TRIE, Entry, case_ok


@dataclass(frozen=True, slots=True)
class Token:
    """A token of a sentence: offsets into the sentence and its lower-cased text."""

    start: int
    end: int
    low: str
    text: str


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


def tokenize(text: str) -> list[Token]:
    """The tokens of a sentence."""
    return [Token(m.start(), m.end(), m.group().lower(), m.group()) for m in TOKEN.finditer(text)]


def might_match(text: str) -> bool:
    """Cheap test: does any word of `text` start a catalogue form?"""
    return not FIRST_TOKENS.isdisjoint(TOKEN.findall(text.lower()))


def scan(text: str, toks: list[Token], lowercase_text: bool) -> list[Hit]:
    """Longest non-overlapping catalogue hits in a tokenised sentence, left to right."""
    hits: list[Hit] = []
    i, n = 0, len(toks)
    while i < n:
        node = TRIE.get(toks[i].low)
        if node is None:
            i += 1
            continue
        best: Hit | None = None
        j = i
        while isinstance(node, dict):
            ending = node.get("")
            if isinstance(ending, list):
                start, end = toks[i].start, _end_with_dot(text, toks[j].end, ending)
                surface = text[start:end]
                fitting = tuple(e for e in ending if case_ok(e, surface, lowercase_text))
                if fitting:
                    best = Hit(i, j, start, end, fitting)
            j += 1
            if j >= n:
                break
            nxt = node.get(toks[j].low)
            node = nxt if isinstance(nxt, dict) else None  # type: ignore[assignment]
            if node is None:
                break
        if best is None:
            i += 1
        else:
            hits.append(best)
            i = best.last + 1
    return hits


def _end_with_dot(text: str, end: int, entries: list[Entry]) -> int:
    """Include a form's final full stop ("U.S.") when the form has one."""
    if end < len(text) and text[end] == "." and any(e.form.endswith(".") for e in entries):
        return end + 1
    return end
