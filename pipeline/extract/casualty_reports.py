"""Several reports of one incident's toll: which figure the incident count takes.

News of an attack often carries more than one toll for the same victims: the police figure
and the residents' ("seven were killed, although villagers said over 10 died"), an early
report and a later one ("At least 23 people died ... Other reports stated 24
killed"). Two figures, two columns:

- `killed` follows ACLED: where source reports differ, the most conservative figure stands
  ("seven were killed, police said; residents said 11" -> 7). A rival figure raises it only
  when the lead figure is an open lower bound that the rival agrees with ("at least 23" and
  "24 killed": the more precise report, not a dispute), or a later sourced sentence lists more
  victims group by group than the bound ("at least 10 ... police said five civilians, three
  soldiers and all four attackers were killed" -> 12). A lower figure lowers it only when the
  lead is a party's claim of its own kills that another source answers ("the Taliban claimed
  to have killed 25 soldiers, but the ministry said three" -> 3): a claim is the least
  conservative report there is;
- `killed_high` takes the highest credible report of the same victims (-> 11), the figure
  WAD codes and humanitarian counts often quote.

A rival report is a figure `casualty_context` marks as another source's ("witnesses put the
toll at 8", "residents said 10 were killed, police said 8"), or a new figure in a later
sentence that names its source ("Residents of the village said 9 people had died"). Not rival
reports: guesses ("the real toll might be nearer 40"), denied, threatened or cumulative
figures (not `reported`), parts ("including two soldiers"), additions ("two more"), a
later sentence's figure with no source (a detail, or another incident), a figure for
another victim group ("five soldiers were killed ... the army said 30 militants died"), a
figure in a sentence about an earlier or another incident ("last week, 20 were killed in a
similar attack, police said"), and a figure over ten times the first (a wider count: "the
UN said 300 were killed in the province").
A toll that a later sentence itemises ("leaving two men, three women and a child dead") is
a count of known victims and is not revised.
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_persons import head_noun
from pipeline.extract.types import CasualtyMention, Sentence

# The reason on a figure that another source in the same sentence gives for the same victims
# ("police said one man died, while the union claimed three of its members were killed"),
# already judged the same people there.
RIVAL_SOURCE = "another source's figure"
# The reason on a side's own count of its dead set against its enemy's figure ("; the group said it
# lost two fighters"): the same people as the enemy's kills, whatever the nouns.
OWN_LOSS = "the side's own count of its dead"
# Qualifiers of a figure that only bounds the toll from below: a higher report agrees with it.
_LOWER_BOUNDS = frozenset({"at_least", "more_than"})
# Links of the figures that set the incident's toll (see `casualty_counts.py`).
_TOLL_LINKS = ("new", "more", "update", "total")
# A later sentence reporting a figure names its source or its report.
_SOURCE = re.compile(
    r"\b(?:said|say|says|saying|reported|reports?|reporting|told|tells|according\s+to|put|puts|placed|"
    r"places|estimated|indicated|indicates|stated|states|suggested|suggests|claimed|claims|counted|gave|"
    r"gives|recorded|registered|confirmed|announced|noted|noting|accounts?)\b",
    re.IGNORECASE,
)
# A revised toll is at most this many times the first: a far larger figure is rather a wider count
# ("120 have been killed in the region") than another report of the incident.
TOLL_REACH = 10
# A sentence about an earlier or another incident: "Last month, 16 people died in a similar
# attack, officials said" is no report of this incident's toll.
_EARLIER = re.compile(
    r"\b(?:last|previous|past)\s+(?:week|weekend|month|year)s?\b|\b(?:days?|weeks?|months?|years?)\s+"
    r"(?:ago|earlier|before)\b|\bearlier\s+(?:this|that|in)\b|\bsimilar\b|"
    r"\b(?:another|a\s+separate|an\s+earlier|a\s+previous)\s+(?:attack|incident|raid|blast|bombing|clash|massacre)",
    re.IGNORECASE,
)
# "the real toll might be nearer 40": an estimate beside a count, not a report of one
_GUESS = re.compile(r"\b(?:could|may|might)\b", re.IGNORECASE)
# Victim nouns that may name the same people as any other figure of the incident.
_NOT_HEADS = frozenset({"a", "an", "of", "other", "more", "the"})
_GENERIC = frozenset({"people", "persons", "victims", "dead", "others", "lives", "deaths", "individuals", "bodies"})
# "civilians" may recount a lead figure of people, of one person, or of civilians named otherwise
# ("four children ... five civilians"), not one of soldiers or militants.
_CIVILIAN = frozenset({
    "civilians", "children", "women", "men", "villagers", "residents", "farmers", "herders", "students",
    "worshippers", "passengers", "traders", "miners", "workers", "family", "members", "protesters", "youths",
    "boys", "girls", "pupils", "shoppers", "guests", "fishermen", "labourers", "laborers",
})


def highest_report(
    total: int, casualties: list[CasualtyMention], sentences: list[Sentence], category: str,
    *, bounds_only: bool = False,
) -> int:
    """The incident's `total` for `category`, raised to the highest rival report of the same
    victims; with `bounds_only`, only when the lead figure is an open lower bound ("at least
    23"), ACLED's conservative figure (see the module docstring)."""
    reported = [m for m in casualties if m.category == category and m.status == "reported"]
    # (or, when every figure is a source's own, the first of them: "officials put the toll at 17, while residents
    # said 40 were killed")
    tolls = [m for m in reported if m.link in _TOLL_LINKS] or [m for m in reported if m.link == "alternative"][:1]
    if not total or not tolls:
        return total
    # the last sentence that states the toll outright ("the toll rose to 12") is the base
    base = max([tolls[0].sentence_index, *(m.sentence_index for m in tolls if m.link in ("update", "total"))])
    if _itemised(total, reported, base):
        return total
    lead = [m for m in tolls if m.sentence_index == base]
    texts = {s.index: s.text for s in sentences}
    claimed = [m for m in lead if m.claimed_by]
    if bounds_only and claimed:
        # a party's claim of its own kills, answered by another source in the sentence: the lower
        # figure ("the Taliban claimed to have killed 25 soldiers, but the ministry said three"),
        # beside the figures no one disputes ("..., while the army said five soldiers and 13
        # militants died": 5 + 13)
        claim = sum(m.figure for m in claimed)
        answers = [m.figure for m in reported if m.sentence_index >= base and 0 < m.figure < claim
                   and m.link == "alternative" and (m.reason == OWN_LOSS or _same_victims(m, claimed))
                   and _rival(m, base, texts)]
        if answers:
            return total - claim + min(answers)
    if bounds_only and not all(m.qualifier in _LOWER_BOUNDS for m in lead):
        return total
    best = total
    for mention in reported:
        if (mention.sentence_index < base or not best < mention.figure <= TOLL_REACH * total
                or not (mention.reason == RIVAL_SOURCE or _same_victims(mention, lead))):
            continue
        if bounds_only and mention.claimed_by and not any(m.claimed_by for m in lead):
            # a party's claim of its own kills never raises a sourced count ("at least 15 soldiers, a
            # military official said ... Al Shabaab said it had killed 47")
            continue
        if _rival(mention, base, texts):
            best = mention.figure
    # a later, sourced sentence itemising more victims than an open lead ("at least 10 were killed
    # ... police said five civilians, three soldiers and all four attackers were killed"): its sum
    if all(m.qualifier in _LOWER_BOUNDS for m in lead):
        listed = [n for n in _itemised_sums(reported, base, texts) if n <= TOLL_REACH * total]
        best = max([best, *listed])
    return best


def _itemised_sums(reported: list[CasualtyMention], base: int, texts: dict[int, str]) -> list[int]:
    """The sums of later sourced sentences that list two or more exact victim groups, none of them a
    party's claim of its kills ("the army said it had killed 46 terrorists and lost 4 soldiers")."""
    by_sentence: dict[int, list[int]] = {}
    claims = {m.sentence_index for m in reported if m.claimed_by}
    for m in reported:
        if m.sentence_index > base and m.link == "new" and m.qualifier == "exact" and _rival(m, base, texts) \
                and m.sentence_index not in claims:
            by_sentence.setdefault(m.sentence_index, []).append(m.figure)
    return [sum(figures) for figures in by_sentence.values() if len(figures) > 1]


def _itemised(total: int, reported: list[CasualtyMention], base: int) -> bool:
    """True when a later sentence lists the toll's victims group by group ("leaving two men, three
    women and a child dead" after "six were killed"): a count of known victims, which a
    rival report's round figure does not revise."""
    by_sentence: dict[int, list[int]] = {}
    for m in reported:
        if m.sentence_index > base and m.link in ("new", "part") and m.qualifier == "exact":
            by_sentence.setdefault(m.sentence_index, []).append(m.figure)
    return any(len(figures) > 1 and sum(figures) == total for figures in by_sentence.values())


def _rival(mention: CasualtyMention, base: int, texts: dict[int, str]) -> bool:
    """True for another report of the toll: a source's alternative figure that is no guess, or a
    new figure in a later sentence that names its source and no earlier or other incident."""
    if mention.link == "alternative":
        return not _GUESS.search(mention.reason or "")
    text = texts.get(mention.sentence_index, "")
    return (mention.link == "new" and mention.sentence_index > base
            and _SOURCE.search(text) is not None and _EARLIER.search(text) is None)



def _same_victims(mention: CasualtyMention, lead: list[CasualtyMention]) -> bool:
    """True when a figure may count the lead figure's people: a toll, a generic noun ("10
    people"), the lead's own noun ("14 miners" after "10 miners"), or civilians after a lead of
    civilians or of one person."""
    noun = _head(mention.victim)
    if noun is None or noun in _GENERIC or any(_head(m.victim) == noun for m in lead):
        return True
    last = head_noun(mention.victim or "")  # "soldiers" after "Kenyan soldiers"
    if last is not None and any(head_noun(m.victim or "") == last for m in lead):
        return True
    return noun == "civilians" and all(
        m.qualifier == "implicit" or _head(m.victim) in _CIVILIAN | _GENERIC | {None} for m in lead)


def _head(victim: str | None) -> str | None:
    """The first content word of a victim phrase, lower-cased ("other civilians" -> "civilians")."""
    words = [w for w in re.findall(r"[a-z]+", (victim or "").lower()) if w not in _NOT_HEADS]
    return words[0] if words else None
