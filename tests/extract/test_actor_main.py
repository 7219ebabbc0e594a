"""The incident's actor1/actor2 the way ACLED lists them, and the seed article's actors."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actors, incident_mentions, main_actors
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention
from tests.conftest import shared_file


def incident(body: str, event_type: str | None, sub_event_type: str | None, country: str | None) -> tuple:
    sentences = split_sentences(body)
    return main_actors(extract_actors(body, sentences), sentences, event_type, sub_event_type, country)


def test_peaceful_protest_has_protesters_only() -> None:
    """A peaceful protest lists the country's protesters and no second actor."""
    body = "About 300 nurses held a protest outside the district hospital demanding unpaid wages."
    assert incident(body, "Protests", "Peaceful protest", "IND") == ("Protesters (India)", None)


def test_protest_broken_up_by_police_lists_the_police() -> None:
    """When police intervene, they are the protest's second actor."""
    body = "Hundreds of farmers blocked the highway in a sit-in. Police used tear gas to clear the road."
    assert incident(body, "Protests", "Protest with intervention", "PAK") == (
        "Protesters (Pakistan)",
        "Police Forces of Pakistan",
    )


def test_the_month_of_march_is_no_demonstration() -> None:
    """'held since March': the month names no march, so a story with no known event has no protesters."""
    actor1, _ = incident("Commandos freed 12 hostages held by the gang since March.", None, None, None)
    assert actor1 != "Protesters"


def test_unknown_gunmen_against_civilians() -> None:
    """Unknown attackers of civilians are an unidentified armed group."""
    body = "Unidentified gunmen shot dead a shopkeeper and his son in the market on Sunday."
    assert incident(body, "Violence against civilians", "Attack", "NGA") == (
        "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    )


def test_generic_kind_nouns_take_the_incident_country() -> None:
    """'soldiers' in an article without a country takes the incident's country."""
    body = "Soldiers fired on a crowd that had gathered near the checkpoint, wounding four men."
    actor1, actor2 = incident(body, "Violence against civilians", "Attack", "MLI")
    assert (actor1, actor2) == ("Military Forces of Mali", "Civilians (Mali)")


def test_battle_with_one_named_side_gets_the_state_as_opponent() -> None:
    """A rebel group fighting an unnamed side is fighting the country's forces."""
    body = "Fighters of the Kachin Independence Army clashed near Hpakant for three hours."
    assert incident(body, "Battles", "Armed clash", "MMR") == (
        "KIA: Kachin Independence Army",
        "Military Forces of Myanmar",
    )


def test_named_group_replaces_generic_militants() -> None:
    """'militants' of an article that names al-Shabaab are al-Shabaab, not a second actor."""
    body = "Al-Shabaab militants attacked an army base. Soldiers repelled them after hours of fighting."
    expected = {"Al Shabaab", "Military Forces of Somalia"}
    assert set(incident(body, "Battles", "Armed clash", "SOM")) == expected


def test_unidentified_militants_stay_unidentified() -> None:
    """Militants the article calls unidentified are not the country's main insurgency."""
    body = "Unidentified militants opened fire on a police checkpoint, killing two constables."
    actor1, _ = incident(body, "Violence against civilians", "Attack", "PAK")
    assert actor1 == "Unidentified Armed Group (Pakistan)"


def test_riot_against_police() -> None:
    """A mob that attacks the police: rioters against the police."""
    body = "An angry mob pelted stones at police and set a bus on fire after the accident."
    assert incident(body, "Riots", "Violent demonstration", "BGD") == (
        "Rioters (Bangladesh)",
        "Police Forces of Bangladesh",
    )


def test_air_strike_without_author_is_the_states() -> None:
    """An air strike with no named author is coded to the country's military."""
    body = "An air strike hit a fuel depot outside the town, destroying several trucks."
    actor1, _ = incident(body, "Explosions/Remote violence", "Air/drone strike", "SDN")
    assert actor1 == "Military Forces of Sudan"


@pytest.fixture(scope="module")
def seed_mentions() -> list:
    body = shared_file("corpus/seed_article.txt").read_text(encoding="utf-8")
    return extract_actors(body, split_sentences(body))


def test_seed_article_actors(seed_mentions: list) -> None:
    """The seed article gives Pakistan, the Taliban, both defence ministers, AFP, RTA and the US."""
    names = {m.actor_name for m in seed_mentions}
    assert {"Government of Pakistan", "Taliban", "AFP", "RTA"} <= names
    assert any("United States" in n for n in names)
    people = {m.actor_name for m in seed_mentions if m.actor_type == "person"}
    assert "Khawaja Muhammad Asif" in people
    assert any("Yaqoob Mujahid" in p for p in people)


def test_seed_article_roles_and_places(seed_mentions: list) -> None:
    """Turkey and Qatar mediate, the agencies are sources, and Istanbul and Doha are only places."""
    roles: dict[str, set[str | None]] = {}
    for m in seed_mentions:
        roles.setdefault(m.actor_name, set()).add(m.role)
    assert "mediator" in roles["Government of Turkey"]
    assert "mediator" in roles["Government of Qatar"]
    assert roles["AFP"] == {"source"} and roles["RTA"] == {"source"}
    assert not {m.text for m in seed_mentions} & {"Istanbul", "Doha"}
    asif = {m.text for m in seed_mentions if m.actor_name == "Khawaja Muhammad Asif"}
    assert asif == {"Khawaja Muhammad Asif", "Khawaja Asif"}


def test_protesters_are_named_by_their_nationality() -> None:
    """Foreign nationals protesting are ACLED's protesters of their own country."""
    body = "Around 200 Peruvian citizens protested outside the consulate in Santiago demanding flights home."
    assert incident(body, "Protests", "Peaceful protest", "CHL") == ("Protesters (Peru)", None)


def test_rioters_are_not_named_by_their_victims_nationality() -> None:
    """'a mob ... two British tourists were attacked and killed': the mob is the country's rioters."""
    body = "A mob attacked a car on the highway near Himatnagar on Monday, and two British tourists were killed."
    assert incident(body, "Riots", "Mob violence", "IND")[0] == "Rioters (India)"


def test_unattributed_bomb_is_not_the_states() -> None:
    """A roadside bomb that hit soldiers is an unidentified group's attack on the military."""
    body = "A roadside bomb struck an army patrol, killing two soldiers. No group claimed the attack."
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "NER") == (
        "Unidentified Armed Group (Niger)",
        "Military Forces of Niger",
    )


