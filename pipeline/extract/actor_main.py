"""The incident's two main actors the way ACLED lists them.

`main_actors` first codes kind nouns whose country was only guessed ("police") to the
incident's country (`actor_codes.recode`), then applies ACLED's conventions per event type:
- Protests: `Protesters (X)`, and the intervening force as actor2 only when it intervened;
- Riots: `Rioters (X)` against the force present, else the civilians they harmed;
- Violence against civilians: the perpetrator against `Civilians (X)`; unknown attackers are
  `Unidentified Armed Group (X)`;
- Battles: the two armed sides; a lone side's opponent is the country's forces or its main
  insurgency, and fighting without named sides is between those two;
- Explosions/Remote violence: who fired or planted (a state for air strikes, else an
  unidentified group), and what was hit when said;
- otherwise the two most salient armed actors, or the one against civilians.
A generic "militants" gives way to a named armed group of the same article: it is the
same group, named once in full. Foreign forces under a coalition take the coalition's name
in its theatre (`actors_theatres.csv`: Saudi forces in Yemen are "Operation Restoring Hope").
"""

from __future__ import annotations

from collections import Counter

from pipeline.extract.actor_codes import (
    INSURGENT_FAMILIES,
    descriptor_family,
    inter_code,
    named_actor_mention,
    recode,
)
from pipeline.extract.actor_events import EventCues, event_cues
from pipeline.extract.catalogue import DEFAULTS, family_name, theatre_name
from pipeline.extract.types import ActorMention, Sentence

__all__ = ["inter_code", "main_actors"]

_ARMED = frozenset({1, 2, 3, 4, 8})
_UPROOTED = frozenset({"refugees", "migrants", "asylum seekers", "immigrants"})
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_CROWD_VIOLENCE = frozenset(
    {"Battles", "Violence against civilians", "Strategic developments", "Explosions/Remote violence"}
)
_PRONOUNS = frozenset({"he", "she", "him", "i", "we", "they", "them"})
Pair = tuple[ActorMention, str]


