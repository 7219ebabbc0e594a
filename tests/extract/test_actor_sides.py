"""The armed sides of an incident: named groups, parties, claimants."""

from __future__ import annotations

from pipeline.extract.actor_events import event_cues
from pipeline.extract.actor_sides import armed_pairs, armed_victims
from pipeline.extract.actors import extract_actors, main_actors
from pipeline.extract.sentences import split_sentences


def incident(body: str, event_type: str | None, sub_event_type: str | None, country: str | None) -> tuple:
    sentences = split_sentences(body)
    return main_actors(extract_actors(body, sentences), sentences, event_type, sub_event_type, country)


def test_two_named_armed_groups_clashing_fight_a_battle() -> None:
    """Two named gangs clashing are the two sides, even when the wording reads like a riot."""
    body = ("Members of Red Command and Pure Third Command fought each other in the favela overnight, and a bus was "
            "torched.")
    assert set(incident(body, "Riots", "Mob violence", "BRA")) == {"CV: Red Command", "TCP: Pure Third Command"}


def test_party_supporters_clashing_are_rioters() -> None:
    """Supporters of two parties clashing are rioters, not two armed groups."""
    body = "Supporters of the BNP and the Awami League clashed with sticks in the bazaar, injuring ten people."
    actor1, _ = incident(body, "Riots", "Mob violence", "BGD")
    assert actor1 == "Rioters (Bangladesh)"


def test_crowd_clashing_with_a_named_militia() -> None:
    """A crowd fighting a named militia lists that militia as the riot's second actor."""
    body = "Imbonerakure and opposition members fought with machetes at a market, injuring five people."
    actor1, actor2 = incident(body, "Riots", "Mob violence", "BDI")
    assert actor1 == "Rioters (Burundi)"
    assert actor2 is not None and actor2.startswith("CNDD-FDD-Imbonerakure")


def test_group_claiming_an_unnamed_bombers_attack_is_the_attacker() -> None:
    """A suicide bomber's attack claimed by a named group is that group's."""
    body = (
        "Nine people died when a suicide bomber detonated his vest at a court complex. "
        "Jamaatul Ahrar claimed the bombing in a message to reporters."
    )
    actor1, _ = incident(body, "Explosions/Remote violence", "Suicide bomb", "PAK")
    assert actor1 == "Jamaat-ul-Ahrar"


def test_named_perpetrator_is_not_replaced_by_a_claimant() -> None:
    """When the article names who attacked, another group's claim does not replace it."""
    body = "ISGS fighters shot dead five herders at a well near Menaka. ISWAP later claimed responsibility."
    actor1, _ = incident(body, "Violence against civilians", "Attack", "MLI")
    assert actor1 == "Islamic State (Greater Sahara)"


def test_drive_by_is_a_gang_only_where_acled_says_so() -> None:
    """A drive-by shooting is organised crime's in Mexico, an unidentified group's in Yemen."""
    body = "Two men on a motorbike shot a shopkeeper dead in a drive-by."
    assert incident(body, "Violence against civilians", "Attack", "MEX")[0] == "Unidentified Gang (Mexico)"
    assert incident(body, "Violence against civilians", "Attack", "YEM")[0] == "Unidentified Armed Group (Yemen)"


def test_unclaimed_attack_in_the_deep_south_is_the_insurgents() -> None:
    """Unknown gunmen who shoot a village headman in Thailand are coded to the southern separatists."""
    body = "Unknown gunmen shot dead a village headman outside his house."
    assert incident(body, "Violence against civilians", "Attack", "THA") == (
        "Southern Muslim Separatists (Thailand)",
        "Civilians (Thailand)",
    )


def test_agent_after_a_quantifier_is_the_perpetrator() -> None:
    """'shot ... by an unknown number of assailants': the assailants attacked; the police who said so are no
    victims."""
    body = "Two brothers were shot at a cockfight by an unknown number of assailants, police said."
    assert incident(body, "Violence against civilians", "Attack", "PHL") == (
        "Unidentified Armed Group (Philippines)",
        "Civilians (Philippines)",
    )


