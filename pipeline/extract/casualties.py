"""Casualty mentions (killed, injured, ...) and the incident's totals.

Seed version: "<number> ... killed/injured" within one sentence.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import NUMBER_PATTERN, parse_number
from pipeline.extract.types import ActorMention, CasualtyMention, Sentence

_CATEGORY_WORDS = {
    "killed": r"killed|dead|died|deaths?",
    "injured": r"injured|wounded|hurt",
}
_PATTERNS = {
    category: re.compile(
        rf"\b(?P<count>{NUMBER_PATTERN})\b(?:\s+\w+){{0,4}}?\s+(?:were\s+|have\s+been\s+|was\s+)?(?:{words})\b",
        re.IGNORECASE,
    )
    for category, words in _CATEGORY_WORDS.items()
}


def extract_casualties(
    body: str, sentences: list[Sentence], actors: list[ActorMention] | None = None
) -> list[CasualtyMention]:
    """Every count of people harmed in `body`."""
    mentions: list[CasualtyMention] = []
    for sentence in sentences:
        for category, pattern in _PATTERNS.items():
            for match in pattern.finditer(sentence.text):
                value = parse_number(match.group("count"))
                if value is None:
                    continue
                start = sentence.start + match.start("count")
                end = sentence.start + match.end("count")
                mentions.append(
                    CasualtyMention(start, end, body[start:end], category, value, value, value,
                                    sentence_index=sentence.index)
                )
    return mentions


def incident_counts(casualties: list[CasualtyMention], sentences: list[Sentence]) -> tuple[int, int]:
    """(killed, injured) for the incident the article reports: the first reported figure of each."""
    totals = {"killed": 0, "injured": 0}
    seen: set[str] = set()
    for mention in casualties:
        if mention.status == "reported" and mention.category in totals and mention.category not in seen:
            totals[mention.category] = mention.count_best
            seen.add(mention.category)
    return totals["killed"], totals["injured"]