def test_state_named_as_the_bomber_stays_actor1() -> None:
    """'The military bombed a village': the state is the bomber, not an unidentified group."""
    body = "The Myanmar military bombed a village in Sagaing region, killing 14 civilians."
    actor1, _ = incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "MMR")
    assert actor1 == "Military Forces of Myanmar"


def test_shelling_in_ukraine_follows_the_convention_of_its_year() -> None:
    """Unattributed shelling in Ukraine: the Donbas separatists' before 2022, Russia's forces since."""
    body = "Shelling hit a residential area of the city overnight, damaging several houses."
    sentences = split_sentences(body)
    found = extract_actors(body, sentences)
    kind = ("Explosions/Remote violence", "Shelling/artillery/missile attack", "UKR")
    assert main_actors(found, sentences, *kind, 2016)[0] == "NAF: United Armed Forces of Novorossiya"
    assert main_actors(found, sentences, *kind, 2023)[0] == "Military Forces of Russia"


def test_attack_on_soldiers_is_coded_as_a_battle() -> None:
    """Violence whose victims are soldiers lists the attackers against the state forces, not civilians."""
    body = "Taliban fighters ambushed an army convoy, and four soldiers were killed."
    assert incident(body, "Violence against civilians", "Attack", "AFG") == (
        "Taliban",
        "Military Forces of Afghanistan",
    )


def test_a_ministry_telling_the_news_is_not_what_a_strike_hit() -> None:
    """'Israeli strikes killed 40 Palestinians, the health ministry said': the civilians were hit, the
    ministry only reports it."""
    body = "Israeli strikes killed at least 40 Palestinians in Gaza overnight, the health ministry said on Thursday."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "PSE") == (
        "Military Forces of Israel", "Civilians (Palestine)")


