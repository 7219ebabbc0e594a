"""Tests for pipeline/extract/place_dateline.py: the place a lower-case story's dateline names."""

from __future__ import annotations

from pipeline.extract.gazetteer import gazetteer
from pipeline.extract.place_dateline import dateline_places, is_page_line, opening_dateline, without_page_line


def names(text: str) -> list[str]:
    """The dateline's place names found in `text`, as written."""
    return [mention.text for mention in dateline_places(gazetteer(), text)]


def test_an_old_name_in_a_dateline_is_a_place() -> None:
    """'allahabad:' is an alternate name (Prayagraj), trusted in a dateline only."""
    [mention] = dateline_places(gazetteer(), "allahabad: three persons were arrested on wednesday.")
    assert mention.text == "allahabad"
    assert (mention.start, mention.end) == (0, 9)
    assert any(place.admin1 == "Uttar Pradesh" for place in mention.places)


def test_two_places_after_a_page_line() -> None:
    """'This story is from ... ahmedabad/vadodara:' names two places, at their offsets in the text."""
    text = "This story is from April 19, 2002  ahmedabad/vadodara: markets in both cities reopened after a week."
    found = dateline_places(gazetteer(), text)
    assert [m.text for m in found] == ["ahmedabad", "vadodara"]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_no_dateline_no_place() -> None:
    """A sentence that does not open with 'place:' names no dateline place; nor does a word that is
    no place ('meanwhile:')."""
    assert names("the police said: three persons were arrested in allahabad.") == []
    assert names("meanwhile: the curfew was lifted.") == []


def test_without_page_line() -> None:
    """The page's date line, with its capitals, is cut; other text is kept whole."""
    assert without_page_line("This story is from April 8, 2002  pune: the police ...") == "pune: the police ..."
    assert without_page_line("pune: the police ...") == "pune: the police ..."


def test_opening_dateline_in_either_case_but_not_a_label() -> None:
    """'NEW DELHI:' and 'pune:' open a newspaper's story; 'Looting:' (a coder's label), 'Pakistan:' (a
    headline's country) and 'UPDATE:' do not."""
    assert opening_dateline("NEW DELHI: The minister said on Monday that talks would resume.") == "NEW DELHI"
    assert opening_dateline("ahmedabad/vadodara: markets in both cities reopened.") == "ahmedabad/vadodara"
    assert opening_dateline("Looting: On 9 May 2020, rebels looted the wheat of civilians.") is None
    assert opening_dateline("Pakistan: Three killed by firing along the border") is None
    assert opening_dateline("UPDATE: Three killed by firing along the border") is None


def test_a_villages_district_in_brackets_is_a_dateline_place() -> None:
    """'ghodasar (kheda): ...' names the village and its district; the district is found though the village
    is not in the gazetteer, and the opening is still a newspaper's dateline."""
    assert names("ghodasar-jinjhar (kheda): farmers found two tractors burnt near the canal.") == ["kheda"]
    assert names("anand (kheda): farmers found two tractors burnt near the canal.") == ["anand", "kheda"]
    assert opening_dateline("ghodasar (kheda): farmers found two tractors burnt near the canal.") == "ghodasar"


def test_is_page_line() -> None:
    """Only a sentence that is the page's date line alone is one."""
    assert is_page_line("This story is from April 27, 2002")
    assert not is_page_line("This story is from April 27, 2002  pune: the police said.")
