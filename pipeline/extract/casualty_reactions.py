"""Deaths that a diplomatic reaction is about: "Country recalls ambassador over killing of three fishermen",
"Ministry lodges protest over soldier's killing".

"After/over the death of" usually names an earlier incident, the occasion of what the sentence
reports ("residents rallied after a driver was killed": ACLED codes the rally, with no deaths), so
`casualty_context.py` marks such figures background. A summons or a formal protest between
governments is no incident of its own, though: the report is about the deaths it answers, just as
"Country condemns killing of four civilians" is.

A fallback, like `casualty_shootings.py`: it applies only when no other killed figure (reported or
negated) was read, and not in a sentence about a street demonstration.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.types import CasualtyMention, Sentence

_I = re.IGNORECASE
_STEMS = ("summon", "lodg", "protest", "demarche", "démarche", "recall", "expel")  # cheap prefilter
_DIPLOMATIC = re.compile(
    r"\b(?:summon(?:s|ed|ing)?|recall(?:s|ed|ing)?|expel(?:s|led|ling)?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:envoy|ambassador|diplomats?|high\s+commissioner|charg[eé]\s+d'affaires|deputy\s+head\s+of\s+mission)\b|"
    r"\blodg(?:e|es|ed|ing)\s+(?:an?\s+)?(?:strong\s+|formal\s+|official\s+)?protests?\b|"
    r"\bprotest(?:s|ed)?\s+(?:to|with)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\bprotest\s+(?:letter|note)\b|\bd[eé]marche\b",
    _I,
)
# the words that made the figure background name the reaction's cause ("over the killing of"), not
# a date ("last year")
_CAUSE = re.compile(r"(?:after|over|following|against)\b", _I)
# a demonstration in the street: its occasion stays background
_STREET = re.compile(
    r"\b(?:demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ing)?|sit-in|vigil|riot\w*|protesters|"
    r"took\s+to\s+the\s+streets|blocked)\b",
    _I,
)


def diplomatic_occasions(sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions`, with the background deaths a diplomatic reaction is about marked reported when no
    other killed figure was read (see the module docstring)."""
    if any(m.category == "killed" and m.status in ("reported", "negated") for m in mentions):
        return mentions
    texts = {s.index: s.text for s in sentences}
    promoted = []
    for mention in mentions:
        text = texts.get(mention.sentence_index, "")
        if (mention.category == "killed" and mention.status == "background"
                and _CAUSE.match(mention.reason or "") and _occasion(text)):
            mention = replace(mention, status="reported", reason="the occasion of a diplomatic reaction")
        promoted.append(mention)
    return promoted


def _occasion(text: str) -> bool:
    """True for a sentence reporting a diplomatic reaction, not a street demonstration."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _STEMS):
        return False
    return _DIPLOMATIC.search(text) is not None and _STREET.search(text) is None
