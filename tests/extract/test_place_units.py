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


def test_words_describing_the_unit_name_no_place() -> None:
    """'the border district', 'a remote village', 'the same town': no place is named."""
    assert _named("the border district was tense, a remote village was empty and the same town was calm.") == []


def test_a_lower_case_lead_is_placed_by_its_marked_district() -> None:
    """An article written without capitals that names only 'kalat district' is placed in Pakistan."""
    body = "a rebel leader was killed in a battle with troops in the hills of kalat district on sunday."
    assert incident_place(split_sentences(body), [])[0] == "PAK"


def test_a_town_after_in_closed_by_punctuation_is_a_place_in_lower_case_text() -> None:
    """'a protest in qorveh, demanding jobs' names the Iranian town; 'in power.', 'in addition,' and a name
    several countries' towns share ('in providencia,') name none."""
    found = framed_places(gazetteer(), "workers held a protest in qorveh, demanding jobs.")
    assert [(m.text, {p.iso3 for p in m.places}) for m in found] == [("qorveh", {"IRN"})]
    assert framed_places(gazetteer(), "the party celebrated two years in power. in addition, it won.") == []
    assert framed_places(gazetteer(), "workers demonstrated in providencia, metropolitana.") == []


def test_a_lower_case_lead_is_placed_by_its_framed_town() -> None:
    """'teachers held a protest in shadegan, demanding contracts' places an all-lower-case note in Iran."""
    body = "on 9 may 2020, a group of adult literacy teachers held a protest in shadegan, demanding contracts."
    assert incident_place(split_sentences(body), [])[0] == "IRN"


def test_a_framed_lower_case_town_is_the_place_of_last_resort() -> None:
    """'lucknow: police arrested 31 activists who had planned to gather in ayodhya,': the dateline's town stays
    the place (a name trusted by its frame alone names the place only when no other town does)."""
    body = "lucknow: police arrested 31 activists on sunday who had planned to gather in ayodhya, officials said."
    assert incident_place(split_sentences(body), [])[2] == "Lucknow"
    note = "on 9 may 2020, a group of adult literacy teachers held a protest in shadegan, demanding contracts."
    assert incident_place(split_sentences(note), [])[2] == "Shadegan"


def test_a_big_town_or_district_after_in_names_a_place_without_punctuation() -> None:
    """'two groups clashed in hazaribag on saturday', 'a protest in mogilev over the response': a big city or a
    whole district one country alone has, after 'in' with no punctuation; not in a story with a dateline
    ('new delhi: ... plan to hold a puja in ayodhya on friday' is placed by its dateline)."""
    body = "one person was killed and six injured when two communal groups clashed in hazaribag on saturday."
    assert incident_place(split_sentences(body), [])[:1] == ("IND",)
    body = "on 5 may 2020, tens of people held a protest in mogilev over the government's response."
    assert incident_place(split_sentences(body), [])[0] == "BLR"
    story = "new delhi: the board on sunday opposed the plan to hold a puja in ayodhya on friday."
    assert incident_place(split_sentences(story), [])[2] is None
