"""Casualty mentions: every reported count of people killed, injured, missing, kidnapped,
arrested or displaced, with the words it came from.

How a mention is found: a harm word ("killed", "wounding", "death toll", "fatalities") is
an anchor (word lists in `casualty_lexicon.py`); its victims are read from the phrase it
governs (`casualty_victims.py`), forwards for an active verb ("gunmen killed [a man and his
two sons]") and backwards for a passive one ("[three soldiers and two civilians] were
killed"). The phrase is split into coordinated groups, asides ("including two children",
parentheses) are dropped so parts are not counted twice, and each group gives one mention
(`casualty_phrases.py`): its number (see `numbers.py` for qualifiers and vague words), or 1
for a singular noun phrase ("a soldier", "the victim", a name) or a singular passive ("was
shot dead"). Numbers that measure something else ("15 tonnes", "83 cows", years, dates,
ages) are not victims, nor are participles used as adjectives ("eight displaced Syrians"):
see `casualty_filters.py`.

Each mention then gets its context from `casualty_context.py`: a status (reported,
cumulative, background, threat, hypothetical, negated, denied), who claims it, and its link
to the article's other figures (new, part, more, update, total, same, alternative), which
`casualty_relations.py` then refines against the figures before it in its sentence (a
restatement, another source's figure, bodies of the dead counted before, a wider toll).
`incident_counts` and `incident_figures` (in `casualty_counts.py`, re-exported here) turn the
mentions into the incident's killed and injured (conservative and highest report);
`harm_figures` gives its missing, kidnapped, arrested and displaced by the same rules.

Speed: a sentence is read only if it contains one of the harm stems (plain substring
search); the long anchor pattern runs only around those stems, and numbers are parsed only
near anchors, so most of an article costs a few `str.find` calls.

Span: for a number, `text` is the number with its qualifier ("more than 70"); for an
implicit count, the noun phrase ("a soldier").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.casualty_civilians import victim_kind
from pipeline.extract.casualty_claimants import named_claimants
from pipeline.extract.casualty_context import Context, describe, negated_mentions, sentence_text
from pipeline.extract.casualty_counts import harm_figures, incident_counts, incident_figures
from pipeline.extract.casualty_elided import elided_toll
from pipeline.extract.casualty_filters import attributive, may_count_people
from pipeline.extract.casualty_headline import headline_restated
from pipeline.extract.casualty_known_events import earlier_week_figures, known_event_tolls
from pipeline.extract.casualty_lexicon import (
    ANCHOR,
    ANCHOR_LOWER,
    ASIDE,
    DISPLACED_PEOPLE,
    TRIGGER,
    TRIGGER_BACK,
    kind,
)
from pipeline.extract.casualty_persons import head_noun
from pipeline.extract.casualty_phrases import Numbers, Victims
from pipeline.extract.casualty_reactions import diplomatic_occasions
from pipeline.extract.casualty_relations import (
    definite_restates,
    group_tolls,
    named_restates,
    parts_of_tallies,
    pronoun_restates,
    relate,
    restated_others,
)
from pipeline.extract.casualty_revisions import revised_figures
from pipeline.extract.casualty_rumours import rumoured_figures
from pipeline.extract.casualty_shared import (
    drop_former_wounded,
    drop_possessive_repeat,
    share_coordinated,
    split_active_passive,
    split_respectively,
)
from pipeline.extract.casualty_shootings import lone_shooting
from pipeline.extract.casualty_statistics import statistics_tallies
from pipeline.extract.casualty_victims import victims_of
from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.numbers import find_quantities
from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import ActorMention, CasualtyMention, Sentence

__all__ = ["extract_casualties", "harm_figures", "incident_counts", "incident_figures"]

_REACH = 240  # characters around a harm word where its victims (and their numbers) are looked for
_EACH_SIDE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+on\s+(?:each|either)\s+side\b", re.IGNORECASE)
_CROWD = 20  # fewer people fleeing, with no noun saying who ("two fled"), may be anyone
_COUNT_NOUNS = frozenset({"arrests", "abductions"})  # harm nouns that a number counts ("20 arrests")
# a recent period that may date an opening sentence's news: "earlier this month", "two weeks ago"
_RECENT_PERIOD = re.compile(
    r"(?:(?:earlier|early|late)\s+)?(?:this|last)\s+month|(?:a|one|two|three|four|five|six|several|\d+)\s+weeks?\s+ago",
    re.IGNORECASE)
# A day named as the time of a harm: a weekday, "yesterday", "today", "last night".
_NAMED_DAY = re.compile(rf"\b(?:{WEEKDAY}|yesterday|today|last\s+night|this\s+morning)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:when|where|after|before|since|while|who|which|that|as)\b|,", re.IGNORECASE)
# an unpunctuated relative clause naming a harm: "a guard who was wounded (in the attack) died", "two
# children who could not flee were burnt alive"
_RELATIVE_HARM = re.compile(
    r"(?<![,\s])\s+(?:who|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been|could\s+not|couldn[’']t|"
    r"went|had\s+gone|has\s+gone|have\s+gone|"
    r"(?:was|were)\s+unable\s+to|failed\s+to|(?:had\s+)?tried\s+to)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# "missing" right after a plural noun ("two journalists missing since last week"), not a verb ending in -s
# ("was missing", "remains missing"): the people's state, told of people then found dead.
_NOUN_BEFORE = re.compile(
    r"\b(?!(?:was|is|has|as|always|reported|declared|remains|listed)\s)[a-z]+s\s+$", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# a death verb offered as one of two harms: "were killed or injured", "dead or wounded"
_OR_WOUNDED = re.compile(r"\s+or\s+(?:injured|wounded|hurt|maimed)\b", re.IGNORECASE)
# Military euphemisms for killing ("30 terrorists were neutralised", "eliminated three militants", "five attackers
# were liquidated") kill only fighters: "the team was eliminated", "neutralised the threat" harm no one.
_EUPHEMISM = re.compile(r"neutrali|eliminat|liquidat", re.IGNORECASE)
_FIGHTER_KINDS = frozenset({"armed", "attackers", "security"})
_OUTLAWS = frozenset({"bandits", "bandit", "criminals", "criminal", "kidnappers", "robbers", "gangsters", "suspects"})
# Who "picks up" people to arrest them: "Police picked up 17 youths".
_STATE_FORCE = re.compile(r"\b(?:police|policemen|cops|army|troops|soldiers|security\s+forces|forces|officials|"
                          r"authorities|agencies|rangers|paramilitar\w*|crpf|bsf|nia|cid)\b", re.IGNORECASE)
# a group named by another harm's word is that harm's victims, not this one's
_OTHER_HARM = {"injured": frozenset({"dead", "killed", "bodies", "corpses"}),
               "killed": frozenset({"injured", "wounded", "hurt"})}
_THE_HARMED = re.compile(r"(?:the|those)\s+(?:injured|wounded|hurt|dead|victims)", re.IGNORECASE)
# "the bodies of five miners were brought to hospital": the dead, not wounded
_BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+|all\s+)?$", re.IGNORECASE)


def extract_casualties(
    body: str, sentences: list[Sentence], actors: list[ActorMention] | None = None
) -> list[CasualtyMention]:
    """Every count of people harmed in `body`, in text order."""
    mentions: list[CasualtyMention] = []
    for sentence in sentences:
        sentence = _without_scare_quotes(sentence)
        lowered = sentence.text.lower()
        windows = _trigger_windows(lowered)
        if not windows:
            continue  # cheap prefilter: most sentences name no harm at all
        own_actors = [a for a in actors or () if sentence.start <= a.char_start < sentence.end]
        mentions.extend(_sentence_mentions(body, sentence, own_actors, lowered, windows))
    mentions = pronoun_restates(restated_others(parts_of_tallies(body, sentences,
                                                                diplomatic_occasions(sentences, mentions))))
    mentions = group_tolls(named_restates(definite_restates(body, mentions)))
    mentions = statistics_tallies(body, sentences, headline_restated(body, sentences, mentions))
    mentions = revised_figures(body, sentences, earlier_week_figures(sentences, known_event_tolls(sentences, mentions)))
    mentions = rumoured_figures(body, sentences, mentions)
    mentions += elided_toll(body, sentences, mentions)
    mentions += lone_shooting(body, sentences, mentions)
    mentions = named_claimants(mentions, actors or [])
    story = story_sentences(sentences)
    return _opening_news(body, story[0], mentions, sentences) if story else mentions


# A word set in quotes of its own: 'troops had "neutralised" 23 terrorists', "'eliminated' 12 militants"; or a
# short phrase in double quotes, a side's own words for its victims: 'had killed "dozens of terrorists"'.
_SCARE_QUOTED = re.compile(
    r"(?<!\w)[\"“‘']([A-Za-z][A-Za-z-]*)[\"”’'](?!\w)|(?<!\w)[\"“]([A-Za-z0-9][\w-]*(?: [\w-]+){1,3})[\"”](?!\w)")


def _without_scare_quotes(sentence: Sentence) -> Sentence:
    """The sentence with the quotes around single words and short phrases blanked (offsets kept), so that a
    quoted verb ("neutralised") reads as the verb and a quoted object ("dozens of terrorists") as the object."""
    if not any(q in sentence.text for q in "\"“'‘"):
        return sentence
    text = _SCARE_QUOTED.sub(lambda quoted: f" {quoted.group(1) or quoted.group(2)} ", sentence.text)
    return sentence if text == sentence.text else replace(sentence, text=text)


def _sentence_mentions(
    body: str, sentence: Sentence, actors: list[ActorMention], lowered: str, windows: list[tuple[int, int]]
) -> list[CasualtyMention]:
    """The casualty mentions of one sentence (`lowered` is its lower-cased text)."""
    text = sentence.text
    same_length = len(lowered) == len(text)  # lower() keeps offsets for all but a few characters
    scan, pattern = (lowered, ANCHOR_LOWER) if same_length else (text, ANCHOR)
    brackets = [m.span() for m in _BRACKETS.finditer(text)]
    # anchors inside brackets are editorial asides ("[slain]", "(beheaded)"), not new figures
    anchors = [a for start, end in windows for a in pattern.finditer(scan, start, end)
               if not attributive(text, a) and not any(s <= a.start() < e for s, e in brackets)]
    numbers = Numbers([q for start, end in _windows(anchors, len(text))
                       for q in find_quantities(scan, start, end, lowered=same_length)
                       if may_count_people(text, q)])
    reading, anchors = _drop_history(text, anchors)
    floors = _floors(text, anchors)
    victims = [victims_of(reading, anchors, i, numbers, floors) for i in range(len(anchors))]
    share_coordinated(reading, anchors, victims)
    split_respectively(reading, anchors, victims)
    split_active_passive(reading, anchors, victims)
    drop_former_wounded(reading, anchors, victims)
    drop_possessive_repeat(reading, anchors, victims)
    prepared = sentence_text(text, sentence.start)
    found: list[CasualtyMention] = []
    taken: set[tuple[str, int]] = set()
    reported: dict[str, list[Victims]] = {}
    for anchor, groups in zip(anchors, victims, strict=True):
        voice, category = kind(anchor)
        if category == "killed" and _OR_WOUNDED.match(text, anchor.end()):
            # "12 people were killed or injured": casualties of an unknown split, no known dead (ACLED);
            # read as the active "killed or injured 12 people" is, a figure of the harmed
            category = "injured"
        earlier = list(reported.get(category, ()))
        for group in groups:
            if (category, group.start) in taken:
                continue  # one number, one mention per category ("killed and beheaded 3")
            if (group.noun or "").lower() in _OTHER_HARM.get(category, ()) or (
                    category == "injured" and _BODIES_OF.search(text, max(0, group.start - 24), group.start)):
                continue  # "left 12 dead and 30 others hurt": the dead are no wounded
            if group.qualifier == "implicit" and (category == "displaced" or anchor.group(0).lower() in _COUNT_NOUNS):
                continue  # displacement is counted in numbers, and "preventive arrests" names no one
            if group.qualifier == "implicit" and _THE_HARMED.fullmatch(text, group.start, group.end):
                continue  # "the injured were rushed to hospital": the wounded told before, no count of them
            if _EUPHEMISM.match(anchor.group(0)) and not _fighters(group.noun):
                continue  # "the team was eliminated": only fighters are "neutralised" or "eliminated"
            if anchor.group(0).lower().startswith("pick") and not _STATE_FORCE.search(text, 0, anchor.start()):
                continue  # "picked up" arrests when state forces do it, not "friends picked up three men"
            if anchor.lastgroup == "p_displaced2" and not _population(group):
                continue  # "the gunmen fled": attackers escaping are no displacement
            taken.add((category, group.start))
            context = describe(prepared, anchor, group.start, group.end, actors, voice)
            context = relate(context, text, anchor, category, group, earlier,
                             [m for m in found if m.category == category])
            if context.status == "reported" and group.qualifier == "vague" and _in_tally(found, category, sentence,
                                                                                         group.start):
                # "the tally went up to 300 as many more corpses were pulled out": the tally's own, no new dead
                context = replace(context, status="cumulative", reason="a vague part of the tally before it")
            if context.status == "reported":
                reported.setdefault(category, []).append(group)
            sides = _per_side(text, anchor, group)
            if sides is not group and context.reason is None:
                context = replace(context, reason="on each side")  # the count is twice the number read
            found.append(_mention(body, sentence, category, sides, context))
    found.extend(negated_mentions(body, sentence))
    return _shared_tally(body, found)


def _in_tally(found: list[CasualtyMention], category: str, sentence: Sentence, start: int) -> bool:
    """True when a cumulative figure of the category comes before `start` in the sentence's clause."""
    return any(m.category == category and m.status == "cumulative" and m.char_end - sentence.start <= start
               and ";" not in sentence.text[m.char_end - sentence.start:start] for m in found)


