"""The civilians among the incident's killed: `Incident.civilians_killed`.

Humanitarian data sets (the PITF World Atrocities Dataset among them) count the
non-combatants killed, while `killed` (ACLED) counts every fatality. The rule:

- civilians = killed minus the killed figures the text names as combatants: soldiers,
  police, guards and other security forces, militants, rebels and other fighters, and the
  attackers themselves ("gunmen", "the bomber", "killed 12 people and himself");
- a combatant figure counts whether it is a group of its own ("14 police officers and 9
  civilians") or a part of the toll ("15 people, including eight policemen", "two soldiers
  were among the dead", "one of the dead was a policeman", "of the 15 dead, eleven were
  villagers and four were soldiers"), an aside the casualty mentions leave out included;
- the head noun of the victim phrase decides ("a journalist who covered the police" is no
  policeman, "wives of soldiers" are no soldiers); a victim the text does not establish as a
  combatant ("suspected rebels", "former soldiers") and an unqualified one ("people",
  "villagers", "worshippers", a name) are civilians;
- a civilian figure given as a part of the toll ("15 died (13 civilians)", "the dead included
  six civilians") is the civilians' figure when it is lower: the rest are not known civilians;
  civilians the text names as killed are never fewer than that figure ("102 militants were
  killed ... eight civilians were also killed": 8);
- the first sentence with a figure gives the toll: a later sentence's combatants are taken off
  it only when that sentence says they are among it (a part, "more", or a breakdown beside
  other victims); the same combatants retold in several sentences count once: for each kind
  (security forces, armed groups, attackers) the largest figure any one sentence gives;
- the result is never below 0 and never above `killed`.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import find_quantities
from pipeline.extract.types import CasualtyMention, Sentence

_SECURITY = frozenset({
    "soldier", "soldiers", "troops", "troop", "trooper", "troopers", "servicemen", "serviceman",
    "servicemembers", "paratroopers", "marines", "marine", "commandos", "commando", "jawans", "jawan",
    "police", "policemen", "policeman", "policewoman", "policewomen", "cops", "cop",
    "officers", "officer", "constables", "constable", "gendarmes", "gendarme",
    "guardsmen", "army", "military", "sailors", "airmen", "peacekeepers", "peacekeeper", "sepoys",
    "rangers", "militiamen", "militia", "militias", "paramilitaries", "paramilitary", "conscripts",
})
# heads that name combatants only after a word of the security services ("security personnel",
# "an intelligence agent")
_SECURITY_AFTER = frozenset({"personnel", "forces", "force", "men", "agents", "agent", "operatives",
                             "operative", "staff", "officials", "official"})
_SERVICES = frozenset({"security", "intelligence"})
# Guards are security forces when a state force's word says so ("border guards", "presidential
# guards"); a school's or a bank's "security guards" and an official's bodyguards are civilians,
# as humanitarian law counts them unless they belong to the armed forces.
_GUARDS = frozenset({"guard", "guards"})
_STATE_GUARDS = frozenset({"border", "presidential", "republican", "national", "revolutionary", "frontier",
                           "coast", "royal", "palace"})
_ARMED = frozenset({
    "militants", "militant", "rebels", "rebel", "insurgents", "insurgent", "fighters", "fighter",
    "combatants", "combatant", "guerrillas", "guerrilla", "guerillas", "jihadists", "jihadist",
    "extremists", "extremist", "terrorists", "terrorist", "separatists", "separatist", "taliban",
    "talibans", "maoists", "maoist", "naxals", "naxalites", "naxal", "cadres", "cadre", "islamists",
    "mujahideen", "mujahedeen", "shabaab",
    # an armed group's or a force's commanders fight ("a Hezbollah commander", "a militia commander")
    "commander", "commanders",
})
# words after which "of" names whom a group belongs to: "members of the security forces"
_GROUP_WORDS = frozenset({"members", "member", "dozens", "some", "group", "groups", "unit", "units",
                          "contingent", "squad", "band"})
# a victim the text does not establish as a combatant: "suspected rebels" (often an extrajudicial
# killing), "ex-combatants", "former soldiers"
_NOT_ESTABLISHED = frozenset({"suspected", "alleged", "former", "retired", "off-duty", "unarmed"})
# where the noun phrase naming a victim ends: "a journalist [who covered police affairs]",
# "a tribal elder [allied to security forces]", "a leader [commanding fighters]"
_PHRASE_END = re.compile(
    r"\s+(?:who|whom|which|that|for|with|from|in|at|on|near|allied|commanding|dubbed|linked|"
    r"belonging|known|working|serving|and|as|by|after|were|was|had|have|has)\b|[,(]"
)
_EXPLICIT = frozenset({"civilians", "civilian", "non-combatants", "noncombatants"})
_ATTACKERS = frozenset({
    "gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "bombers", "bomber",
    "raiders", "raider", "hijackers", "hijacker", "kidnappers", "kidnapper", "abductors",
    "perpetrators", "perpetrator", "himself", "themselves", "herself",
})
_COMBATANT_KINDS = frozenset({"security", "armed", "attackers"})
_WORD = re.compile(r"[a-z][a-z'-]*")
# an aside giving a part of the toll: "including eight policemen", "(13 civilians)",
# "among them two soldiers", "of whom five were police"
_ASIDE = re.compile(
    r"\b(?:including|included|includes|among\s+(?:them|whom|those|the\s+(?:dead|victims|killed))"
    r"(?:\s+(?:were|are))?|of\s+(?:whom|them))\b\s*|\(|"
    # "of the 15 people dead, eleven were villagers": the toll inside the opener
    r"\bof\s+(?:the|those)\s+(?P<toll>[\w\s-]{0,25}?(?:killed|dead|victims|fatalities)),\s*",
    re.IGNORECASE,
)
_ASIDE_END = re.compile(r"[);.:]|\s(?:who|which|while|when|after|before|as|in|at|on)\s", re.IGNORECASE)
_ASIDE_REACH = 90
_HURT = re.compile(r"wound|injur|hurt", re.IGNORECASE)
_COPULAS = frozenset({"were", "was", "are", "is"})
# what a part of the dead was: "[two] of the victims were border guards"
_PREDICATE = re.compile(
    r"(?:\s+of\s+(?:the|those)\s+[\w\s'-]{0,30}?)?\s+(?:was|were)\s+(?:a|an|the)?\s*"
    r"(?P<np>[\w\s'-]{1,40}?)(?=[,.;]|\s+and\b|$)"
)
_BRACKETED = re.compile(r"\[[^\[\]]*\]")


def civilians_killed(killed: int, casualties: list[CasualtyMention], sentences: list[Sentence]) -> int:
    """The civilians among the incident's `killed` (see the module docstring)."""
    if killed <= 0:
        return 0
    per_sentence: dict[int, list[CasualtyMention]] = {}
    every: dict[int, list[CasualtyMention]] = {}
    for mention in casualties:
        if mention.category != "killed":
            continue
        every.setdefault(mention.sentence_index, []).append(mention)
        if mention.status == "reported" and mention.link not in ("alternative", "same"):
            per_sentence.setdefault(mention.sentence_index, []).append(mention)
    by_index = {s.index: s for s in sentences}
    combatants: dict[str, int] = {}
    civilians_named = 0
    part_named = False
    for position, index in enumerate(sorted(per_sentence)):
        groups = _groups(per_sentence[index], every[index], by_index.get(index))
        named = sum(count for group_kind, count, _ in groups if group_kind == "civilian")
        civilians_named = max(civilians_named, named)
        part_named = part_named or any(g == "civilian" and link == "part" for g, _, link in groups)
        for group_kind, count in _combatants(groups, lead=position == 0, killed=killed).items():
            combatants[group_kind] = max(combatants.get(group_kind, 0), count)
    civilians = max(0, killed - sum(combatants.values()))
    if part_named:  # "15 died (13 civilians)": the rest are not known to be civilians
        civilians = min(civilians, civilians_named)
    # civilians the text names as killed are among the dead even when the toll is the
    # combatants' ("102 militants were killed ... eight civilians were also killed")
    return min(max(civilians, civilians_named), killed)


