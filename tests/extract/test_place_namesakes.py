"""Tests for pipeline/extract/place_namesakes.py: a province's namesake town as the location. Every sentence
here was written for these tests."""

from __future__ import annotations

from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences


def location(body: str) -> str | None:
    return incident_place(split_sentences(body), [])[2]


def test_a_province_s_namesake_after_in_is_the_town() -> None:
    """'A bomb exploded in Kandahar': the city Kandahar, whose province shares its name."""
    assert location("A bomb exploded in Kandahar on Monday, killing five people.") == "Kandahar"


def test_a_unit_word_or_countryside_keeps_the_province() -> None:
    """'in Kandahar province', 'in Kandahar's countryside': the division, no town."""
    assert location("A bomb exploded in Kandahar province on Monday, killing five people.") is None
    assert location("Gunmen shot a farmer in Kandahar countryside on Monday.") is None


def test_another_name_before_the_preposition_makes_it_the_province() -> None:
    """'near Karak in Dar'a': Dar'a is the province containing Karak, not the city."""
    assert location("Unknown gunmen shot a grocer near Karak in Dar'a at dusk.") != "Dar'a"


def test_a_coder_s_own_town_wins_over_the_namesake() -> None:
    """'protested in Sousse (Sousse Medina)': the coder's town, not the governorate's namesake."""
    assert location("On 11 March 2021, bakers went on strike in Sousse (Sousse Medina).") == "Sousse Medina"


def test_a_capital_city_division_named_otherwise_in_the_gazetteer_is_still_the_city() -> None:
    """'in Kyiv' (the division is 'Kyiv City', the city's division 'Kyiv'): the city Kyiv."""
    assert location("Russian drones killed at least four people in Kyiv on Sunday.") == "Kyiv"


def test_a_namesake_whose_division_the_gazetteer_spells_otherwise_is_the_town() -> None:
    """'in Beirut' (the division's town lies in 'Bayrut', the gazetteer's other spelling): the city Beirut."""
    assert location("Students staged a sit-in at the university gates in Beirut on Sunday.") == "Beirut"


def test_a_big_town_of_the_division_s_very_name_is_the_town() -> None:
    """'in Tripoli' (Libya's division 'Tripoli', whose city the gazetteer files under 'Ţarābulus'), 'near Donetsk':
    the city of the division's name."""
    assert location("Rival brigades exchanged fire in Tripoli overnight, killing two fighters.") == "Tripoli"
    assert location("Observers counted nine explosions near Donetsk on Tuesday.") == "Donetsk"
