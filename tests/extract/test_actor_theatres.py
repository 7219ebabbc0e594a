"""Actors named for the incident's country: same-spelled groups, coalitions, branches and front lines."""

from __future__ import annotations

from pipeline.extract.actors import extract_actors, incident_mentions, main_actors
from pipeline.extract.catalogue import theatre_name
from pipeline.extract.sentences import split_sentences


def incident(body: str, event_type: str | None, sub_event_type: str | None, country: str | None) -> tuple:
    sentences = split_sentences(body)
    return main_actors(extract_actors(body, sentences), sentences, event_type, sub_event_type, country)


def test_same_spelled_group_is_the_incident_countrys() -> None:
    """'ADF' in a report from the Congo is the Allied Democratic Forces, not Cameroon's separatists."""
    body = "ADF fighters killed four farmers in a village of Beni territory on Tuesday night."
    actor1, _ = incident(body, "Violence against civilians", "Attack", "COD")
    assert actor1 == "ADF: Allied Democratic Forces"


def test_same_spelled_group_in_its_other_country() -> None:
    """The same form in a report from Cameroon is the Ambazonian separatists."""
    body = "ADF fighters killed four farmers in a village of Cameroon's North-West region on Tuesday night."
    actor1, _ = incident(body, "Violence against civilians", "Attack", "CMR")
    assert actor1 == "Ambazonian Separatists"


def test_template_is_completed_with_the_incident_country() -> None:
    """An 'IS' cell in an article that names no country takes the incident's country."""
    body = "IS militants blew up two power pylons near the town overnight."
    actor1, _ = incident(body, "Explosions/Remote violence", "Remote explosive/landmine/IED", "IRQ")
    assert actor1 == "Islamic State (Iraq)"


def test_coalition_member_in_yemen_is_the_coalition() -> None:
    """Saudi forces shelling a Yemeni district are ACLED's Operation Restoring Hope."""
    body = "Saudi forces fired artillery at farms in the border district, wounding a shepherd."
    actor1, _ = incident(body, "Explosions/Remote violence", "Shelling/artillery/missile attack", "YEM")
    assert actor1 == "Operation Restoring Hope"


def test_coalition_member_elsewhere_keeps_its_name() -> None:
    """Outside Yemen, Saudi forces are the Military Forces of Saudi Arabia."""
    assert theatre_name("Military Forces of Saudi Arabia", "SAU") == "Military Forces of Saudi Arabia"
    assert theatre_name("Military Forces of Saudi Arabia", "YEM") == "Operation Restoring Hope"


def test_al_qaeda_in_pakistan_is_its_south_asian_branch() -> None:
    """Al-Qaeda militants in Pakistan are AQIS."""
    body = "Police killed two al-Qaeda militants in a raid on a house in the city."
    assert "AQIS: Al Qaeda in the Indian Subcontinent" in incident(body, "Battles", "Armed clash", "PAK")


def test_front_line_shelling_targets_the_other_side() -> None:
    """Shelling across the Donbas front by the separatists is aimed at the Ukrainian forces."""
    body = "NAF rebel forces fired mortars at positions near the village. Monitors counted 30 explosions."
    assert incident(body, "Explosions/Remote violence", "Shelling/artillery/missile attack", "UKR") == (
        "NAF: United Armed Forces of Novorossiya",
        "Military Forces of Ukraine",
    )


def test_rangers_are_police_in_pakistan_and_soldiers_in_thailand() -> None:
    """'Rangers' are Pakistan's Interior Ministry paramilitary (police) but Thailand's army rangers."""
    body = "Rangers exchanged fire with gunmen during a raid, killing two of them."
    assert "Police Forces of Pakistan" in incident(body, "Battles", "Armed clash", "PAK")
    assert "Military Forces of Thailand" in incident(body, "Battles", "Armed clash", "THA")


def test_thai_separatists_named_in_words_give_the_country() -> None:
    """'suspected Muslim separatists' are Thailand's southern separatists even in a report naming no country."""
    body = "Suspected Muslim separatists shot dead a rubber tapper on his way to work in a village."
    assert incident(body, "Violence against civilians", "Attack", None) == (
        "Southern Muslim Separatists (Thailand)",
        "Civilians (Thailand)",
    )


def test_fire_across_a_line_of_control_is_between_the_two_armies() -> None:
    """Indian and Pakistani troops firing across the LoC are the two sides, even when a civilian died."""
    body = "Indian and Pakistani soldiers traded fire along the LoC on Monday, and a farmer in a border village died."
    assert set(incident(body, "Battles", "Armed clash", "PAK")) == {
        "Military Forces of India",
        "Military Forces of Pakistan",
    }


