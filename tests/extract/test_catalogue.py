"""The actor catalogue and country table: well-formed data files and a stable country API."""

from __future__ import annotations

import re

import pycountry
import pytest

from pipeline.extract.catalogue import ENTRIES, FAMILIES, NAMED, case_ok, case_rule, family_name, fill
from pipeline.extract.countries import (
    COUNTRIES,
    acled_country,
    country_by_capital,
    country_by_demonym,
    country_by_name,
    country_of,
    state_name,
)
from pipeline.taxonomy import ACTOR_TYPES

YEARS = re.compile(r"\(\d{4}-(?:\d{4})?\)")


def test_every_country_code_is_iso3166_or_kosovo() -> None:
    """Every country row has an ISO 3166-1 alpha-3 code (XKX for Kosovo, as ACLED uses)."""
    for iso3 in COUNTRIES:
        assert iso3 == "XKX" or pycountry.countries.get(alpha_3=iso3) is not None, iso3


def test_country_names_resolve_case_and_article_insensitively() -> None:
    """Country names and aliases resolve with or without 'the' and in any case."""
    assert country_by_name("Pakistan") == "PAK"
    assert country_by_name("the Philippines") == "PHL"
    assert country_by_name("DR Congo") == "COD"
    assert country_by_name("Côte d'Ivoire") == "CIV"
    assert country_by_name("pakistan") == "PAK"
    assert country_by_name("Atlantis") is None


def test_short_capital_forms_need_capitals() -> None:
    """'US' and 'UK' are countries, the pronoun 'us' is not."""
    assert country_by_name("US") == "USA"
    assert country_by_name("U.S.") == "USA"
    assert country_by_name("the UK") == "GBR"
    assert country_by_name("us") is None


def test_demonyms_and_capitals_resolve() -> None:
    """Demonyms (singular and plural) and capitals give the country's code."""
    assert country_by_demonym("Pakistani") == "PAK"
    assert country_by_demonym("Afghans") == "AFG"
    assert country_by_demonym("Burmese") == "MMR"
    assert country_by_capital("Kabul") == "AFG"
    assert country_of("Islamabad") == "PAK"
    assert country_of("Qatari") == "QAT"


def test_acled_country_and_state_names() -> None:
    """ACLED's country names and the article its state-actor names use."""
    assert acled_country("COD") == "Democratic Republic of Congo"
    assert state_name("PHL") == "the Philippines"
    assert state_name("PAK") == "Pakistan"
    assert acled_country("XXX") is None


def test_actor_types_and_inter_codes_are_valid() -> None:
    """Every catalogue actor has a type of the warehouse vocabulary and an inter code 1-8 or none."""
    for entry in ENTRIES:
        if entry.kind == "actor":
            assert entry.actor_type in ACTOR_TYPES, entry
            assert entry.inter is None or 1 <= entry.inter <= 8, entry


def test_no_actor_name_carries_a_regime_period() -> None:
    """Names follow ACLED without the regime period ("Military Forces of Pakistan", not "... (2018-)")."""
    for name in NAMED:
        assert not YEARS.search(name), name


def test_acronyms_match_only_in_capitals() -> None:
    """Short forms like 'LeT' must be written as such: 'let' is a verb."""
    entry = next(e for e in ENTRIES if e.form == "LeT")
    assert case_rule("LeT", "actor") == "exact"
    assert case_ok(entry, "LeT", lowercase_text=False)
    assert not case_ok(entry, "let", lowercase_text=False)
    assert not case_ok(entry, "let", lowercase_text=True)  # an English word even in lower-cased text


@pytest.mark.parametrize(("form", "word"), [("CAR", "car"), ("MEND", "mend"), ("TAK", "tak")])
def test_acronyms_that_spell_words_need_capitals_in_lower_cased_text_too(form: str, word: str) -> None:
    """'a car', 'mend your ways', 'aaj tak' in a lower-cased story name no country or group."""
    entry = next(e for e in ENTRIES if e.form == form)
    assert not case_ok(entry, word, lowercase_text=True)
    assert case_ok(entry, form, lowercase_text=False)


@pytest.mark.parametrize(
    ("template", "iso3", "name"),
    [
        ("Islamic State ({country})", "IRQ", "Islamic State (Iraq)"),
        ("Islamic State ({country})", "NGA", "Islamic State (West Africa)"),
        ("Protesters ({country})", "COD", "Protesters (Democratic Republic of Congo)"),
        ("Military Forces of {state}", "PHL", "Military Forces of the Philippines"),
        ("Police Forces of {state}", None, "Police Forces"),
    ],
)
def test_templates_fill_with_acled_country_names(template: str, iso3: str | None, name: str) -> None:
    """Templates take ACLED's country names, regional Islamic State provinces, or no country."""
    assert fill(template, iso3) == name


def test_descriptor_families_follow_acled_patterns() -> None:
    """Each family codes to ACLED's pattern; a country's main insurgency replaces 'militants'."""
    assert set(FAMILIES) >= {"military", "police", "protesters", "rioters", "civilians", "armed_group"}
    assert family_name("civilians", "MEX")[0] == "Civilians (Mexico)"
    assert family_name("militant", "AFG")[0] == "Taliban"
    assert family_name("militant", "CHL")[0] == "Unidentified Armed Group (Chile)"
