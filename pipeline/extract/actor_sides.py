"""The armed sides of an incident, read from its actor mentions.

`armed_pairs` re-codes every mention to the incident's country (`actor_codes.recode`) and
names it as ACLED does in that theatre (`catalogue.theatre_name`), keeping the armed actors
(inter codes 1-4 and 8) as (mention, name) pairs; a generic "militants" gives way to a group
the article names. The other functions rank and select among those pairs: by salience
(`ranked`), by role (`with_role`, `acting`), the named non-party groups (`named_groups`), the
state force present (`force`), a lone side's opponent (`with_opponent`), and whether fighting
told without its sides is the state's against an insurgency (`state_against_insurgency`), or between
rival groups of one kind (`rivals`) or factions of one group (`factions`); whether the lead tells of a
fight between people, which a force that only reports it takes no part in (`people_fight`); and whether
a state other than a force's own is named beside it (`other_state`).
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.actor_codes import (
    INSURGENT_FAMILIES,
    descriptor_family,
    inter_code,
    named_actor_mention,
    recode,
)
from pipeline.extract.actor_events import EventCues
from pipeline.extract.catalogue import DEFAULTS, PARTIES, family_name, theatre_name
from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import ActorMention, Sentence

ARMED = frozenset({1, 2, 3, 4, 8})
_PRONOUNS = frozenset({"he", "she", "him", "i", "we", "they", "them"})
Pair = tuple[ActorMention, str]


def armed_victims(pairs: list[Pair], country: str | None) -> bool:
    """True when the article's victims are armed actors and another armed actor acts."""
    # Party members and officials are civilians to ACLED; soldiers, police and rebels are not.
    victims = {
        n
        for m, n in pairs
        if m.role == "target" and (n.startswith(("Military Forces", "Police Forces")) or inter_code(n, country) == 2)
    }
    actors = {n for m, n in pairs if m.role != "target" and inter_code(n, country) in (1, 2, 3, 8)}
    # "4 soldiers, 17 rebels killed in clashes": the dead of both sides tell of a fight between them
    both_sides = {inter_code(n, country) == 1 for n in victims} == {True, False}
    return bool(victims) and (bool(actors - victims) or both_sides)


def armed_pairs(
    actors: list[ActorMention], country: str | None, cues: EventCues, year: int | None = None
) -> list[Pair]:
    """(mention, name) of the armed actors, re-coded to the incident and named as ACLED names them
    in its theatre in `year`; generic insurgents dropped when the article names the group."""
    coded = [
        (m, *recode(m, country, cues.unknown_perpetrator, cues.criminal))
        for m in actors
        if m.text.lower() not in _PRONOUNS
    ]
    pairs = [(m, theatre_name(name, country, year)) for m, name, inter in coded if inter in ARMED]
    named_groups = {n for m, n in pairs if named_actor_mention(m) and inter_code(n, country) in (2, 3, 4)}
    if not named_groups or cues.unknown_perpetrator:
        # "no group has claimed responsibility, but JNIM is active in the region": the unnamed
        # attackers are not the group named beside them
        return pairs
    return [(m, n) for m, n in pairs if named_actor_mention(m) or descriptor_family(m.text) not in INSURGENT_FAMILIES]


def named_groups(pairs: list[Pair], country: str | None) -> list[str]:
    """The named non-state armed groups (rebels, militias, gangs; not parties) of the article that
    are not only sources."""
    names = [
        n
        for m, n in pairs
        if named_actor_mention(m) and m.role != "source" and n not in PARTIES and inter_code(n, country) in (2, 3, 4)
    ]
    return list(dict.fromkeys(names))


def force(pairs: list[Pair]) -> str | None:
    """The police or military force of the article, if any; the government is not a force."""
    forces = [n for _, n in pairs if n.startswith(("Police Forces", "Military Forces"))]
    return forces[0] if forces else None


