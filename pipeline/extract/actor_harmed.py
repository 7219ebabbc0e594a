"""The person an attack was done to when the text gives no casualty figure for it.

"police beat a man", "villagers thrashed a suspected burglar", "gunmen shot at a
passer-by", "assaulted a correspondent": ACLED names such a victim `Civilians (X)`, and the summary
does too; this module finds the words ("a man", "a suspected burglar") so the summary's actor has a
mention. Killings and injuries with a figure are the casualty readers' (`casualty_*.py`); this
reads only the verbs of harm that leave no figure, and only people named by a noun of a person,
never a place, a building or a name.
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_nouns import PERSON_NOUNS
from pipeline.extract.types import Sentence

_I = re.IGNORECASE
# Verbs of harm done to a person, in the active ("police beat a man") or the passive ("was beaten up").
_HARM = re.compile(
    r"\b(?:beat(?:en)?(?:\s+up)?|assault(?:ed|s)?|attack(?:ed|s)?|rap(?:ed|es)|stabb(?:ed)|tortur(?:ed|es)|"
    r"thrash(?:ed|es)|lynch(?:ed|es)|hack(?:ed|s)|abduct(?:ed|s)|kidnap(?:ped|s)|harass(?:ed|es)|"
    r"threaten(?:ed|s)|rob(?:bed|s)|shot\s+at|shot|opened\s+fire\s+(?:on|at)|fired\s+(?:on|at))\b", _I)
# "was beaten", "were brutally assaulted", "was tied up and beaten": the passive, whose subject is the victim
_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+\s+(?:up\s+)?and\s+(?:[a-z]+ly\s+)?)?$",
                      _I)
_PERSONS = PERSON_NOUNS | frozenset(
    """thief burglar pickpocket suspect correspondent reporter contractor businessman businesswoman pastor monitor
    migrant refugee prisoner detainee inmate developer cameraman photographer""".split())
_PLURAL_PERSONS = frozenset({"men", "women", "children", "people", "persons", "youths", "supporters", "monitors",
                             "workers", "students", "villagers", "residents", "journalists", "farmers", "traders"})
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*|[0-9]+|[,;:()]")
_OPENERS = frozenset("a an the his her their two three four five six seven eight nine ten some several".split())
_REACH = 5  # words from the verb to the person it was done to ("opened fire on [a parked] car")


def harmed_person(sentence: Sentence) -> tuple[int, int] | None:
    """(start, end) in the sentence of the first person harmed with no figure, if any."""
    text = sentence.text
    for verb in _HARM.finditer(text):
        passive = _PASSIVE.search(text, 0, verb.start())
        found = _last_person(text, 0, passive.start()) if passive else _first_person(text, verb.end())
        if found is not None:
            return found
    return None


def _is_person(word: str) -> bool:
    """True for a lower-case noun of a person or of people."""
    return word.islower() and (word in _PERSONS or word in _PLURAL_PERSONS or
                               (word.endswith("s") and word[:-1] in _PERSONS))


def _first_person(text: str, start: int) -> tuple[int, int] | None:
    """The person phrase within a few words after a verb: "a man", "two children", "a female nurse"."""
    tokens = [m for m in _WORD.finditer(text, start)][:_REACH]
    for k, token in enumerate(tokens):
        if token.group(0) in ",;:()":
            return None
        if _is_person(token.group(0)):
            return _phrase(tokens, k)
    return None


def _last_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person phrase ending the subject before a passive: "a suspected burglar" of "On 3 June, a suspected
    burglar was thrashed"."""
    tokens = list(_WORD.finditer(text, start, end))
    if tokens and _is_person(tokens[-1].group(0)):
        return _phrase(tokens, len(tokens) - 1)
    return None


def _phrase(tokens: list[re.Match[str]], head: int) -> tuple[int, int]:
    """From the opener before the head noun ("a", "two", "the"), across at most three modifiers, to the head."""
    first = head
    for k in range(head - 1, max(-1, head - 4), -1):
        word = tokens[k].group(0)
        if word in ",;:()" or (not word.islower() and not word.isdigit() and word.lower() not in _OPENERS):
            break  # (a name or a capitalised word before the phrase; "A shopkeeper" opens a sentence)
        first = k
        if word.lower() in _OPENERS or word.isdigit():
            break
    if tokens[first].group(0).lower() not in _OPENERS and not tokens[first].group(0).isdigit():
        first = head  # no opener: the noun alone ("police beat protesting students" gives "students")
    return tokens[first].start(), tokens[head].end()
