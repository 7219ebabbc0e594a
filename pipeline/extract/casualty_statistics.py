"""Figures quoted from statistics: "government statistics reveal that 84 people were killed in custody",
"according to official figures, 1,750 have been detained". A statistic sums a spell of days or a
whole region; it is no incident's toll, so its figures are cumulative. The sentence after it often
goes on with the same statistics, in the present perfect and with no day of its own ("Officers
have used 3,200 tear-gas shells and have detained some 4,000 people"): its figures are the same kind.

Used by `casualties.py` after every sentence's mentions are read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.types import CasualtyMention, Sentence

_SHOW = r"(?:\s+[\w'’-]+){0,5}?\s+(?:show|showed|shows|reveal|revealed|reveals|indicate|indicated|suggest|suggested)\b"
# (not "hospital records show 12 died in the attack": a source of one incident's toll)
_STATISTICS = re.compile(
    rf"\bstatistics{_SHOW}|\b(?:official|police|government|state|available)\s+(?:figures|data|records){_SHOW}|"
    r"\bfigures\s+(?:released|compiled|issued|published)\s+by\b|"
    r"\baccording\s+to\s+(?:the\s+)?(?:official|police|government|state|available)\s+(?:statistics|figures|data|records)\b|"
    r"\b(?:the\s+)?statistics\s+of\b",
    re.IGNORECASE,
)
_ANY = re.compile(r"statistics|figures|data|records", re.IGNORECASE)
# the sentence after goes on with the tally: a present perfect, the tense of a running count
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|so\s+far\s+|now\s+)?(?:been\s+)?[a-z]+(?:ed|en|ied|lost)\b",
                      re.IGNORECASE)
# a day of its own makes it news of that day: "On Friday, police arrested 40 people"
_OWN_DAY = re.compile(rf"\b(?:{WEEKDAY}|yesterday|today|tonight|overnight|last\s+night|this\s+morning)\b",
                      re.IGNORECASE)
REASON = "statistics"


def statistics_tallies(body: str, sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions` with the reported figures of statistics, and of the sentence that goes on with them,
    made cumulative."""
    if not mentions or not _ANY.search(body):
        return mentions  # the common case, told by one scan of the text
    quoted = [i for i, s in enumerate(sentences) if _STATISTICS.search(s.text) and not _OWN_DAY.search(s.text)]
    if not quoted:
        return mentions
    going_on = [i + 1 for i in quoted if i + 1 < len(sentences)
                and _PERFECT.search(sentences[i + 1].text) and not _OWN_DAY.search(sentences[i + 1].text)]
    tallied = {sentences[i].index for i in quoted + going_on}
    return [replace(m, status="cumulative", reason=REASON)
            if m.status == "reported" and m.sentence_index in tallied else m for m in mentions]
