"""Tests for pipeline/extract/place_units.py: names a unit word marks as places in lower-case text. Every
sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.gazetteer import gazetteer
from pipeline.extract.place_units import unit_places
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
