"""Victim groups that two harm verbs of one sentence read over the same words, shared or split.

Coordinated verbs share their victims ("was kidnapped and killed", "killed and wounded several");
an active verb's objects and the next passive's (or "fled"'s) subject are split between them ("We
lost 17 of our men and 21 others were wounded"; "Gunmen who killed five people fled"), and two counts
told "respectively" go one to each verb ("Two and five people were killed and injured respectively").
All work on the groups `casualty_victims.victims_of` read for each anchor, in place.
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_lexicon import AUX_CHAIN, PASSIVE_AUX, kind
from pipeline.extract.casualty_phrases import Victims

# Two harm verbs sharing victims: "kidnapped and killed", "detained and later found killed" ("killed
# or injured" does not: it says neither for sure).
_COORDINATION = re.compile(
    r"^\s*(?:,\s*)?and\s+(?:(?:then|later|subsequently|eventually|also|found|reportedly)\s+){0,3}$|^\s*,\s*$",
    re.IGNORECASE,
)

def share_coordinated(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """Coordinated verbs share victims: "was kidnapped and killed", "killed and wounded several"."""
    for i in range(len(anchors) - 1):
        if not _COORDINATION.match(text[anchors[i].end():anchors[i + 1].start()]):
            continue
        if not victims[i + 1] and victims[i]:
            victims[i + 1] = victims[i]
        elif not victims[i] and victims[i + 1]:
            victims[i] = victims[i + 1]


_RELATIVE = re.compile(r"\b(?:who|whom|that|which)\b", re.IGNORECASE)


def split_active_passive(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """An active verb's objects and the next passive's (or "fled"'s) subject are read over the same words:
    "We lost 17 of our men and 21 others were wounded", "killed five people and 300 villagers fled". The
    groups both took go to the active verb, except the last one when the second verb has no group of
    its own: that one is its subject."""
    for i in range(len(anchors) - 1):
        if not victims[i] or not victims[i + 1] or kind(anchors[i + 1])[0] != "p":
            continue
        if any(g.start < anchors[i].end() for g in victims[i]):
            continue  # the first verb's victims come before it: a subject, not objects
        between = text[anchors[i].end():anchors[i + 1].start()]
        objects = {g.start for g in victims[i]}
        fled = anchors[i + 1].lastgroup == "p_displaced2"
        if fled and not re.search(r"[,;]|\band\b", between):
            # "Gunmen who killed five people fled": the object of the killing is not who fled
            victims[i + 1] = [g for g in victims[i + 1] if g.start not in objects]
            continue
        chain = AUX_CHAIN.search(between)
        passive = chain is not None and PASSIVE_AUX.search(chain.group(0)) is not None
        if not (passive or fled) or _RELATIVE.search(between):
            continue  # "killed seven and wounded 18", "killing four men who were being held"
        shared = [g for g in victims[i + 1] if g.start in objects]
        if not shared:
            continue
        own = [g for g in victims[i + 1] if g.start not in objects]
        if own:  # "Police killed 5 gunmen and 3 officers were wounded": the gunmen are the police's
            victims[i + 1] = own
        else:  # "lost 17 of our men and 21 others were wounded": the last group is the wounded
            last = shared[-1]
            victims[i + 1] = [last]
            victims[i] = [g for g in victims[i] if g.start != last.start]


# the wounded told of in a relative clause on the dead: "(the deaths of two men) who had been badly
# (hurt in the blast)"
_WHO_WERE = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s*,?\s*who\s+(?:had\s+been|were|was|had\s+(?:\w+\s+)?been)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE)


def drop_former_wounded(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """The dead a relative clause says were wounded are not wounded as well: "the toll climbed to 38 after
    two men who had been badly hurt in the blast died" (two dead, none wounded), nor those a
    participle says were ("three soldiers injured in an ambush died in hospital")."""
    for i in range(len(anchors) - 1):
        if kind(anchors[i])[1] == "injured" and kind(anchors[i + 1])[1] == "killed":
            # "three soldiers injured in an ambush died in hospital": the same number, the wounded who died
            # (the wounded named before the word: not "injuring a number of fighters, no fatalities reported")
            dead = {g.start for g in victims[i + 1]}
            victims[i] = [g for g in victims[i] if g.start not in dead or g.start > anchors[i].start()]
            continue
        if kind(anchors[i])[1] != "killed" or kind(anchors[i + 1])[1] != "injured":
            continue
        dead = {g.start for g in victims[i] if g.start > anchors[i].start()}
        victims[i + 1] = [g for g in victims[i + 1]
                          if not (g.start in dead and _WHO_WERE.match(text[g.end:anchors[i + 1].start()]))]


def drop_possessive_repeat(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """A possessive harm that goes on the victim named just before names that victim again: "the murder of the
    activist Sabeen Mahmud's murder" is one death, the name split by the possessive."""
    for i in range(1, len(anchors)):
        if kind(anchors[i])[0] != "s" or not victims[i - 1] or kind(anchors[i - 1])[1] != kind(anchors[i])[1]:
            continue
        if not text[victims[i - 1][-1].end:anchors[i].start()].strip():
            victims[i] = []


# "killed and injured respectively", "killed and wounded, respectively": the counts go in order.
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:,\s*)?and\s+$", re.IGNORECASE)


def split_respectively(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """Two counts and two coordinated verbs told "respectively" pair in order: "Two and five people were
    killed and injured respectively" is 2 killed and 5 injured (not 7 killed)."""
    for i in range(len(anchors) - 1):
        first, second = anchors[i], anchors[i + 1]
        if not (_AND.match(text[first.end():second.start()]) and _RESPECTIVELY.match(text, second.end())):
            continue
        groups = sorted({g.start: g for g in victims[i] + victims[i + 1] if g.qualifier != "implicit"}.values(),
                        key=lambda g: g.start)
        if len(groups) == 2 and kind(first)[1] != kind(second)[1]:
            victims[i], victims[i + 1] = [groups[0]], [groups[1]]
