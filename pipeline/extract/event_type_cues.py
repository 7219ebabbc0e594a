"""Cue phrases for ACLED event types, found by token lookup in one pass per sentence.

The phrases live in `data/event_types_lexicon.txt` (format described there). They are
compiled once into a dictionary keyed by the phrase's first token, so matching a
sentence costs one regular-expression tokenisation plus one dictionary lookup per
token; only tokens that start some phrase go on to check the phrase's remaining
slots. This keeps event typing far inside the pipeline's speed budget, which a
loop over hundreds of regular expressions would not.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

LEXICON_PATH = Path(__file__).with_name("data") / "event_types_lexicon.txt"


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set (for readable word lists)."""
    return frozenset(text.split())


_TOKEN = re.compile(r"[a-z0-9]+")
# Endings added to a `stem*` slot. Over-generation is harmless: a form that is not
# a word never occurs in text.
_SUFFIXES = ("", "s", "es", "e", "ed", "d", "ing", "er", "ers", "or", "ors", "ion", "ions", "ment", "ments")
# Words that cancel a negatable cue when they occur just before it ("no clashes were
# reported", "sought the release of students who had been detained", "demanding arrest").
_NEGATORS = word_set(
    "no not without neither nor unclear never denied deny denies nothing release "
    "demand demanded demanding demands"
)
_NEGATION_WINDOW = 4
_MAX_GAP = 12
# Words a gap never skips: in "killed ~4 @armed" the armed group after "by", "during"
# or "in" is the attacker or the setting ("killed during a police raid"), not the victim.
_GAP_BARRIERS = word_set(
    # ("15 killed as gunmen attack village": "as" opens the clause of the attackers)
    "by during in at after near while when as attributed blamed claimed "
    # a speaker and the clause they tell are not one phrase: "police said 12 people were hurt"
    "said says say told"
)


# After the last word of a phrase with gaps, words that make that word a speaker, not a victim: "killing nine
# people, police said" (the comma is no token), "..., police officials told reporters".
SAYING = word_set("said says say told added reported confirmed stated")
_SPEAKER_NOUNS = word_set("official officials source sources spokesman spokesperson spokeswoman officer officers chief")
_STATES = word_set("dead injured wounded hurt")


def _speaker_at(words: list[str], end: int) -> bool:
    """True when the phrase ending before `end` ends with a speaker: a verb of saying follows, directly or
    after a speaker noun ("police officials said")."""
    if words[end - 1] in _STATES:
        return False  # "left ten policemen dead, officials said": the phrase ends with the victims' state
    following = words[end:end + 2]
    return bool(following) and (following[0] in SAYING or (
        following[0] in _SPEAKER_NOUNS and len(following) > 1 and following[1] in SAYING))


@dataclass(frozen=True, slots=True)
class Phrase:
    """One cue phrase: token slots (sets of accepted words) and the gap allowed before each."""

    cue: str
    slots: tuple[frozenset[str], ...]
    gaps: tuple[int, ...]
    open_gaps: tuple[bool, ...]  # True: the gap before this slot may skip barrier words too

    @property
    def contiguous(self) -> bool:
        """True when no slot may be preceded by skipped tokens."""
        return not any(self.gaps)


@dataclass(slots=True)
class Lexicon:
    """The compiled phrase index and the cue classes a preceding negation cancels."""

    by_first: dict[str, list[Phrase]] = field(default_factory=dict)
    negatable: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a sentence: its class and first/last token positions."""

    name: str
    start: int
    end: int


def _inflections(word: str) -> set[str]:
    """`stem*` expanded to its common English inflections (with a doubled final consonant)."""
    if not word.endswith("*"):
        return {word}
    stem = word[:-1]
    forms = {stem + suffix for suffix in _SUFFIXES}
    if len(stem) >= 3 and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
        forms |= {stem + stem[-1] + suffix for suffix in ("ed", "ing", "er", "ers")}
    return forms


def _slot(text: str, macros: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words one slot accepts: `a|b*|@macro` alternatives."""
    words: set[str] = set()
    for alternative in text.split("|"):
        if alternative.startswith("@"):
            words |= macros[alternative[1:]]
        else:
            words |= _inflections(alternative)
    return frozenset(words)


def _phrase(cue: str, text: str, macros: dict[str, frozenset[str]]) -> Phrase:
    """Parse `word word ~3 word` into a Phrase."""
    slots: list[frozenset[str]] = []
    gaps: list[int] = []
    open_gaps: list[bool] = []
    gap, is_open = 0, False
    for part in text.split():
        if part.startswith("~"):
            is_open = part.startswith("~~")
            gap = min(int(part.lstrip("~")), _MAX_GAP)
            continue
        slots.append(_slot(part, macros))
        gaps.append(gap)
        open_gaps.append(is_open)
        gap, is_open = 0, False
    if not slots or gaps[0]:
        raise ValueError(f"bad cue phrase for {cue}: {text!r}")
    return Phrase(cue, tuple(slots), tuple(gaps), tuple(open_gaps))


