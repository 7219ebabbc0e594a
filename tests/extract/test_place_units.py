"""Tests for pipeline/extract/place_units.py: names a unit word marks as places in lower-case text. Every
sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.gazetteer import gazetteer
from pipeline.extract.place_units import framed_places, unit_places
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences


def _named(text: str) -> list[tuple[str, str, set[str]]]:
    """(name, unit, countries) of each place a unit word marks in `text`."""
    return [(m.text, m.unit, {p.iso3 for p in m.places}) for m in unit_places(gazetteer(), text)]


def test_a_name_before_a_unit_word_is_a_place_of_that_kind() -> None:
    """'dera bugti district' is the Pakistani district; 'qorveh city' the Iranian town."""
    assert _named("two guards were shot in dera bugti district on monday.") == [
        ("dera bugti", "district", {"PAK"})]
    assert [n for n, _, countries in _named("workers gathered in qorveh city.") if "IRN" in countries] == ["qorveh"]


def test_a_three_letter_division_is_read_before_its_unit_word_only() -> None:
    """'imo state' and 'oyo state' are Nigerian states by their whole names; 'the imo river' names none."""
    assert _named("gunmen stormed a church in imo state and fled to oyo state.") == [
        ("imo", "state", {"NGA"}), ("oyo", "state", {"NGA"})]
    assert _named("bodies were found along the imo river.") == []


def test_a_province_named_after_its_city_is_read_by_the_citys_spelling() -> None:
    """'konduz province': Konduz spells only the city of Kunduz, whose province bears its name."""
    named = [(m.text, {(p.name, p.kind) for p in m.places}) for m in unit_places(gazetteer(), "a mayor in konduz "
                                                                                "province was shot.")]
    assert named == [("konduz", {("Kunduz", "admin1")})]


def test_words_describing_the_unit_name_no_place() -> None:
    """'the border district', 'a remote village', 'the same town': no place is named."""
    assert _named("the border district was tense, a remote village was empty and the same town was calm.") == []


def test_a_lower_case_lead_is_placed_by_its_marked_district() -> None:
    """An article written without capitals that names only 'kalat district' is placed in Pakistan."""
    body = "troops shot dead a wanted insurgent commander near a dry riverbed of kalat district on sunday."
    assert incident_place(split_sentences(body), [])[0] == "PAK"


def test_a_town_after_in_closed_by_punctuation_is_a_place_in_lower_case_text() -> None:
    """'a sit-in in qorveh, asking for water' names the Iranian town; 'in power.', 'in addition,' and a name
    several countries' towns share ('in providencia,') name none."""
    found = framed_places(gazetteer(), "farmers staged a sit-in in qorveh, asking for water.")
    assert [(m.text, {p.iso3 for p in m.places}) for m in found] == [("qorveh", {"IRN"})]
    assert framed_places(gazetteer(), "the party celebrated two years in power. in addition, it won.") == []
    assert framed_places(gazetteer(), "nurses rallied in providencia, metropolitana.") == []


def test_a_lower_case_lead_is_placed_by_its_framed_town() -> None:
    """'nurses rallied in shadegan, asking for back pay' places an all-lower-case note in Iran."""
    body = "on 14 june 2021, retired nurses rallied in shadegan, asking for three months of back pay."
    assert incident_place(split_sentences(body), [])[0] == "IRN"


def test_a_framed_lower_case_town_is_the_place_of_last_resort() -> None:
    """'lucknow: police arrested 31 activists who had planned to gather in ayodhya,': the dateline's town stays
    the place (a name trusted by its frame alone names the place only when no other town does)."""
    body = "lucknow: police arrested 31 activists on sunday who had planned to gather in ayodhya, officials said."
    assert incident_place(split_sentences(body), [])[2] == "Lucknow"
    note = "on 14 june 2021, retired nurses rallied in shadegan, asking for three months of back pay."
    assert incident_place(split_sentences(note), [])[2] == "Shadegan"


def test_a_big_town_or_district_after_in_names_a_place_without_punctuation() -> None:
    """'rival factions fought in hazaribag late on wednesday', 'pensioners marched in mogilev against': a big city or a
    whole district one country alone has, after 'in' with no punctuation; not in a story with a dateline
    ('new delhi: ... not allow a rally in ayodhya on saturday' is placed by its dateline)."""
    body = "three shopkeepers were hurt after rival factions fought in hazaribag late on wednesday."
    assert incident_place(split_sentences(body), [])[:1] == ("IND",)
    body = "on 17 august 2021, some forty pensioners marched in mogilev against the new rent rules."
    assert incident_place(split_sentences(body), [])[0] == "BLR"
    story = "new delhi: the trust said on monday it would not allow a rally in ayodhya on saturday."
    assert incident_place(split_sentences(story), [])[2] is None
