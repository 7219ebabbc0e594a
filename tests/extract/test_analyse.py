"""Tests for the article analysis that joins the extractors (pipeline/extract/analyse.py). Every
sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText


def test_the_sides_of_a_recalled_incident_are_not_the_incident_s() -> None:
    """'JNIM fighters killed 20 soldiers ... last month' after an attack on civilians: the soldiers are no
    victims of today's attack, so it stays gunmen against civilians, not a battle with the army."""
    body = ("Suspected jihadists killed at least 31 civilians when they attacked a minibus near Bandiagara on "
            "Tuesday, a mayor said. JNIM fighters killed 20 soldiers in an attack on a base near Boulkessi last month.")
    incident = analyse(ArticleText("a", body, None, dt.datetime(2025, 3, 12))).incident
    assert (incident.actor1, incident.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert incident.killed == 31


def test_a_crowd_s_clash_with_police_is_a_riot() -> None:
    """Party workers clashing with the police, or a crowd attacking a bus: rioters' events are riots (ACLED never
    gives rioters a battle or an attack on civilians), unless guns were fired on both sides."""
    clash = ("Two people died and 25 others, among them 14 constables, were hurt after party workers and the "
             "district police clashed over a banned march near Asansol on Sunday.")
    incident = analyse(ArticleText("a", clash, None, dt.datetime(2003, 4, 14))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Riots", "Violent demonstration")
    assert (incident.actor1, incident.actor2) == ("Rioters (India)", "Police Forces of India")
    mob = ("A mob stopped a bus carrying pilgrims to Nashik under police escort and set it on fire; "
           "a head constable attacked with sticks was badly hurt.")
    incident = analyse(ArticleText("b", mob, None, dt.datetime(2003, 4, 14))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Riots", "Mob violence")
    assert incident.injured == 1


def test_rebels_exchanging_gun_shots_with_police_fight_a_battle() -> None:
    """'Maoist cadres exchanged gun shots with a police patrol': a battle, the cadres no rioters."""
    body = "On Friday night, Maoist cadres exchanged gun shots with a police patrol near a cardamom farm in Taplejung."
    incident = analyse(ArticleText("a", body, None, dt.datetime(2021, 6, 12))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert incident.actor1 is not None and not incident.actor1.startswith("Rioters")


def test_police_who_return_fire_are_no_suicide_bombers() -> None:
    """A suicide attack on a shrine where policemen returned fire and chased the attackers: the bombers' attack,
    the police no actor1 even when named more often."""
    body = ("A pair of suicide bombers stormed a packed temple in Kathua on Friday, leaving eleven people dead. "
            "Policemen guarding the gate returned fire. Policemen chased them into the courtyard. Policemen shot "
            "one of them dead near the altar. CRPF men and policemen then searched the rooms.")
    incident = analyse(ArticleText("a", body, None, dt.datetime(2003, 5, 12))).incident
    assert incident.sub_event_type == "Suicide bomb"
    assert incident.actor1 is not None and not incident.actor1.startswith("Police Forces")


def test_a_protest_with_arrests_told_later_is_an_intervention() -> None:
    """A bandh told first, '36 union members were taken into custody' four sentences on: a protest with intervention,
    the police its second actor; one man arrested before it (its cause) leaves it peaceful."""
    body = ("Shops stayed shut in Meerut on Friday during the bandh called by the traders' union to protest against "
            "the new market tax. Buses ran as usual. Schools were open. Banks worked normally. Police said 36 union "
            "members were taken into custody near the clock tower.")
    incident = analyse(ArticleText("a", body, None, dt.datetime(2004, 2, 14))).incident
    assert (incident.sub_event_type, incident.actor2) == ("Protest with intervention", "Police Forces of India")
    cause = ("Traders protested in Meerut on Friday against the arrest of the union's president. He was arrested "
             "on Tuesday in a tax case.")
    incident = analyse(ArticleText("b", cause, None, dt.datetime(2004, 2, 14))).incident
    assert incident.sub_event_type == "Peaceful protest"


def test_rioters_looting_or_burning_is_a_riot() -> None:
    """'party supporters vandalised and torched buses during the shutdown': ACLED gives rioters no strategic
    development of property destruction; their event is a riot."""
    body = "Party supporters vandalised six buses and torched two cars in Rangpur during the day-long shutdown."
    incident = analyse(ArticleText("a", body, None, dt.datetime(2015, 2, 3))).incident
    assert incident.actor1 == "Rioters (Bangladesh)"
    assert incident.event_type == "Riots"


def test_arrests_after_a_known_carnage_are_not_dated_by_it() -> None:
    """'arrested nine more men in connection with the market carnage of March 3': the arrests are of their own
    (unknown) day, the publication day, not the carnage's; a killing told by that day keeps it."""
    published = dt.datetime(2002, 3, 22)
    body = "Police arrested nine more men in connection with the market carnage of March 3."
    incident = analyse(ArticleText("a", body, None, published)).incident
    assert incident.sub_event_type == "Arrests"
    assert incident.event_date == dt.date(2002, 3, 22)
    body = "Police said a mob killed two men in the riots of March 18 near the station."
    assert analyse(ArticleText("b", body, None, published)).incident.event_date == dt.date(2002, 3, 18)


def test_a_group_s_members_arrested_are_no_abduction() -> None:
    """'two Lashkar-e-Taiba terrorists were arrested ... Lashkar-e-Taiba attacked a camp in 2001': police arrests,
    not the group's abduction; 'QSD fighters arrested four people' is the group's abduction."""
    held = analyse(ArticleText("a", "On 5 May 2024, two Lashkar-e-Taiba terrorists were arrested in Faizabad (Uttar "
                                    "Pradesh), police said. Lashkar-e-Taiba attacked a CRPF camp in Delhi in 2001.",
                               None, None)).incident
    assert held.sub_event_type == "Arrests"
    taken = analyse(ArticleText("b", "On 3 May 2024, QSD fighters arrested four people in the village of "
                                     "Hazima, Raqqa.", None, None)).incident
    assert taken.sub_event_type == "Abduction/forced disappearance"


def test_a_wire_dateline_changes_nothing_the_story_says() -> None:
    """'LIMA (Reuters) - ' or 'LIMA, Peru — ' before a story: the same place, type, sides and counts as without it
    (its opening adverbial, its lead sentences and its police intervention are read as the story's own)."""
    stories = (
        "On 12 March 2021, street vendors in Chiclayo held a demonstration and blocked a bridge with their carts. "
        "They wanted their market stalls back. Shoppers looked on. Police forces intervened and scuffled with the "
        "vendors. Police forces dispersed them.",
        "On 9 March 2021, a march took place in central Cusco to honour the victims of the 1983-84 army sweeps, "
        "during which soldiers killed and uprooted thousands.",
    )
    fields = ("country_iso3", "event_type", "sub_event_type", "actor1", "actor2", "killed", "displaced")
    for story in stories:
        plain = analyse(ArticleText("a", story, None, None)).incident
        for dateline in ("LIMA (Reuters) - ", "LIMA, Peru — "):
            dated = analyse(ArticleText("b", dateline + story, None, None)).incident
            assert [getattr(dated, f) for f in fields] == [getattr(plain, f) for f in fields], (dateline, story)
            assert dated.killed == 0


def test_state_forces_killing_militants_fight_a_battle() -> None:
    """'Security forces kill 9 militants in northwest Pakistan's Bajaur district' (a headline): the state's forces
    against an armed group, an armed clash as ACLED codes it, not violence against civilians."""
    headline = "Security forces kill 9 militants in northwest Pakistan's Bajaur district"
    incident = analyse(ArticleText("b", headline, None, dt.datetime(2025, 3, 12))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert incident.actor1 == "Military Forces of Pakistan" and incident.killed == 9


def test_a_protester_killed_by_police_is_excessive_force() -> None:
    """'a teenage demonstrator died after police shot him at a rally': ACLED's excessive force against
    protesters, with the police as the second side, not a peaceful protest."""
    body = "On 3 June 2021, a teenage demonstrator died after police shot him with a pellet gun at a rally in Sopore."
    incident = analyse(ArticleText("c", body, None, None)).incident
    assert (incident.event_type, incident.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (incident.actor1, incident.actor2) == ("Protesters (India)", "Police Forces of India")


def test_people_killed_at_a_protest_by_others_than_the_state_are_no_peaceful_protest() -> None:
    """'opened fire on a campaign rally, killing 12' is an attack; a mob that killed at a strike's
    story is mob violence; a prisoner who died of a fever while inmates protested leaves the protest peaceful."""
    def typed(body: str) -> tuple[str | None, str | None]:
        incident = analyse(ArticleText("a", body, None, dt.datetime(2024, 5, 9))).incident
        return incident.event_type, incident.sub_event_type

    assert typed("Gunmen opened fire on a campaign rally in Maiduguri on Tuesday, killing 12 people.") == (
        "Violence against civilians", "Attack")
    assert typed("Hours into the strike, a mob of some 3,000 hacked 40 villagers to death near Halol on "
                 "Thursday.") == ("Riots", "Mob violence")
    assert typed("Inmates protested on Tuesday after a prisoner died in hospital of a fever.")[1] != "Attack"


def test_factions_of_an_armed_group_fighting_each_other_are_an_armed_clash() -> None:
    """'Fighting between two factions of the SPLA-IO' is the group against itself in an armed clash, not a
    mob; two factions of a party that clashed stay rioters."""
    body = "Fighting between two factions of the SPLA-IO left 18 dead, including four women, in Upper Nile on Saturday."
    incident = analyse(ArticleText("a", body, None, dt.datetime(2024, 5, 9))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")
    assert incident.actor1 == incident.actor2 and "SPLM-In Opposition" in str(incident.actor1)
    party = analyse(ArticleText("a", "Two factions of the Congress clashed in Patna on Saturday, leaving 3 injured.",
                                None, dt.datetime(2024, 5, 9))).incident
    assert party.event_type == "Riots"


def test_two_named_armed_groups_clashing_are_an_armed_clash() -> None:
    """'gunmen of the CV and the TCP fought each other': two named gangs fighting, not a mob's violence."""
    body = ("On 11 June 2021, gunmen of the CV (Red Command) and the TCP (Pure Third Command) fought each other "
            "for hours in the Mare favela complex.")
    incident = analyse(ArticleText("a", body, None, None)).incident
    assert (incident.event_type, incident.sub_event_type) == ("Battles", "Armed clash")


def test_a_woman_of_a_stated_age_is_a_civilian_victim() -> None:
    """'shelling killed a 68-year-old woman': the age's digits do not hide that the victim is a civilian,
    so the shelled side is the civilians, not the other state's army."""
    body = "Russian shelling killed a 68-year-old woman in Kherson overnight, the regional governor said."
    incident = analyse(ArticleText("a", body, None, dt.datetime(2024, 5, 9))).incident
    assert (incident.actor1, incident.actor2) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_another_country_s_local_name_is_the_kind_of_force_here() -> None:
    """'state police' names Mexico's State Police only in Mexico: in Nigeria it is Nigeria's police."""
    body = "The Kano State Police said officers shot dead nine armed robbers near Wudil on Wednesday."
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2024, 3, 4)))
    assert analysis.incident.country_iso3 == "NGA"
    assert analysis.incident.actor1 == "Police Forces of Nigeria"
    assert all("Mexico" not in m.actor_name for m in analysis.actors)


def test_a_harm_told_in_an_after_clause_does_not_make_its_sentence_a_recalled_one() -> None:
    """'Protesters clashed with police on Friday, a day after the leader was arrested': the arrest is earlier,
    the clash is news, so the police it names stay the rioters' opponent."""
    body = ("Protesters clashed with police in Dakar for a second day on Friday, a day after opposition leader "
            "Ousmane Sonko was arrested. Two people were shot dead on Thursday.")
    incident = analyse(ArticleText("a", body, None, dt.datetime(2024, 3, 18))).incident
    assert (incident.actor1, incident.actor2) == ("Rioters (Senegal)", "Police Forces of Senegal")


def test_an_accident_s_dead_are_no_event() -> None:
    """'An explosion at a fireworks factory killed 12 workers': an accident, no event type and no toll; a
    protest over a road accident is still a protest."""
    blast = "An explosion at a fireworks factory killed 12 workers in Tamil Nadu on Tuesday, police said."
    incident = analyse(ArticleText("a", blast, None, dt.datetime(2024, 6, 12))).incident
    assert (incident.event_type, incident.killed) == (None, 0)
    rally = "On 11 September, the family of a cyclist run over by a lorry demonstrated outside the town hall in Paphos."
    assert analyse(ArticleText("b", rally, None, dt.datetime(2020, 9, 12))).incident.event_type == "Protests"


def test_a_foreign_force_killed_by_no_one_named_faces_an_unidentified_group() -> None:
    """'Three Israeli soldiers were killed in southern Gaza, the military said': the soldiers are the victims,
    their attacker unnamed (no invented "Military Forces of Palestine"); 'the military' is Israel's again."""
    body = "Three Israeli soldiers were killed in southern Gaza on Tuesday, the military said."
    analysis = analyse(ArticleText("a", body, None, dt.datetime(2024, 6, 12)))
    assert (analysis.incident.actor1, analysis.incident.actor2) == (
        "Unidentified Armed Group (Palestine)", "Military Forces of Israel")
    assert {m.text: m.actor_name for m in analysis.actors}["military"] == "Military Forces of Israel"


def test_a_country_before_a_headline_s_present_tense_verb_acts() -> None:
    """'India kills two Pakistani soldiers' is India's forces against Pakistan's; 'a roadside bomb in northeast
    Kenya killed 8' leaves Kenya a place."""
    body = "India kills two Pakistani soldiers, foils border raid"
    incident = analyse(ArticleText("a", body, None, dt.datetime(2024, 6, 12))).incident
    assert (incident.actor1, incident.actor2) == ("Military Forces of India", "Military Forces of Pakistan")
    blast = "On Monday a roadside bomb near Wajir in northeast Kenya killed 8 police reservists, officials said."
    actors = analyse(ArticleText("b", blast, None, dt.datetime(2024, 6, 12))).actors
    assert not any(m.text == "Kenya" for m in actors)


def test_arrests_over_an_event_named_with_of_and_its_day_are_not_dated_by_it() -> None:
    """'detained seven more in connection with the burning of a bus on 12 October': the burning's day names
    that event; the arrests take the publication day."""
    body = "Police detained seven more youths in connection with the burning of a bus on 12 October."
    incident = analyse(ArticleText("a", body, None, dt.datetime(2025, 10, 30, 13, 54))).incident
    assert (incident.sub_event_type, incident.event_date) == ("Arrests", dt.date(2025, 10, 30))



def test_a_crowd_facing_the_police_without_a_mob_named_is_a_violent_demonstration() -> None:
    """Party workers clashing with the police, 'the crowd fled': a violent demonstration against the police
    (ACLED); only a mob named makes mob violence. (A later module-level name had let 'crowd' and 'rioters'
    stand for a mob.)"""
    body = ("Two people died and 25 others, among them 14 constables, were hurt after party workers and the "
            "district police clashed near Asansol on Sunday; the crowd fled.")
    incident = analyse(ArticleText("a", body, None, dt.datetime(2024, 6, 12))).incident
    assert (incident.event_type, incident.sub_event_type) == ("Riots", "Violent demonstration")


def test_people_killed_after_a_protest_s_intervention_are_typed_by_who_killed_them() -> None:
    """A story typed by police pushing back protesters (an intervention, which kills no one): two porters shot
    dead by police make it excessive force; lynched by a mob while constables looked on, mob violence."""
    opening = "Police used tear gas to push back protesters outside the town hall on Monday. Later, "

    def typed(rest: str) -> tuple[str | None, str | None]:
        incident = analyse(ArticleText("a", opening + rest, None, dt.datetime(2024, 5, 9))).incident
        return incident.event_type, incident.sub_event_type

    assert typed("two porters were shot dead by police near the station.") == (
        "Protests", "Excessive force against protesters")
    assert typed("four constables looked on as a mob lynched two porters near the station.") == (
        "Riots", "Mob violence")
    assert typed("a mob lynched two porters near the station.") == ("Riots", "Mob violence")
