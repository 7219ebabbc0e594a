"""The incident's two main actors the way ACLED lists them.

`main_actors` first codes kind nouns whose country was only guessed ("police") to the
incident's country (`actor_codes.recode`), then applies ACLED's conventions per event type:
- Protests: `Protesters (X)`, and the intervening force as actor2 only when it intervened;
- Riots: `Rioters (X)` against the force present, else a named militia they clashed with, else
  the civilians they harmed; two named armed groups (not parties) clashing fight a battle;
- Violence against civilians: the perpetrator against `Civilians (X)`; unknown attackers are
  `Unidentified Armed Group (X)`;
- Battles: the two armed sides; a lone side's opponent is the country's forces or its main
  insurgency, and fighting without named sides is between those two;
- Explosions/Remote violence: who fired or planted (a state for air strikes, else an
  unidentified group), and what was hit when said;
- otherwise the two most salient armed actors, or the one against civilians;
- whatever the type, militias named after a village or clan ("militias from X") are the
  sides (`actor_communal`), and a gang of the Americas the report names ("members of Los
  Salazar") stands for its unnamed gunmen (`actor_gangs`).
A generic "militants" gives way to a named armed group of the same article: it is the
same group, named once in full; unnamed attackers give way to a group claiming the attack.
The armed sides themselves are read in `actor_sides`.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.actor_codes import descriptor_family, inter_code
from pipeline.extract.actor_communal import communal_sides
from pipeline.extract.actor_events import event_cues, unclaimed_from
from pipeline.extract.actor_factions import either_faction
from pipeline.extract.actor_gangs import gang_name
from pipeline.extract.actor_sides import (
    PARTIES,
    Pair,
    acting,
    armed_pairs,
    armed_victims,
    factions,
    force,
    foreign_army,
    home_force,
    named_groups,
    other_state,
    people_fight,
    ranked,
    rivals,
    state_against_insurgency,
    unnamed_attackers,
    with_opponent,
    with_role,
)
from pipeline.extract.actor_uprooted import UPROOTED, international
from pipeline.extract.catalogue import DEFAULTS, SHELLING_SINCE, before_its_time, family_name, form_actors
from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import ActorMention, Sentence

__all__ = ["inter_code", "main_actors"]

_BARE_FORCES = frozenset({"Military Forces", "Police Forces"})
MOB_VIOLENCE_SINCE = 2019  # the year of ACLED's codebook revision that introduced "Mob violence"
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_CROWD_VIOLENCE = frozenset(
    {"Battles", "Violence against civilians", "Strategic developments", "Explosions/Remote violence"}
)


_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def main_actors(
    actors: list[ActorMention],
    sentences: list[Sentence],
    event_type: str | None,
    sub_event_type: str | None,
    country_iso3: str | None,
    year: int | None = None,
) -> tuple[str | None, str | None]:
    """(actor1, actor2) of the article's incident, ACLED style; None where there is none. `year`, the
    incident's year when known, selects conventions ACLED changed over time."""
    country = country_iso3 or _country(actors)
    actors = either_faction(actors, sentences)
    actor1, actor2 = _main_actors(actors, sentences, event_type, sub_event_type, country, year)
    if sub_event_type in _TERRITORY and actor1 and actor2:
        # ACLED's actor1 of a territorial change is the side that took it: "the army retook the town
        # from M23" is the army's, "M23 captured the town" M23's (the state's own forces, by name)
        state = {family_name("military", country)[0], family_name("police", country)[0]}
        if (actor1 in state) != (actor2 in state) and (actor2 in state) == (
                sub_event_type == "Government regains territory"):
            actor1, actor2 = actor2, actor1
    if country is None:
        # a country's local name for its armed men ("militias": Brazil's police militias) in a story of no
        # known country is no more than armed men
        local = {m.actor_name for m in actors if m.generic and _local_only(m.text)}
        actor1, actor2 = (family_name("armed_group", None)[0] if a in local else a for a in (actor1, actor2))
    gang = gang_name(sentences, country)
    if gang is not None:
        # A gang the report names is the "armed men" it otherwise leaves unnamed.
        unnamed = {family_name("armed_group", country)[0], family_name("gang", country)[0]}
        actor1, actor2 = (gang if a in unnamed else a for a in (actor1, actor2))
    named = {m.actor_name for m in actors if not m.generic}
    # "militants" in a 2002 report from Pakistan are no TTP (formed in 2007): unidentified, unless named
    actor1, actor2 = (family_name("armed_group", country)[0] if before_its_time(a, year) and a not in named else a
                      for a in (actor1, actor2))
    return actor1, actor2