def test_state_forces_of_an_unnamed_country_are_still_a_side() -> None:
    """'Security forces killed eight militants' (no country named): the forces against the militants,
    not the militants alone."""
    body = "Security forces killed eight militants in a raid on Tuesday."
    assert incident(body, "Battles", "Armed clash", None) == ("Military Forces", "Unidentified Armed Group")


def test_a_force_that_only_believes_or_tells_is_not_what_a_bomb_hit() -> None:
    """'Police suspect that three persons were killed in bomb explosions': the police tell, the bomb hit people;
    'security sources said' of a blast that names no victims leaves the target unknown."""
    body = "Police suspect that three persons were killed and two injured in bomb explosions in the old city on Friday."
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "IND")[1] != (
        "Police Forces of India")
    body = "A car bomb went off near a market in the city on Wednesday, security sources said."
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "IRQ")[1] is None


def test_a_force_that_only_told_the_news_is_not_a_side() -> None:
    """'a tribal clash left 25 people dead, police said': the police were not there (riots); 'Police
    confirmed 18 deaths' does not make the police the attackers."""
    body = "A tribal clash in the highlands left 25 people dead on Sunday, police said."
    assert incident(body, "Riots", "Mob violence", "PNG")[1] != "Police Forces of Papua New Guinea"
    body = "Gunmen attacked three villages on Sunday night, killing at least 30 people. Police confirmed 18 deaths."
    assert incident(body, "Violence against civilians", "Attack", "NGA") == (
        "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_rival_groups_fight_each_other_not_the_state() -> None:
    """'Fighting between rival armed groups in Tripoli left eight dead, the health ministry said': two armed
    groups; the ministry that told the news is no side."""
    body = "Fighting between rival armed groups in Tripoli overnight left eight people dead, the health ministry said."
    assert incident(body, "Battles", "Armed clash", "LBY") == (
        "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")


def test_a_force_of_no_named_country_gives_way_to_the_same_force_of_one() -> None:
    """A countryless 'Military Forces' (read from a pronoun: "they", "us") beside the article's
    'Military Forces of India' is that force, not a second side."""
    body = "The army was deployed in Ayodhya. They fired on the crowd, and us too, a witness said."
    sentences = split_sentences(body)
    army = ActorMention(4, 8, "army", "Military Forces of India", "state_forces", "IND", None, 0, 1, True)
    they = ActorMention(36, 40, "They", "Military Forces", "state_forces", None, "perpetrator", 1, 1, True)
    us = ActorMention(68, 70, "us", "Military Forces", "state_forces", None, "target", 1, 1, True)
    crowd = ActorMention(58, 63, "crowd", "Rioters (India)", "rioters", "IND", "target", 1, 5, True)
    first, second = main_actors([army, they, us, crowd], sentences, "Battles", "Armed clash", None)
    assert "Military Forces" not in (first, second) and "Military Forces of India" in (first, second)


def test_a_state_fire_named_after_in_did_the_killing() -> None:
    """'Eleven civilians were among 15 people killed in a Russian drone strike': Russia's forces against
    the civilians (the roles were the other way round)."""
    body = "Eleven civilians were among 15 people killed in a Russian drone strike on a bus in the region on Tuesday."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "UKR") == (
        "Military Forces of Russia", "Civilians (Ukraine)")


def test_unattributed_shelling_that_hit_civilians_names_them() -> None:
    """'a rocket slammed into an apartment block, killing seven people' in Ukraine: the default side's
    forces against civilians, not against the other army."""
    body = "A rocket slammed into an apartment block on Tuesday, killing seven people including four children."
    assert incident(body, "Explosions/Remote violence", "Shelling/artillery/missile attack", "UKR")[1] == (
        "Civilians (Ukraine)")


