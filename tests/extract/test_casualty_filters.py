"""Tests for pipeline/extract/casualty_filters.py: words that look like harm but do not report it.
Every sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import killed


def test_scare_quoted_participle_is_a_label_not_a_harm() -> None:
    """In "Four 'missing' farmers executed" the quoted word describes the farmers: four killed, none missing."""
    body = "Four 'missing' farmers executed by soldiers in the hills"
    found = extract_casualties(body, split_sentences(body))
    assert [(m.category, m.count_best) for m in found] == [("killed", 4)]


def test_scare_quoted_injured_before_a_plural_noun_is_no_injury() -> None:
    """"two 'injured' officers were later arrested" reports no injury."""
    body = "Police said two 'injured' officers were later arrested."
    sentences = split_sentences(body)
    assert incident_counts(extract_casualties(body, sentences), sentences, body=body) == (0, 0)


def test_killed_after_a_noun_before_a_bare_person_is_a_verb() -> None:
    """'Troops killed woman, child' (headline grammar) is two killed, not 'the killed woman'."""
    assert killed("Border troops killed woman, child, officials say") == 2


def test_killed_after_a_determiner_describes_the_person() -> None:
    """'The killed woman was a teacher' reports no new death: 'killed' describes her."""
    assert killed("The killed woman was a teacher at the village school.") == 0
