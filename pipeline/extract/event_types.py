"""ACLED event type and sub-event type of an article's incident, from its wording.

Seed version: a few keyword rules. The event-type work replaces it.
"""

from __future__ import annotations

import re

from pipeline.extract.types import Sentence

_RULES = [
    (re.compile(r"\b(?:air ?strikes?|drone strikes?|bombed)\b", re.I), "Explosions/Remote violence", "Air/drone strike"),
    (re.compile(r"\b(?:shell(?:ed|ing)|mortars?|rockets?|artillery)\b", re.I),
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    (re.compile(r"\bsuicide (?:bomb|attack)", re.I), "Explosions/Remote violence", "Suicide bomb"),
    (re.compile(r"\b(?:clash(?:es|ed)?|fighting|gunfight|exchange of fire)\b", re.I), "Battles", "Armed clash"),
    (re.compile(r"\b(?:protest(?:ed|ers|s)?|demonstrat\w+)\b", re.I), "Protests", "Peaceful protest"),
    (re.compile(r"\b(?:shot dead|gunmen|killed)\b", re.I), "Violence against civilians", "Attack"),
]


def classify_event(sentences: list[Sentence]) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) of the first sentence that matches a rule."""
    for sentence in sentences:
        for pattern, event_type, sub_type in _RULES:
            if pattern.search(sentence.text):
                return event_type, sub_type
    return None, None
