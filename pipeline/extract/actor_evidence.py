"""Actor mentions for the incident's own actors that no mention names yet.

`actor1` and `actor2` are often ACLED's names for people the text describes, not names it
writes: "journalists and media workers protested" are `Protesters (Pakistan)`, "a municipal
clerk was shot dead by men on a motorbike" names `Civilians (Haiti)` and an
`Unidentified Armed Group (Haiti)`. So that each summary actor is traceable to the words it was
read from, the words get an actor mention of that name:

- protesters, rioters and lynch mobs: the crowd's people at its protest or riot word, or the
  word of its act (`actor_crowds.py`: "nurses and doctors protested", "rioting inmates",
  "protests were held in Madurai");
- civilians: the victims of the incident's first reported harm ("a government employee",
  "four journalists"), else a people word of its sentence;
- civilians harmed with no figure: the person a verb of harm was done to ("police beat a
  street vendor", `actor_harmed.py`);
- an unnamed armed group or gang, the state's military or police: the first word of the story
  that names such a side ("gunmen", "unknown assailants", "troops", "policemen"); so too the
  name a country's convention gives unnamed gunmen (Brazil's drive-by killers).

Only the story's first sentences are read, where a report tells its sides.

An actor the text gives no words for (a shelling report that names neither side) gets none. Words
already read as a mention of a kind ("robbers": `Unidentified Gang`) or of a person (a victim
"Irfan Zaidi", whom ACLED names `Civilians (Pakistan)`; `text` keeps his name) are renamed, one
span carrying one actor, the incident's; a named group keeps its own name.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.actor_crowds import CROWD_FAMILIES, crowd
from pipeline.extract.actor_harmed import harmed_person
from pipeline.extract.actor_words import (
    LEAD_SENTENCES,
    SIDE_WORDS,
    Make,
    family_of,
    found_in,
    of_a_kind,
    people_words,
)
from pipeline.extract.casualty_civilians import victim_kind
from pipeline.extract.catalogue import DEFAULTS, family_name
from pipeline.extract.types import ActorMention, CasualtyMention, Incident, Sentence

_I = re.IGNORECASE
_HARMED = frozenset({"killed", "injured", "kidnapped", "missing"})
# Where a victim phrase read as one person goes on past the person: a verb, a time, a place.
_AFTER_PERSON = re.compile(r"[\s,]+(?:was|were|is|are|has|have|had|on|in|at|near|who|which|while|when)\b", _I)


def incident_actor_mentions(
    incident: Incident, actors: list[ActorMention], casualties: list[CasualtyMention], sentences: list[Sentence],
    story: list[Sentence], body: str,
) -> list[ActorMention]:
    """`actors`, with a mention for each of the incident's actors that none names (see the module)."""
    out = list(actors)
    for name, role in ((incident.actor1, "perpetrator"), (incident.actor2, "target")):
        if name is None or any(m.actor_name == name for m in out):
            continue
        family = family_of(name)
        if family is None and _unnamed_by_convention(name, incident.country_iso3):
            family = "armed"  # the country's name for unnamed gunmen: "armed men" on a motorcycle in Brazil
        if family is None:
            continue
        make = _maker(name, _type(family, name), role, incident.country_iso3)
        found = _evidence(family, make, out, casualties, sentences, (body, story[:LEAD_SENTENCES]))
        if isinstance(found, ActorMention):  # words already read as a mention: renamed, unless a named group's
            # (a kind noun whose country the text states keeps it: "Israeli soldiers" are no other side's force)
            overlapping = [(i, m) for i, m in enumerate(out)
                           if m.char_start < found.char_end and found.char_start < m.char_end]
            found = next((i if m.actor_type == "person" or (of_a_kind(m.actor_name) and _unstated(m, name)) else None
                          for i, m in overlapping), found)
        if isinstance(found, int):  # an existing mention of people, renamed
            out[found] = dataclasses.replace(out[found], actor_name=name, actor_type=_type(family, name))
        elif found is not None:
            out.append(found)
    added = len(out) > len(actors)
    return sorted(out, key=lambda m: (m.char_start, m.char_end)) if added else out


def _unnamed_by_convention(name: str, country: str | None) -> bool:
    """True when `name` is what the country's convention calls unnamed attackers (Brazil's drive-by killers:
    "Unidentified Gang and/or Police Militia"; Thailand's Deep South: its separatists)."""
    return country is not None and name in (DEFAULTS.get((country, "driveby")), DEFAULTS.get((country, "armed_group")))


