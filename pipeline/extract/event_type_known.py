"""Cues that name no event of the text's own: events the reader already knows, and words said in a legislature.

A cue word of violence may name an earlier event the text refers to rather than one it reports: by the year it
happened in ("the 2019 attacks", "last year's riots"), by a name the reader knows ("the Gujarat riots", "the train
attack"), as the crime a case is about ("the alleged mastermind of the hotel attack", "the kidnapping case",
"arrested in connection with the bombings"), or riots as a topic ("industries closed due to communal violence").
And a sentence set inside a legislature by what its members do there (a walkout, a boycott, a dharna in the well)
tells of no demonstration and no violence, whatever is shouted there. `event_types` drops such cues.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.event_type_cues import word_set
from pipeline.extract.numbers import NUMBER_PATTERN

_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_DETERMINERS = word_set("the its their his her")
# Nouns of violence that a name makes an event the reader knows: "the Godhra train attack".
_KNOWN_EVENTS = word_set("attack massacre carnage killings")
# A legislature as the place of a sentence: "from the state assembly", "into the well", "proceedings of the house" ...
_HOUSE_PLACE = re.compile(
    r"\b(?:in|inside|from|into|proceedings\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:assembly|house|parliament|"
    r"lok\s+sabha|rajya\s+sabha|legislature|legislative\s+council|well)\b", re.IGNORECASE)
# ... with what members do there ("walked out en bloc", "boycotted the proceedings", "trooped into the well"), not
# a crowd's protest about what is voted there ("protested in the city against a bill being voted in parliament")
_HOUSE_ACTS = re.compile(
    r"\b(?:walk(?:ed|s|ing)?[\s-]*outs?|walkouts?|boycott\w*|trooped|(?:into|in|stormed)\s+the\s+well|adjourn\w*|"
    r"question[\s-]+hour|zero\s+hour|treasury\s+benches|proceedings\s+of)\b", re.IGNORECASE)
# Crimes a case is about, and the words of a case naming one as known: "accused in the train massacre", "the probe
# into the attack", "prime suspect in the centre attack and abduction of", "who masterminded the abduction", "to
# question him in connection with the abduction".
_CRIMES = _KNOWN_EVENTS | word_set("abduction kidnapping bombing bombings blast blasts murder murders lynching "
                                   "assassination")
_CHARGED_IN_KNOWN = re.compile(
    r"\b(?:accused|convicted|acquitted|arrested|booked|chargesheeted|charged|trial|probe|inquiry|investigation|"
    r"case|cases|verdict|mastermind|masterminds|suspect|suspects|planner|planners|plotter|plotters)\s+"
    r"(?:in|of|into|for|over|behind)(?:\s+the)?(?:\s+[\w-]+){0,3}?(?:\s+and(?:\s+the)?)?$|"
    # with the accused between: "charged three men with murder", "convicted two brothers of the killing"
    r"\b(?:accused|convicted|acquitted|booked|charged|chargesheeted|sentenced|indicted)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:of|for|with)(?:\s+the)?(?:\s+[\w-]+){0,2}?$|"
    r"\b(?:masterminded|connection\s+with)\s+the(?:\s+[\w-]+){0,3}?$")
# Verbs of riots happening: "riots broke out", "sparked riots", "riots left five dead".
_HAPPENED = word_set(
    """broke erupted spread spreading raged raging rocked continued continue continues continuing left leaving
    killed killing claimed claiming injured wounded sparked triggered erupt followed flared hit gripped escalated""")
_VIOLENCE_KINDS = word_set("communal sectarian ethnic")
# A count of victims after such a noun: "condemning the massacre of 9 farmers".
_COUNTED = re.compile(rf"of\s+(?:{NUMBER_PATTERN})")


def named_as_known(words: list[str], start: int) -> bool:
    """True for a cue naming an earlier event the text refers to, not one it reports: by the year it
    happened in ("sentenced five men for the 2021 lynching", "the 2019 attacks", "last year's riots", "the
    demolition of the mosque in 1992"), as known to the reader ("the Gujarat riots", "the Godhra train
    attack"), as the crime a case is about ("the kidnapping case"), or riots and communal violence as a topic
    ("industries closed due to communal violence")."""
    before = words[max(0, start - 3):start]
    if len(before) >= 2 and _YEAR.fullmatch(before[-1]) and before[-2] in _YEAR_DETERMINERS:
        return True
    if before[-2:] == ["year", "s"] and len(before) == 3 and before[0] == "last":
        return True
    after = words[start + 1:start + 7]
    if any(word == "in" and _YEAR.fullmatch(year) for word, year in pairwise(after)):
        return True  # "after the assassination of the prime minister in 1991"
    topic = words[start] == "riots" or (words[start] in _VIOLENCE_KINDS and words[start + 1:start + 2] == ["violence"])
    if topic and ("the" in before or not _HAPPENED.intersection(words[max(0, start - 3):start + 12])):
        # "the Gujarat riots", "handling of the communal riots": riots the reader knows of; "riots are a
        # recurring worry", "closed due to communal violence": riots as a topic, with no verb of them breaking
        # out or harming
        return True
    if words[start] in _CRIMES and (_CHARGED_IN_KNOWN.search(" ".join(words[max(0, start - 7):start]))
                                    or words[start + 1:start + 2] in (["case"], ["cases"])):
        # "invoking the act against every accused in the bus massacre", "the alleged mastermind in the attack
        # on the centre", "who masterminded the abduction of", "the kidnapping case": a case's crime, known
        return True
    # "the Godhra train attack", "the massacre of pilgrims at X", "since the assault on the convoy":
    # an event named, known to the reader (not "the attack was not claimed" or "during the arson attack", the
    # news's own, nor "the massacre of 9 farmers", counted as news is)
    return words[start] in _KNOWN_EVENTS and "the" in before and (
        before[0] == "the" or words[start + 1:start + 2] in (["on"], ["of"], ["at"], ["in"])) \
        and not _COUNTED.fullmatch(" ".join(words[start + 1:start + 3])) and not _claimed(words, start)


def _claimed(words: list[str], start: int) -> bool:
    """True for the event a claim of responsibility owns: "JNIM claimed the attack on the army post", "claimed
    responsibility for the massacre at the ford" (the news's own event, which the claim is news of)."""
    before = words[max(0, start - 4):start]
    return before[-2:-1] in (["claimed"], ["claims"], ["claiming"]) or before[-3:-1] == ["responsibility", "for"]


def in_the_house(text: str) -> bool:
    """True for a sentence set inside a legislature by what its members do there ("opposition MLAs staged a
    walkout from the house", "members rushed into the well and raised slogans"): ACLED
    codes no demonstration there (but "protesters marched to the assembly" and "demonstrated outside parliament"
    are)."""
    return _HOUSE_PLACE.search(text) is not None and _HOUSE_ACTS.search(text) is not None
