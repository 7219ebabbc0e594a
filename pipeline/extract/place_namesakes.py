"""The town a division is named after, when the text means the town: "a bomb exploded in Kandahar".

Many provinces share their name with their capital (Kandahar, Kirkuk, Delhi, Sfax). The gazetteer's
division reading of such a name outweighs the town's, so `places` would keep the province and no
location. Right after "in" or "near", with no unit word ("Kandahar province"), no "countryside" after
it and no other name before the preposition ("the town of Nawa in Dar'a", where Dar'a is the
province), the name is the town; `places` takes it only when the text names no other town, so a
coder's "in Sousse (Sousse Medina)" keeps its own.
"""

from __future__ import annotations

import re

from pipeline.extract.gazetteer import Place, skeleton
from pipeline.extract.place_mentions import PlaceMention

# A preposition right before a name, not after another place's noun ("in Nawa area in Dar'a": the province).
_AFTER_PREPOSITION = re.compile(
    r"(?<!\barea\s)(?<!\btown\s)(?<!\bvillage\s)(?<!\bdistrict\s)(?<!\bcamp\s)"
    r"\b(?:in|near|at|outside|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|"
    r"central)\s+)?$", re.IGNORECASE)
# Another name right before the preposition: "the town of Nawa in Dar'a", "Inkhil in Dar'a" (the province).
_NAME_IN = re.compile(r"(?<!^)\b[A-Z][\w'’-]+\s+(?:in|near)\s+(?:the\s+)?$")
_COUNTRYSIDE = re.compile(r"['’]?s?\s+(?:countryside|outskirts|suburbs|region|governorate|hinterland)\b", re.I)
_NAMESAKE_TOWN = 20_000  # people: a division's town of the same name this big is what "in <name>" means
_BIG_NAMESAKE = 100_000


def namesake(text: str, mention: PlaceMention, division: Place) -> Place | None:
    """The town a division is named after (its capital, as a rule: "Kandahar", "Delhi") when the text names it
    right after "in" or "near" as a place of its own: not "in Kandahar province", "in Dar'a countryside",
    "the town of Nawa in Dar'a", nor a coder's "(Raizh, Sadah)"."""
    before = max(0, mention.start - 60)
    if mention.unit_hint or not _AFTER_PREPOSITION.search(text, before, mention.start) \
            or _COUNTRYSIDE.match(text, mention.end) or _NAME_IN.search(text, before, mention.start):
        return None
    return next((p for p in mention.places if p.kind == "city" and p.iso3 == division.iso3
                 and (skeleton(p.admin1 or "") in (skeleton(division.admin1 or ""), skeleton(division.name))
                      # a big town of the division's very name, whose division the gazetteer spells otherwise
                      # (Tripoli in "Ţarābulus")
                      or (skeleton(p.name) == skeleton(division.name) and p.population >= _BIG_NAMESAKE))
                 and p.population >= _NAMESAKE_TOWN), None)
