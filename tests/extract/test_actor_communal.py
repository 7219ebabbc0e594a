"""Communal and clan militias named after their village, town or clan."""

from __future__ import annotations

from datetime import datetime

from pipeline.extract.actor_communal import communal_sides
from pipeline.extract.actors import extract_actors, main_actors
from pipeline.extract.analyse import analyse
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ArticleText


def incident(body: str, event_type: str | None, country: str | None) -> tuple:
    sentences = split_sentences(body)
    return main_actors(extract_actors(body, sentences), sentences, event_type, None, country)


def test_militias_of_two_villages_fighting_are_both_sides() -> None:
    """Militias from two villages that clash are each village's communal militia."""
    body = "Militias from Obiaruku and Umutu clashed over farmland for two days, leaving one man dead."
    assert incident(body, "Battles", "NGA") == (
        "Obiaruku Communal Militia (Nigeria)",
        "Umutu Communal Militia (Nigeria)",
    )


def test_militia_attacking_a_village_is_against_civilians() -> None:
    """A village's militia that attacks another village's residents is coded against civilians."""
    body = "Communal militias from Tolonga attacked Bakwa village and killed four residents."
    assert incident(body, "Violence against civilians", "GHA") == (
        "Tolonga Communal Militia (Ghana)",
        "Civilians (Ghana)",
    )


def test_two_families_of_one_town_are_its_militia_on_both_sides() -> None:
    """Armed families of one town fighting each other are that town's communal militia, twice."""
    body = "Clashes took place between two armed families in the town of Sanamein after a dispute."
    name = "Sanamein Communal Militia (Syria)"
    assert incident(body, "Battles", "SYR") == (name, name)


def test_clan_militias_are_named_after_their_clans() -> None:
    """Militias of two clans are each clan's militia."""
    body = "Militias from the Abgaal and Habar Gidir clans fought near the well."
    sides = communal_sides(split_sentences(body), "SOM")
    assert sides is not None and (sides.first, sides.second) == (
        "Abgaal Clan Militia (Somalia)",
        "Habar Gidir Clan Militia (Somalia)",
    )


def test_a_country_or_a_named_group_is_no_community() -> None:
    """'militias from Chad' or 'militias from Boko Haram' name no village."""
    for body in ("Militias from Chad attacked a market town.", "Militias from Boko Haram attacked a market town."):
        assert communal_sides(split_sentences(body), "NGA") is None


def test_without_a_country_no_name_is_made() -> None:
    """Without the incident's country the name cannot be completed, and none is given."""
    assert communal_sides(split_sentences("Militias from Obiaruku and Umutu clashed."), None) is None


def test_tribesmen_fighting_a_force_face_that_force() -> None:
    """'X tribesmen' clashing with Houthi forces are X's tribal militia against the Houthis."""
    body = "Small clashes were reported between Al Hamra tribesmen and Houthi forces in the district."
    assert incident(body, "Battles", "YEM") == (
        "Al Hamra Tribal Militia (Yemen)",
        "Military Forces of Yemen Supreme Political Council",
    )


def test_two_tribes_fighting_each_other() -> None:
    """'Clashes between X and Y tribal militias' are the two tribes' militias."""
    sides = communal_sides(
        split_sentences("Clashes erupted between Al Saad and Bani Harith tribal militias over water."), "YEM"
    )
    assert sides is not None and (sides.first, sides.second) == (
        "Al Saad Tribal Militia (Yemen)",
        "Bani Harith Tribal Militia (Yemen)",
    )


def test_sub_clan_is_named_after_its_clan() -> None:
    """Militiamen of a sub-clan are '<clan>-<sub-clan> Sub-Clan Militia'."""
    body = "Armed militiamen from the Reer Aw sub-clan of Marehan clan shot dead a herder near the well."
    sides = communal_sides(split_sentences(body), "SOM")
    assert sides is not None and sides.first == "Marehan-Reer Aw Sub-Clan Militia (Somalia)"


def test_inter_clan_clashes_without_names() -> None:
    """Inter-clan clashes whose clans are not named are unidentified clan militias on both sides."""
    name = "Unidentified Clan Militia (Ethiopia)"
    assert incident("One person was killed during inter-clan clashes in the area.", "Battles", "ETH") == (name, name)


def test_fighting_between_two_clans_without_names() -> None:
    """'fighting between two clans', 'clan fighting': unidentified clan militias on both sides."""
    name = "Unidentified Clan Militia (Somalia)"
    assert incident("Fighting between two clans near the town killed nine people.", "Battles", "SOM") == (name, name)
    assert incident("Seven people died in clan fighting in the region.", "Battles", "SOM") == (name, name)


def test_rival_clan_militias_clashing_fight_each_other() -> None:
    """'clan militias clashed', 'rival clan militias': one kind on both sides, not the army against them."""
    name = "Unidentified Clan Militia (Somalia)"
    assert incident("Clan militias clashed near the town, killing 12 people.", "Battles", "SOM") == (name, name)
    assert incident("Fighting between rival clan militias killed seven people.", "Battles", "SOM") == (name, name)


