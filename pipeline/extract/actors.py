"""Actor mentions coded to ACLED-style canonical names, and the incident's two main actors.

Seed version: a handful of hard-coded patterns. The actor work replaces it with a catalogue.
"""

from __future__ import annotations

import re

from pipeline.extract.types import ActorMention, Sentence

_SEED = [
    (r"Taliban", "Taliban", "rebel_group", "AFG"),
    (r"Pakistani (?:troops|soldiers|army)|Pakistan Army", "Military Forces of Pakistan", "state_forces", "PAK"),
    (r"police", "Police Forces", "state_forces", None),
]
_PATTERN = re.compile("|".join(f"(?P<g{i}>\\b(?:{p})\\b)" for i, (p, *_rest) in enumerate(_SEED)))


def extract_actors(body: str, sentences: list[Sentence]) -> list[ActorMention]:
    """Every actor mention in `body`."""
    found: list[ActorMention] = []
    for sentence in sentences:
        for match in _PATTERN.finditer(sentence.text):
            index = int((match.lastgroup or "g0")[1:])
            _, name, kind, iso3 = _SEED[index]
            start, end = sentence.start + match.start(), sentence.start + match.end()
            found.append(ActorMention(start, end, body[start:end], name, kind, iso3, None, sentence.index))
    return found


def main_actors(
    actors: list[ActorMention],
    sentences: list[Sentence],
    event_type: str | None,
    sub_event_type: str | None,
    country_iso3: str | None,
) -> tuple[str | None, str | None]:
    """(actor1, actor2): the first two distinct actors named."""
    names: list[str] = []
    for mention in actors:
        if mention.actor_name not in names:
            names.append(mention.actor_name)
    return (names[0] if names else None), (names[1] if len(names) > 1 else None)
