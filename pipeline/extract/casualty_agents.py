"""Who did the harm a casualty figure counts: the perpetrator its own sentence names.

A figure's perpetrator is an actor mention of the same sentence that `actor_roles` reads as the
perpetrator of the violence, chosen by the figure's grammar:
- the subject of a participle clause ("..., killing seven", "..., leaving two dead and three hurt");
- for a figure that is its verb's subject ("two others were injured", "three died"), the agent after
  it ("in police firing", "when gunmen stormed"), never a name before it ("a youth died in police
  firing and three more were hurt as the riot grew" does not say who hurt the three), unless
  "in which" leads back to a side's violence ("the police firing in which a boy was killed");
- otherwise the nearest doer on either side ("Gunmen abducted 25 students").
A claimant counts only for its own deed ("the Taliban claimed to have killed dozens of soldiers", "IS
claimed responsibility"), and a state force that tells of arrests made them. Never a doer: a side of a
fight ("between X and Y", "X and Y clashed"), an actor among the victims ("the two LeT militants
arrested"), one in a clause of its own after the figure ("..., and the police fired", "..., whereas").
Nothing is carried across sentences: a figure whose sentence names no perpetrator has none, so every
value can be checked against the sentence beside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from pipeline.extract.casualty_cues import CHARGE_REASON
from pipeline.extract.catalogue import family_name, names_violence
from pipeline.extract.types import ActorMention, CasualtyMention

_DOING_ROLES = frozenset({"perpetrator", "claimant"})


def with_perpetrators(
    casualties: list[CasualtyMention], actors: list[ActorMention], body: str, country: str | None = None
) -> list[CasualtyMention]:
    """The casualty mentions, each with the canonical name of the perpetrator its sentence names (else None); an
    arrest told without its agent is the police's of the incident's `country`."""
    doers: dict[int, list[ActorMention]] = defaultdict(list)
    tellers: dict[int, list[ActorMention]] = defaultdict(list)
    for m in actors:
        if m.role in _DOING_ROLES:
            doers[m.sentence_index].append(m)
        elif m.role == "source" and m.actor_type == "state_forces":
            tellers[m.sentence_index].append(m)
    for c in casualties:  # an actor named among a figure's victims harmed no one: "the two LeT terrorists arrested"
        if c.sentence_index in doers:
            doers[c.sentence_index] = [m for m in doers[c.sentence_index] if not _among_victims(m, c, body)]
    found = [_with_perpetrator(c, doers.get(c.sentence_index, []), body)
             if c.sentence_index in doers or c.claimed_by is not None else c for c in casualties]
    # Arrests are a state force's deed: one that tells of them ("More than 60 people were arrested, police said")
    # tells of its own.
    found = [replace(c, perpetrator=tellers[c.sentence_index][0].actor_name)
             if c.perpetrator is None and c.category == "arrested" and tellers.get(c.sentence_index) else c
             for c in found]
    # An arrest is the state's act: by a force its sentence names ("Israeli troops raided the camp and
    # detained four men"), else by the police of the incident's country ("five activists were arrested today"), as ACLED
    # codes arrests; not one only demanded, denied or threatened.
    forces: dict[int, str] = {}
    for m in actors:
        if m.actor_type == "state_forces" and m.role != "target":
            forces.setdefault(m.sentence_index, m.actor_name)
    police = family_name("police", country)[0]
    return [replace(c, perpetrator=forces.get(c.sentence_index, police)) if c.perpetrator is None
            and c.category == "arrested" and c.status in _ARRESTS_MADE else c for c in found]


_ARRESTS_MADE = frozenset({"reported", "background", "cumulative"})


def _among_victims(actor: ActorMention, casualty: CasualtyMention, body: str) -> bool:
    """True when the actor mention is part of the words naming the figure's victims, right after the figure, or
    listed with them right before it ("to get Shiv Sena, MNS and other cadres arrested")."""
    victim = (casualty.victim or "").lower()
    gap = actor.char_start - casualty.char_end
    if victim and actor.text.lower() in victim and 0 <= gap <= len(victim) + 3:
        return True
    return 0 <= casualty.char_start - actor.char_end <= 6 and _LISTED.fullmatch(
        body, actor.char_end, casualty.char_start) is not None


_LISTED = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.IGNORECASE)


# The figure is its verb's subject: "(two others) were injured", "(three) died", "(four) have been killed".
_SUBJECT_OF = re.compile(
    r"^(?:\s+(?!who\b|which\b|that\b)[\w-]+){0,4}?\s+(?:was|were|is|are|had|have|has|been|got|died|die|dies|perished|"
    r"succumbed|lost)\b", re.IGNORECASE)  # (not a relative clause's: "killed a militant who was armed")
# Or of a passive without its auxiliary, opening its clause: "and (ten others) grievously injured", "and (10) injured
# when gunmen stormed" (not the object of "left 2 militants injured", "resulting in 20 injured").
_ELIDED_PASSIVE = re.compile(
    r"^(?:\s+(?!and\b|or\b)[\w'’-]+){0,3}?\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|arrested|detained|abducted|"
    r"kidnapped)\b", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"(?:^|\band|\bbut|\bwhile|[,;])\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.()]")


# Before an actor after the figure, words that start a clause of its own: "were hacked to death and the police
# lathi-charged the mob", "nine people were burnt alive ..., the police held four".
_OWN_CLAUSE = re.compile(r"(?:\band|\bbut|,)\s+(?:the\s+)?$", re.IGNORECASE)
# A break between a figure and an actor after it: another clause or a contrast ("20 were killed and 80 injured, whereas
# another report said security forces shot dead 21").
_BREAKS = re.compile(r"[;:]|,\s*(?:whereas|while|but|although|though)\b", re.IGNORECASE)


def _with_perpetrator(casualty: CasualtyMention, doers: list[ActorMention], body: str) -> CasualtyMention:
    """`casualty` with the perpetrator among `doers` its sentence's grammar points to, else as claimed, else as is."""
    if casualty.category != "arrested" and casualty.reason and CHARGE_REASON.match(casualty.reason):
        return casualty  # "police arrested two men for killing a trader": the accused killed, not the police
    doers = [m for m in doers
             if (m.role == "perpetrator" or _claims_it(m, casualty, body)) and not _fight_party(m, body)]
    after = [m for m in doers if m.char_start >= casualty.char_end
             and not _OWN_CLAUSE.search(body[casualty.char_end:m.char_start])
             and not _BREAKS.search(body, casualty.char_end, m.char_start)]
    before = [m for m in doers if m.char_end <= casualty.char_start]
    subject = _subject(casualty, body)
    relative = _RELATIVE_DEED.search(body, max(0, casualty.char_start - 60), casualty.char_start)
    if before and _PARTICIPLE.search(body, max(0, casualty.char_start - 30), casualty.char_start):
        # ", killing seven", ", leaving two dead and three hurt": the clause's subject did it, not the nearest name
        candidates = before[:1]
    elif relative is not None:
        # "gunmen who killed five": the relative pronoun's antecedent did it; "in connection with the market bombing
        # that killed 20" names no one
        candidates = [m for m in before if 0 <= relative.start() - m.char_end <= 2 or (
            relative.start() - m.char_end <= 20 and _its_violence(body, m.char_end))]  # "the police firing that left"
    elif subject and before and _RELATIVE.search(body, max(0, casualty.char_start - 20), casualty.char_start) \
            and _its_violence(body, before[-1].char_end):
        candidates = before[-1:]  # "a probe into the police firing in which a boy was killed": the antecedent's
    elif subject:
        candidates = after
    else:
        candidates = after + [m for m in before if not _OWN_SUBORDINATE.search(body, m.char_end, casualty.char_start)]
    if candidates:
        nearest = min(candidates, key=lambda m: (_gap(m, casualty), m.char_start))
        return replace(casualty, perpetrator=nearest.actor_name)
    if casualty.claimed_by is not None and not subject and _own_deed(casualty, body):
        return replace(casualty, perpetrator=casualty.claimed_by)  # "the army said it had ... killed about 30"
    return casualty