# A verb coordinated with a running tally's shares its subject and its span: "The conflict has killed
# more than 18,800 people and displaced over 10 million".
_COORDINATED_HARM = re.compile(
    r"[^.;:]{0,40}?\band\s+(?:has\s+|have\s+)?(?:displaced|uprooted|forced|killed|wounded|injured|left|claimed)\b"
    r"[^.;:]{0,20}$", re.IGNORECASE)


def _shared_tally(body: str, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Mentions whose verb is coordinated with a cumulative one take its status, before it ("has killed
    more than 18,800 people and displaced over 10 million") or after it ("which has killed thousands and
    displaced more than 400,000 people since 2012")."""
    for i in range(1, len(found)):
        before, mention = found[i - 1], found[i]
        if (before.status == "cumulative" and mention.status == "reported" and before.char_end <= mention.char_start
                and _COORDINATED_HARM.match(body, before.char_end, mention.char_start)):
            found[i] = replace(mention, status="cumulative", reason=before.reason)
    for i in range(len(found) - 2, -1, -1):
        mention, after = found[i], found[i + 1]
        if (after.status == "cumulative" and mention.status == "reported" and mention.char_end <= after.char_start
                and _COORDINATED_HARM.match(body, mention.char_end, after.char_start)):
            found[i] = replace(mention, status="cumulative", reason=after.reason)
    return found


def _fighters(noun: str | None) -> bool:
    """True when a victim phrase's head names fighters or outlaws ("suspected militants", "bandits")."""
    head = (head_noun(noun or "") or "").lower()
    return victim_kind(head) in _FIGHTER_KINDS or head in _OUTLAWS


def _per_side(text: str, anchor: re.Match[str], group: Victims) -> Victims:
    """The group twice over for a figure given per side ("four dead on each side": 8)."""
    after = max(group.end, anchor.end())
    side = _EACH_SIDE.match(text, after)
    if side is None or group.qualifier == "implicit":
        return group
    return replace(group, low=2 * group.low, best=2 * group.best, high=None if group.high is None else 2 * group.high,
                   stated=2 * group.stated)


def _population(group: Victims) -> bool:
    """True for a group whose flight is displacement: a population ("3,000 residents", "thousands"),
    not a few named people ("two suspects", "the gunmen")."""
    head = head_noun(group.noun) if group.noun else None
    return head in DISPLACED_PEOPLE if head else group.best >= _CROWD


def _opening_news(
    body: str, opening: Sentence, found: list[CasualtyMention], sentences: list[Sentence]
) -> list[CasualtyMention]:
    """The article's opening sentence is its news, even a few days old: "Clashes earlier this
    month killed nine people, officials said on Thursday" reports the nine, when the period dates
    the main clause before its figure (not "a commander who led the unit when five died in
    clashes earlier this month has been shot dead": the five are background). The period may also
    follow the figure in its clause: "Troops killed two militants late last month in X"."""
    # "The bodies of seven men abducted last month were discovered": the sentence's news is another harm, and
    # the period dates the one told of its victims
    other_news = {m.category for m in found if m.sentence_index == opening.index and m.status == "reported"}
    # "Last month, militants killed seven soldiers ... On Wednesday, troops killed three militants": a harm of
    # a named day told later is the news, and the opening's month its background
    dated_later: set[str] = set()
    if any(m.sentence_index == opening.index and m.status == "background" for m in found):
        text_of = {sentence.index: sentence.text for sentence in sentences}
        dated_later = {m.category for m in found if m.sentence_index > opening.index and m.status == "reported"
                       and _NAMED_DAY.search(text_of.get(m.sentence_index, ""))}

    def news(m: CasualtyMention) -> bool:
        if (m.sentence_index != opening.index or m.status != "background"
                or not _RECENT_PERIOD.fullmatch(m.reason or "") or other_news - {m.category}
                or m.category in dated_later):
            return False
        before = body[opening.start:m.char_start]
        period = _RECENT_PERIOD.search(before)
        if period is not None:
            return not _SUBORDINATE.search(before, 0, period.start())
        after = body[m.char_end:opening.end]
        period = _RECENT_PERIOD.search(after)
        return period is not None and not _SUBORDINATE.search(before) and not _SUBORDINATE.search(
            after, 0, period.start())

    return [replace(m, status="reported", reason=None) if news(m) else m for m in found]


def _drop_history(text: str, anchors: list[re.Match[str]]) -> tuple[str, list[re.Match[str]]]:
    """(text to read victims in, anchors): "an official who was injured in the attack died" reports
    one death; the relative clause's harm is the victim's history, not a second figure, so its
    anchor is dropped and the clause blanked for reading the subject of "died"."""
    reading, kept = text, []
    for i, anchor in enumerate(anchors):
        relative = _RELATIVE_HARM.search(text, max(0, anchor.start() - 40), anchor.start())
        start = relative.start() if relative else None
        if start is None and kind(anchor)[1] == "missing" and _NOUN_BEFORE.search(text, 0, anchor.start()):
            start = anchor.start()  # "two journalists missing since last week were found dead": the dead
        after = anchors[i + 1] if i + 1 < len(anchors) else None
        if (start is not None and after is not None and kind(after)[1] == "killed" and kind(anchor)[1] != "killed"
                and not re.search(r"[,.;]", text[start:after.start()])):
            reading = reading[:start] + " " * (after.start() - start) + reading[after.start():]
            continue
        kept.append(anchor)
    return reading, kept


def _trigger_windows(text: str) -> list[tuple[int, int]]:
    """Stretches around trigger words where harm expressions can be: the anchor pattern is long,
    so it runs only there (a speed measure; every anchor contains a trigger word)."""
    hits = [match.start() for match in TRIGGER.finditer(text)]
    windows: list[tuple[int, int]] = []
    for hit in hits:
        start = text.rfind(" ", 0, max(0, hit - TRIGGER_BACK)) + 1
        end = min(len(text), hit + 60)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _floors(text: str, anchors: list[re.Match[str]]) -> list[int]:
    """Where each anchor's victim phrase may start: after the previous harm word, unless that one
    sits in an aside ("a helper, who suffered burn injuries, died")."""
    asides = [m.span() for m in ASIDE.finditer(text)]
    floors, floor = [], 0
    for anchor in anchors:
        floors.append(floor)
        if not any(start <= anchor.start() < end for start, end in asides):
            floor = anchor.end()
    return floors


def _windows(anchors: list[re.Match[str]], length: int) -> list[tuple[int, int]]:
    """Stretches around the harm words where their victims can be: numbers elsewhere are not read."""
    windows: list[tuple[int, int]] = []
    for anchor in anchors:
        start, end = max(0, anchor.start() - _REACH), min(length, anchor.end() + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "those", "these", "them", "its", "their"})


def _victim_words(noun: str | None) -> str | None:
    """The victim words of a mention, or None when they name no one ("Six of [the] dead")."""
    if noun is None or all(word in _FUNCTION_WORDS for word in noun.lower().split()):
        return None
    return " ".join(noun.split())  # (a scare quote blanked inside the words leaves two spaces)


_CLOSING_QUOTES = "'’\"”"
_OPENING_QUOTES = "'‘\"“"


def _mention(
    body: str, sentence: Sentence, category: str, victims: Victims, context: Context
) -> CasualtyMention:
    """The CasualtyMention of one victim group, with offsets into the body."""
    start, end = sentence.start + victims.start, sentence.start + victims.end
    if end < len(body) and body[end] in _CLOSING_QUOTES and body[start:end].count(_OPENING_QUOTES[
            _CLOSING_QUOTES.index(body[end])]) % 2 == 1:
        end += 1  # "an 'infiltrator'": the quote read past closes one the mention opens
    return CasualtyMention(
        start, end, body[start:end], category, victims.low, victims.best, victims.high,
        status=context.status, claimed_by=context.claimed_by, sentence_index=sentence.index,
        qualifier=victims.qualifier, victim=_victim_words(victims.noun), reason=context.reason, link=context.link,
        stated=victims.stated,
    )
