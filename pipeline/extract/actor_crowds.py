"""The mention of a crowd, protesters, rioters or a lynch mob, at the words its sentence gives it.

A mention of people before a protest or riot word takes the crowd's name; else the people word
nearest before it ("taxi drivers"), the people doing it ("rioting inmates"), or the people it leads
to ("a protest by teachers", "beaten to death by residents"). Every such word of a sentence is tried
before the next sentence; then, for a crowd named without its people, the word of its act stands for
it ("protests were held", "the Sindh Teachers Alliance protested"). The month March and a force's
flag march are no crowd's act.
"""

from __future__ import annotations

import re

from pipeline.extract.actor_words import PEOPLE, SIDE_WORDS, Make, found_in, of_a_kind, people_words
from pipeline.extract.types import ActorMention, Sentence

_I = re.IGNORECASE
# The summary families read as crowds (a lynch mob that ACLED named a vigilante group before 2019 is a crowd).
CROWD_FAMILIES = frozenset({"protesters", "rioters", "vigilante"})
_CROWD_EVENT = {
    "protesters": re.compile(r"\b(?:protest|demonstrat|rall(?:y|ied|ies)|march|strike|sit-in|picket|blockad|"
                             r"block(?:ed|ing)|gather|boycott|demand|motorcade|caravan|vigil(?!an)|walkout|procession|"
                             r"dharna|hartal|bandh|gherao|agitat|human\s+chain|took\s+to\s+the\s+streets?)\w*", _I),
    "rioters": re.compile(r"\b(?:riot|clash|attack|vandali[sz]|torch(?![\s-]?lights?)|set\s+(?:fire|ablaze|alight)|"
                          r"stone|pelt|burn|ransack|lynch|beat|loot|mob|protest|demonstrat|block)\w*", _I),
}
# What leads from a crowd's event word to the people in it: "a clash between two groups", "a protest by
# teachers", "a rally of farmers", "beaten up by locals".
_CROWD_AFTER = re.compile(
    r"(?:\s+(?:took\s+place|broke\s+out|erupted|ensued|was\s+held|were\s+held|up|to\s+death))?"
    r"\s+(?:between|by|of|among)\s+", _I)
# A protest named without its people: the word stands for them ("protests were held in Madurai"), as does the
# verb of a crowd the text names only by its organisation ("the Sindh Teachers Alliance protested"), or the
# fight of two named groups' crowds ("Imbonerakure and CNL supporters clashed").
_CROWD_ACT = {
    "protesters": re.compile(r"(?:protest|demonstrat|rall(?:y|ies|ied)|march|strike|sit-in|vigil(?!an)|procession|"
                             r"dharna|hartal|bandh|motorcade|walkout|human\s+chain|picket)\w*|"
                             r"took\s+to\s+the\s+streets?", _I),
    "rioters": re.compile(r"(?:riot|clash)\w*|protests?|demonstrations?|rall(?:y|ies)|marches|sit-ins?|vigils?", _I),
}
# "March" the month, not a march: "on March 5", "in march", "March 2002" (lower-cased pages write it "march")
_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|till|until|by|from|to|last|this|next|early|mid|late|end)\s+|-)$", _I)
_MONTH_AFTER = re.compile(r"\s*(?:\d|,\s*\d)")


def _no_crowd_act(text: str, event: re.Match[str]) -> bool:
    """True when the event word "march" is the month March, or a force's "flag march" (a show of force)."""
    return event.group(0).lower() == "march" and bool(
        _MONTH_AFTER.match(text, event.end()) or _MONTH_BEFORE.search(text, 0, event.start())
        or text[max(0, event.start() - 5):event.start()].lower() == "flag ")


# A crowd told by what it is doing: "rioting inmates", "protesting farmers".
_DOING = re.compile(r"\s+([A-Za-z][A-Za-z-]*)")
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:[\w-]+\s+)?", _I)


def crowd(
    family: str, actors: list[ActorMention], story: tuple[str, list[Sentence]], make: Make
) -> ActorMention | int | None:
    """A crowd's mention: people named at its protest or riot word; failing that, in the same sentence, the word
    that names the crowd's act."""
    kind = "rioters" if family == "vigilante" else family
    cue, act = _CROWD_EVENT[kind], _CROWD_ACT[kind]
    body, sentences = story
    for sentence, first in found_in(cue, body, sentences):
        events = [e for e in (first, *cue.finditer(sentence.text, first.end())) if not _no_crowd_act(sentence.text, e)]
        for event in events:
            found = _crowd_at(sentence, event, actors, make)
            if found is not None:
                return found
        acts = [e for e in events if act.fullmatch(e.group(0))]
        if acts:
            return make(sentence, acts[0].start(), acts[0].end())
    return None


def _crowd_at(sentence: Sentence, event: re.Match[str], actors: list[ActorMention], make: Make
              ) -> ActorMention | int | None:
    """The people of a crowd named at one of its event words in `sentence`, if any."""
    limit = sentence.start + event.start()
    if event.group(0).lower() in PEOPLE:  # "when protesters hurled stones": the crowd word is the cue's
        here = [i for i, m in enumerate(actors) if m.char_start <= limit < m.char_end]
        return here[0] if here else make(sentence, event.start(), event.end())
    for i, m in enumerate(actors):
        if (m.sentence_index == sentence.index and m.actor_type in ("civilians", "protesters", "rioters")
                and m.char_end <= limit):
            return i
    # (not a word of a group's name that keeps its own mention: "Employees" of "the Employees Union")
    named = [(m.char_start - sentence.start, m.char_end - sentence.start) for m in actors
             if m.sentence_index == sentence.index and m.actor_type != "person" and not of_a_kind(m.actor_name)]
    # (nor an armed side's word: "terrorists" end in -ists like "activists")
    words = [w for w in people_words(sentence.text, 0, event.start())
             if not any(a <= w.start() < b for a, b in named) and not SIDE_WORDS["armed"].fullmatch(w.group(0))]
    if words:
        first = len(words) - 1  # "nurses and doctors protested": the coordinated people words together
        while first and _COORDINATED.fullmatch(sentence.text, words[first - 1].end(), words[first].start()):
            first -= 1
        return make(sentence, words[first].start(), words[-1].end())
    doing = _DOING.match(sentence.text, event.end()) if event.group(0).lower().endswith("ing") else None
    if doing is not None and people_words(doing.group(1)):  # "rioting inmates"
        return make(sentence, doing.start(1), doing.end(1))
    by = _CROWD_AFTER.match(sentence.text, event.end())
    if by is None:
        return None
    at = sentence.start + by.end()
    after = [i for i, m in enumerate(actors) if m.char_start == at and m.actor_type in ("civilians", "protesters")]
    if after:  # "clashes erupted between Palestinians and ...": the people's mention there
        return after[0]
    people = people_words(sentence.text, by.end(), by.end() + 30)[:1]
    if people:  # "a fight between two groups of students", "a protest by teachers"
        return make(sentence, people[0].start(), people[0].end())
    return None