@pytest.mark.parametrize(
    "body",
    [
        "Supporters of two rival candidates clashed with sticks at the market, leaving five people injured.",
        "Two groups of villagers pelted stones at each other over a land dispute; three people were hurt.",
    ],
)
def test_crowds_fighting_each_other_are_rioters_on_both_sides(body: str) -> None:
    """'two groups clashed', 'pelted stones at each other': ACLED lists rioters against rioters, not civilians."""
    assert incident(body, "Riots", "Mob violence", "IND") == ("Rioters (India)", "Rioters (India)")


def test_attackers_no_one_claimed_are_not_the_group_named_beside_them() -> None:
    """'Jihadists killed 20 civilians ... No group has claimed the massacre, but JNIM is active in the
    area': unidentified attackers against civilians, not JNIM (nor an 'al Qaeda-affiliated' target)."""
    body = ("Suspected jihadists killed at least 20 civilians in a raid on a village on Saturday. "
            "No group has claimed the massacre, but the al Qaeda-affiliated JNIM is active in the area.")
    assert incident(body, "Violence against civilians", "Attack", "MLI") == (
        "Unidentified Armed Group (Mali)", "Civilians (Mali)")


@pytest.mark.parametrize(
    ("body", "country", "mission"),
    [
        ("Two UN peacekeepers were killed when their convoy hit a mine near Kidal.", "MLI",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
        ("Militants attacked a base of UN peacekeepers near Beni, killing one soldier.", "COD",
         "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
    ],
)
def test_un_peacekeepers_are_the_country_s_mission(body: str, country: str, mission: str) -> None:
    """'UN peacekeepers' in Mali are MINUSMA, in the DR Congo MONUSCO, as ACLED names the missions."""
    assert mission in incident(body, None, None, country)


def test_a_drone_named_by_its_nationality_is_that_state_s() -> None:
    """'after a Russian drone hit a residential building': Russia's forces, the singular 'drone' too."""
    body = "An elderly woman and her grandson were among the dead after a Russian drone hit a residential building."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "UKR")[0] == "Military Forces of Russia"


def test_unattributed_drones_over_ukraine_are_the_invader_s() -> None:
    """'Drones hit a building in Sumy overnight, killing two': Russia's since 2022, not Ukraine's own air force;
    elsewhere an unattributed air strike stays the country's own."""
    body = "Drones hit a building overnight, killing two people."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "UKR")[0] == "Military Forces of Russia"
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "SYR")[0] == "Military Forces of Syria"


def test_arrests_are_the_police_s_whoever_the_arrested_are() -> None:
    """'150 BJP workers were detained for blocking a highway': the police arrest civilians, not the party or a riot;
    'QSD arrested 4 people' stays the armed group's."""
    body = "About 150 BJP workers were detained in Jaipur on Monday for blocking a national highway."
    assert incident(body, "Strategic developments", "Arrests", "IND") == ("Police Forces of India", "Civilians (India)")
    body = "Police picked up 17 youths for questioning after the violence in Bhadrak on Tuesday."
    assert incident(body, "Strategic developments", "Arrests", "IND") == ("Police Forces of India", "Civilians (India)")


def test_an_armed_groups_arrested_members_are_the_second_side() -> None:
    """'Two Lashkar-e-Taiba militants were arrested': the police arrest the group (not the group the police);
    with the arresting force named, it is the first side; a party's arrested members stay civilians."""
    body = "Two Lashkar-e-Taiba militants were arrested in Sopore on Monday."
    assert incident(body, "Strategic developments", "Arrests", "IND") == ("Police Forces of India",
                                                                          "LeT: Lashkar-e-Taiba")
    body = "Soldiers arrested three Hizbul Mujahideen militants in a raid in Baramulla on Monday."
    assert incident(body, "Strategic developments", "Arrests", "IND") == ("Military Forces of India",
                                                                          "HM: Hizb-ul-Mujahideen")
    body = "Police arrested 40 BNP activists in Dhaka on Monday."
    assert incident(body, "Strategic developments", "Arrests", "BGD") == ("Police Forces of Bangladesh",
                                                                          "Civilians (Bangladesh)")


