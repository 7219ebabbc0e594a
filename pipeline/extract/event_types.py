"""ACLED event type and sub-event type of an article's incident, from its wording.

The incident is the one the lead reports: the first sentence carrying a cue of
some event class (cue phrases in `event_type_cues`) that tells of something that
happened; a cue under a modal, a condition or a plan ("should be arrested", "will
be deployed", "threatened to launch an agitation") makes no lead. Its sub-event
type follows ACLED's codebook, applied as ordered rules: demonstrations are typed by what
the demonstrators and the authorities did; remote weapons (air, artillery,
bombs, grenades) outrank the ground fighting they may be part of; fighting
between armed, organised groups is a battle, harm done to unarmed people is
violence against civilians; non-violent developments come last. The next two
sentences may refine the lead's type (a protest "dispersed with tear gas").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from pipeline.extract.event_type_cues import Cue, find_cues, tokens, word_set
from pipeline.extract.event_type_known import in_the_house, named_as_known
from pipeline.extract.event_type_rules import decide, street_protest
from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import Sentence

EVENT_TYPE_OF: dict[str, str] = {
    sub: event
    for event, subs in {
        "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
        "Explosions/Remote violence": (
            "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade",
        ),
        "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
        "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
        "Riots": ("Violent demonstration", "Mob violence"),
        "Strategic developments": (
            "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction",
            "Non-violent transfer of territory", "Other",
        ),
    }.items()
    for sub in subs
}

# Cue classes that can make a sentence the lead; the others only refine a type.
_LEAD_CUES = word_set(
    "PROTEST RIOT VIOLENT MOB CHEMICAL AIR SUICIDE SHELL GRENADE IED DISRUPTED CLASH MUTUAL CLASHWEAPON "
    "ARMEDVICTIM TERRITORY TRANSFER SEXUAL ABDUCT KILL ATTACK CIVVICTIM ARREST AGREEMENT HQ LOOT DRUGS CROWD "
    "CHANGE LEGACY DISPLACE"
)
# Only looked for when no sentence has a lead cue.
_WEAK_CUES = word_set("CHANGEWEAK OTHER PROTESTWEAK")
# Words before a cue that make it no report of an event: modals, conditions, plans, threats.
_IRREALIS = word_set(
    "should would could may might must shall will can cannot wont if unless likely need needs plans planned "
    "planning threatens threatened threatening vowed vows warned warns urged urges wants decided decides "
    "scheduled proposed determination determined intention intends intend intended "
    # what is to be prevented has not happened: "a scheme to prevent ethnic clashes", "to avoid identification by
    # attackers"
    "prevent prevents preventing avert averting avoid avoiding "
    # a body's mission is no event: "the coalition tasked with fighting Daesh withdrew from the base"
    "tasked mandated"
)
_IRREALIS_WINDOW = 4
# "A day after ...,", "Two weeks after ...,": an opening that dates the news by an earlier event
_DAYS_AFTER_OPENING = re.compile(
    r"\s*(?:a|one|two|three|four|five|six|a\s+few|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+after\b[^,;.]*,",
    re.IGNORECASE)
# "could be set off by a mobile-phone detonator": the instrument after "by" shares its verb's mood
_AGENT = word_set("by with")
_AGENT_REACH = 4  # tokens back from an instrument to the verb it completes ("set off by a")
# "Had the police taken note of the clash, ... would not have ...": a counterfactual tells of no event
_COUNTERFACTUAL_MAIN = word_set("would could might")
_PLANNED = word_set("planned scheduled proposed")
_CARRIED_WEAPONS = word_set("GRENADE IED")
# People a state expels: diplomacy or deportation, no territory taken ("expelled three Russian embassy officials").
_EXPELLED_PEOPLE = word_set(
    "diplomat diplomats envoy envoys ambassador ambassadors embassy consul staff journalists correspondents nationals"
)
# Weapons named as the subject of policy, trade or testing, not fired at anyone: "missile pact", "rocket program".
_ARMS_WORDS = word_set("missile missiles rocket rockets")
_ARMS_POLICY = word_set(
    """pact pacts treaty treaties accord accords deal deals talks program programs programme programmes
    development developments technology technologies arsenal arsenals test tests testing tested capability
    capabilities shield defence defense industry industries sales exports purchase purchases factory factories
    plant plants project projects"""
)
_DISPERSAL = word_set("tear teargas water cannon cannons smoke")
_REFLEXIVE = word_set("himself herself themselves")
_BEFORE_MONTH = word_set("in on of since until till by during early late mid last this next")
_MAX_SENTENCES = 8
_MAX_CHARS = 3000
_CONTEXT = 2  # sentences after the lead that may refine its type

# ACLED notes of strategic developments often open with a label ("Arrests: On 4 May ...").
_LABEL = re.compile(r"^\s*([A-Z][A-Za-z /&-]{2,40}):\s")
_LABEL_WORDS = (
    ("arrest", "Arrests"),
    ("loot", "Looting/property destruction"),
    ("property", "Looting/property destruction"),
    ("land seizure", "Looting/property destruction"),
    ("weapon", "Disrupted weapons use"),
    ("detonation", "Disrupted weapons use"),
    ("defus", "Disrupted weapons use"),
    ("movement", "Change to group/activity"),
    ("security measure", "Change to group/activity"),
    ("change", "Change to group/activity"),
    ("recruit", "Change to group/activity"),
    ("agreement", "Agreement"),
    ("ceasefire", "Agreement"),
    ("headquarter", "Headquarters or base established"),
    ("transfer", "Non-violent transfer of territory"),
    ("non-violent", "Other"),
    ("other", "Other"),
)


def _labelled_type(first: str) -> str | None:
    """The sub-event type named by an ACLED-style label opening the text, if any."""
    match = _LABEL.match(first)
    if not match:
        return None
    label = match.group(1).lower()
    for word, sub_type in _LABEL_WORDS:
        if word in label:
            return sub_type
    return None


def _sentence_cues(sentences: list[Sentence]) -> list[tuple[list[str], list[Cue]]]:
    """(tokens, cues) of the first sentences, within a character budget."""
    out: list[tuple[list[str], list[Cue]]] = []
    budget = _MAX_CHARS
    for sentence in sentences[:_MAX_SENTENCES]:
        if budget <= 0:
            break
        words = tokens(sentence.text[:budget])
        budget -= len(sentence.text)
        if _counterfactual(words):
            out.append((words, []))
            continue
        # "set herself on fire": a protester's self-immolation damages nothing of anyone else's
        cues = [cue for cue in find_cues(words)
                if not (cue.name == "VIOLENT" and _REFLEXIVE.intersection(words[cue.start:cue.end]))
                # "fired tear gas at them", "fired water cannon at the crowd": dispersal, no excessive force
                and not (cue.name == "EXCESSIVE" and _DISPERSAL.intersection(words[cue.start:cue.end]))
                # "a youth who was armed with a pistol": a weapon carried, not used
                and not (cue.name in _CARRIED_WEAPONS and _carried(words, cue.start))
                and not _no_force_used(words, cue)
                and not named_as_known(words, cue.start)]
        if in_the_house(sentence.text):
            # a legislature's walkout, boycott or dharna in the well is no demonstration, and the words shouted there
            # ("slogans calling the minister a killer") no violence
            cues = []
        out.append((words, _after_opening(sentence.text, cues)))
    return out


def _no_force_used(words: list[str], cue: Cue) -> bool:
    """True for a cue whose words name force that no one used: a weapon as policy ("a nuclear missile pact",
    "ballistic missile development"), a ship ("an aircraft carrier"), diplomacy ("expelled two embassy staff")."""
    after = words[cue.end] if cue.end < len(words) else ""
    if cue.name == "SHELL":
        return words[cue.end - 1] in _ARMS_WORDS and after in _ARMS_POLICY
    if cue.name == "AIR":
        return after in ("carrier", "carriers")
    if cue.name == "TERRITORY":
        return words[cue.start] == "expelled" and bool(_EXPELLED_PEOPLE.intersection(words[cue.end:cue.end + 5]))
    return False


def _carried(words: list[str], start: int) -> bool:
    """True for a weapon named as carried, not used: "armed with a hand grenade", "in possession of explosives"."""
    before = words[max(0, start - 4):start]
    return "possession" in before or ("armed", "with") in pairwise(before)


def _after_opening(text: str, cues: list[Cue]) -> list[Cue]:
    """The cues of a sentence without those of an opening that dates its news by an earlier event ("Two days after
    troops detained scores of students, the union said four of its leaders had gone missing"), when
    the main clause has cues of its own."""
    opening = _DAYS_AFTER_OPENING.match(text)
    if opening is None:
        return cues
    main = len(tokens(text[:opening.end()]))
    told = [cue for cue in cues if cue.start >= main]
    return told or cues


def _irrealis(words: list[str], start: int, *, adjectives: bool = True) -> bool:
    """True when a modal, a condition or a plan stands just before a cue ("should be arrested",
    "it may cause riots", "will be deployed", "threatened to attack"): no event that happened.
    The month ("On 18 March 2021, people protested") is no modal; without `adjectives`, neither is a
    plan's participle before its noun ("cracked down on planned protests")."""
    agent = next((position for position in range(start - 1, max(0, start - 3) - 1, -1)
                  if words[position] in _AGENT), None)
    first = max(0, (start if agent is None else agent - _AGENT_REACH) - _IRREALIS_WINDOW)
    for position in range(first, start):
        word = words[position]
        if word in _IRREALIS and not (word == "may" and _dated(words, position)) and not (
                not adjectives and word in _PLANNED and words[position + 1] != "to"):
            return True
    return False


def _counterfactual(words: list[str]) -> bool:
    """True for a sentence opening with an inverted condition and closing in a modal's clause ("Had the
    police acted on the warning, the riot would not have spread"): what it tells did not happen."""
    return bool(words) and words[0] == "had" and not _COUNTERFACTUAL_MAIN.isdisjoint(words[2:])


def _dated(words: list[str], position: int) -> bool:
    """True when the word at `position` is a month: beside a number ("9 May 2020") or after a word
    that no modal follows ("in May", "since May", "last May")."""
    before = words[position - 1] if position else ""
    return before in _BEFORE_MONTH or any(word.isdigit() for word in words[max(0, position - 1) : position + 2])


def _lead_index(analysed: list[tuple[list[str], list[Cue]]], classes: frozenset[str]) -> int | None:
    """Index of the first sentence with a cue of `classes` that tells of something that happened."""
    for index, (words, cues) in enumerate(analysed):
        if any(cue.name in classes and not _irrealis(words, cue.start) for cue in cues):
            return index
        if "PROTEST" in classes and street_protest(words, cues):
            return index  # "students marched to the secretariat demanding jobs": a demonstration
    return None


class Typing(NamedTuple):
    """An article's event type, sub-event type, the sentence that typed it, and whether only weak
    cues did ("returned", "announced", "demanded"); all None (and not weak) when untyped, and `accident`
    when untyped because the lead tells an accident (a crash, a stampede): no one's violence."""

    event_type: str | None
    sub_event_type: str | None
    lead: int | None
    weak: bool = False
    accident: bool = False


UNTYPED = Typing(None, None, None)


def classify_event(sentences: list[Sentence]) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) of the incident the text reports; (None, None) if none."""
    typing = classify_event_lead(sentences)
    return typing.event_type, typing.sub_event_type


def classify_event_lead(sentences: list[Sentence]) -> Typing:
    """The event typing of the incident the text reports, with the sentence that typed it."""
    sentences = story_sentences(sentences)  # a wire dateline ("KABUL (Reuters) -") is no sentence of the story
    if not sentences:
        return UNTYPED
    labelled = _labelled_type(sentences[0].text)
    if labelled:
        return Typing(EVENT_TYPE_OF[labelled], labelled, sentences[0].index)
    analysed = _sentence_cues(sentences)
    lead, weak = _lead_index(analysed, _LEAD_CUES), False
    if lead is None:
        lead, weak = _lead_index(analysed, _WEAK_CUES), True
    if lead is None:
        return UNTYPED
    words, cues = analysed[lead]
    # what the lead only threatens or plans ("declared his determination to burn himself") types nothing;
    # "cracked down on planned protests" names protests held
    cues = [cue for cue in cues if not _irrealis(words, cue.start, adjectives=False)]
    context = {cue.name for _, later in analysed[lead : lead + 1 + _CONTEXT] for cue in later}
    sized = any("[size=" in s.text for s in sentences[:_MAX_SENTENCES])
    sub_type = decide(words, cues, context, sized)
    if sub_type is None:
        return UNTYPED
    return Typing(EVENT_TYPE_OF[sub_type], sub_type, sentences[lead].index, weak)
