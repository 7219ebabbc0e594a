"""Tests for pipeline/extract/place_capitals.py: the capital a story names by its role. Every sentence here was
written for these tests."""

from __future__ import annotations

from pipeline.extract.actors import extract_actors
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences


def place(body: str) -> tuple[str | None, str | None, str | None]:
    sentences = split_sentences(body)
    return incident_place(sentences, extract_actors(body, sentences))


def test_the_demonym_capital_is_the_country_s_capital() -> None:
    """'in the Somali capital' with no town named: Mogadishu; 'in the Libyan capital' after a TRIPOLI wire dateline:
    Tripoli (the dateline alone is only where the story was filed)."""
    assert place("A car bomb tore through a busy junction in the Somali capital on Friday, killing six.")[2] == \
        "Mogadishu"
    assert place("TRIPOLI (AP) - Two armed factions fought with heavy weapons in the Libyan capital overnight, "
                 "killing four civilians.")[2] == "Tripoli"


def test_the_bare_capital_is_the_incident_country_s() -> None:
    """'in the capital' in a story placed in Iraq by its officials' demonym: Baghdad."""
    assert place("Three bombs went off across the capital on Sunday, Iraqi officials said, killing eleven.")[2] == \
        "Baghdad"


def test_another_country_s_capital_or_a_provincial_capital_is_no_location() -> None:
    """'near the Afghan capital' in a story placed in Pakistan, 'in the provincial capital of Helmand': no capital
    city of the incident's country."""
    found = place("Gunmen killed two guards in Peshawar on Monday, days after a raid near the Afghan capital.")
    assert found[2] == "Peshawar"
    assert place("A bomb exploded in the provincial capital of Helmand on Monday, killing five people.")[2] != "Kabul"