def test_object_of_a_verb_of_violence_is_the_target() -> None:
    """'shot dead a local ANP office-bearer and wounded his driver': the party is the victim, not the attacker."""
    body = "Police said masked attackers shot dead a local ANP office-bearer and wounded his driver near a mosque."
    assert incident(body, "Violence against civilians", "Attack", "PAK") == (
        "Unidentified Armed Group (Pakistan)",
        "Civilians (Pakistan)",
    )


def test_mob_justice_follows_acleds_convention_of_the_year() -> None:
    """A lynch mob is a vigilante group in ACLED's older data, rioters since its 2019 codebook."""
    body = "A mob beat a suspected thief to death in the village market."
    sentences = split_sentences(body)
    actors = extract_actors(body, sentences)
    assert main_actors(actors, sentences, "Riots", "Mob violence", "UGA", 2020) == (
        "Rioters (Uganda)",
        "Civilians (Uganda)",
    )
    assert main_actors(actors, sentences, "Riots", "Mob violence", "UGA", 2016)[0] == "Vigilante Group (Uganda)"


def test_rioters_wrecking_property_are_against_civilians() -> None:
    """Rioters who set a bank on fire are coded against the civilians who own it."""
    body = "Rioters set fire to the entrance of a bank in Tripoli with petrol bombs."
    assert incident(body, "Riots", "Violent demonstration", "LBN") == ("Rioters (Lebanon)", "Civilians (Lebanon)")


def test_rioters_blocking_a_road_have_no_second_actor() -> None:
    """Rioters who only close a road with piles of sand harm nobody's property."""
    body = "Rioters closed the coastal road near Jiyeh with piles of sand and rocks."
    assert incident(body, "Riots", "Violent demonstration", "LBN") == ("Rioters (Lebanon)", None)


def test_shootout_with_the_police_is_no_riot() -> None:
    """A 'shootout' between the police and a group is a battle with the police, whatever the typing."""
    body = "A suspected pirate leader died in a shootout with RAB in the Sundarbans on Friday."
    assert "Police Forces of Bangladesh" in incident(body, "Riots", "Mob violence", "BGD")


def test_a_team_of_soldiers_clashing_are_the_soldiers() -> None:
    """'A team of soldiers and police fought insurgents': the soldiers fought, not only the police."""
    body = "A joint team of soldiers and police fought insurgents in a rubber plantation near Bacho."
    assert "Military Forces of Thailand" in incident(body, "Battles", "Armed clash", "THA")


def test_an_assassinated_fighter_is_the_target() -> None:
    """Gunmen who assassinate an SDF member attack the SDF."""
    body = "Unidentified gunmen assassinated an SDF member on the road to the dam."
    assert incident(body, "Violence against civilians", "Attack", "SYR") == (
        "Unidentified Armed Group (Syria)",
        "QSD: Syrian Democratic Forces",
    )


def test_arrests_without_a_named_force_are_the_polices() -> None:
    """'30 people were arrested' names nobody arresting: ACLED codes the police against civilians."""
    body = "More than 30 people were arrested over the weekend for joining unsanctioned marches in Minsk."
    assert incident(body, "Strategic developments", "Arrests", "BLR") == (
        "Police Forces of Belarus",
        "Civilians (Belarus)",
    )


def test_retired_officers_and_informers_are_civilians() -> None:
    """A retired police officer or a police informer shot by gunmen is a civilian victim, not a battle."""
    for body in (
        "Gunmen on a motorbike killed a retired police inspector outside a tea stall.",
        "Maoist rebels hacked a police informer to death in a forest village of Bijapur district.",
    ):
        _, actor2 = incident(body, "Battles", "Armed clash", "IND")
        assert actor2 == "Civilians (India)", body


def test_serving_officer_shot_is_a_battle() -> None:
    """A serving police officer shot by gunmen is the police side of the fight."""
    body = "Gunmen on a motorbike killed a police inspector outside a tea stall."
    assert incident(body, "Battles", "Armed clash", "IND")[1] == "Police Forces of India"


def test_is_is_no_passive_auxiliary() -> None:
    """'IS militants buried a roadside bomb': the group called IS buried it, it was not acted upon."""
    body = "IS militants buried a roadside bomb that hit an army convoy, wounding two soldiers."
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "IRQ")[0] == (
        "Islamic State (Iraq)"
    )