def test_clans_fighting_each_other_are_a_battle() -> None:
    """'at least one person was killed during inter-clan clashes': two clan militias in an armed clash,
    not mob violence (ACLED codes identity militias as armed actors)."""
    body = "At least one person was killed during inter-clan clashes in the Salahad area of Ethiopia's Somali region."
    incident = analyse(ArticleText("t", body, None, datetime(2020, 5, 1))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert incident.actor1 == incident.actor2 == "Unidentified Clan Militia (Ethiopia)"


def test_an_armed_groups_attack_on_an_armed_actor_is_a_battle() -> None:
    """'gunmen assassinated a QSD member': an armed clash (ACLED: attacks on armed actors are battles);
    'a school headmaster was killed by gunmen ... after al-Shabab warned schools' stays an attack."""
    def typed(body: str) -> tuple[str | None, str | None]:
        incident = analyse(ArticleText("t", body, None, datetime(2020, 5, 9))).incident
        return incident.event_type, incident.sub_event_type

    assert typed("On 8 May 2020, unidentified gunmen assassinated a QSD member on the road in Ar-Raqqa.") == (
        "Battles", "Armed clash")
    assert typed("A school headmaster was killed by gunmen in Mogadishu. His killing comes a month after the "
                 "al-Shabab militant group issued a warning to schools.") == ("Violence against civilians", "Attack")


def test_an_attack_on_a_countrys_police_told_by_kind_is_a_battle() -> None:
    """'policemen' named by kind are the incident's country's police (Police Forces of Pakistan), the target
    of the attack's sentence: an armed clash, as when the police are named."""
    body = ("Two policemen guarding a polio vaccination team were shot dead by unidentified gunmen in Bajaur "
            "district on Tuesday.")
    incident = analyse(ArticleText("t", body, None, datetime(2024, 1, 10))).incident
    assert (incident.actor2, incident.event_type, incident.sub_event_type) == (
        "Police Forces of Pakistan", "Battles", "Armed clash")


def test_an_armed_groups_arrests_are_abductions() -> None:
    """'QSD arrested four people in Raqqa': ACLED codes a non-state group's arrests as abductions;
    'Police arrested four people' stay arrests."""
    def typed(body: str) -> tuple[str | None, str | None]:
        incident = analyse(ArticleText("t", body, None, datetime(2020, 5, 9))).incident
        return incident.event_type, incident.sub_event_type

    assert typed("On 6 May 2020, QSD arrested 4 people on charges of joining IS in Ar-Raqqa city.") == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert typed("On 6 May 2020, police arrested 4 people on charges of theft in Ar-Raqqa city.") == (
        "Strategic developments", "Arrests")


def test_ethnic_clashes_between_two_named_communities_are_their_militias() -> None:
    """'ethnic clashes between Hema herders and Lendu farmers': each community's ethnic militia, fighting each
    other, as ACLED names them; 'clashes between two communities' names none."""
    body = "At least 40 people have been killed in ethnic clashes between Hema herders and Lendu farmers near Bunia."
    sides = communal_sides(split_sentences(body), "COD")
    assert sides is not None and (sides.first, sides.second) == (
        "Hema Ethnic Militia (Democratic Republic of Congo)", "Lendu Ethnic Militia (Democratic Republic of Congo)")
    assert communal_sides(split_sentences("Clashes between two communities left eight dead."), "KEN") is None


def test_rival_clans_unnamed_are_unidentified_clan_militias() -> None:
    """'two rival clans engaged in clashes near Godob': unidentified clan militias fighting each other."""
    body = "At least six people have been killed after two rival clans engaged in clashes near Godob village."
    sides = communal_sides(split_sentences(body), "SOM")
    assert sides is not None and sides.first == "Unidentified Clan Militia (Somalia)" and sides.mutual


def test_communities_whose_kind_follows_their_names_are_militias() -> None:
    """'clashes between the Hema and Lendu ethnic groups', 'violence between Share and Tsaragi communities':
    each community's militia, the kind told after the names; 'the army and Fulani communities' are no pair."""
    hema = communal_sides(split_sentences(
        "Violent clashes between the Hema and Lendu ethnic groups in Ituri have killed at least 30 people."), "COD")
    assert hema is not None
    assert (hema.first, hema.second) == ("Hema Ethnic Militia (Democratic Republic of Congo)",
                                         "Lendu Ethnic Militia (Democratic Republic of Congo)")
    share = communal_sides(split_sentences(
        "Five persons were killed in violence between Share and Tsaragi communities in Kwara state."), "NGA")
    assert share is not None
    assert (share.first, share.second) == ("Share Communal Militia (Nigeria)", "Tsaragi Communal Militia (Nigeria)")
    assert communal_sides(split_sentences("Clashes between the army and Fulani communities killed 12."), "NGA") is None
