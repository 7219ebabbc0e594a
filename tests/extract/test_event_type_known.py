"""Tests for pipeline/extract/event_type_known.py: cue words that name no event of the text's own.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.event_type_cues import tokens
from pipeline.extract.event_type_known import in_the_house, named_as_known


def known(text: str, word: str) -> bool:
    """Whether the cue `word` of `text` names an event the reader already knows."""
    words = tokens(text)
    return named_as_known(words, words.index(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A court jailed five men for the 2017 lynching of a trader.", "lynching", True),
        ("The judge will hear the kidnapping case next week.", "kidnapping", True),
        ("The alleged mastermind of the hotel attack was remanded.", "attack", True),
        ("Three men were arrested in connection with the bombings of two banks.", "bombings", True),
        ("Police charged four brothers with murder on Friday.", "murder", True),
        ("A tribunal convicted the two guards of the abduction of a lawyer.", "abduction", True),
        ("Gunmen who had been charged with theft carried out the murder of a trader.", "murder", False),
        ("Gunmen carried out an attack on the market on Sunday.", "attack", False),
        ("A mob carried out the lynching of a trader near the bridge on Sunday.", "lynching", False),
    ],
)
def test_a_case_s_crime_or_a_dated_event_is_known(text: str, word: str, expected: bool) -> None:
    """A crime named by its case, its mastermind or its year is an earlier event; one told with its own deed is news."""
    assert known(text, word) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The Ansar Brigade claimed the attack on the border post near Tessit.", "attack", False),
        ("The brigade claimed responsibility for the massacre at the ford near Gao.", "massacre", False),
        ("Since the attack on the depot, traders have avoided the road.", "attack", True),
    ],
)
def test_the_event_a_claim_owns_is_the_news(text: str, word: str, expected: bool) -> None:
    """'claimed the attack on the border post', 'claimed responsibility for the massacre at the ford': the event the
    claim is news of, not one the reader knows; 'since the attack on the depot' still names an earlier one."""
    assert known(text, word) is expected


def test_a_sentence_set_inside_a_legislature_by_its_members_acts() -> None:
    """'members staged a walkout from the assembly', 'trooped into the well': inside the house; a crowd marching to
    the assembly, or protesting a bill voted in parliament, is out in the street."""
    assert in_the_house("Opposition members staged a walkout from the state assembly over the new tax.")
    assert in_the_house("The members trooped into the well of the house shouting slogans.")
    assert not in_the_house("Farmers marched to the assembly to demand loan waivers.")
    assert not in_the_house("Workers protested in the capital against a bill being voted in parliament.")
