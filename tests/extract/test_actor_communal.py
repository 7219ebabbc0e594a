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
    body = "Militias from Obiaruku and Umutu fought with machetes at a river crossing, and a fisherman was killed."
    assert incident(body, "Battles", "NGA") == (
        "Obiaruku Communal Militia (Nigeria)",
        "Umutu Communal Militia (Nigeria)",
    )


def test_militia_attacking_a_village_is_against_civilians() -> None:
    """A village's militia that attacks another village's residents is coded against civilians."""
    body = "Communal militias from Tolonga raided Bakwa village at night and shot four residents dead."
    assert incident(body, "Violence against civilians", "GHA") == (
        "Tolonga Communal Militia (Ghana)",
        "Civilians (Ghana)",
    )


def test_two_families_of_one_town_are_its_militia_on_both_sides() -> None:
    """Armed families of one town fighting each other are that town's communal militia, twice."""
    body = "Clashes erupted between rival families at the village of Jasim, leaving three men wounded."
    name = "Jasim Communal Militia (Syria)"
    assert incident(body, "Battles", "SYR") == (name, name)


def test_clan_militias_are_named_after_their_clans() -> None:
    """Militias of two clans are each clan's militia."""
    body = "Militias from the Abgaal and Habar Gidir clans exchanged fire over a borehole near Adale."
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
    body = "Al Hamra tribesmen fought Houthi forces near a mountain checkpoint overnight."
    assert incident(body, "Battles", "YEM") == (
        "Al Hamra Tribal Militia (Yemen)",
        "Military Forces of Yemen Supreme Political Council",
    )


def test_two_tribes_fighting_each_other() -> None:
    """'X and Y tribal militias fought' are the two tribes' militias."""
    sides = communal_sides(
        split_sentences("Al Saad and Bani Harith tribal militias fought over a disputed grazing area near Ataq."), "YEM"
    )
    assert sides is not None and (sides.first, sides.second) == (
        "Al Saad Tribal Militia (Yemen)",
        "Bani Harith Tribal Militia (Yemen)",
    )


def test_sub_clan_is_named_after_its_clan() -> None:
    """Militiamen of a sub-clan are '<clan>-<sub-clan> Sub-Clan Militia'."""
    body = "A herder was killed at a water point by militiamen from the Reer Aw sub-clan of Marehan clan."
    sides = communal_sides(split_sentences(body), "SOM")
    assert sides is not None and sides.first == "Marehan-Reer Aw Sub-Clan Militia (Somalia)"


def test_inter_clan_clashes_without_names() -> None:
    """Inter-clan clashes whose clans are not named are unidentified clan militias on both sides."""
    name = "Unidentified Clan Militia (Ethiopia)"
    assert incident("Inter-clan clashes left a herder dead in the area.", "Battles", "ETH") == (name, name)


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
    """'two herders died ... as inter-clan fighting flared': two clan militias in an armed clash,
    not mob violence (ACLED codes identity militias as armed actors)."""
    body = "Two herders died on Sunday as inter-clan fighting flared near Degehabur in Ethiopia's Somali region."
    incident = analyse(ArticleText("t", body, None, datetime(2020, 5, 1))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert incident.actor1 == incident.actor2 == "Unidentified Clan Militia (Ethiopia)"


def test_an_armed_groups_attack_on_an_armed_actor_is_a_battle() -> None:
    """'gunmen killed a QSD commander': an armed clash (ACLED: attacks on armed actors are battles);
    'a primary school teacher was shot dead by gunmen ... after al-Shabab threatened teachers' stays an attack."""
    def typed(body: str) -> tuple[str | None, str | None]:
        incident = analyse(ArticleText("t", body, None, datetime(2020, 5, 9))).incident
        return incident.event_type, incident.sub_event_type

    assert typed("On 8 May 2020, unknown gunmen killed a QSD commander outside his home in Hajin, Deir ez-Zor.") == (
        "Battles", "Armed clash")
    assert typed("A primary school teacher was shot dead by gunmen in Baidoa on Tuesday. Two weeks earlier, "
                 "al-Shabab had threatened teachers who used the government curriculum.") == (
        "Violence against civilians", "Attack")


def test_an_attack_on_a_countrys_police_told_by_kind_is_a_battle() -> None:
    """'policemen' named by kind are the incident's country's police (Police Forces of Pakistan), the target
    of the attack's sentence: an armed clash, as when the police are named."""
    body = ("Three policemen escorting a census team were shot dead by unknown attackers in Kurram district on "
            "Wednesday.")
    incident = analyse(ArticleText("t", body, None, datetime(2024, 1, 10))).incident
    assert (incident.actor2, incident.event_type, incident.sub_event_type) == (
        "Police Forces of Pakistan", "Battles", "Armed clash")


def test_an_armed_groups_arrests_are_abductions() -> None:
    """'QSD detained 7 men in Shaddadi': ACLED codes a non-state group's arrests as abductions;
    'police detained 7 men' stay arrests."""
    def typed(body: str) -> tuple[str | None, str | None]:
        incident = analyse(ArticleText("t", body, None, datetime(2020, 5, 9))).incident
        return incident.event_type, incident.sub_event_type

    assert typed("On 5 May 2020, QSD detained 7 men accused of links to IS in a raid on Shaddadi, Al-Hasakeh.") == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert typed("On 5 May 2020, police detained 7 men accused of theft in a raid on Shaddadi, Al-Hasakeh.") == (
        "Strategic developments", "Arrests")


def test_ethnic_clashes_between_two_named_communities_are_their_militias() -> None:
    """'ethnic violence between Twa hunters and Luba villagers': each community's ethnic militia, fighting each
    other, as ACLED names them; 'clashes between two communities' names none."""
    body = "Ethnic violence between Twa hunters and Luba villagers left 23 people dead around Kalemie."
    sides = communal_sides(split_sentences(body), "COD")
    assert sides is not None and (sides.first, sides.second) == (
        "Twa Ethnic Militia (Democratic Republic of Congo)", "Luba Ethnic Militia (Democratic Republic of Congo)")
    assert communal_sides(split_sentences("Clashes between two communities left eight dead."), "KEN") is None


def test_rival_clans_unnamed_are_unidentified_clan_militias() -> None:
    """'two rival clans exchanged gunfire outside Dhusamareb': unidentified clan militias fighting each other."""
    body = "Two rival clans exchanged gunfire over a disputed well outside Dhusamareb, killing four men."
    sides = communal_sides(split_sentences(body), "SOM")
    assert sides is not None and sides.first == "Unidentified Clan Militia (Somalia)" and sides.mutual


def test_communities_whose_kind_follows_their_names_are_militias() -> None:
    """'fighting between the Nande and Hunde ethnic groups', 'violence between Ife and Modakeke communities':
    each community's militia, the kind told after the names; 'the army and Fulani communities' are no pair."""
    nande = communal_sides(split_sentences(
        "Renewed fighting between the Nande and Hunde ethnic groups in North Kivu has forced thousands from their "
        "homes."), "COD")
    assert nande is not None
    assert (nande.first, nande.second) == ("Nande Ethnic Militia (Democratic Republic of Congo)",
                                           "Hunde Ethnic Militia (Democratic Republic of Congo)")
    ife = communal_sides(split_sentences(
        "Violence between Ife and Modakeke communities in Osun state left three people dead overnight."), "NGA")
    assert ife is not None
    assert (ife.first, ife.second) == ("Ife Communal Militia (Nigeria)", "Modakeke Communal Militia (Nigeria)")
    assert communal_sides(split_sentences("Clashes between the army and Fulani communities killed 12."), "NGA") is None
