"""Actors a report names as one of two factions it cannot tell apart.

Since Boko Haram split in August 2016 (JAS under Shekau, ISWAP under al-Barnawi), reports that name
the Lake Chad insurgents as "ISWAP or Boko Haram militants" or "Boko Haram/IS" say they do not know
which faction acted; ACLED codes them as one actor, "Islamic State (West Africa) and/or Boko Haram -
Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad". (A bare "Boko Haram" in the region gets that name as
a theatre name, `actors_theatres.csv`.)
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.types import ActorMention, Sentence

_ISWAP = "Islamic State (West Africa)"
_EITHER_FACTION = "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
_BOKO_HARAM = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
_EITHER = re.compile(r"\s*(?:/|or|and/or)\s*", re.IGNORECASE)


def either_faction(actors: list[ActorMention], sentences: list[Sentence]) -> list[ActorMention]:
    """The mentions, with ISWAP named as the alternative of Boko Haram ("ISWAP or Boko Haram militants",
    "Boko Haram/IS claimed") read as ACLED's "either faction" actor: the report cannot tell them apart."""
    texts = {s.index: s for s in sentences}
    out = list(actors)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        names = {first.actor_name, second.actor_name}
        if _ISWAP not in names or not names & {_BOKO_HARAM, _EITHER_FACTION} \
                or first.sentence_index != second.sentence_index or first.sentence_index not in texts:
            continue
        sentence = texts[first.sentence_index]
        gap = sentence.text[first.char_end - sentence.start:second.char_start - sentence.start]
        if _EITHER.fullmatch(gap):
            out[k] = dataclasses.replace(first, actor_name=_EITHER_FACTION)
            out[k + 1] = dataclasses.replace(second, actor_name=_EITHER_FACTION)
    return out
