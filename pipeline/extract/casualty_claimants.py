"""Claimants told by a common noun, named: "The group said it killed 20 soldiers".

`casualty_context` records who asserts a figure as the sentence words it: a name ("the Taliban
claimed"), or a common noun when the sentence has none ("The group said it killed 20"). A noun
that restates an armed group ("the group", "the militants", "the outfit") is that group named
before it in the article; the figure's claimant is then the group's catalogue name, so a claim
can be told apart from a count by others and traced to the side that made it.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.types import ActorMention, CasualtyMention

_GROUP_NOUN = re.compile(
    r"(?:the|its|their)\s+(?:militant\s+|armed\s+|rebel\s+|jihadist\s+|insurgent\s+|terror\s+|extremist\s+)?"
    r"(?:group|outfit|organi[sz]ation|movement|militants|insurgents|rebels|jihadists|fighters)",
    re.IGNORECASE,
)
_ARMED_GROUPS = frozenset({"rebel_group", "political_militia", "identity_militia"})


def named_claimants(mentions: list[CasualtyMention], actors: list[ActorMention]) -> list[CasualtyMention]:
    """`mentions`, each claimant that restates an armed group replaced by the group named last before it."""
    named = [a for a in actors if a.actor_type in _ARMED_GROUPS and not a.generic]
    if not named:
        return mentions
    out = []
    for mention in mentions:
        if mention.claimed_by and _GROUP_NOUN.fullmatch(mention.claimed_by):
            before = [a for a in named if a.char_end <= mention.char_start]
            if before:
                mention = dataclasses.replace(mention, claimed_by=before[-1].actor_name)
        out.append(mention)
    return out