def _groups(
    mentions: list[CasualtyMention], every: list[CasualtyMention], sentence: Sentence | None
) -> list[tuple[str, int, str]]:
    """(kind, figure, link) of each victim group of one sentence that counts (`mentions`, of
    `every` killed mention of the sentence), the asides' included."""
    groups = [(_part_kind(m, sentence), m.figure, m.link) for m in mentions]
    if sentence is not None:
        spans = [(m.char_start - sentence.start, m.char_end - sentence.start, m in mentions) for m in every]
        groups.extend((group_kind, count, "part") for group_kind, count in _aside_parts(sentence.text, spans))
    return groups


def _part_kind(mention: CasualtyMention, sentence: Sentence | None) -> str:
    """The kind of a mention's victims; for a part whose victims the predicate names ("one of
    the victims was a peacekeeper", "two of the dead were policemen"), the predicate's."""
    found = victim_kind(mention.victim)
    if found != "other" or mention.link != "part" or sentence is None:
        return found
    start = mention.char_end - sentence.start
    predicate = _PREDICATE.match(sentence.text.lower(), start, start + _ASIDE_REACH)
    return victim_kind(predicate.group("np")) if predicate else found


def _combatants(groups: list[tuple[str, int, str]], *, lead: bool, killed: int) -> dict[str, int]:
    """The combatants one sentence counts among the toll, by kind. The first sentence with a
    figure gives the toll; a later one adds to it or details it only when it says so: a part
    ("two policemen were among the dead"), more ("two soldiers also died"), or a breakdown
    ("five villagers and two soldiers died"). A later combatant figure of its own ("the strike
    also killed a dozen insurgents") is not in the toll the first sentence gave."""
    breakdown = any(g not in _COMBATANT_KINDS for g, _, _ in groups) and sum(c for _, c, _ in groups) <= killed
    sums: dict[str, int] = {}
    for group_kind, count, link in groups:
        if group_kind in _COMBATANT_KINDS and (lead or link != "new" or breakdown):
            sums[group_kind] = sums.get(group_kind, 0) + count
    return sums