def _main_actors(
    actors: list[ActorMention],
    sentences: list[Sentence],
    event_type: str | None,
    sub_event_type: str | None,
    country: str | None,
    year: int | None,
) -> tuple[str | None, str | None]:
    """main_actors for a known (or unknowable) incident country."""
    cues = event_cues(sentences)
    people = _people_country(actors, country, sentences)
    # a crowd's own nationality, not its victims': "three French tourists were assaulted and killed" by rioters
    # (migrants of no stated nationality, shot at as they riot, are still "International")
    crowd_people = people if people in (None, "International") else _people_country(
        [m for m in actors if m.role != "target"], country, sentences)

    def of(family: str) -> str:
        if family == "armed_group" and cues.drive_by and country and (country, "driveby") in DEFAULTS:
            return DEFAULTS[(country, "driveby")]  # the country's convention for drive-by killers
        nationality = people if family == "civilians" else crowd_people
        if family in ("protesters", "civilians", "rioters") and nationality:
            # ACLED names protesters and civilians by their nationality: "Protesters (Venezuela)"
            # for Venezuelan migrants protesting in Colombia.
            return (family_name(family, nationality)[0] if nationality != "International"
                    else fill_international(family))
        if family == "armed_group" and cues.criminal:
            family = "gang"  # organised crime's unknown gunmen are a gang in ACLED
        elif family == "armed_group" and country and (country, "armed_group") in DEFAULTS:
            return DEFAULTS[(country, "armed_group")]  # an insurgency that ACLED credits with unclaimed attacks
        return family_name(family, country)[0]

    # Gunmen the article does not name: the country's convention (a gang, an insurgency, ...).
    unnamed = {family_name("armed_group", country)[0], family_name("gang", country)[0]}
    convention = of("armed_group")
    pairs = [(m, convention if n in unnamed else n) for m, n in armed_pairs(actors, country, cues, year)]
    # A government that only tells the news ("the health ministry said") is no side; an armed group
    # reporting strikes on its areas ("HPG reported airstrikes") still is.
    armed = [n for n in ranked(pairs) if not (n.startswith("Government of") and _told_only(pairs, n))]
    # a force of no named country gives way to the same force of one ("the army ... Military Forces of India")
    armed = [n for n in armed if n not in _BARE_FORCES or not any(a.startswith(f"{n} of ") for a in armed)]
    groups = named_groups(pairs, country)
    kind = event_type or cues.likely_event
    if kind in _CROWD_VIOLENCE and not cues.firefight and sub_event_type != "Arrests" \
            and _rioting_crowd(actors, pairs, country):
        # Unarmed crowds (blockaders, party activists) fighting or burning: ACLED's riots.
        kind = "Riots"
    if kind == "Riots" and (len(groups) >= 2 or (cues.firefight and force(pairs))):
        kind = "Battles"  # named armed groups clashing, or a shootout with the police: no riot
    if kind in _VIOLENT:
        # ACLED gives violence to a state's forces, never to its government: "a government official was
        # killed", "officers and the provincial government said", "Local Government Area" name no side
        armed = [n for n in armed if not n.startswith("Government of")]
    foreign = foreign_army(armed, country) if cues.cross_border and kind != "Protests" else None
    if foreign is not None and (home_force(pairs, country) or cues.firefight):
        return foreign, of("military")  # both armies firing across a border or line of control
    communal = communal_sides(sentences, country) if kind != "Protests" and not groups else None
    if communal is not None:
        # Villages' or clans' militias: each other's opponents when they fought, else their victims'.
        if communal.second or communal.mutual:
            return communal.first, communal.second or communal.first
        if communal.fight:
            return communal.first, next((n for n in armed if not n.startswith("Unidentified")), None)
        return communal.first, with_role(pairs, armed, "target") or of("civilians")

    if kind == "Protests":
        present = force(pairs)
        intervened = sub_event_type in ("Protest with intervention", "Excessive force against protesters")
        return of("protesters"), (present or of("police")) if intervened or (present and cues.intervention) else None
    if kind == "Violence against civilians" and armed_victims(pairs, country):
        kind = "Battles"  # ACLED: attacks on armed actors (soldiers, militants) are battles, not VAC
    if kind in ("Riots", "Violence against civilians") and cues.mob_justice and _mob(actors):
        # Mob justice on suspected thieves: since ACLED's 2019 codebook a mob's violence is rioters'
        # ("Mob violence"); its earlier data named the lynch mob a vigilante group.
        return of("rioters" if year is not None and year >= MOB_VIOLENCE_SINCE else "vigilante"), of("civilians")
    if kind == "Riots":
        present = force(pairs)
        if present is not None and _told_only(pairs, present):
            present = None  # "..., police said": the police told the news, they were not there
        # (a force that fired on the crowd engaged it: "police fired live rounds at protesters, killing five, as
        # demonstrators stormed parliament")
        engaged = present is not None and (cues.intervention or with_role(pairs, [present], "target") is not None
                                           or _fired_first(pairs, present, sentences))
        if not engaged and groups and factions(sentences):
            return groups[0], groups[0]  # "fighting between two factions of the SPLA-IO": the group against itself
        if not engaged and groups:
            return of("rioters"), groups[0]  # a crowd clashing with a named militia ("Imbonerakure")
        if not engaged and cues.mutual:
            return of("rioters"), of("rioters")  # "two groups clashed": rioters on both sides
        if not engaged and present is not None and _force_property(pairs, present, sentences):
            return of("rioters"), present  # "protesters set fire to a police station": the force's own post
        if not engaged and (cues.civilian_victims or cues.property_damage):
            return of("rioters"), of("civilians")  # the people harmed, or the owners of what was wrecked
        return of("rioters"), present
    active = acting(pairs, armed)
    first = with_role(pairs, armed, "perpetrator") or (active[0] if active else None)
    if first not in groups:
        # A named group claiming an attack by unnamed gunmen or bombers did it.
        first = with_role(pairs, groups, "claimant") or first
    gang = with_role(pairs, groups, "perpetrator") if cues.criminal and not rivals(sentences) else None
    if gang is not None and first in (convention, gang) and _gang_members(pairs, convention):
        # Unnamed gang members are the gang the story names as attacking: "Gang members killed 12 people ...
        # The Viv Ansanm coalition stormed the town" (not "gunmen ... raided a bar that the MS-13
        # gang ran", nor an insurgency's habit: "No group has admitted the bombing, though Baloch
        # insurgents regularly strike ..."; ACLED leaves unclaimed attacks unidentified)
        first = gang
        armed = [n for n in armed if n != convention]
    if kind == "Violence against civilians":
        return first or of("armed_group"), of("civilians")
    if kind == "Battles":
        victim = with_role(pairs, armed, "target") if first is None and len(armed) == 1 else None
        code = inter_code(victim, country) if victim is not None else None
        if victim is not None and (code == 1 or (code == 8 and not other_state(actors, victim))) \
                and not cues.cross_border:
            # "Saturday's attack killed 31 soldiers, the army said": the force was attacked, by no one named
            # (a foreign force too, "three Israeli soldiers were killed in Gaza", when no other state is named)
            return of("armed_group") if cues.drive_by else of(unnamed_attackers(cues)), victim
        first = first or (armed[0] if armed else None)
        among_people = people_fight(sentences)
        if first is not None and among_people and inter_code(first, country) == 1 and _told_only(pairs, first):
            first = None  # "clashes between two villages ..., police said": the police told of the fight
        if first is None:
            if country is None:
                return None, None
            if state_against_insurgency(country, sentences):
                # Fighting reported without its sides where an insurgency holds the field: the state against it.
                return of("military"), of(unnamed_attackers(cues))
            # Elsewhere, or between communities, clans, factions or gangs: no state force is invented.
            return of("armed_group"), of("armed_group")
        others = [n for n in armed if n != first and not (
            among_people and inter_code(n, country) == 1 and _told_only(pairs, n))]
        second = others[0] if others else None
        if second is not None and _told_only(pairs, second):
            # the side attacked before a force that only tells of it ("Colombian police said ELN guerrillas had
            # killed two soldiers")
            second = with_role(pairs, others, "target") or second
        if second is not None and inter_code(first, country) == inter_code(second, country) == 1 \
                and {first.split(" ", 1)[0], second.split(" ", 1)[0]} == {"Military", "Police"} \
                and with_role(pairs, [second], "target") is None:
            # "a joint team of the army, CRPF and police ... the terrorists opened fire": a state's army and
            # police fought side by side (unless one was hit), and the armed group they fought is the other
            # side (two armies of one country may be rival authorities: pro-Hadi and pro-Houthi forces)
            second = next((n for n in others if inter_code(n, country) in (2, 3)), second)
        if (second is None or _told_only(pairs, second)) and inter_code(first, country) != 1 and rivals(sentences):
            # "clashes between rival armed groups": both sides of one kind, no state (not the police who
            # tell of it), whoever else died in the crossfire ("nine people, including two civilians")
            return first, first
        if second is None and not cues.firefight and _civilian_target(actors):
            return first, of("civilians")  # one armed side and its civilian victims: no battle
        if second is None and among_people and inter_code(first, country) in (2, 3, 4):
            # "clashes between Fulani herders and farmers": the other side is people, not the state's army
            return first, of("armed_group")
        return with_opponent(first, second, country, unnamed_attackers(cues))
    if kind == "Explosions/Remote violence":
        civilians = cues.civilian_victims or _civilian_target(actors)  # "killed 40 Palestinians"
        bomb = sub_event_type in _PLANTED or (sub_event_type is None and not cues.air_strike and cues.bomb)
        if bomb and first is not None and cues.unknown_perpetrator and not with_role(pairs, [first], "claimant"):
            # "the culprits are unknown": a group merely named nearby did not plant the bomb, nor one told of
            # after it ("No group immediately claimed the attack, but IS has carried out similar attacks")
            said = unclaimed_from(sentences)
            first = first if any(n == first and m.role == "perpetrator" and (said is None or m.char_start < said)
                                 for m, n in pairs) else None
        bomber = first is not None and with_role(pairs, [first], "perpetrator") is not None
        if sub_event_type == "Suicide bomb":
            bomber = False  # no state force is a suicide bomber: the police who "returned fire" did not bomb
        if bomb and first is not None and inter_code(first, country) == 1 and not bomber:
            # Bombs, mines and grenades are planted by non-state groups; the state is their target
            # (unless the text makes it the bomber: "the military bombed a village").
            first = next((n for n in acting(pairs, armed) if inter_code(n, country) in (2, 3, 4)), None)
        if first is None:
            # Strikes from the air are a state's; bombs and shells without an author, unidentified.
            air = sub_event_type == "Air/drone strike" or cues.air_strike
            if air:  # the country's own air force, unless another state's flies over it (Lebanon, Gaza, Yemen)
                first = DEFAULTS.get((country, "air")) if country else None
                if before_its_time(first, year):
                    first = None  # (Yemen before the Saudi-led coalition's war of 2015: its own air force)
                if first is None and country and (country, "shelling") in DEFAULTS:
                    # an invader's fire from afar (Ukraine since 2022): its drones and missiles too
                    side = shelling_side(country, year)
                    first = side if side.startswith("Military Forces of") and side != of("military") else None
                first = first or of("military")
            elif country and (country, "shelling") in DEFAULTS:
                # A fixed front line (OSCE-observed Donbas): the shelling is between the two sides,
                # unless it hit civilians ("a rocket hit a residential building, killing seven").
                return shelling_side(country, year), of("civilians") if civilians else of("military")
            else:
                first = of("armed_group")
        others = [n for n in armed if n != first]
        target = with_role(pairs, others, "target") or (of("civilians") if civilians else None)
        if target is None and not others and not bomb and country and (country, "shelling") in DEFAULTS:
            # Across a fixed front line each side's shelling is aimed at the other.
            side = shelling_side(country, year)
            return first, of("military") if first in (DEFAULTS[(country, "shelling")], side) else side
        # "police said", "the US military said": a state's forces that only tell of the blast were not its
        # target, at home or abroad (a rebel group reporting strikes on its positions is)
        told = [n for n in others if not (_told_only(pairs, n) and inter_code(n, country) in (1, 8))]
        return first, target or (told[0] if told else None)
    first = first or (armed[0] if armed else None)
    if kind == "Strategic developments" and sub_event_type == "Arrests" and first \
            and first == _arrested_group(pairs, country):
        # "two LeT militants were arrested": the group's members are the arrested and the arrests a state
        # force's (an armed group's own arrests are typed as its abductions)
        return _arresting_force(pairs) or of("police"), first
    if kind == "Strategic developments" and cues.arrests and first and first.startswith(("Police", "Military")):
        # the arrested are civilians, whatever their party, unless they are an armed group's members
        # ("police arrested two LeT militants")
        return first, _arrested_group(pairs, country) or of("civilians")
    if kind == "Strategic developments" and sub_event_type == "Arrests" and _unarmed(first, country):
        # "55 people were arrested", "300 BJP activists were arrested": arrests are the police's, unless an
        # armed group made them ("QSD arrested 4 people": typed as its abductions)
        return force(pairs) or of("police"), of("civilians")
    if sub_event_type == "Looting/property destruction" and first and not with_role(pairs, armed, "target"):
        return first, of("civilians")  # what is looted or destroyed belongs to civilians unless said
    if first is None and _has_people(actors):
        return of("civilians"), None  # displacement, returns, evacuations: the people themselves
    second = next((n for n in armed if n != first), None)
    if second is None and cues.civilian_victims:
        # Arrests, looting, destruction: a lone armed actor acted against civilians.
        return first or of("armed_group"), of("civilians")
    return first, second