def main_actors(
    actors: list[ActorMention],
    sentences: list[Sentence],
    event_type: str | None,
    sub_event_type: str | None,
    country_iso3: str | None,
) -> tuple[str | None, str | None]:
    """(actor1, actor2) of the article's incident, ACLED style; None where there is none."""
    country = country_iso3 or _country(actors)
    cues = event_cues(sentences)
    pairs = _armed_pairs(actors, country, cues)
    armed = _ranked(pairs)
    kind = event_type or cues.likely_event
    if kind in _CROWD_VIOLENCE and not cues.firefight and _rioting_crowd(actors, pairs, country):
        # Unarmed crowds (blockaders, party activists) fighting or burning: ACLED's riots.
        kind = "Riots"

    people = _people_country(actors, country)

    def of(family: str) -> str:
        if family == "armed_group" and cues.drive_by and country and (country, "driveby") in DEFAULTS:
            return DEFAULTS[(country, "driveby")]  # the country's convention for drive-by killers
        if family in ("protesters", "civilians", "rioters") and people:
            # ACLED names protesters and civilians by their nationality: "Protesters (Venezuela)"
            # for Venezuelan migrants protesting in Colombia.
            return family_name(family, people)[0] if people != "International" else fill_international(family)
        if family == "armed_group" and cues.criminal:
            family = "gang"  # organised crime's unknown gunmen are a gang in ACLED
        return family_name(family, country)[0]

    if kind == "Protests":
        force = _force(pairs)
        intervened = sub_event_type in ("Protest with intervention", "Excessive force against protesters")
        return of("protesters"), (force or of("police")) if intervened or (force and cues.intervention) else None
    if kind == "Violence against civilians" and _armed_victims(pairs, country):
        kind = "Battles"  # ACLED: attacks on armed actors (soldiers, militants) are battles, not VAC
    if kind in ("Riots", "Violence against civilians") and cues.mob_justice and _mob(actors):
        return of("vigilante"), of("civilians")
    if kind == "Riots":
        force = _force(pairs)
        engaged = force is not None and (cues.intervention or _with_role(pairs, [force], "target") is not None)
        if not engaged and cues.civilian_victims:
            return of("rioters"), of("civilians")
        return of("rioters"), force
    acting = _acting(pairs, armed)
    first = _with_role(pairs, armed, "perpetrator") or (acting[0] if acting else None)
    if kind == "Violence against civilians":
        if first is not None and first.startswith(("Unidentified Armed Group", "Unidentified Gang")):
            first = of("armed_group")  # gunmen the article does not name: the country's convention
        return first or of("armed_group"), of("civilians")
    if kind == "Battles":
        first = first or (armed[0] if armed else None)
        if first is None:
            # Fighting reported without its sides: the state against its main insurgency.
            return (of("military"), of("gang" if cues.criminal else "militant")) if country else (None, None)
        return _with_opponent(first, next((n for n in armed if n != first), None), country, cues.criminal)
    if kind == "Explosions/Remote violence":
        bomb = sub_event_type in _PLANTED or (sub_event_type is None and not cues.air_strike and cues.bomb)
        if bomb and first is not None and cues.unknown_perpetrator and not _with_role(pairs, [first], "claimant"):
            # "the culprits are unknown": a group merely named nearby did not plant the bomb.
            first = None if _with_role(pairs, [first], "perpetrator") is None else first
        if bomb and first is not None and inter_code(first, country) == 1:
            # Bombs, mines and grenades are planted by non-state groups; the state is their target.
            first = next((n for n in _acting(pairs, armed) if inter_code(n, country) in (2, 3, 4)), None)
        if first is None:
            # Strikes from the air are a state's; bombs and shells without an author, unidentified.
            air = sub_event_type == "Air/drone strike" or cues.air_strike
            if air:
                first = of("military")
            elif country and (country, "shelling") in DEFAULTS:
                # A fixed front line (OSCE-observed Donbas): the shelling is between the two sides.
                return DEFAULTS[(country, "shelling")], of("military")
            else:
                first = of("armed_group")
        others = [n for n in armed if n != first]
        target = _with_role(pairs, others, "target") or (of("civilians") if cues.civilian_victims else None)
        if target is None and not others and not bomb and country and (country, "shelling") in DEFAULTS:
            # Across a fixed front line each side's shelling is aimed at the other.
            front = DEFAULTS[(country, "shelling")]
            return first, of("military") if first == front else front
        return first, target or (others[0] if others else None)
    first = first or (armed[0] if armed else None)
    if kind == "Strategic developments" and cues.arrests and first and first.startswith(("Police", "Military")):
        return first, of("civilians")  # the arrested are civilians, whatever their party
    if sub_event_type == "Looting/property destruction" and first and not _with_role(pairs, armed, "target"):
        return first, of("civilians")  # what is looted or destroyed belongs to civilians unless said
    if first is None and _has_people(actors):
        return of("civilians"), None  # displacement, returns, evacuations: the people themselves
    second = next((n for n in armed if n != first), None)
    if second is None and cues.civilian_victims:
        # Arrests, looting, destruction: a lone armed actor acted against civilians.
        return first or of("armed_group"), of("civilians")
    return first, second


def _people_country(actors: list[ActorMention], country: str | None) -> str | None:
    """The nationality of the people protesting or harmed, when the article states a foreign one;
    'International' for refugees and migrants of no stated nationality."""
    for m in actors:
        family = descriptor_family(m.text)
        if family not in ("civilians", "crowd", "protesters") or m.inter_code is None:
            continue
        if not m.generic and m.country_iso3 and m.country_iso3 != country:
            return m.country_iso3
    uprooted = [m for m in actors if m.generic and m.text.lower() in _UPROOTED]
    others = [m for m in actors if m.generic and descriptor_family(m.text) == "civilians" and m not in uprooted]
    return "International" if uprooted and not others else None


def _has_people(actors: list[ActorMention]) -> bool:
    """True when the article names civilians of some kind (residents, migrants, families)."""
    return any(descriptor_family(m.text) == "civilians" for m in actors if m.inter_code == 7)


def fill_international(family: str) -> str:
    """ACLED's name for people of no single nationality: "Protesters (International)"."""
    return family_name(family, None)[0] + " (International)"