def victim_kind(victim: str | None) -> str:
    """Who a victim phrase names: civilian (said so), security, armed, attackers, or other
    (an unqualified victim, counted as a civilian). The head noun decides ("a journalist who
    covered police affairs" is no policeman)."""
    if not victim:
        return "other"
    lowered = victim.lower()
    cut = _PHRASE_END.search(lowered)
    phrase = lowered[:cut.start()] if cut else lowered
    if " of " in phrase:
        before, after = phrase.split(" of ", 1)
        words = _WORD.findall(before)
        phrase = after if not words or words[-1] in _GROUP_WORDS else before
    words = _WORD.findall(phrase)
    if not words:
        return "other"
    if any(w in _EXPLICIT for w in words):
        return "civilian"  # "civilians", "a civilian militia member"
    if any(w in _NOT_ESTABLISHED or w.startswith("ex-") for w in words):
        return "other"
    head = words[-1]
    if head in _ATTACKERS:
        return "attackers"
    if head in _ARMED:
        return "armed"
    if head in _SECURITY or (head in _SECURITY_AFTER and any(w in _SERVICES for w in words)):
        return "security"
    if head in _GUARDS and any(w in _STATE_GUARDS for w in words):
        return "security"
    return "other"


def _aside_parts(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[str, int]]:
    """The (kind, figure) of the groups an aside of a counted toll names ("including eight
    policemen and a soldier"), leaving out figures that are casualty mentions already. `spans`:
    (start, end, counts) of the sentence's killed mentions."""
    parts: list[tuple[str, int]] = []
    lowered = _BRACKETED.sub(lambda m: " " * len(m.group()), text.lower())  # "two FARDC [army] soldiers"
    seen: set[int] = set()  # "(including one policeman)" opens twice
    for opener in _ASIDE.finditer(lowered):
        limit = opener.end("toll") if opener.group("toll") else opener.start()
        before = [(b, counts) for _, b, counts in spans if b <= limit]
        if not before:
            continue
        end_of_toll, counts = max(before)
        if not counts or _HURT.search(lowered, end_of_toll, limit) or next(
            find_quantities(lowered, end_of_toll, limit, lowered=True), None
        ):
            continue  # an aside of another source's figure, of the wounded, of another figure
        start = opener.end()
        stop = min(len(text), start + _ASIDE_REACH)
        end = _ASIDE_END.search(lowered, start, stop)
        segment_end = end.start() if end else stop
        quantities = list(find_quantities(lowered, start, segment_end, lowered=True))
        for position, quantity in enumerate(quantities):
            if quantity.start in seen or any(a < quantity.end and quantity.start < b for a, b, _ in spans):
                continue
            seen.add(quantity.start)
            reach = quantities[position + 1].start if position + 1 < len(quantities) else segment_end
            words = _WORD.findall(lowered[quantity.end:reach])[:4]
            noun = " ".join(_head_phrase(words))
            parts.append((victim_kind(noun), quantity.stated))
    return parts


def _head_phrase(words: list[str]) -> list[str]:
    """The words of a group up to its noun: "eight policemen and a soldier" -> ["policemen"]."""
    out: list[str] = []
    for position, word in enumerate(words):
        if position == 0 and word in _COPULAS:
            continue  # "of whom five were police"
        if word in _COPULAS or word in ("and", "or", "who", "from"):
            break
        out.append(word)
    return out
