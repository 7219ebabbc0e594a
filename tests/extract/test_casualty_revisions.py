"""Tests for figures revised in their own sentence (pipeline/extract/casualty_revisions.py). Every
sentence here was written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import counts, killed, mentions


def test_a_toll_revised_by_pronoun_ends_on_the_revision() -> None:
    """"had put the toll at 214 on Monday, revised it to 212 on Tuesday": the toll is 212."""
    body = ("Shops were set on fire in the old city. The control room, which had put the death toll at 214 "
            "on Monday night, revised it to 212 on Tuesday.")
    assert killed(body) == 212
    revised = [m for m in mentions(body) if m.count_best == 212]
    assert revised and revised[0].link == "update" and revised[0].category == "killed"


def test_a_figure_later_revised_replaces_the_first() -> None:
    """"killing 14 people, a figure later revised to 16": the revised figure is the toll."""
    body = "A truck bomb went off near the depot on Friday, killing 14 people, a figure later revised to 16."
    assert killed(body) == 16


def test_a_revised_count_of_wounded_stays_wounded() -> None:
    """A revision after a count of the wounded revises the wounded, not the dead."""
    body = "Three guards died and 31 were wounded in the raid, a number later corrected to 27."
    assert counts(body) == (3, 27)


def test_an_expected_revision_is_not_one() -> None:
    """"the figure is expected to be revised to 90": the toll has not changed yet."""
    body = "Gunmen attacked the village on Sunday. The death toll stood at 80, a figure expected to be revised to 90."
    assert killed(body) == 80


def test_a_raised_reward_is_no_figure() -> None:
    """"the reward was increased to 50,000" names money, not people: no casualty is read from it."""
    body = "Nine villagers were killed in the raid; the reward for the gunmen was later increased to 50,000."
    assert killed(body) == 9
    assert all(m.count_best != 50000 for m in mentions(body))