def test_victims_counted_in_a_tally_are_no_rioting_crowd() -> None:
    """'bringing to 32 the number of activists killed this year': the activists are victims, so the
    murders are an armed group's, not rioters'."""
    body = ("Two social leaders were murdered in the department of Cauca over the weekend, the ombudsman's office "
            "said, bringing to 32 the number of activists killed this year.")
    assert incident(body, "Violence against civilians", "Attack", "COL") == (
        "Unidentified Armed Group (Colombia)", "Civilians (Colombia)")


def test_a_government_air_strike_on_a_rebel_held_town_is_the_army_s_on_civilians() -> None:
    """'A Syrian government air strike on a market in the rebel-held town killed 12 civilians': the
    state's forces against civilians; the rebels only hold the town."""
    body = "A Syrian government air strike on a market in the rebel-held town of Ariha killed at least 12 civilians."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "SYR") == (
        "Military Forces of Syria", "Civilians (Syria)")


def test_rival_groups_fight_each_other_not_the_police_who_report_it() -> None:
    """'shot dead in a gunfight between rival armed groups, police said': both sides are the armed groups."""
    body = "Two refugees were shot dead in a gunfight between rival armed groups in the camp on Tuesday, police said."
    first, second = incident(body, "Battles", "Armed clash", "BGD")
    assert first == second == "Unidentified Armed Group (Bangladesh)"


def test_rival_groups_fight_each_other_whoever_died_in_the_crossfire() -> None:
    """'Clashes between two rival armed groups killed nine people, including two civilians': still the two
    armed groups; the civilians are among the dead, not a side."""
    body = ("Clashes between two rival armed groups in Tripoli killed nine people, including two civilians, "
            "on Monday, the health ministry said.")
    first, second = incident(body, "Battles", "Armed clash", "LBY")
    assert first == second == "Unidentified Armed Group (Libya)"


def test_a_government_is_no_side_of_violence() -> None:
    """'An official in charge of the election's vote tallying was found strangled near Nairobi': the official's
    government is the victim's employer, no attacker; the unknown killers are the country's unidentified armed
    group."""
    body = ("An official in charge of the election's vote tallying has been found strangled in a river near "
            "Nairobi.")
    sentences = split_sentences(body)
    actors = extract_actors(body, sentences)
    assert any(m.actor_name.startswith("Government of Kenya") for m in actors)  # the official's mention
    assert main_actors(actors, sentences, "Violence against civilians", "Attack", "KEN")[0] == (
        "Unidentified Armed Group (Kenya)")


def test_fighting_without_sides_invents_no_state_force_outside_an_insurgency() -> None:
    """'A shoot-out was reported in Jardim Catarina' (Brazil: no standing insurgency) is between
    unidentified armed groups, not the army against them; in Afghanistan unnamed fighting is still the
    state's against the Taliban."""
    body = "A shoot-out was reported in Jardim Catarina on Tuesday."
    assert incident(body, "Battles", "Armed clash", "BRA") == (
        "Unidentified Armed Group (Brazil)",
        "Unidentified Armed Group (Brazil)",
    )
    body = "Heavy clashes erupted in Kunduz province on Tuesday, officials said."
    assert incident(body, "Battles", "Armed clash", "AFG") == ("Military Forces of Afghanistan", "Taliban")


def test_an_ethnic_clash_in_an_insurgency_country_is_not_the_insurgency() -> None:
    """'An ethnic clash between Tiv and Jukun youths' in Nigeria is no army-Boko Haram battle."""
    body = "Three people died in an ethnic clash between Tiv and Jukun youths near Wukari on Friday."
    first, second = incident(body, "Battles", "Armed clash", "NGA")
    assert "Military" not in str(first) and "Boko Haram" not in str(second)


def test_rival_gangs_clashing_in_a_headline_are_both_sides() -> None:
    """'Ten killed as rival gangs clash in Port-au-Prince' (a headline's present): gangs on both sides, no army."""
    assert incident("Ten killed as rival gangs clash in Port-au-Prince", "Battles", "Armed clash", "HTI") == (
        "Unidentified Gang (Haiti)", "Unidentified Gang (Haiti)")