def _arresting_force(pairs: list[Pair]) -> str | None:
    """The police or army of the article that is not a target (of an earlier attack, say), if any."""
    forces = (n for m, n in pairs if n.startswith(("Police Forces", "Military Forces")) and m.role != "target")
    return next(forces, None)


def _arrested_group(pairs: list[Pair], country: str | None) -> str | None:
    """The armed group whose members a mention makes the target of the arrests, and none the arrester, if any
    (a party's members are civilians when arrested)."""
    acting = {n for m, n in pairs if m.role == "perpetrator"}
    return next((n for m, n in pairs if m.role == "target" and n not in acting and n not in PARTIES
                 and inter_code(n, country) in (2, 3, 4)), None)


def _unarmed(name: str | None, country: str | None) -> bool:
    """True for no actor, a party, a crowd, civilians or a government: none of them arrests anyone."""
    if name is None or name in PARTIES or name.startswith("Government of"):
        return True
    return inter_code(name, country) in (5, 6, 7)


def shelling_side(country: str, year: int | None) -> str:
    """The side unattributed shelling in `country` is coded to in `year` (None: the current
    convention): the newest "shelling_since_YYYY" default in force, else "shelling"."""
    current = [name for start, name in SHELLING_SINCE.get(country, ()) if year is None or start <= year]
    return current[-1] if current else DEFAULTS[(country, "shelling")]


