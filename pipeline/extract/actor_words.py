"""The words that name kinds of actors in a sentence: people, armed sides, and the names ACLED gives kinds.

Shared by the readers of the incident's own actors (`actor_evidence.py`, `actor_crowds.py`): which words
name people ("residents", "tour operators"), which an armed side, the police or the military, and which
summary names are names of a kind ("Civilians (X)", "Military Forces of X"), not of a named group.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from pipeline.extract.types import ActorMention, Sentence

_I = re.IGNORECASE
# A mention of one actor at [start, end) of a sentence.
Make = Callable[[Sentence, int, int], ActorMention]
PEOPLE = frozenset(
    """people persons residents locals citizens villagers workers employees staff students teachers farmers traders
    vendors shopkeepers merchants drivers journalists lawyers doctors nurses activists supporters members protesters
    protestors demonstrators youth youths women men relatives families parents mothers pensioners retirees miners
    dockers fishermen inmates prisoners refugees migrants unionists dozens hundreds thousands crowd crowds mob mobs
    rioters farmworkers laborers labourers truckers graduates veterans monks clerics worshippers fans nationals
    victims friends group groups communities""".split()
)
# agent nouns in the plural, written in lower case: "sellers", "tour operators", "surfers", "entrepreneurs"
_AGENT_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "eurs")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
SIDE_WORDS = {
    "armed": re.compile(
        r"\b(?:gunm[ae]n|armed\s+(?!(?:forces|with|and|to|by)\b)[a-z]+|m[ae]n\s+armed\s+with|assailants?|attackers?|"
        r"(?:unknown|unidentified)\s+(?:men|persons|individuals|assailants|attackers|gunmen|actors|armed\s+men)|"
        r"bandits?|hitm[ae]n|killers?|militants?|insurgents?|terrorists?|extremists?|criminals?|robbers?|individuals|"
        r"kidnappers|"
        r"abductors)\b", _I),
    "military": re.compile(
        r"\b(?:army|soldiers?|troops|military|armed\s+forces|security\s+forces|servicem[ae]n|"
        r"government(?:al)?\s+(?:positions|forces|troops))\b", _I),
    "police": re.compile(r"\b(?:police(?:m[ae]n)?|policewom[ae]n|gendarmes?|gendarmerie|constables?)\b", _I),
}
# The story's first sentences, where a report tells its sides: no scan of a long article's every line.
LEAD_SENTENCES = 6
KIND_NAMES = (
    ("protesters", re.compile(r"Protesters \(")),
    ("rioters", re.compile(r"Rioters \(")),
    ("vigilante", re.compile(r"Vigilante Group \(")),  # a lynch mob, as ACLED named it before 2019
    ("civilians", re.compile(r"Civilians \(")),
    ("armed", re.compile(r"Unidentified (?:Armed Group|Gang) \(")),
    ("military", re.compile(r"Military Forces of ")),
    ("police", re.compile(r"Police Forces of ")),
)

def people_words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The words of text[start:end] that name people."""
    return [w for w in _WORD.finditer(text, start, len(text) if end is None else end)
            if w.group(0).lower() in PEOPLE or (w.group(0).islower() and w.group(0).endswith(_AGENT_ENDINGS))]


def family_of(name: str) -> str | None:
    """The summary family of a kind's name ("Protesters (X)": protesters), None for a named group's."""
    return next((family for family, pattern in KIND_NAMES if pattern.match(name)), None)


def of_a_kind(name: str) -> bool:
    """True for the name of a kind of actor ("Civilians (X)", "Unidentified Gang (X)", "Military Forces of X"),
    not of a named group, whose name a mention keeps."""
    return name.startswith("Unidentified") or any(pattern.match(name) for _, pattern in KIND_NAMES)


def found_in(pattern: re.Pattern[str], body: str, story: list[Sentence]) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """(sentence, first match in it) for each story sentence where `pattern` matches, in order: one
    scan of the body, not one per sentence."""
    starts = [s.start for s in story]
    position, stop = (starts[0], story[-1].end) if story else (len(body), len(body))
    while (hit := pattern.search(body, position, stop)) is not None:
        sentence = story[bisect_right(starts, hit.start()) - 1]
        if hit.start() < sentence.end:  # (not in the gap between two sentences)
            match = pattern.search(sentence.text, hit.start() - sentence.start)
            if match is not None:
                yield sentence, match
        position = sentence.end
