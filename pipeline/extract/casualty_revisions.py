"""Figures revised in the sentence that gave them: "had announced a death toll of 233 on Friday,
revised it to 229 on Saturday", "killing 10 people, a figure later revised to 12", "put the toll
at 10 but later raised it to 12".

The revised number names no harm of its own ("revised it to 229"), so the harm-word reading
does not see it. Here it becomes a mention of the figure before it in the sentence, in that
figure's category, linked as an `update` of it ("the toll rose to 12" is one already), so the
toll the article ends on is the revised one. A number already read as a figure is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.numbers import NUMBER_PATTERN, parse_number
from pipeline.extract.types import CasualtyMention, Sentence

# "revised it to 229", "was revised to 12", "later raised the figure to 12", "lowered the toll
# downward to 8": a verb of revising, the figure it revises ("it", "the toll"; a bare "revised",
# "corrected", "updated" or "amended" is said of figures, "increased to" of anything), "to", the number
_FIGURE = r"(?:it|this|that|the\s+(?:(?:death|casualty|fatality|injury)\s+)?(?:toll|figure|number|count|tally))"
_REVISED = re.compile(
    rf"\b(?:(?:revised|corrected|updated|amended)\s+(?:{_FIGURE}\s+)?|"
    rf"(?:raised|lowered|upped|increased|reduced|adjusted)\s+{_FIGURE}\s+)"
    r"(?:(?:up|down|upwards?|downwards?|sharply|slightly)\s+)?to\s+(?:at\s+least\s+)?"
    rf"(?P<n>{NUMBER_PATTERN})\b(?!\s*(?:per\s*cent|percent|%|years?|hours?|days?|km|kilomet(?:re|er)s?|miles?|"
    r"rupees|dollars|euros|pounds|naira|shillings|lakhs?|crores?|million|billion))",
    re.IGNORECASE,
)
_CATEGORIES = ("killed", "injured")
_TOLL_LINKS = ("total", "update", "alternative")
_PROSPECT = re.compile(r"\b(?:expected|likely|set|going|bound|due)\s+to\s+be\s+$|"
                       r"\b(?:will|would|could|may|might|should|must)\s+(?:be\s+|have\s+been\s+)?$", re.IGNORECASE)


def revised_figures(body: str, sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions` with an `update` added for each figure revised later in its own sentence (see above)."""
    added: list[CasualtyMention] = []
    for sentence in sentences:
        own = [m for m in mentions if sentence.start <= m.char_start < sentence.end and m.category in _CATEGORIES]
        if not own:
            continue
        for match in _REVISED.finditer(sentence.text):
            start, end = sentence.start + match.start("n"), sentence.start + match.end("n")
            count = parse_number(match.group("n"))
            earlier = [m for m in own if m.char_end <= sentence.start + match.start()]
            if not count or not earlier or any(m.char_start < end and start < m.char_end for m in own):
                continue  # no figure before it to revise, or the number is read already
            if _PROSPECT.search(sentence.text, max(0, match.start() - 30), match.start()):
                continue  # "the count is likely to be revised to 305": not revised yet
            # the toll the sentence gave, rather than a vague count told beside it ("many bodies")
            tolls = [m for m in earlier if m.link in _TOLL_LINKS]
            revised = (tolls or earlier)[-1]
            added.append(replace(
                revised, char_start=start, char_end=end, text=body[start:end], count_low=count, count_best=count,
                count_high=count, qualifier="exact", link="update", reason="revised to", stated=count,
            ))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.char_start)