def test_a_force_that_only_tells_of_a_fight_between_people_is_no_side() -> None:
    """'clashes between two villages ..., police said': the police told of it; the sides are unnamed groups
    (not the police against the country's insurgency); herders clashing with farmers face no invented army."""
    villages = "Clashes between two villages over a water point in Mandera left four people dead, police said."
    assert incident(villages, "Battles", "Armed clash", "KEN") == (
        "Unidentified Armed Group (Kenya)", "Unidentified Armed Group (Kenya)")
    herders = "Clashes between Fulani herders and farmers in Benue state left 17 people dead, state police said."
    first, second = incident(herders, "Battles", "Armed clash", "NGA")
    assert first == "Fulani Ethnic Militia (Nigeria)"
    assert second not in ("Police Forces of Nigeria", "Military Forces of Nigeria")
    army = "Pakistani army kills four insurgents in tribal district raid"  # a place, not a tribal fight
    assert "Military Forces of Pakistan" in incident(army, "Battles", "Armed clash", "PAK")


def test_the_side_attacked_comes_before_a_force_that_only_tells_of_it() -> None:
    """'Colombian police said ELN guerrillas had killed two soldiers': the soldiers' army is the other side,
    not the police who told of it."""
    body = ("Colombian police said on Monday that suspected ELN guerrillas had killed two soldiers in an attack on "
            "a military base in Arauca.")
    assert incident(body, "Battles", "Armed clash", "COL") == (
        "ELN: National Liberation Army", "Military Forces of Colombia")


def test_a_foreign_army_that_tells_of_a_strike_is_no_target() -> None:
    """'Houthi rebels fired a missile at a ship off Hodeidah, Yemen, the US military said': no second side."""
    body = "Houthi rebels fired a missile at a ship off the coast of Hodeidah, Yemen, the US military said."
    assert incident(body, "Explosions/Remote violence", "Shelling/artillery/missile attack", "YEM")[1] is None


def test_an_army_and_police_fighting_together_face_the_armed_group() -> None:
    """'a joint team of the army and police ... the terrorists opened fire': the police are no second side."""
    body = ("Security forces shot dead two terrorists in Kulgam on Sunday, police said. Acting on a tip-off, a joint "
            "team of the Army and police cordoned off a village, a police officer said. The militants hiding in an "
            "orchard fired at the team, and a gunfight followed. Both were members of Lashkar-e-Taiba.")
    assert incident(body, "Battles", "Armed clash", "IND") == ("Military Forces of India", "LeT: Lashkar-e-Taiba")


def test_the_dead_of_a_market_bombing_are_civilians() -> None:
    """'killed herself and 14 others at a crowded market': the market's crowd are civilians."""
    body = "A female suicide bomber killed herself and 14 others at a crowded market in Konduga on Tuesday."
    assert incident(body, "Explosions/Remote violence", "Suicide bomb", "NGA")[1] == "Civilians (Nigeria)"


def test_police_who_fired_on_rioters_are_their_opponent() -> None:
    """'Police fired live rounds at protesters, killing five, as demonstrators stormed parliament': the police,
    not the civilians, face the rioters."""
    body = ("Police fired live rounds at protesters in Nairobi on Tuesday, killing at least five people, as "
            "demonstrators stormed parliament, a rights group said.")
    assert incident(body, "Riots", "Violent demonstration", "KEN") == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_a_pronoun_takes_its_antecedent_s_country() -> None:
    """'the state police spokesman said: "We have deployed a team"' in a story the places module sets in Nigeria:
    the 'we' is Nigeria's police, as its antecedent is once re-coded (not Mexico's State Police)."""
    body = ('Gunmen killed 9 people in Plateau. Confirming the incident, the state police spokesman, Alfred '
            'Alabo, said: "We have deployed a tactical team."')
    sentences = split_sentences(body)
    mentions = incident_mentions(extract_actors(body, sentences), "NGA")
    assert {m.text: m.actor_name for m in mentions}["We"] == "Police Forces of Nigeria"