# A side of a fight named after "between" ("Fighting between ELN guerrillas and FARC dissidents killed eight"), or
# joined to the other as the subject of its verb ("after VHP activists and the police clashed"), names no one side as
# the killer.
_FIGHT_PARTY = re.compile(r"\bbetween\b[^,;.]*$", re.IGNORECASE)
_FIGHT_VERB = re.compile(r"[^,;.]{0,50}?\b(?:clashed|fought|exchanged\s+fire)\b", re.IGNORECASE)
_JOINED = re.compile(r"\band\b", re.IGNORECASE)


def _fight_party(actor: ActorMention, body: str) -> bool:
    """True for one of the sides of a fight the sentence names: no perpetrator of its harm (unless a relative clause
    tells its own deed: "clashed with police, who shot dead two demonstrators")."""
    if _DEED_AFTER.match(body, actor.char_end):
        return False
    if _FIGHT_PARTY.search(body, max(0, actor.char_start - 80), actor.char_start):
        return True
    return _FIGHT_VERB.match(body, actor.char_end) is not None and _JOINED.search(
        body, max(0, actor.char_start - 50), actor.char_end + 50) is not None


_DEED_AFTER = re.compile(
    r"\s*,?\s*(?:who|which|that)\s+(?:had\s+|have\s+|has\s+|then\s+|later\s+)?(?:\w+ly\s+)?(?:killed|injured|wounded|"
    r"shot|gunned|opened\s+fire|fired|arrested|detained|abducted|kidnapped|beat|stabbed|hacked|lynched)\b",
    re.IGNORECASE)