def foreign_army(ranked_names: list[str], country: str | None) -> str | None:
    """The most salient foreign state's military among ranked names, if any."""
    return next((n for n in ranked_names if n.startswith("Military Forces of") and inter_code(n, country) == 8), None)


def home_force(pairs: list[Pair], country: str | None) -> bool:
    """True when the incident country's own army or police take part (not merely tell the news)."""
    return any(
        m.role != "source" and n.startswith(("Military Forces of", "Police Forces of")) and inter_code(n, country) == 1
        for m, n in pairs
    )


# States whose forces fight each other's (an interstate war or a contested border): a lone force of one in the
# other's country fights its army; elsewhere a foreign force fights the country's insurgents.
_INTERSTATE = frozenset(frozenset(pair) for pair in (
    ("Russia", "Ukraine"), ("Armenia", "Azerbaijan"), ("India", "Pakistan"), ("India", "China"),
    ("Ethiopia", "Eritrea"), ("Sudan", "South Sudan"), ("Kyrgyzstan", "Tajikistan"), ("Afghanistan", "Pakistan"),
))


def unnamed_attackers(cues: EventCues) -> str:
    """The family of fighters no one names: a gang in a story of organised crime, unidentified when
    the story says nobody claimed the attack ("No group has claimed responsibility": ACLED leaves it
    unattributed), else the country's main insurgency."""
    return "gang" if cues.criminal else "armed_group" if cues.unclaimed else "militant"


def with_opponent(first: str, second: str | None, country: str | None, unnamed: str) -> tuple[str, str | None]:
    """A battle's two sides; a lone side's opponent is the country's forces, or the `unnamed`
    family's fighters (`unnamed_attackers`) when it is a state force. A foreign state's lone force
    fights the country's insurgents ("Israeli forces killed a Palestinian during clashes": no
    Palestinian army), unless the two states are at war."""
    if second is not None or country is None:
        return first, second
    code = inter_code(first, country)
    army = family_name("military", country)[0]
    if code == 1 or (code == 8 and first.startswith(("Military Forces of ", "Police Forces of "))
                     and frozenset((_state(first), _state(army))) not in _INTERSTATE):
        return first, family_name(unnamed, country)[0]
    return first, army


def _state(force: str) -> str:
    """The state of a state force's name: "Military Forces of Israel" -> "Israel"."""
    return force.split(" of ", 1)[-1].removeprefix("the ")


def ranked(pairs: list[Pair]) -> list[str]:
    """Distinct names by salience: a role in the violence first, then named over generic, frequency, order."""
    score: Counter[str] = Counter()
    order: dict[str, int] = {}
    for k, (m, name) in enumerate(pairs):
        violent = 2 * (m.role in ("perpetrator", "claimant")) + (m.role == "target")
        score[name] += 1 + violent + named_actor_mention(m)
        order.setdefault(name, k)
    return sorted(score, key=lambda n: (-score[n], order[n]))


def acting(pairs: list[Pair], names: list[str]) -> list[str]:
    """The ranked names that are not only ever on the receiving end or telling the news."""
    passive = {n for m, n in pairs if m.role in ("target", "source")}
    acting = {n for m, n in pairs if m.role not in ("target", "source")}
    return [n for n in names if n in acting or n not in passive]


def with_role(pairs: list[Pair], names: list[str], role: str) -> str | None:
    """The most salient of `names` (ranked) that some mention gives `role`, else None."""
    with_role = {n for m, n in pairs if m.role == role}
    return next((n for n in names if n in with_role), None)


# The words of fighting that no state takes part in: "a communal clash between Fulani and Bachama villagers", "a
# rival cult clash", "clashes between two communities", "a shoot-out between criminal groups".
_PEOPLE = (
    r"rival|ethnic|inter-?ethnic|communal|inter-?communal|clans?|inter-?clan|tribes(?:men)?|factions?|"
    r"cults?|communities|villagers|villages|families|herders|farmers|youths?|gangs?|cartels?|criminal"
)
_NON_STATE = re.compile(rf"\b(?:{_PEOPLE}|tribal)\b", re.IGNORECASE)