def test_bomb_planted_by_a_named_group_despite_no_claim() -> None:
    """'planted by Baloch insurgents ... no one has claimed': the article still names them."""
    body = (
        "A vendor died when an explosive device that police said was planted by Baloch insurgents went off near a "
        "bus stand. No one has claimed the blast so far."
    )
    assert incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "PAK") == (
        "Baloch Separatists (Pakistan)",
        "Civilians (Pakistan)",
    )


def test_a_force_attacked_by_no_one_named_is_the_second_side() -> None:
    """'Saturday's attack killed 31 soldiers, the army said': unnamed attackers against the army."""
    body = "Saturday's attack, the deadliest this year, killed 31 soldiers, the army said on Monday."
    assert incident(body, "Battles", "Armed clash", "MLI") == (
        "Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_the_other_side_of_the_fight_the_dead_died_in_killed_them() -> None:
    """'Two Maoists were shot dead during an encounter with district police': the police are the first side."""
    body = "Two Maoists were shot dead during an encounter with district police in a forest near Gadchiroli."
    assert incident(body, "Battles", "Armed clash", "IND")[0] == "Police Forces of India"


def test_unattributed_air_strikes_in_lebanon_are_israels() -> None:
    """An air strike in Lebanon that no one is named for: ACLED's attribution, Israel's forces."""
    body = "Two journalists were killed in a drone strike in the south of the country on Tuesday."
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "LBN")[0] == "Military Forces of Israel"
    assert incident(body, "Explosions/Remote violence", "Air/drone strike", "SYR")[0] == "Military Forces of Syria"


def test_the_side_that_took_the_ground_comes_first() -> None:
    """'The army retook the town from M23 rebels': the army first; 'M23 captured the town': M23 first."""
    assert incident("The army retook the town of Nyanzale from M23 rebels on Thursday.", "Battles",
                    "Government regains territory", "COD")[0] == "Military Forces of the Democratic Republic of Congo"
    assert incident("M23 rebels captured the town of Nyanzale after heavy fighting with the army.", "Battles",
                    "Non-state actor overtakes territory", "COD")[0] == "M23: March 23 Movement"


def test_a_foreign_forces_lone_opponent_is_the_countrys_insurgents_unless_at_war() -> None:
    """'Israeli forces killed a Palestinian man during clashes': no 'Military Forces of Palestine' is invented; a
    lone Russian force in Ukraine still fights Ukraine's army."""
    body = "Israeli forces killed a Palestinian man during clashes in Nablus on Tuesday."
    assert incident(body, "Battles", "Armed clash", "PSE") == (
        "Military Forces of Israel", "Unidentified Armed Group (Palestine)")
    body = "Russian forces clashed near the village of Robotyne on Tuesday."
    assert incident(body, "Battles", "Armed clash", "UKR") == (
        "Military Forces of Russia", "Military Forces of Ukraine")


def test_soldiers_attacked_by_no_one_named_face_the_insurgency_unless_unclaimed() -> None:
    """Soldiers hit by unnamed attackers face the country's insurgency, not when the story says no group claimed it."""
    body = "Three soldiers died when gunfire hit their convoy near the border on Sunday."
    assert "TTP: Tehreek-i-Taliban Pakistan" in incident(body, "Battles", "Armed clash", "PAK")
    unclaimed = body + " Nobody has claimed the ambush."
    assert set(incident(unclaimed, "Battles", "Armed clash", "PAK")) == {
        "Unidentified Armed Group (Pakistan)",
        "Military Forces of Pakistan",
    }


def test_unknown_weapons_do_not_make_the_attackers_unclaimed() -> None:
    """'Unknown weapons' in a shelling report is no statement that nobody claimed the attack."""
    shelling = "Monitors counted 40 blasts from unknown weapons near the town."
    assert not event_cues(split_sentences(shelling)).unclaimed
    assert event_cues(split_sentences("A bomb tore through a minibus. No specific group claimed it.")).unclaimed


def test_dead_of_both_armed_sides_fought_a_battle() -> None:
    """'Four soldiers and 15 insurgents died in a series of raids': the dead of a state's forces and of an armed
    group tell of a fight between them, whatever the cue word."""
    body = "Four soldiers and 15 insurgents died in a series of raids in North Waziristan."
    sentences = split_sentences(body)
    assert armed_victims(armed_pairs(extract_actors(body, sentences), "PAK", event_cues(sentences)), "PAK")