# A relative clause whose antecedent is the violence: "the police firing ... in which a boy was killed" (not
# "police held 14 in connection with the ambush in which 11 were shot").
_RELATIVE = re.compile(r"\b(?:in|during)\s+which\s+$", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"(?:['’]s)?\s+([\w-]+)(?:\s+([\w-]+))?")


def _its_violence(body: str, end: int) -> bool:
    """True when the words after an actor mention ending at `end` are a noun of violence: "police firing"."""
    after = _NEXT_WORDS.match(body, end)
    return after is not None and names_violence(after.group(1).lower(), (after.group(2) or "").lower())
# A relative clause whose verb of harm takes the figure as its object: "that killed 20", "who had shot dead two".
_RELATIVE_DEED = re.compile(
    r"(?:,\s*)?\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:killed|injured|wounded|left|claimed|"
    r"kidnapped|abducted|arrested|detained|shot(?:\s+dead)?|gunned\s+down)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A clause of its own between a doer and the figure, with its own subject and verb of harm: "Police arrested 12 after
# clashes between two communities left one dead" (the clashes did it; not "Gunmen, after storming the house, shot ...").
_OWN_SUBORDINATE = re.compile(
    r"\b(?:after|when|as|because|since|before|while)\s+(?!(?:\w+ing|being|having)\b)[^,;]*?\b(?:left|killed|injured|"
    r"wounded|claimed)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A participle clause after the main one: "..., killing seven people", "..., wounding 17".
_PARTICIPLE = re.compile(
    r",\s*(?:\w+ly\s+)?(?:killing|injuring|wounding|leaving|abducting|kidnapping)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# The claimant speaks of its own deed: "said it had killed", "claimed to have killed", "their fighters killed".
_OWN_DEED = re.compile(
    r"\b(?:it|they|we|its|their|our|to\s+have)\b[^.;]*?\b(?:killed|killing|wounded|injured|shot|arrested|detained|"
    r"abducted|kidnapped|captured|executed|eliminated|neutrali[sz]ed)\b[^.;]*$", re.IGNORECASE)


def _claims_it(claimant: ActorMention, casualty: CasualtyMention, body: str) -> bool:
    """True when the claimant claims the figure itself ("the Taliban claimed to have killed dozens") or the
    attack ("IS claimed responsibility"), not another's deed ("police claimed that the two confessed to killing")."""
    if "responsib" in body[claimant.char_end:claimant.char_end + 40].lower():
        return True
    return casualty.claimed_by is not None and _own_deed(casualty, body)


def _own_deed(casualty: CasualtyMention, body: str) -> bool:
    """True when the words before the figure tell of its claimant's own violence ("said it had ... killed", "claimed
    to have killed"), not of others' plight ("they claimed 45 persons were still missing")."""
    return casualty.category in _DEEDS and _OWN_DEED.search(
        body, max(0, casualty.char_start - 80), casualty.char_start) is not None


_DEEDS = frozenset({"killed", "injured", "kidnapped", "arrested"})


def _subject(casualty: CasualtyMention, body: str) -> bool:
    """True when a verb follows the figure (and its victim's words) with the figure as its subject."""
    following = body[casualty.char_end:casualty.char_end + 60]
    clause = _CLAUSE_END.search(following)
    following = following[:clause.start()] if clause else following
    if _SUBJECT_OF.match(following) is not None:
        return True
    opening = _CLAUSE_OPENING.search(body, max(0, casualty.char_start - 12), casualty.char_start) is not None
    return opening and _ELIDED_PASSIVE.match(following) is not None


def _gap(actor: ActorMention, casualty: CasualtyMention) -> int:
    """Characters between the actor mention and the figure, whichever comes first."""
    if actor.char_end <= casualty.char_start:
        return casualty.char_start - actor.char_end
    return actor.char_start - casualty.char_end