def _people_country(actors: list[ActorMention], country: str | None, sentences: list[Sentence]) -> str | None:
    """The nationality of the people protesting or harmed, when the article states a foreign one;
    'International' for refugees and migrants of no stated nationality who act or are harmed in it
    (`actor_uprooted`)."""
    for m in actors:
        family = descriptor_family(m.text)
        if family not in ("civilians", "crowd", "protesters") or m.inter_code is None:
            continue
        if not m.generic and m.country_iso3 and m.country_iso3 != country:
            return m.country_iso3
    uprooted = [m for m in actors if m.generic and m.text.lower() in UPROOTED]
    others = [m for m in actors if m.generic and descriptor_family(m.text) == "civilians" and m not in uprooted]
    return "International" if international(actors, sentences, country) and not others else None


def _has_people(actors: list[ActorMention]) -> bool:
    """True when the article names civilians of some kind (residents, migrants, families)."""
    return any(descriptor_family(m.text) == "civilians" for m in actors if m.inter_code == 7)


def fill_international(family: str) -> str:
    """ACLED's name for people of no single nationality: "Protesters (International)"."""
    return family_name(family, None)[0] + " (International)"


def _fired_first(pairs: list[Pair], name: str, sentences: list[Sentence]) -> bool:
    """True when the story's opening sentence makes `name` act on the crowd ("police fired live rounds at
    protesters ... as demonstrators stormed parliament")."""
    opening = story_sentences(sentences)[:1]
    return bool(opening) and any(n == name and m.role == "perpetrator" and m.sentence_index == opening[0].index
                                 for m, n in pairs)