def parse_lexicon(text: str) -> Lexicon:
    """Compile the lexicon file's text (see data/event_types_lexicon.txt for the format)."""
    macros: dict[str, frozenset[str]] = {}
    lexicon = Lexicon()
    negatable: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, _, body = line.partition(":")
        head = head.strip()
        if head.startswith("@"):
            macros[head[1:]] = _slot("|".join(body.split()), macros)
            continue
        if head.startswith("!"):
            head = head[1:]
            negatable.add(head)
        for item in body.split(";"):
            if item.strip():
                phrase = _phrase(head, item, macros)
                for first in phrase.slots[0]:
                    lexicon.by_first.setdefault(first, []).append(phrase)
    lexicon.negatable = frozenset(negatable)
    return lexicon


@functools.cache
def lexicon() -> Lexicon:
    """The project's cue lexicon, compiled once."""
    return parse_lexicon(LEXICON_PATH.read_text(encoding="utf-8"))


def tokens(text: str) -> list[str]:
    """Lower-case alphanumeric tokens of `text` (hyphens and apostrophes split words)."""
    return _TOKEN.findall(text.lower())


def _match_rest(words: list[str], position: int, phrase: Phrase, slot: int) -> int | None:
    """End (exclusive) of `phrase` matched from `slot` on, starting at `position`; None if no match."""
    if slot == len(phrase.slots):
        return position
    last = min(position + phrase.gaps[slot], len(words) - 1)
    for index in range(position, last + 1):
        word = words[index]
        if word in phrase.slots[slot]:
            end = _match_rest(words, index + 1, phrase, slot + 1)
            if end is not None:
                return end
        if word in _GAP_BARRIERS and not phrase.open_gaps[slot] and words[index + 1 : index + 2] != ["least"]:
            break  # ("at least" is a quantity, not a place)
    return None


def _negated(words: list[str], start: int) -> bool:
    """True when a negator occurs within a few tokens before `start`."""
    return any(word in _NEGATORS for word in words[max(0, start - _NEGATION_WINDOW):start])


def find_cues(words: list[str], lex: Lexicon | None = None) -> list[Cue]:
    """Every cue in a tokenised sentence, leftmost-longest for contiguous phrases.

    At each position the longest contiguous phrase wins (so "riot police" is not
    "riot", "grenade launcher" not "grenade"; equally long phrases of several cue
    classes all count) and matching resumes after it; phrases
    with gaps ("attacked ~6 @armed") are recorded in addition, never consuming tokens, unless they
    span a blocking phrase.
    """
    lex = lex or lexicon()
    found: list[Cue] = []
    gapped: list[Cue] = []
    index = 0
    while index < len(words):
        candidates = lex.by_first.get(words[index])
        if not candidates:
            index += 1
            continue
        longest: list[Cue] = []
        for phrase in candidates:
            end = _match_rest(words, index + 1, phrase, 1)
            if end is None:
                continue
            if not phrase.contiguous:
                if not _speaker_at(words, end):
                    gapped.append(Cue(phrase.cue, index, end))
            elif not longest or end > longest[0].end:
                longest = [Cue(phrase.cue, index, end)]
            elif end == longest[0].end and all(cue.name != phrase.cue for cue in longest):
                longest.append(Cue(phrase.cue, index, end))
        found.extend(longest)
        index = longest[0].end if longest else index + 1
    # a phrase with gaps spanning a blocking phrase is blocked too: "staged ~3 march" is no protest in "staged a
    # flag march"
    blocks = [(cue.start, cue.end) for cue in found if cue.name.startswith("_")]
    kept = [cue for cue in gapped if not any(cue.start <= start and end <= cue.end for start, end in blocks)]
    found = sorted(kept + found, key=lambda cue: cue.start)  # in text order, a gapped phrase before a contiguous one
    return [
        cue for cue in found
        if not cue.name.startswith("_") and (cue.name not in lex.negatable or not _negated(words, cue.start))
        and not (cue.name == "ABDUCT" and _freed(words, cue.start))
    ]


# Words before hostages or the abducted that tell their release, not their abduction: "rescued 17 hostages",
# "freed the kidnapped engineers". (Not a negator for every cue: "freed two hostages and killed three
# kidnappers" still killed.)
_FREEING = word_set("rescued rescue rescuing freed free freeing released release releasing liberated")


def _freed(words: list[str], start: int) -> bool:
    """True when a word of freeing comes within three tokens before the abduction cue at `start`, or the
    abducted are told as freed after it ("engineers kidnapped in March were freed on Tuesday")."""
    if not _FREEING.isdisjoint(words[max(0, start - 3):start]):
        return True
    after = words[start + 1:start + 16]
    return any(word in ("were", "was", "been") and later in _FREEING for word, later in pairwise(after))
