"""Tolls whose harm verb was edited out of the text: "a car bomb five people in the town",
"nine villagers, among them four women, were in a drone attack". Summaries cut from longer
reports lose a verb now and then; the figure is still the incident's toll.

A verbless sentence naming one person before "in an air strike by" gives one (pattern 3).

A fallback, like `casualty_shootings.py`: it applies only when no killed figure (reported or
negated) was read in the article, so a text that states its toll is never changed. Only
people nouns count, and only after a weapon or attack word (pattern 1) or before "were in"
an attack (pattern 2), so "a bomb 20 km from" or "five people were in the car" are not read.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import NUMBER_PATTERN, parse_number
from pipeline.extract.types import CasualtyMention, Sentence

_PEOPLE = (
    r"(?:people|persons|civilians|children|soldiers|troops|policemen|police\s+officers|villagers|residents|"
    r"worshippers|students|farmers|men|women|fighters|militants|protesters|passengers|members)"
)
_ATTACK = (
    r"(?:air\s*strikes?|airstrikes?|attacks?|bombings?|bomb\s+blasts?|blasts?|explosions?|raids?|shelling|"
    r"ambush(?:es)?|suicide\s+attacks?|clashes|massacre)"
)
_STEMS = (" in by ", "bomb", "strike", "attack", "blast", "explosion", "raid", "shelling", "ambush", "clashes",
          "massacre")
_ELIDED = re.compile(
    # 1: "a car bomb [killed] five people", "a suicide bomber [killed] 12 worshippers"
    rf"\b(?:car\s+bomb|bomb|blast|explosion|air\s*strike|airstrike|suicide\s+bomber|suicide\s+attack)\s+"
    rf"(?P<n1>{NUMBER_PATTERN})\s+(?:[\w-]+\s+)?{_PEOPLE}\b(?!\s+(?:were|was|are|have|had)\b)|"
    # 2: "nine villagers, among them four women, were [killed] in a drone attack"
    rf"\b(?P<n2>{NUMBER_PATTERN})\s+(?:[\w-]+\s+)?{_PEOPLE}(?:\s*,[^,.;]{{1,60}},)?\s+(?:was|were)\s+in\s+"
    rf"(?:an?\s+|the\s+|twin\s+|two\s+|several\s+)?(?:[\w-]+\s+)?{_ATTACK}\b",
    re.IGNORECASE,
)
# 3: a verbless sentence about one person: "The group's commander, Omar Said, [was killed] in a
# drone attack by the army", "the headman, 74, [was killed] in by unidentified gunmen"
_ELIDED_ONE = re.compile(rf",\s+in\s+(?:by|an?\s+(?:[\w-]+\s+)?{_ATTACK}\s+by)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|did|does)\b", re.IGNORECASE)


def elided_toll(body: str, sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A killed mention for a toll whose verb is missing, when the article reads no other (see above)."""
    if any(m.category == "killed" and m.status in ("reported", "negated") for m in mentions):
        return []
    for sentence in sentences:
        lowered = sentence.text.lower()
        if not any(stem in lowered for stem in _STEMS):
            continue  # cheap prefilter: the pattern needs an attack word
        match = _ELIDED.search(sentence.text)
        count = parse_number(match.group("n1") or match.group("n2")) if match else None
        one = _ELIDED_ONE.search(sentence.text) if match is None else None
        if one and not _FINITE.search(sentence.text):
            start, end = sentence.start, sentence.start + one.start()
            return [CasualtyMention(
                start, end, body[start:end], "killed", 1, 1, 1, sentence_index=sentence.index,
                qualifier="implicit", reason="harm verb missing", stated=1,
            )]
        if match and count:
            group = "n1" if match.group("n1") else "n2"
            start, end = sentence.start + match.start(group), sentence.start + match.end(group)
            return [CasualtyMention(
                start, end, body[start:end], "killed", count, count, count, sentence_index=sentence.index,
                qualifier="exact", reason="harm verb missing", stated=count,
            )]
    return []
