"""Which refugees and migrants a text names are ACLED's "International" people.

ACLED names demonstrators, rioters and civilians by their nationality and calls refugees and
migrants of no stated nationality "International" ("Protesters (International)" for 60
refugees holding a sit-in at a camp). A mention of them says so only when they are people of
no nationality the text gives, acting or harmed in it:

- not with a nationality before them ("210 Venezuelan migrants returned"): their country's;
- not from a place of the incident's own country ("migrants from UP and Bihar pelted stones",
  "Bru refugees from Mizoram"): internal migrants are that country's people;
- not in relief camps ("families are sheltering in relief camps near Anand"): people displaced at home;
- not the object of others' action or talk ("objected to aid being given to Rohingya
  migrants", "opposed the resettlement of Bru refugees"): the people who act are others
  ("a group of 40 migrants" is a count, not an object).
"""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import fold, gazetteer
from pipeline.extract.types import ActorMention, Sentence

UPROOTED = frozenset({"refugees", "migrants", "asylum seekers", "immigrants"})
# Words before a mention that make it the object of someone else's act or words.
_OBJECT_BEFORE = frozenset({"against", "to", "toward", "towards", "for"})
# Nouns before "of" that count the people rather than take them as object ("a group of 40 migrants").
_COUNT_NOUNS = frozenset({"group", "groups", "number", "batch", "hundreds", "thousands", "dozens", "scores",
                          "crowd", "band", "party", "family", "families"})
_WORD = re.compile(r"[\w'’-]+")
# Relief camps shelter people displaced inside their own country (riots, floods); refugees from abroad are
# told of in refugee camps.
_RELIEF_CAMP = re.compile(r"\brelief\s+camps?\b", re.IGNORECASE)


def international(actors: list[ActorMention], sentences: list[Sentence], country: str | None) -> bool:
    """True when the text's refugees or migrants are people of no stated nationality who act or are
    harmed in it: some mention of them is neither an object nor told apart, and none gives their
    nationality or an origin inside the country (see the module docstring)."""
    readings = [_reading(m, sentences, country) for m in actors if _names_uprooted(m.text)]
    return "acting" in readings and "national" not in readings


def _names_uprooted(text: str) -> bool:
    """True for a mention whose head names refugees or migrants ("Venezuelan migrants", "asylum seekers")."""
    lower = text.lower()
    return any(lower == noun or lower.endswith(" " + noun) for noun in UPROOTED)


def _reading(mention: ActorMention, sentences: list[Sentence], country: str | None) -> str:
    """'national' (a nationality or an origin in the country is given), 'object' or 'acting'."""
    if not mention.generic:
        return "national"  # "Venezuelan migrants" named as that country's people
    sentence = next((s for s in sentences if s.index == mention.sentence_index), None)
    if sentence is None:
        return "acting"
    if _RELIEF_CAMP.search(sentence.text):
        return "national"  # "refugees at relief camps in Mehsana": the country's own people, displaced at home
    offset = mention.char_start - sentence.start
    clause = re.split(r"[,;:()]", sentence.text[max(0, offset - 60):offset])[-1]
    before = [w.lower() for w in _WORD.findall(clause)][-3:]
    after = _WORD.findall(sentence.text[offset + len(mention.text):offset + len(mention.text) + 40])
    table = gazetteer()
    if before and fold(before[-1]) in table.demonyms:
        return "national"  # "Venezuelan migrants": their nationality is given
    if after[:1] == ["from"] and len(after) > 1 and country is not None and any(
            place.iso3 == country for place in (*table.lookup(fold(after[1])), *table.acronyms.get(after[1], ()))):
        return "national"  # "migrants from UP": internal migrants
    for position, word in enumerate(before):
        if word in _OBJECT_BEFORE:
            return "object"
        if word == "of" and (position == 0 or before[position - 1] not in _COUNT_NOUNS):
            return "object"  # "resettlement of Bru refugees", not "a group of 40 migrants"
    return "acting"
