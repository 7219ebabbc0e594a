"""Tests for pipeline/extract/casualty_nouns.py: the lists of nouns that do and do not name people."""

from __future__ import annotations

from pipeline.extract.casualty_nouns import INSTITUTION_HEADS, NOT_PERSON_HEADS, PERSON_NOUNS, PLURAL_PEOPLE


def test_no_noun_is_both_a_person_and_not_one() -> None:
    """A head noun is never at once a person's and a thing's, an abstraction's or an institution's."""
    assert not (PERSON_NOUNS | PLURAL_PEOPLE) & (NOT_PERSON_HEADS | INSTITUTION_HEADS)


def test_lists_are_lower_case_single_words() -> None:
    """Head nouns are compared lower-cased and one word at a time, so every entry must be so."""
    for noun in PERSON_NOUNS | PLURAL_PEOPLE | NOT_PERSON_HEADS | INSTITUTION_HEADS:
        assert noun == noun.lower() and " " not in noun
