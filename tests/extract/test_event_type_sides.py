"""Tests for who acts in a lead sentence (pipeline/extract/event_type_sides.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.event_type_cues import tokens
from pipeline.extract.event_type_sides import actor_side, names_armed_actor


def side_at(text: str, verb: str) -> str | None:
    """The side acting at the first occurrence of `verb` in `text`."""
    words = tokens(text)
    return actor_side(words, words.index(verb))


@pytest.mark.parametrize(
    ("text", "verb", "side"),
    [
        ("Government troops recaptured the river port from the insurgents on Monday.", "recaptured", "state"),
        ("The Arakan Army captured a border post after days of fighting.", "captured", "non_state"),
        ("The rebels were pushed back from the outskirts of the town.", "pushed", "state"),
        ("The town was overrun by militants before dawn.", "overrun", "non_state"),
        ("An army spokesman said that rebels had seized two villages.", "seized", "non_state"),
    ],
)
def test_the_subject_or_the_agent_acts(text: str, verb: str, side: str) -> None:
    """The first force named before the verb acts, an agent after 'by' wins, a passive turns it round, and a
    speaker is no subject."""
    assert side_at(text, verb) == side


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Militants stormed the checkpoint at midnight.", True),
        ("Police said the two groups fought with sticks and stones.", False),
        ("Police have registered cases against forty villagers.", False),
        ("Twelve policemen were injured in the stone pelting.", False),
    ],
)
def test_an_armed_actor_is_named_only_as_one_that_acts(text: str, named: bool) -> None:
    """A force that only tells the news, files cases afterwards or was hurt names no armed side."""
    assert names_armed_actor(tokens(text)) is named
