"""One figure for the killed and the wounded together: "the group said it killed and wounded 31
soldiers", "the number of people killed and wounded has climbed to 17 and 25 injured".

Coordinated harm verbs share their victims, so such a figure is read once as killed and once
as injured. Where the article gives the wounded a figure of their own, the shared one is not
theirs: the injured are the separate figure ("17 and 25 injured": 25), and a shared figure
larger than it is a combined toll of both, so the killed are the rest ("killed and wounded
31 ... the number of wounded at 6": 25 killed, 6 wounded). Without a separate figure nothing
changes: the text says no more.

The wounded who later died are no longer wounded: "Two soldiers were wounded; one of them
later died" is 1 killed and 1 injured (WAD codes it so), "12 injured ... two of the injured
later died" leaves 10, and one wounded man of whom "He succumbed to his injuries" is told is
no longer wounded. The deaths leave the wounded figure only when that figure was given
before them (a wounded toll restated afterwards already counts the survivors).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.types import CasualtyMention

Total = Callable[[list[CasualtyMention], str], int]
# Links of a figure the wounded may be given apart from the shared one.
_OWN_LINKS = ("new", "more", "update", "total", "alternative")
# The words that tie a death to the wounded: "two of the wounded later died", "of whom".
# The partitive must be the death's own, not a wounded figure's before it ("wounding 4 of them and
# killing 2": the 2 are not among the 4).
_OF_WOUNDED = re.compile(r".*\b(?:injured|wounded|hurt)", re.IGNORECASE)
_OF_WHOM = re.compile(r"(?:of\s+)?(?:whom|them)", re.IGNORECASE)
# A death told of one person named before: "He succumbed to his injuries", "The victim died in hospital".
_BACK_REFERENCE = re.compile(r"(?:he|she|the\s+(?:victim|injured|wounded)(?:\s+(?:man|woman|boy|girl))?)",
                             re.IGNORECASE)


def combined_counts(casualties: list[CasualtyMention], total: Total) -> tuple[int, int]:
    """(killed, injured) by `total` (the count of one category from mentions), with a figure shared by
    the killed and the injured split as the module docstring says."""
    killed, injured = total(casualties, "killed"), total(casualties, "injured")
    reported = [m for m in casualties if m.status == "reported"]
    killed_starts = {m.char_start: m for m in reported if m.category == "killed"}
    shared = [m for m in reported if m.category == "injured" and m.char_start in killed_starts]
    own = [m for m in reported if m.category == "injured" and m.char_start not in killed_starts
           and m.link in _OWN_LINKS and m.qualifier != "implicit"]
    if not shared or not own:
        return killed, injured - _died_of_wounds(reported, injured)
    shared_starts = {m.char_start for m in shared}
    wounded = total([m for m in casualties if m.char_start not in shared_starts or m.category != "injured"],
                    "injured") or max(m.figure for m in own)
    combined = max(m.figure for m in shared)
    only_shared = all(m.char_start in shared_starts for m in reported if m.category == "killed")
    if only_shared and wounded < combined and killed == combined:
        killed = combined - wounded
    return killed, wounded - _died_of_wounds(reported, wounded)


def _same_one(death: CasualtyMention, wounded: CasualtyMention) -> bool:
    """True when `death` tells of the one person `wounded` counted: "A shopkeeper was critically
    injured ... He succumbed to his injuries" (or "The shopkeeper died in hospital")."""
    if wounded.category != "injured" or wounded.figure != 1 or death.figure != 1 or death.link != "new":
        return False
    if _BACK_REFERENCE.fullmatch(death.text.strip()):
        return True
    head = (wounded.victim or "").split()[-1:]
    return bool(head) and death.text.strip().lower() == f"the {head[0].lower()}"


def _died_of_wounds(reported: list[CasualtyMention], injured: int) -> int:
    """How many of the `injured` the text says later died: deaths told of the wounded ("two of
    the wounded", "one of whom" right after a wounded figure, "He succumbed" right after one
    wounded), when the wounded figure came before them and they do not outnumber it."""
    ordered = sorted(reported, key=lambda m: m.char_start)
    died, first = 0, None
    for index, mention in enumerate(ordered):
        if mention.category != "killed":
            continue
        # the figure just before the death's own words (in its sentence or the one before)
        prior = next((m for m in reversed(ordered[:index]) if m.char_start < mention.char_start), None)
        after_wounded = (prior is not None and prior.category == "injured"
                         and prior.sentence_index >= mention.sentence_index - 1)
        reason = mention.reason or ""
        of_wounded = mention.link in ("part", "more") and (
            _OF_WOUNDED.fullmatch(reason) or (_OF_WHOM.fullmatch(reason) and after_wounded))
        if of_wounded or (after_wounded and prior is not None and _same_one(mention, prior)):
            died += mention.figure
            first = mention.char_start if first is None else first
    if not died or first is None or died > injured:
        return 0
    given_before = any(m.category == "injured" and m.figure == injured and m.char_start < first for m in reported)
    return died if given_before else 0
