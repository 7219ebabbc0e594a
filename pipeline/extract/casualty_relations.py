"""How a figure relates to the figures before it in its sentence.

`casualties.py` reads each harm word's victims; a sentence often gives more than one figure for
the same people, and this module says how a later one relates to the earlier ones:

- the same figure restated for another verb, or vaguely ("five were killed when gunmen
  attacked, killing five", "many of them"), or a participle clause detailing it ("killed five
  villagers, stabbing one boy to death"): `same`;
- another source's figure for the same people ("residents said 20 were killed, police said
  only 8 died"; "Police said one man died, while the union claimed three of its
  members were killed"), or a side's own count of its dead after its enemy's ("the army said
  it killed 40 militants; the group said it lost two fighters"): `alternative` (not a second
  victim group: "..., but the army said 30 militants died");
- a count of bodies, which are the dead counted before ("dozens feared dead; rescuers
  recovered 18 bodies"): an `update` of a vague or open figure it exceeds, else a `part`;
- a toll more than ten times the sentence's own new figure ("at least 19 died in new
  raids, taking the toll to 430"): a wider count, `cumulative`.

Across the article, a part takes the cumulative status of the total it breaks down
(`parts_of_tallies`): "the toll now stands at 389, including the 45 who died in the market bombing".
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.casualty_civilians import victim_kind
from pipeline.extract.casualty_context import Context
from pipeline.extract.casualty_lexicon import REMAINS
from pipeline.extract.casualty_persons import PERSON_PRONOUN, head_noun
from pipeline.extract.casualty_phrases import Victims
from pipeline.extract.casualty_reports import OWN_LOSS, RIVAL_SOURCE, TOLL_REACH
from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.types import CasualtyMention, Sentence

# The reason on a toll far larger than the figure its sentence gives first (`_wider_toll`).
WIDER_COUNT = "a toll over ten times the sentence's own figure"
_POSSESSIVE_HARM = re.compile(
    r"(?:his|her|their|its)\s+(?:own\s+)?(?:death|body|killing|murder)|(?:he|she|him)$", re.IGNORECASE
)
# a source of up to four words and its verb: "the police said", "the party claimed"
_SOURCE = r"(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
_SOURCE_VERBS = r"said|say|says|claimed|claim|claims|reported|put|puts|counted|estimated|confirmed|told\s+[\w-]+"
# a new clause giving a source and its figure: ", the police said only 9 ..."
_CLAIM_OPENS = re.compile(
    rf"[,;]\s*(?:but|while|whereas|and|however)?\s*{_SOURCE}(?:{_SOURCE_VERBS}|estimates)\s+"
    r"(?:that\s+)?"
    # a party's claim of its own kills: "; the group later claimed it had killed 15", "claimed to have killed"
    r"(?:(?:(?:it|they)\s+(?:had\s+|has\s+|have\s+)?|to\s+have\s+)(?:killed|shot\s+dead)\s+)?"
    r"(?:only|just|as\s+many\s+as|at\s+least|about|around|some)?\s*$",
    re.IGNORECASE,
)
_BODIES = re.compile(r"\s+(?:more\s+|other\s+)?(?:dead\s+)?bod(?:y|ies)\b", re.IGNORECASE)
# counts of the dead, never a victim group of their own: "two deaths", "three fatalities"
_DEATHS = re.compile(r"\s+(?:deaths|fatalities)\b", re.IGNORECASE)
_GENERIC_VICTIMS = frozenset({"", "people", "persons", "person", "dead", "others", "victims", "lives"})
# Another source's clause set against the first ("..., but the union claimed three of its members
# were killed and eight others hurt"): a contrast, a source and its verb, and no clause break after.
_CONTRARY_CLAIM = re.compile(
    rf"[,;]\s*(?:but|while|whereas|however)\s+{_SOURCE}(?:{_SOURCE_VERBS})\b[^,;]*$", re.IGNORECASE
)
# A side's own count of its dead, in a clause of its own after another's figure: "; the group said it
# lost two fighters", ", but the rebels admitted losing 5 men".
_OWN_LOSS = re.compile(
    rf"[,;]\s*(?:but|while|whereas|however)?\s*{_SOURCE}(?:said|says|claimed|admitted|acknowledged|conceded|"
    r"maintains|maintained|insists|insisted)\s+"
    r"(?:that\s+)?(?:it|they)?\s*(?:had\s+|has\s+|have\s+)?(?:only\s+|just\s+)?(?:lost|losing)\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
# A side's own count of its dead opening the sentence: "the army said it lost three men, ...".
_LOSS_BEFORE = re.compile(r"\b(?:lost|losing|lose|loses)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# deaths that add to an incident's toll: the wounded dying, more bodies found
_ADDED_DEAD = re.compile(
    r"\b(?:succumb\w*|later\s+died|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)|"
    r"died\s+in\s+(?:a\s+|the\s+)?hospital|more|another|(?:toll|number)\s+(?:of\s+(?:the\s+)?dead\s+)?"
    r"(?:from|in|of)\s+the\s+(?:attack|bombing|blast|explosion|shooting|massacre|raid|strike|clash(?:es)?|fire))\b",
    re.IGNORECASE,
)


OWN_DEAD = "the side's own dead"


def relate(
    context: Context, text: str, anchor: re.Match[str], category: str, group: Victims, earlier: list[Victims],
    before: list[CasualtyMention],
) -> Context:
    """The context of a figure once related to the figures before it in its sentence: `earlier` are
    the reported victim groups of its category, `before` the mentions of its category made so far."""
    if context.link == "new" and (_restates(group, earlier) or _elaborates(anchor, group, earlier)) \
            and not any(_REMAINS_LISTED.match(text[g.end:group.start]) for g in earlier):
        return replace(context, link="same", reason="restated in the sentence")
    if (context.link == "new" or (context.link == "more" and context.reason in ("others", "other"))) \
            and (rival := _rival_claim(text, group, earlier)):  # "..., but the party claimed ... ten others injured"
        return replace(context, link="alternative", reason=rival)
    if anchor.lastgroup == "a_killed4" and context.link == "new" and context.status == "reported" and not earlier:
        # "The Taliban lost six fighters in the clash": a side's own dead, added to its enemy's (not a
        # rival report of them)
        return replace(context, link="more", reason=OWN_DEAD)
    if context.link == "new" and category == "killed" and (link := _bodies_of(text, group, earlier)):
        return replace(context, link=link, reason="the bodies of the dead counted before")
    if anchor.lastgroup and anchor.lastgroup.startswith("t_") and context.status == "reported" \
            and context.link in ("total", "update") and _wider_toll(text, group, before):
        return replace(context, status="cumulative", reason=WIDER_COUNT)
    return context


# Remains of one kind listed before another's count: "six burned bodies and six skulls" are twelve dead.
_REMAINS_LISTED = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?{REMAINS}\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)


def _restates(group: Victims, earlier: list[Victims]) -> bool:
    """True when a figure repeats one given earlier in the sentence for another verb ("five people
    were killed when gunmen attacked, killing five"), or vaguely restates it ("many of them")."""
    if group.qualifier == "implicit":
        # "the militant was killed, his son died": each described person is a victim; but "his
        # body was found" or "his death" names someone already counted
        return bool(earlier) and _POSSESSIVE_HARM.match(group.noun or "") is not None
    exact = [g for g in earlier if g.qualifier != "vague"]
    return any(g.stated == group.stated for g in exact) or (group.qualifier == "vague" and bool(exact))


def _bodies_of(text: str, group: Victims, earlier: list[Victims]) -> str | None:
    """The link of a count of bodies to the dead counted before it in the sentence ("dozens were
    feared dead; rescuers recovered 18 bodies"): the bodies are those dead, so their count updates
    a vague or open figure it exceeds, and is part of any other; None for other victims."""
    bodies = _BODIES.match(text, group.end)
    if not earlier or not bodies or re.match(r"\s+of\b", text[bodies.end():]):
        return None  # "the bodies of three soldiers" may be other dead than those counted
    bounds = [g for g in earlier if g.qualifier != "vague"]
    if not bounds:
        return "update"
    if all(g.qualifier in ("at_least", "more_than") for g in bounds) and group.best > max(g.best for g in bounds):
        return "update"
    return "part"


def _rival_claim(text: str, group: Victims, earlier: list[Victims]) -> str | None:
    """The reason when a figure is a second source's for the same people: "residents said 20 people
    were killed, police said only 8 died" (not a second victim group: "..., police said 2 soldiers
    died"), or a side's own count of its dead set against its enemy's claim ("the army said it killed
    40 militants; the group said it lost two fighters"); None otherwise."""
    # (a large vague claim counts too: "claimed it had killed hundreds of army soldiers, but the army said only 14
    # of its soldiers had died")
    exact = [g for g in earlier if (g.qualifier != "vague" or g.best >= 10) and g.end <= group.start]
    if not exact:
        return None
    enemy = exact[-1]
    # the enemy's figure for the side, however many other groups follow it ("Some 50 insurgents and 7
    # soldiers were killed, the army said, while the rebels said they lost only 10 men")
    fighters = next((g for g in reversed(exact[-3:]) if victim_kind(g.noun) == "armed"), None)
    if fighters is not None and _OWN_LOSS.search(text, fighters.end, group.start):
        return OWN_LOSS
    contrary = _CONTRARY_CLAIM.search(text, enemy.end, group.start)
    if contrary and _LOSS_BEFORE.search(text, max(0, enemy.start - 24), enemy.start) \
            and not _LOSS_BEFORE.search(text, max(0, group.start - 24), group.start):
        # "the army said it lost three men, while the rebels said they had killed 40 soldiers": the
        # enemy's claim of the same dead, answering the side's own count
        return RIVAL_SOURCE
    if not contrary and not _CLAIM_OPENS.search(text, enemy.end, group.start):
        return None
    # Compared by head noun: "killed more than 40 Kenyan soldiers, while the military said nine
    # soldiers had died" names the same soldiers twice; set against "one person", "two of its
    # activists" are the same victims as another source sees them.
    nouns = {head_noun(g.noun or "") or "" for g in (enemy, group)}
    if len(nouns) == 1 or nouns <= _GENERIC_VICTIMS or _DEATHS.match(text, group.end) or not group.noun:
        # "...; police confirmed two deaths": a count of the same dead; "activists said 8 protesters were killed;
        # the government said 3 died": a bare count after another source's names no other victims
        return RIVAL_SOURCE
    # "..., but the army said 30 militants died": combatants are another group, not the same people
    same = bool(contrary and nouns & _GENERIC_VICTIMS
                and not any(victim_kind(g.noun) in ("security", "armed", "attackers") for g in (enemy, group)))
    return RIVAL_SOURCE if same else None


def _elaborates(anchor: re.Match[str], group: Victims, earlier: list[Victims]) -> bool:
    """True for a participle clause detailing a figure given before it in the sentence: "killed
    five villagers, stabbing one boy to death" (the boy is one of the five)."""
    exact = [g.best for g in earlier if g.qualifier != "vague"]
    if anchor.lastgroup == "a_killed4":
        return False  # "but the rebels admitted losing five men": a side's own dead, not a detail
    if (group.noun or "").lower() in ("himself", "herself", "themselves"):
        return False  # "killed three people before killing himself": the attacker, one more dead
    return anchor.group(0).lower().endswith("ing") and bool(exact) and group.best < max(exact)


def _wider_toll(text: str, group: Victims, before: list[CasualtyMention]) -> bool:
    """True for a toll far larger than the figure its sentence first gives as new ("at least 19 people
    died in new raids, taking the toll to 430"): the tally of many incidents, not a revision
    of this one's ("three died in hospital, taking the toll to 15"), nor a toll the new dead are added
    to ("two more bodies were found", "one died of his wounds, raising the toll from the bombing to 31")."""
    if any(m.link == "more" for m in before) or _ADDED_DEAD.search(text):
        return False
    own = [m.figure for m in before if m.status == "reported" and m.link == "new"
           and m.qualifier not in ("vague", "implicit")]
    return bool(own) and group.best > TOLL_REACH * max(own)


def parts_of_tallies(
    body: str, sentences: list[Sentence], mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """A part takes the cumulative status of the total it breaks down, the last figure of its category
    before it in its sentence ("the toll now stands at 389, including the 45 who died in the market bombing")
    or a later one that names it again ("The figure of 402 includes the 45 reported dead in the market bombing")."""
    out: list[CasualtyMention] = []
    total: dict[str, CasualtyMention] = {}
    for mention in mentions:
        whole = total.get(mention.category)
        if mention.link == "part" and mention.status == "reported" and whole is not None \
                and whole.status == "cumulative" and (
                    mention.sentence_index == whole.sentence_index or _names_total(body, sentences, mention, whole)):
            # ("two were stabbed, one of whom later died", told after a tally, is a part of the stabbed)
            mention = replace(mention, status=whole.status, reason=whole.reason)
        elif mention.link == "more" and mention.status == "reported" and whole is not None \
                and whole.status == "cumulative" and 0 <= mention.sentence_index - whole.sentence_index <= 1 \
                and _tally_tense(sentences, mention):
            # "More than 10 million have been displaced since the war began ... 2.1 million others had fled":
            # the others of a tally, told in the perfect, are the tally's (not "five more were killed on Monday")
            mention = replace(mention, status=whole.status, reason=whole.reason)
        if mention.link != "part":
            total[mention.category] = mention
        out.append(mention)
    return out


_TALLY_TENSE = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+){0,2}?(?:been\s+)?\w+(?:ed|en|fled|died)\b", re.IGNORECASE)
_NAMED_DAY = re.compile(rf"\b(?:{WEEKDAY}|yesterday|today|tonight|overnight|last\s+night)\b", re.IGNORECASE)


def _tally_tense(sentences: list[Sentence], mention: CasualtyMention) -> bool:
    """True when the mention's sentence tells it in the perfect and names no day."""
    sentence = next((s for s in sentences if s.index == mention.sentence_index), None)
    return sentence is not None and bool(_TALLY_TENSE.search(sentence.text)) and not _NAMED_DAY.search(sentence.text)


def _names_total(body: str, sentences: list[Sentence], part: CasualtyMention, whole: CasualtyMention) -> bool:
    """True when the part's sentence writes the total's figure before the part ("The figure of 402 includes")."""
    sentence = next((s for s in sentences if s.index == part.sentence_index), None)
    return sentence is not None and whole.text.strip() in body[sentence.start:part.char_start]


_OTHERS = frozenset({"others", "another"})


def _companion_restated(mentions: list[CasualtyMention], earlier: CasualtyMention, later: CasualtyMention) -> bool:
    """True when the sentences of two "another"s also tell one same figure of another harm ("killed a health
    worker and injured another ... killing one health worker and wounding another"): one story told twice, not
    a second wounded person in a round-up."""
    def figures(index: int) -> set[tuple[str, int]]:
        return {(m.category, m.count_best) for m in mentions if m.sentence_index == index
                and m.category != later.category and m.status == "reported"}
    return bool(figures(earlier.sentence_index) & figures(later.sentence_index))


def restated_others(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A later sentence's "N others" that repeats an earlier sentence's "N others" of the same harm is the same
    figure told again ("6 were killed and 19 others wounded ... Nineteen others were wounded in the
    crossfire, an official said"; "killed a health worker and injured another ... killing one health worker and wounding
    another"), not N more."""
    out: list[CasualtyMention] = []
    for mention in mentions:
        reason = (mention.reason or "").lower()
        if mention.link == "more" and reason in _OTHERS and any(
                m.category == mention.category and m.count_best == mention.count_best and m.link == "more"
                and (m.reason or "").lower() == reason and m.sentence_index < mention.sentence_index
                and (reason == "others" or _companion_restated(mentions, m, mention))
                for m in out):
            mention = replace(mention, link="same", reason="restated in a later sentence")
        out.append(mention)
    return out



def pronoun_restates(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A later "he was arrested" whose only antecedent arrest is one person's told as background ("protested
    against the arrest of the editor ... He was arrested in an old case") is that person again: background too,
    not an arrest of the incident. (Not for deaths: "protests over the death of a student ... He was shot dead
    by the police" is often the news itself.)"""
    out: list[CasualtyMention] = []
    for mention in mentions:
        if (mention.category == "arrested" and mention.status == "reported" and mention.qualifier == "implicit"
                and PERSON_PRONOUN.fullmatch(mention.text)):
            earlier = [m for m in out if m.category == mention.category]
            if earlier and all(m.status == "background" and m.count_best == 1 for m in earlier):
                mention = replace(mention, status="background", reason="the person told before")
        out.append(mention)
    return out


# A count told as known people: "the two men", "the 11 villagers" (not "the two other men", "the first two").
# ("Of the 16 people killed, 11 were civilians" opens a breakdown of the toll: the parts' links read it; "the bodies
# of the two men" do not)
_DEFINITE_COUNT = re.compile(r"(?<!(?-i:\bOf)\s)\b(?:the|those|these)\s+$", re.IGNORECASE)
_OTHER_PEOPLE = re.compile(r"\s+(?:other|others|remaining|more|additional|further|new)\b", re.IGNORECASE)
RESTATED = "the same people told again"


def definite_restates(body: str, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A later sentence's definite count of a harm that an earlier sentence gave the same figure ("Maoists killed
    two villagers ... The bodies of the two men were found on Monday") is those people again: `same`, not two more
    (nor, told on another day, another incident's). So is a side's own loss of as many people of the same kind
    ("killing at least 11 soldiers ... 'We lost 11 soldiers,' he said")."""
    out: list[CasualtyMention] = []
    for mention in mentions:
        own_loss = mention.reason == OWN_DEAD
        if (mention.status == "reported" and mention.link in ("new", "more") and mention.qualifier != "implicit"
                and (own_loss or _DEFINITE_COUNT.search(body, max(0, mention.char_start - 12), mention.char_start))
                and not _OTHER_PEOPLE.match(body, mention.char_end)
                and any(m.category == mention.category and m.count_best == mention.count_best
                        and m.status == "reported" and m.sentence_index < mention.sentence_index
                        and (not own_loss or (m.victim or "").lower() == (mention.victim or "").lower())
                        for m in out)):
            mention = replace(mention, link="same", reason=RESTATED)
        out.append(mention)
    return out


# Words that open a description of someone, not a name: "a man", "another policeman", "his brother".
_GENERIC_OPENING = re.compile(r"(?:a|an|another|one|his|her|their|its|the|this|that|two|three)\b", re.IGNORECASE)


def named_restates(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A person named again after an earlier mention of the same harm ("union leader Ravi Kumar, who was shot dead
    on Monday ... the murder of Ravi Kumar was preventable"; "shot dead journalist Ali Khan ... Ali Khan
    was killed as he left his office") is that person: the earlier mention's status when it was not the news (the
    protest's occasion stays background), else `same`."""
    out: list[CasualtyMention] = []
    for mention in mentions:
        name = " ".join((mention.victim or "").lower().split())
        if (mention.qualifier == "implicit" and mention.status == "reported" and mention.link in ("new", "more")
                and len(name.split()) >= 2 and not _GENERIC_OPENING.match(name)):
            earlier = next((m for m in out if m.category == mention.category and m.qualifier == "implicit"
                            and m.sentence_index < mention.sentence_index
                            and " ".join((m.victim or "").lower().split()).endswith(name)), None)
            if earlier is not None and earlier.status != "reported":
                mention = replace(mention, status=earlier.status, reason="the person told before")
            elif earlier is not None:
                mention = replace(mention, link="same", reason=RESTATED)
        out.append(mention)
    return out


GROUP_OF_TOLL = "a toll of one group of the dead"


def group_tolls(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """A toll of one kind of victim ("the number of soldiers killed was 11") after a first figure told of people at
    large and larger ("killing at least 30 people") counts some of them: a `part`, not the toll's update."""
    out: list[CasualtyMention] = []
    first: dict[str, list[CasualtyMention]] = {}  # category -> the mentions of its first figure's sentence
    for mention in mentions:
        lead = first.get(mention.category)
        if (lead and mention.status == "reported" and mention.link in ("update", "total") and mention.victim
                and mention.sentence_index > lead[0].sentence_index and victim_kind(mention.victim) != "other"
                and all(victim_kind(m.victim) == "other" for m in lead)
                and mention.figure < sum(m.figure for m in lead)):
            mention = replace(mention, link="part", reason=GROUP_OF_TOLL)
        if mention.status == "reported" and mention.link in ("new", "more"):
            if mention.category not in first:
                first[mention.category] = [mention]
            elif first[mention.category][0].sentence_index == mention.sentence_index:
                first[mention.category].append(mention)
        out.append(mention)
    return out

