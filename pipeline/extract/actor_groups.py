"""The social groups among an incident's crowd or victims, by ACLED's names for them.

ACLED names who the protesters, rioters or victims were, beside the crowd's or the civilians' own
actor, with a group of its standard list: "reporters and media workers rallied" adds
`Journalists (Pakistan)` to `Protesters (Pakistan)`, "textile workers marched" a `Labour Group
(Bangladesh)`, "doctors and nurses staged a sit-in" `Health Workers (Pakistan)`, "gunmen shot dead a
journalist" `Journalists (Mexico)` beside `Civilians (Mexico)`. The group is read from the words of
the incident's crowd or victim mention and the people words coordinated with it ("reporters and
media workers", "students, teachers and parents"), never from other words of the sentence: the
prisoners in "marched against a plan to free prisoners early" are no protesters.

Workers harmed are civilians, no labour group (a labour group is a crowd's). Not groups: a party's or
an organisation's members ("CPI(M) workers", "party workers": the party's own mention names them),
aid workers (humanitarians, not labour), and the women of "men, women and children" (a crowd's
size, not a women's protest).
"""

from __future__ import annotations

import re

from pipeline.extract.actor_words import LEAD_SENTENCES, family_of, people_words
from pipeline.extract.catalogue import fill
from pipeline.extract.types import ActorMention, Incident, Sentence

_I = re.IGNORECASE
# ACLED's group names, each with the words that name its members (the more specific first: "health workers"
# are health workers, not labour).
GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(rf"\b(?:{words})\b", _I)) for name, words in (
    ("Health Workers", r"(?:lady\s+)?health(?:care)?\s+workers?|doctors?|nurses?|paramedics?|paramedical\s+staff|"
                       r"medical\s+(?:staff|workers|students)|medics?|physicians?|midwives|midwife"),
    ("Journalists", r"journalists?|reporters?|media\s*(?:workers|persons|personnel)|mediapersons|photojournalists?|"
                    r"cameram[ae]n|newsm[ae]n"),
    ("Teachers", r"teachers?|lecturers?|professors?"),
    ("Students", r"students?|pupils|schoolchildren|schoolgirls|schoolboys"),
    ("Lawyers", r"lawyers?|advocates|attorneys"),
    ("Farmers", r"farmers?|peasants?|growers"),
    ("Fishermen", r"fishermen|fisherman|fishers|fisherfolk"),
    ("Prisoners", r"prisoners?|inmates?|detainees"),
    ("Refugees/IDPs", r"refugees?|idps|internally\s+displaced\s+(?:people|persons)|asylum\s+seekers"),
    ("Women", r"women|woman|girls"),
    ("Labour Group", r"(?<!aid\s)(?<!party\s)(?<!political\s)(?<!humanitarian\s)(?:workers?|labou?rers?|employees?|"
                     r"trade\s+unionists?|unionists|miners|dockers|staffers)"),
))
# Groups ACLED names for a crowd only: workers attacked are civilians, not a labour group.
_CROWDS_ONLY = frozenset({"Labour Group"})
# The crowd's and the civilians' summary families, whose mentions a group may stand beside.
_FAMILIES = frozenset({"protesters", "rioters", "civilians"})
# The people words coordinated with a mention's: ", teachers and parents", " and media workers".
_COORDINATED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+)"
                          r"(?:[\w'’-]+\s+){0,2}?$", _I)
_WOMEN_AND_CHILDREN = re.compile(r"\bwom[ae]n\s*(?:,\s*|\s+and\s+)children\b", _I)
_REACH = 80  # characters after a mention read for the people coordinated with it
_PEOPLE_TYPES = frozenset({"protesters", "rioters", "civilians", "group"})  # mentions of people, not organisations


def with_groups(incident: Incident, actors: list[ActorMention], story: list[Sentence]) -> list[ActorMention]:
    """`actors`, with a mention of each social group the incident's crowd or victims are told as in the story's
    first sentences, where a report tells its sides (see the module)."""
    if incident.country_iso3 is None:
        return actors
    sides = {name for name in (incident.actor1, incident.actor2) if name is not None and family_of(name) in _FAMILIES}
    texts = {s.index: s for s in story[:LEAD_SENTENCES]}
    added: list[ActorMention] = []
    for mention in actors:
        sentence = texts.get(mention.sentence_index)
        if mention.actor_name not in sides or sentence is None:
            continue
        for group, start, end in _groups_named(sentence, mention, actors):
            if group in _CROWDS_ONLY and family_of(mention.actor_name) == "civilians":
                continue
            name = fill(f"{group} ({{country}})", incident.country_iso3)
            if any(m.actor_name == name for m in (*actors, *added)):
                continue
            added.append(ActorMention(sentence.start + start, sentence.start + end, sentence.text[start:end], name,
                                      "group", incident.country_iso3, mention.role, sentence.index))
    if not added:
        return actors
    return sorted([*actors, *added], key=lambda m: (m.char_start, m.char_end))


def _groups_named(sentence: Sentence, mention: ActorMention, actors: list[ActorMention]) -> list[tuple[str, int, int]]:
    """(group, start, end in the sentence) of each group the mention's people words and the people coordinated with
    them name, the first words of each group only."""
    text = sentence.text
    start, end = mention.char_start - sentence.start, mention.char_end - sentence.start
    spans = [(w.start(), w.end()) for w in people_words(text, start, end)] or [(start, end)]
    for word in people_words(text, end, min(len(text), end + _REACH)):
        if _COORDINATED.fullmatch(text, spans[-1][1], word.start()) is None:
            break
        spans.append((word.start(), word.end()))
    # the end of an organisation's name: its members ("CPI(M) workers", "the party's women") are the organisation's
    owners = {m.char_end - sentence.start for m in actors
              if m.sentence_index == sentence.index and m.actor_type not in _PEOPLE_TYPES}
    found: list[tuple[str, int, int]] = []
    for s, e in spans:
        # each people word is one group's, the most specific that ends on it ("media workers": journalists), its
        # modifier read with it
        group, hit = next(((g, h) for g, pattern in GROUPS for h in pattern.finditer(text, max(0, s - 14), e)
                           if h.end() > s), ("", None))
        if hit is None or any(g == group for g, _, _ in found) or _owned(text, hit.start(), owners):
            continue
        if group == "Women" and _WOMEN_AND_CHILDREN.search(text, max(0, start - 14), spans[-1][1] + 20):
            continue
        found.append((group, hit.start(), hit.end()))
    return found


_OWNER_GAP = re.compile(r"(?:['’]s)?\s*$")


def _owned(text: str, start: int, owners: set[int]) -> bool:
    """True when an organisation's name ends right before the group word: "CPI(M) workers", "the union's members"."""
    return any(end <= start and _OWNER_GAP.fullmatch(text, end, start) for end in owners)