def test_a_local_name_for_armed_men_in_a_story_of_no_country_is_armed_men() -> None:
    """'Militiamen killed five villagers' (Brazil's word for its police militias) with no country known: an
    unidentified armed group; in Rio de Janeiro the militia itself."""
    assert incident("Militiamen killed five villagers on Sunday.", "Violence against civilians", "Attack", None)[0] == (
        "Unidentified Armed Group")
    assert incident("Militiamen killed five residents in Rio de Janeiro on Sunday.", "Violence against civilians",
                    "Attack", "BRA")[0] == "Unidentified Gang and/or Police Militia"


def test_a_group_told_of_after_no_one_claimed_a_bombing_is_no_author() -> None:
    """'No group immediately claimed the blast, though the Islamic State group has bombed mosques before':
    the bomb's author is unidentified; 'Baloch separatists detonated a device beside a checkpoint ..., though no
    group claimed it' keeps the separatists, named before."""
    body = ("Seven worshippers died when a bomb went off in a mosque in Kunduz province during Friday prayers. "
            "No group immediately claimed the blast, though the Islamic State group has bombed mosques in the "
            "region before.")
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "AFG")[0] == (
        "Unidentified Armed Group (Afghanistan)")
    body = ("Baloch separatists detonated a device beside a checkpoint near Turbat, wounding three guards, though "
            "no group has yet claimed responsibility.")
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "PAK")[0] == (
        "Baloch Separatists (Pakistan)")


def test_a_mob_beating_someone_to_death_is_no_police_intervention() -> None:
    """'Beaten to death by a crowd ... Police have filed a case': the victim, not the police, is the second side."""
    body = ("A labourer was beaten to death by a crowd of men after a quarrel at a tea stall on Sunday. "
            "Police have filed a case against eight of them.")
    assert incident(body, "Riots", "Mob violence", "IND") == ("Rioters (India)", "Civilians (India)")


def test_a_crowd_that_wrecks_a_force_s_post_faces_that_force() -> None:
    """'Rioters set fire to a police station after a student was killed': the police, whose station burned, are the
    second side; a bus burned "in front of the police camp" is its passengers'."""
    body = "Rioters set fire to a police station in the old town on Monday after a student was killed in a brawl."
    assert incident(body, "Riots", "Violent demonstration", "BGD") == (
        "Rioters (Bangladesh)", "Police Forces of Bangladesh")
    body = "Blockaders set fire to a bus in front of the police camp on Monday, injuring four passengers."
    assert incident(body, "Riots", "Violent demonstration", "BGD")[1] == "Civilians (Bangladesh)"


def test_an_unattributed_air_strike_in_yemen_is_the_coalition_s_since_2015() -> None:
    """'an air strike hit a market in Saada' in 2021: the Saudi-led coalition's; in 2012, before its war, Yemen's
    own air force."""
    body = "On 7 June 2021, an air strike hit a market in Saada, killing nine people."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "YEM")[0] == "Operation Restoring Hope"
    body = "On 3 March 2012, an air strike hit a market in Abyan, killing nine people."
    assert main_actors(extract_actors(body, split_sentences(body)), split_sentences(body), "Explosions/Remote violence",
                       "Air/drone strike", "YEM", 2012)[0] == "Military Forces of Yemen"


def test_teenagers_and_infants_harmed_are_civilians() -> None:
    """'An air strike killed two teenagers', '... a baby': the victims are civilians, ACLED's second actor."""
    for body in ("An air strike hit a farmhouse on Monday, killing two teenagers.",
                 "An air strike hit a farmhouse on Monday, killing a baby and her grandfather."):
        assert incident(body, "Explosions/Remote violence", "Air/drone strike", "SOM")[1] == "Civilians (Somalia)"


def test_a_mob_that_killed_on_suspicion_of_theft_is_no_fight_with_the_police() -> None:
    """'A mob beat two men to death ... on suspicion of stealing goats ... Police have arrested three': mob justice on a
    suspect, whose victims are civilians; the police who arrested its members later are no side of it."""
    body = ("A mob beat two men to death outside Latehar on Sunday on suspicion of stealing goats, police said. "
            "Police have arrested three people.")
    assert incident(body, "Riots", "Mob violence", "IND")[1] == "Civilians (India)"
