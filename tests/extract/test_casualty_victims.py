"""Tests for pipeline/extract/casualty_victims.py: which phrase a harm word's victims are read from.
Every sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualties import extract_casualties
from pipeline.extract.sentences import split_sentences


def test_participle_after_the_object_of_an_active_verb_is_a_reduced_relative() -> None:
    """'kill two teachers abducted in May': the two teachers are killed (and were kidnapped before)."""
    body = "Militants kill two teachers abducted in May"
    found = extract_casualties(body, split_sentences(body))
    assert sorted((m.category, m.count_best) for m in found) == [("kidnapped", 2), ("killed", 2)]


def test_participle_after_an_intransitive_reading_starts_a_new_clause() -> None:
    """'Eight people killed many more injured': 'many more' are the injured, not the killed."""
    body = "Eight people killed many more injured in market blast"
    found = extract_casualties(body, split_sentences(body))
    assert [(m.category, m.count_best) for m in found] == [("killed", 8), ("injured", 10)]