def _insurgency(country: str) -> bool:
    """True for a country where ACLED credits unnamed fighters to a standing insurgency or front line."""
    return any((country, family) in DEFAULTS for family in ("militant", "rebel", "separatist", "shelling"))


def _non_state_fight(sentences: list[Sentence]) -> bool:
    """True when the lead tells of fighting between people, not with the state."""
    return any(_NON_STATE.search(s.text) for s in story_sentences(sentences)[:2])


# (not "tribal area", a place)
_PEOPLE_WORDS = (
    rf"(?:{_PEOPLE}|tribal(?!\s+(?:areas?|districts?|regions?|belt|agency|agencies))|herdsmen|neighbours|neighbors)"
)
_FIGHT_WORDS = r"(?:clash\w*|fight\w*|fought|violence|hostilities|feuds?|battles?|infighting|skirmish\w*)"
# Fighting and its people in one phrase: "clashes between two villages", "herdsmen and farmers' clash".
_PEOPLE_FIGHT = re.compile(
    rf"\b{_FIGHT_WORDS}\b[^.;]{{0,60}}?\b{_PEOPLE_WORDS}\b|\b{_PEOPLE_WORDS}\b[^.;]{{0,40}}?\b{_FIGHT_WORDS}\b",
    re.IGNORECASE,
)


def people_fight(sentences: list[Sentence]) -> bool:
    """True when the lead tells of fighting between people (communities, villages, herders, gangs), which a
    state force that only tells of it ("..., police said") takes no part in."""
    return any(_PEOPLE_FIGHT.search(s.text) for s in story_sentences(sentences)[:2])


def state_against_insurgency(country: str, sentences: list[Sentence]) -> bool:
    """True when fighting told without its sides is the state's against its standing insurgency: in a
    country where ACLED credits unnamed fighters to one, unless the lead tells of fighting between people."""
    return _insurgency(country) and not _non_state_fight(sentences)


_RIVALS = re.compile(
    r"\b(?:between|among)\s+(?:two\s+)?rival\s+(?:armed\s+|clan\s+|ethnic\s+|tribal\s+)?(?:groups|militias|factions|gangs|cartels)\b|"
    # "rival gangs clash in Port-au-Prince" (a headline's present), "clashes of rival cartels"
    r"\brival\s+(?:armed\s+|drug\s+|criminal\s+)?(?:gangs|cartels|militias|factions)\b|"
    # "clan militias clashed near X", "militias fought each other": no other side named
    r"\b(?:militias|factions|gangs|cartels)\s+(?:have\s+|had\s+)?(?:clashed|clash|fought|fight)\b(?!\s+(?:with|against)\b)|"
    r"\b(?:clashed|fought)\s+(?:with\s+)?(?:each\s+other|one\s+another)\b",
    re.IGNORECASE,
)


def rivals(sentences: list[Sentence]) -> bool:
    """True when the lead says the fighting was between groups of one kind ("rival armed groups")."""
    return any(_RIVALS.search(s.text) for s in story_sentences(sentences)[:2])


_FACTIONS = re.compile(r"\b(?:two|rival|breakaway|warring)\s+factions\s+(?:of|within)\b", re.IGNORECASE)


def factions(sentences: list[Sentence]) -> bool:
    """True when the lead says the fighting was between factions of one group."""
    return any(_FACTIONS.search(s.text) for s in story_sentences(sentences)[:2])


def other_state(actors: list[ActorMention], force: str) -> bool:
    """True when a state other than the force's own is named as an actor ("Pakistan kills three Indian
    soldiers"): the force's opponent is that state's, not an unnamed group."""
    home = next((m.country_iso3 for m in actors if m.actor_name == force), None)
    return any(m.actor_type in ("state", "government", "state_forces") and m.country_iso3 not in (None, home)
               for m in actors)
