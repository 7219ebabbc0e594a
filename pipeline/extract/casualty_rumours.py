"""Figures a later sentence of their paragraph calls rumours or false: "Nine traders were beaten to death at the
fair. A van was set alight. ... All of these turned out to be mere rumours" tells of no deaths.

A sentence that opens by calling what came before rumours, false or a hoax ("these were only rumours", "all
this turned out to be false") denies the reported figures of the sentences before it in its paragraph. One
report called false ("the report of three deaths was false") is read in its own sentence (`casualty_context`);
a rumour named as such before its figure ("rumours that a councillor had been shot") is hypothetical there.

Used by `casualties.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.types import CasualtyMention, Sentence

_VERB = (r"\s+(?:were|was|are|is|turned\s+out\s+to\s+be|proved\s+to\s+be|proved|have\s+proved|had\s+been|were\s+all|"
         r"was\s+all|(?:were|was|is|are)\s+(?:later\s+)?found\s+to\s+be)\s+"
         r"(?:only\s+|just\s+|mere\s+|merely\s+|all\s+|nothing\s+but\s+|baseless\s+|unfounded\s+|false\s+)?")
_UNTRUE = r"rumou?rs|false|untrue|baseless|unfounded|a\s+hoax|hoaxes|fake|fiction"
# "All of these turned out to be mere rumours", "This was false.", "They were nothing but rumours", "None of this
# was true" (but not "This was true")
_CALLED_RUMOURS = re.compile(
    rf"\W*(?:but\s+|however,?\s+)?(?:wait\W+)?(?:(?:these|those|all\s+these|all\s+this|all\s+of\s+this|this|they)"
    rf"{_VERB}(?:{_UNTRUE})|none\s+of\s+(?:this|these|it){_VERB}(?:{_UNTRUE}|true))\b",
    re.IGNORECASE,
)
RUMOURS = "called rumours after"


def rumoured_figures(body: str, sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The mentions, those of a paragraph that a later sentence of it calls rumours made `denied`."""
    calls = [s for s in sentences if _CALLED_RUMOURS.match(s.text)]
    if not calls:
        return mentions
    out: list[CasualtyMention] = []
    for mention in mentions:
        if mention.status == "reported" and any(_same_paragraph(body, mention, call) for call in calls):
            mention = replace(mention, status="denied", reason=RUMOURS)
        out.append(mention)
    return out


def _same_paragraph(body: str, mention: CasualtyMention, call: Sentence) -> bool:
    """True when the mention comes before the calling sentence with no paragraph break between them."""
    return mention.char_end <= call.start and "\n\n" not in body[mention.char_end:call.start]