def _armed_victims(pairs: list[Pair], country: str | None) -> bool:
    """True when the article's victims are armed actors and another armed actor acts."""
    # Party members and officials are civilians to ACLED; soldiers, police and rebels are not.
    victims = {
        n
        for m, n in pairs
        if m.role == "target" and (n.startswith(("Military Forces", "Police Forces")) or inter_code(n, country) == 2)
    }
    actors = {n for m, n in pairs if m.role != "target" and inter_code(n, country) in (1, 2, 3, 8)}
    return bool(victims) and bool(actors - victims)


def _mob(actors: list[ActorMention]) -> bool:
    """True when a mob or villagers act in the article."""
    return any(descriptor_family(m.text) in ("rioters", "civilians", "vigilante") for m in actors if m.generic)


def _rioting_crowd(actors: list[ActorMention], pairs: list[Pair], country: str | None) -> bool:
    """True when a crowd acts and no armed group (rebels, unidentified gunmen) does."""
    crowd = any(
        descriptor_family(m.text) in ("rioters", "crowd")
        for m in actors
        if (m.generic or m.inter_code in (5, 6)) and m.role != "target"
    )
    armed = any(
        inter_code(n, country) == 2 or n.startswith(("Unidentified Armed Group", "Unidentified Gang"))
        for m, n in pairs
        if m.role != "target"
    )
    return crowd and not armed


def _country(actors: list[ActorMention]) -> str | None:
    """The country the explicit national actors point to, when the places do not say."""
    votes = Counter(m.country_iso3 for m in actors if m.country_iso3 and not m.generic and m.inter_code)
    return votes.most_common(1)[0][0] if votes else None


def _armed_pairs(actors: list[ActorMention], country: str | None, cues: EventCues) -> list[Pair]:
    """(mention, name) of the armed actors, re-coded to the incident and named as ACLED names them
    in its theatre; generic insurgents dropped when the article names the group."""
    coded = [
        (m, *recode(m, country, cues.unknown_perpetrator, cues.criminal))
        for m in actors
        if m.text.lower() not in _PRONOUNS
    ]
    pairs = [(m, theatre_name(name, country)) for m, name, inter in coded if inter in _ARMED]
    named_groups = {n for m, n in pairs if named_actor_mention(m) and inter_code(n, country) in (2, 3, 4)}
    if not named_groups:
        return pairs
    return [(m, n) for m, n in pairs if named_actor_mention(m) or descriptor_family(m.text) not in INSURGENT_FAMILIES]


def _force(pairs: list[Pair]) -> str | None:
    """The police or military force of the article, if any; the government is not a force."""
    forces = [n for _, n in pairs if n.startswith(("Police Forces", "Military Forces"))]
    return forces[0] if forces else None


def _with_opponent(first: str, second: str | None, country: str | None, criminal: bool) -> tuple[str, str | None]:
    """A battle's two sides; a lone side's opponent is the country's forces, its main
    insurgency, or a gang when the article is about organised crime."""
    if second is not None or country is None:
        return first, second
    if inter_code(first, country) == 1:
        return first, family_name("gang" if criminal else "militant", country)[0]
    return first, family_name("military", country)[0]


def _ranked(pairs: list[Pair]) -> list[str]:
    """Distinct names by salience: a role in the violence first, then named over generic, frequency, order."""
    score: Counter[str] = Counter()
    order: dict[str, int] = {}
    for k, (m, name) in enumerate(pairs):
        violent = 2 * (m.role in ("perpetrator", "claimant")) + (m.role == "target")
        score[name] += 1 + violent + named_actor_mention(m)
        order.setdefault(name, k)
    return sorted(score, key=lambda n: (-score[n], order[n]))


def _acting(pairs: list[Pair], names: list[str]) -> list[str]:
    """The ranked names that are not only ever on the receiving end or telling the news."""
    passive = {n for m, n in pairs if m.role in ("target", "source")}
    acting = {n for m, n in pairs if m.role not in ("target", "source")}
    return [n for n in names if n in acting or n not in passive]


def _with_role(pairs: list[Pair], names: list[str], role: str) -> str | None:
    """The most salient of `names` (ranked) that some mention gives `role`, else None."""
    with_role = {n for m, n in pairs if m.role == role}
    return next((n for n in names if n in with_role), None)
