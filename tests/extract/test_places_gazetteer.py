"""The gazetteer's build, its cached copy, and its ambiguity handling."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import gazetteer as gazetteer_module
from pipeline.extract.gazetteer import Gazetteer, Place, fold
from pipeline.extract.gazetteer_build import _Builder
from pipeline.extract.place_mentions import find_places_lower
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences


def small_gazetteer() -> Gazetteer:
    """A two-name gazetteer made by the real builder, standing in for the slow full build."""
    builder = _Builder(frozenset({"police"}))
    builder.add("Kandahar", Place("Kandahar", "AFG", "admin1", 38_000_000, "Kandahar"))
    builder.add("Deir-ez-Zor", Place("Deir ez-Zor", "SYR", "city", 271_800, None, "geonames"))
    builder.add("Police", Place("Police", "POL", "city", 33_000, None, "geonames"))
    return builder.finish()


def test_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh cache directory gets the pickled index, which then loads with the same content."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(gazetteer_module, "build", small_gazetteer)
    built = gazetteer_module._load_or_build()
    assert len(list(tmp_path.glob("conflict-events/gazetteer-*.pickle"))) == 1
    monkeypatch.setattr(gazetteer_module, "build", lambda: pytest.fail("cache not used"))
    loaded = gazetteer_module._load_or_build()
    for name in ("kandahar", "deir ez zor"):
        assert loaded.lookup(name) == built.lookup(name) != ()
    assert "police" not in loaded


def test_unwritable_cache_still_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a writable cache directory the gazetteer is built in memory all the same."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(gazetteer_module, "build", small_gazetteer)
    assert gazetteer_module._load_or_build().lookup("kandahar")


def test_ambiguous_names_keep_every_reading() -> None:
    """A name shared by several countries keeps all its readings for context to choose from."""
    table = gazetteer_module.gazetteer()
    assert {place.iso3 for place in table.lookup("punjab")} >= {"IND", "PAK"}
    assert {place.iso3 for place in table.lookup("georgia")} >= {"GEO", "USA"}


def test_acronyms_are_case_sensitive() -> None:
    """'US' is the United States only in capitals; the pronoun 'us' is in no index."""
    table = gazetteer_module.gazetteer()
    assert [place.iso3 for place in table.acronyms["US"]] == ["USA"]
    assert not table.lookup("us")


def test_stopwords_never_indexed() -> None:
    """Common words that are also town names ("Police", "Line") are not in the name index."""
    table = gazetteer_module.gazetteer()
    for word in ("police", "line", "may", "the", "simmering", "communal", "section", "secretary", "convoy"):
        assert fold(word) not in table


def test_lower_case_names_are_read_whole_and_through_apostrophes() -> None:
    """'the democratic republic of congo' is one name of four words (not 'republic of congo'), 'people's republic
    of china' keeps its apostrophe, and 'kashmir's' is Kashmir's possessive."""
    def read(text: str) -> list[tuple[str, set[str]]]:
        return [(m.text, {p.iso3 for p in m.places}) for m in find_places_lower(gazetteer_module.gazetteer(), text)]

    assert read("rebels raided a camp in the democratic republic of congo.") == [
        ("democratic republic of congo", {"COD"})]
    assert read("a delegation of the people's republic of china arrived.") == [
        ("people's republic of china", {"CHN"})]
    assert [text for text, _ in read("kashmir's chief minister spoke.")] == ["kashmir"]


def test_a_section_of_a_law_is_no_town() -> None:
    """'orders under Section 144' name a clause of the law, not the town of Section, Alabama."""
    assert incident_place(split_sentences("Prohibitory orders under Section 144 were clamped in the district."),
                          []) == (None, None, None)


def test_well_known_four_letter_places_are_found_in_lower_case_text() -> None:
    """'in kyiv', 'in yobe state', 'in iraq' name places even without capitals; 'chin' and 'pool' (a Myanmar
    state, a Congolese department, but English words) stay unread in lower case."""
    def country(text: str) -> str | None:
        return incident_place(split_sentences(text), [])[0]

    assert country("about 200 entrepreneurs held a protest outside the cabinet in kyiv on monday.") == "UKR"
    assert country("gunmen killed 12 people in a village in yobe state on monday.") == "NGA"
    assert country("three people were killed in a bombing in iraq on monday.") == "IRQ"
    assert country("a car bomb went off in central kiev on monday.") == "UKR"
    assert country("he hurt his chin when he fell into the pool on monday.") is None
