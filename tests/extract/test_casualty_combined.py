"""Tests for figures shared by the killed and the wounded (pipeline/extract/casualty_combined.py).
Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import counts


def test_combined_figure_minus_the_wounded_gives_the_killed() -> None:
    """"killed and wounded 15 ... the number of wounded at 4": 11 killed, 4 injured."""
    body = ("The militia said it killed and wounded 15 soldiers in the raid on the base. "
            "A local radio station put the number of wounded at 4.")
    assert counts(body) == (11, 4)


def test_respective_figures_give_the_wounded_their_own() -> None:
    """"The number killed and wounded has risen to 12 and 20 injured": 12 killed, 20 injured."""
    body = "The number of people killed and wounded in the clashes has risen to 12 and 20 injured."
    assert counts(body) == (12, 20)


def test_combined_figure_alone_is_left_as_read() -> None:
    """Without a separate figure of the wounded, "killed and wounded 15" is read as before."""
    body = "The militia said it killed and wounded 15 soldiers in the raid on the base."
    assert counts(body) == (15, 15)
