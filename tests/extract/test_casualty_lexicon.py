"""Tests for the harm vocabulary of pipeline/extract/casualty_lexicon.py, read through the incident's
killed figure. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.sentences import split_sentences


def killed(body: str) -> int:
    """The incident's killed figure."""
    sentences = split_sentences(body)
    return incident_counts(extract_casualties(body, sentences), sentences, body=body)[0]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen shoot dead 4 shopkeepers in market town", 4),
        ("Bandits gun down three traders on highway", 3),
        ("Rebels execute 5 captured soldiers", 5),
        ("Insurgents behead two hostages in the north", 2),
        ("Mob lynches two suspected cattle thieves", 2),
        ("Militia massacres 30 villagers in remote district", 30),
        ("Attackers murder 6 farmers near the river", 6),
        ("Gunmen slay eight worshippers at shrine", 8),
        ("Separatists assassinate 2 local officials", 2),
        ("Raiders slaughter at least 12 herders", 12),
    ],
)
def test_present_tense_headline_verbs_report_deaths(headline: str, expected: int) -> None:
    """Headline verbs in the present tense ('shoot dead', 'execute', 'lynches') count their objects."""
    assert killed(headline) == expected


def test_present_tense_verb_with_a_singular_object_counts_one() -> None:
    """'Gunmen shoot dead village chief' is one killed."""
    assert killed("Gunmen shoot dead village chief in the east") == 1


@pytest.mark.parametrize(
    "headline",
    [
        "Police arrest murder suspect in the capital",
        "A lynch mob attacked a suspected thief at the market",
        "Massacre survivors recall the attack ten years on",
        "Air defence shoots down drone near the border",
    ],
)
def test_nouns_spelt_like_harm_verbs_are_not_deaths(headline: str) -> None:
    """'murder suspect', 'lynch mob', 'massacre survivors', 'shoots down drone' report no death."""
    assert killed(headline) == 0


def test_claims_lives_of_without_article_reports_deaths() -> None:
    """'claims lives of 9' reads like 'claims the lives of 9'."""
    assert killed("Suicide blast claims lives of 9 at bus station") == 9
