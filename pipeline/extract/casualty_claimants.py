"""Who claims a casualty figure, and claimants told by a common noun, named.

"The Taliban claimed to have killed dozens of soldiers": the figure is the Taliban's, recorded on
the mention (`claimed_by`) and kept as reported. `claimant` reads it as the sentence words it: the
actor found before the verb of claiming in the same clause, else a capitalised name, or a common
noun when the sentence has none ("The group said it killed 20"); a contrast after the claim ("...,
while the army said five died") or the speaker's own words after a denial end its reach. A noun
that restates an armed group ("the group", "the militants", "the outfit") is that group named
before it in the article; the figure's claimant is then the group's catalogue name, so a claim
can be told apart from a count by others and traced to the side that made it.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract import casualty_cues as cue
from pipeline.extract.types import ActorMention, CasualtyMention

_REACH = 240  # characters before a figure read for its claim
# The denier's own statement after the denial: ", saying only three died", "; it said two were hurt".
OWN_FIGURE = re.compile(r"[,;]\s*(?:but\s+)?(?:saying|adding|insisting|and\s+said|it\s+said|they\s+said)\b",
                        re.IGNORECASE)
# A claim's subject of one to three lower-case words opening its clause: "; the group", ", while the army".
_CLAIM_SUBJECT = re.compile(
    r"(?:^|[,;]\s*(?:but|while|whereas|and|however)?)\s*((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+$")
_SAYING_SUBJECT = re.compile(
    r"\s*((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:claimed|said|announced|stated|issued)\b")
_CONTRAST = re.compile(r";|\b(?:but|while|whereas)\b", re.IGNORECASE)
_ASIDE = re.compile(r",[^,;]*,")
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:but|while|whereas|said|says|told)\b", re.IGNORECASE)
# A noun that restates an armed group: "the group", "the militants".
_GROUP_NOUN = re.compile(
    r"(?:the|its|their)\s+(?:militant\s+|armed\s+|rebel\s+|jihadist\s+|insurgent\s+|terror\s+|extremist\s+)?"
    r"(?:group|outfit|organi[sz]ation|movement|militants|insurgents|rebels|jihadists|fighters)",
    re.IGNORECASE,
)
_ARMED_GROUPS = frozenset({"rebel_group", "political_militia", "identity_militia"})
# Adverbs between a claim's subject and its verb: "; the group later claimed", "the rebels also said".
_ADVERBS = frozenset({"later", "also", "then", "subsequently", "since", "separately", "swiftly", "quickly",
                      "immediately", "itself", "themselves", "reportedly", "first", "initially", "now"})


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


def claimant(
    text: str, anchor_start: int, anchor_end: int, actors: list[ActorMention], sentence_start: int
) -> str | None:
    """Who claims the figure: the actor (or capitalised name) before "claimed" in the sentence.

    The search ends with the harm verb itself, so "said it had ... killed" can see its verb.
    """
    claims = [
        c for c in cue.CLAIM.finditer(text, max(0, anchor_start - _REACH), anchor_end) if c.start() < anchor_start
    ]
    if not claims:
        return None
    claim = claims[-1]
    if _CONTRAST.search(text, claim.end(), anchor_start) or OWN_FIGURE.search(text, claim.end(), anchor_start):
        # "the group said it killed 23, while the army said five died": not the group's five; "rejected the
        # rebels' claim that 40 were killed, saying only three died": the three are the army's
        return None
    # the claim's subject, not an actor of an earlier clause ("police said one died, while the
    # union claimed three of its members were killed": not the police's claim)
    before_claim = [a for a in actors if 0 <= a.char_end - sentence_start <= claim.start()
                    and not _OTHER_CLAUSE.search(_ASIDE.sub(" ", text[a.char_end - sentence_start:claim.start()]))]
    if before_claim:
        return before_claim[-1].actor_name
    if claim.group(0).lower().startswith("saying"):
        # "Islamic State claimed the bombing, saying it killed 30": the participle's subject is the sentence's
        subject_actor = next((a for a in actors if 0 <= a.char_end - sentence_start <= claim.start()
                              and not _CONTRAST.search(text, a.char_end - sentence_start, claim.start())), None)
        if subject_actor is not None:
            return subject_actor.actor_name
    name = cue.CAPITALISED.search(text[: claim.start()].rstrip())
    if name is None:
        # a claimant named by a common noun: "; the group said it killed 23 soldiers"
        subject = _CLAIM_SUBJECT.search(text, max(0, claim.start() - 40), claim.start())
        if subject is None and claim.group(0).lower().startswith("saying"):
            # "The group claimed responsibility, saying its fighters had killed dozens": the clause's subject
            subject = _SAYING_SUBJECT.match(text, 0, claim.start())
        return _without_adverbs(subject.group(1)) if subject else None
    words = name.group(1).split()
    while words and words[0].lower() in ("the", "a", "an", "but", "and", "however", "meanwhile"):
        words = words[1:]
    return " ".join(words) or None


def _without_adverbs(subject: str) -> str:
    """A claim's subject without the adverbs after it ("the group later" -> "the group")."""
    words = subject.split()
    while len(words) > 2 and words[-1].lower() in _ADVERBS:
        words.pop()
    return " ".join(words)