def _unstated(mention: ActorMention, name: str) -> bool:
    """True when the mention may be renamed `name`: not a state force whose country the text states as
    another ("Israeli soldiers" are no "Military Forces of Palestine")."""
    stated_force = not mention.generic and mention.actor_name.startswith(("Military Forces of", "Police Forces of"))
    return not stated_force or mention.actor_name == name


def _type(family: str, name: str) -> str:
    """The actor_type of a family's name ("Protesters (X)": protesters)."""
    key = {"armed": "gang" if name.startswith("Unidentified Gang") else "armed_group"}.get(family, family)
    return family_name(key, None)[1]


def _evidence(
    family: str, make: Make, actors: list[ActorMention], casualties: list[CasualtyMention],
    sentences: list[Sentence], story: tuple[str, list[Sentence]],
) -> ActorMention | int | None:
    """The mention (or the index of a mention to rename) that shows where the actor is in the text."""
    if family in CROWD_FAMILIES:
        return crowd(family, actors, story, make)
    if family == "civilians":
        return _victims(casualties, sentences, make, actors) or _harmed(story[1], make, actors)
    for sentence, word in found_in(SIDE_WORDS[family], *story):
        return make(sentence, word.start(), word.end())
    return None


def _maker(name: str, actor_type: str, role: str, country: str | None) -> Make:
    """Mentions of actor `name` in its `role` (none for a crowd: protesting is no one's harm)."""
    def make(sentence: Sentence, start: int, end: int) -> ActorMention:
        return ActorMention(sentence.start + start, sentence.start + end, sentence.text[start:end], name,
                            actor_type, country, None if actor_type == "protesters" else role, sentence.index)
    return make


def _beside_named(sentence: Sentence, start: int, end: int, actors: list[ActorMention]) -> tuple[int, int]:
    """A victim phrase without the named group it holds, which keeps its own mention: "A worker" of "A
    worker of the Jatiya Party", "man" of "another BNP man"."""
    for m in actors:
        m_start, m_end = m.char_start - sentence.start, m.char_end - sentence.start
        if m.actor_type == "person" or of_a_kind(m.actor_name) or not (start <= m_start < end):
            continue
        of = _OF_BEFORE.search(sentence.text, start, m_start)
        if of is not None:
            return start, of.start()
        rest = sentence.text[m_end:end].lstrip()
        if m_end < end and rest:
            return end - len(rest), end
    return start, end


_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?$", _I)


def _harmed(story: list[Sentence], make: Make, actors: list[ActorMention]) -> ActorMention | int | None:
    """The civilians' mention when no figure tells the harm: the person a verb of harm was done to ("police beat
    a man", "a suspected burglar was thrashed"); a person's mention there is renamed."""
    for sentence in story:
        span = harmed_person(sentence)
        if span is None:
            continue
        start, end = sentence.start + span[0], sentence.start + span[1]
        here = [i for i, m in enumerate(actors) if m.char_start < end and start < m.char_end]
        if not here:
            return make(sentence, *span)
        if actors[here[0]].actor_type in ("person", "civilians"):
            return here[0]
    return None


def _victims(
    casualties: list[CasualtyMention], sentences: list[Sentence], make: Make, actors: list[ActorMention]
) -> ActorMention | None:
    """The civilians' mention: the victims of the first reported harm."""
    by_index = {s.index: s for s in sentences}
    for c in casualties:
        sentence = by_index.get(c.sentence_index)
        if (c.status != "reported" or c.category not in _HARMED or sentence is None
                or victim_kind(c.victim) not in ("civilian", "other")):
            continue
        start, end = c.char_start - sentence.start, c.char_end - sentence.start
        if c.qualifier == "implicit":  # "a man" of "a man was found", "a supporter" of "a supporter on 13 May"
            cut = _AFTER_PERSON.search(sentence.text, start, end)
            return make(sentence, *_beside_named(sentence, start, cut.start() if cut else end, actors))
        noun = people_words(sentence.text, end + 1, end + 40)[:1] if sentence.text[end:end + 1] == " " else []
        if noun and noun[0].start() == end + 1:  # "four journalists"
            return make(sentence, start, noun[0].end())
        if c.victim and sentence.text.startswith(" " + c.victim, end):
            # the victim phrase's head: "worker" of "1 MQM worker" ("MQM" stays the party's mention)
            head_end = end + 1 + len(c.victim)
            return make(sentence, head_end - len(c.victim.split()[-1]), head_end)
        # (not the attackers: "killed by unknown assailants" names no victim)
        words = [w for w in people_words(sentence.text) if not SIDE_WORDS["armed"].fullmatch(w.group(0))]
        if words:
            return make(sentence, words[0].start(), words[0].end())
    return None