def test_one_sided_fire_across_a_border_hits_civilians() -> None:
    """When only one army fires across the border and kills villagers, the villagers are the second side."""
    body = "Two villagers died when shells fired by Indian troops landed across the Line of Control."
    assert incident(body, "Violence against civilians", "Attack", "PAK") == (
        "Military Forces of India",
        "Civilians (Pakistan)",
    )


def test_ethnic_militia_takes_the_incident_country() -> None:
    """'Murle raiders' are the Murle Ethnic Militia of the incident's country; 'the Murle' alone are no militia."""
    body = "Armed Murle raiders stole cattle from herders near Pibor and shot one boy dead."
    assert incident(body, "Violence against civilians", "Attack", "SSD")[0] == "Murle Ethnic Militia (South Sudan)"
    quiet = "The Murle celebrated the harvest."
    names = {m.actor_name for m in extract_actors(quiet, split_sentences(quiet))}
    assert not any("Ethnic Militia" in n for n in names)


def test_mentions_are_named_for_the_incident_country() -> None:
    """Once the incident's country is known, 'police' and 'Saudi forces' are named for it; Iraq stays Iraq."""
    body = "Police said Saudi forces shelled the district, and Iraqi officials condemned the attack."
    mentions = incident_mentions(extract_actors(body, split_sentences(body)), "YEM")
    names = {m.text: (m.actor_name, m.country_iso3) for m in mentions}
    assert names["Police"] == ("Police Forces of Yemen", "YEM")
    assert names["Saudi forces"][0] == "Operation Restoring Hope"
    assert [m.char_start for m in mentions] == sorted(m.char_start for m in mentions)
    assert incident_mentions(mentions, None) is mentions


def test_a_theatre_name_applies_only_from_the_year_it_was_taken() -> None:
    """Al-Qaeda in Pakistan is AQIS from 2014 (and when the year is unknown), Al Qaeda before; Saudi forces
    in Yemen are Operation Restoring Hope from 2015."""
    assert theatre_name("Al Qaeda", "PAK", 2019) == "AQIS: Al Qaeda in the Indian Subcontinent"
    assert theatre_name("Al Qaeda", "PAK") == "AQIS: Al Qaeda in the Indian Subcontinent"
    assert theatre_name("Al Qaeda", "PAK", 2002) == "Al Qaeda"
    assert theatre_name("Military Forces of Saudi Arabia", "YEM", 2009) == "Military Forces of Saudi Arabia"
    body = "Al Qaeda militants attacked a police post near Peshawar on Monday, killing two policemen."
    sentences = split_sentences(body)
    named = {m.actor_name for m in incident_mentions(extract_actors(body, sentences), "PAK", 2003)}
    assert "Al Qaeda" in named and "AQIS: Al Qaeda in the Indian Subcontinent" not in named


def test_a_country_s_default_insurgency_is_not_credited_before_it_took_the_field() -> None:
    """Soldiers attacked by unnamed fighters in Pakistan face the TTP in 2015, an unidentified group in 2002
    (the TTP formed in 2007); a group the text names is kept whatever the year."""
    body = "Four soldiers were killed when their patrol was ambushed near the border town."
    sentences = split_sentences(body)
    found = extract_actors(body, sentences)
    assert "TTP: Tehreek-i-Taliban Pakistan" in main_actors(found, sentences, "Battles", "Armed clash", "PAK", 2015)
    assert "Unidentified Armed Group (Pakistan)" in main_actors(found, sentences, "Battles", "Armed clash", "PAK", 2002)
    militants = "Militants shot dead two policemen at a checkpoint in Bannu on Monday."
    mentions = extract_actors(militants, split_sentences(militants))
    named = {m.actor_name for m in incident_mentions(mentions, "PAK", 2002)}
    assert "TTP: Tehreek-i-Taliban Pakistan" not in named


def test_boko_haram_since_the_split_is_either_faction() -> None:
    """"Boko Haram" in a 2020 report from Borno is ACLED's "ISWAP and/or Boko Haram" (the factions split in
    2016), in 2014 Boko Haram itself; "ISWAP or Boko Haram fighters" is the either-faction actor too."""
    either = "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    boko_haram = "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"
    assert theatre_name(boko_haram, "NGA", 2020) == either
    assert theatre_name(boko_haram, "NGA", 2014) == boko_haram
    body = "ISWAP or Boko Haram fighters kidnapped three fishermen near Bosso on Sunday."
    sentences = split_sentences(body)
    actor1, _ = main_actors(extract_actors(body, sentences), sentences, "Violence against civilians",
                            "Abduction/forced disappearance", "NER", 2020)
    assert actor1 == either
