"""An ordinal victim raising the toll by one: "Four guards died in the raid ... A fifth guard,
taken away by the gunmen, was found dead the next morning" reports five dead.

News counts a late victim by its rank in the toll ("a sixth victim", "a third soldier"); the
sentence's own figure is only "his body", read as one implicit victim of a later sentence,
which does not add to the toll. When such a sentence reports a death and its ordinal is the
toll so far plus one, the toll is the ordinal. Ordinals of other things ("a second attack",
"a second officer arrived and opened fire, killing five") do not count: the noun must name a
person, and the rank must continue the toll.
"""

from __future__ import annotations

import re

from pipeline.extract.types import CasualtyMention, Sentence

_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}
_ORDINAL_PERSON = re.compile(
    rf"\b(?:a|an|the)\s+({'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+)?"
    r"(?:victim|person|man|woman|boy|girl|child|soldier|worker|labou?rer|policeman|police\s+officer|officer|"
    r"civilian|member|passenger|guard|student|teacher|villager|resident|farmer|miner|body|hostage|"
    r"journalist|employee|relative|brother|son|daughter)\b",
    re.IGNORECASE,
)


def ordinal_toll(total: int, casualties: list[CasualtyMention], sentences: list[Sentence]) -> int:
    """`total` killed, or the rank of an ordinal victim that continues it (see the module docstring)."""
    if not total:
        return total
    dying = {m.sentence_index: m.char_start for m in casualties if m.category == "killed" and m.status == "reported"}
    for sentence in sentences:
        start = dying.get(sentence.index)
        if start is None or not any(word in sentence.text.lower() for word in _ORDINALS):
            continue  # cheap prefilter: a sentence reporting a death and naming an ordinal
        for match in _ORDINAL_PERSON.finditer(sentence.text, 0, start - sentence.start + 1):
            if _ORDINALS[match.group(1).lower()] == total + 1:
                total += 1
    return total
