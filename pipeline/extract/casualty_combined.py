"""One figure for the killed and the wounded together: "IS said it killed and injured 22
supporters", "the number of people killed and wounded has risen to 22 and 30 injured".

Coordinated harm verbs share their victims, so such a figure is read once as killed and once
as injured. Where the article gives the wounded a figure of their own, the shared one is not
theirs: the injured are the separate figure ("22 and 30 injured": 30), and a shared figure
larger than it is a combined toll of both, so the killed are the rest ("killed and injured
22 ... the number of injured at 3": 19 killed, 3 injured). Without a separate figure nothing
changes: the text says no more.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract.types import CasualtyMention

Total = Callable[[list[CasualtyMention], str], int]
# Links of a figure the wounded may be given apart from the shared one.
_OWN_LINKS = ("new", "more", "update", "total", "alternative")


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
        return killed, injured
    shared_starts = {m.char_start for m in shared}
    wounded = total([m for m in casualties if m.char_start not in shared_starts or m.category != "injured"],
                    "injured") or max(m.figure for m in own)
    combined = max(m.figure for m in shared)
    only_shared = all(m.char_start in shared_starts for m in reported if m.category == "killed")
    if only_shared and wounded < combined and killed == combined:
        killed = combined - wounded
    return killed, wounded