# A force's own posts and vehicles, named after it: "a police station", "an army camp", "a police van".
_FORCE_PROPERTY = re.compile(r"\s+(?:station|post|outpost|chowki|camp|barracks|vehicles?|vans?|jeeps?|cars?)\b",
                             re.IGNORECASE)
# ... as the object of the crowd's wrecking (not "gathered near the old police camp gate")
_WRECKED = re.compile(r"\b(?:set\s+(?:on\s+)?fire(?:\s+to)?|torched|attacked|ransacked|vandali[sz]ed|stormed|"
                      r"burn(?:ed|t)(?:\s+down)?|gheraoed|pelted\s+stones\s+at|smashed)\s+(?:an?\s+|the\s+|two\s+|"
                      r"three\s+|several\s+)?(?:local\s+)?$", re.IGNORECASE)


def _force_property(pairs: list[Pair], name: str, sentences: list[Sentence]) -> bool:
    """True when the story's opening names `name` by one of its posts or vehicles ("set fire to a police
    station"): what the crowd wrecked was that force's."""
    opening = story_sentences(sentences)[:1]
    return bool(opening) and any(
        n == name and m.sentence_index == opening[0].index
        and _FORCE_PROPERTY.match(opening[0].text, m.char_end - opening[0].start) is not None
        and _WRECKED.search(opening[0].text, 0, m.char_start - opening[0].start) is not None
        for m, n in pairs)


def _local_only(text: str) -> bool:
    """True when every catalogue entry of an armed group's form is one country's local name."""
    entries = form_actors(text, whole=True)
    return bool(entries) and all(e.local and e.actor_type != "state_forces" for e in entries)


def _gang_members(pairs: list[Pair], unnamed: str) -> bool:
    """True when the unnamed attackers are told of as a gang ("gang members", "the gangs")."""
    attackers = [m.text for m, n in pairs if n == unnamed and m.role == "perpetrator"]
    return bool(attackers) and all("gang" in text.lower() for text in attackers)


def _told_only(pairs: list[Pair], name: str) -> bool:
    """True when every mention of `name` only tells the news ("police said")."""
    return all(m.role == "source" for m, n in pairs if n == name)


def _civilian_target(actors: list[ActorMention]) -> bool:
    """True when civilians (a kind noun: "villagers", "a retired officer") are a victim of the article."""
    return any(m.role == "target" and m.inter_code == 7 for m in actors)


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
