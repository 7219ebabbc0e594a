"""Tests for pipeline/extract/casualty_phrases.py: how many people a victim phrase names, and when a
sentence reads as a headline. Every sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualty_phrases import headline_like
from tests.extract.casualty_helpers import killed


def test_long_unpunctuated_line_is_a_headline() -> None:
    """A 20-word line without a final full stop still reads in headline grammar."""
    line = ("Border guard killed as troops return fire after ceasefire violation along the frontier "
            "in three districts of the northern hill region")
    assert headline_like(line)
    assert killed(line) == 1


def test_long_sentence_with_a_full_stop_is_not_a_headline() -> None:
    """A 20-word sentence ending in a full stop is prose, not a headline."""
    sentence = ("Officials said on Monday that the border guard had returned fire after a ceasefire "
                "violation along the frontier in three districts.")
    assert not headline_like(sentence)


def test_short_sentence_is_headline_like_whatever_its_ending() -> None:
    """'Soldier, wife die in shelling.' is short enough for headline grammar even with a full stop."""
    assert headline_like("Soldier, wife die in shelling.")
    assert killed("Soldier, wife die in shelling.") == 2
