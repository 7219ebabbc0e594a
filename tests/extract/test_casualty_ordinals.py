"""Tests for ordinal victims continuing a toll (pipeline/extract/casualty_ordinals.py). Every sentence
here was written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import killed


def test_ordinal_victim_continues_the_toll() -> None:
    """"Four guards were killed ... a fifth guard was abducted; his body was found" makes five."""
    body = ("Four guards were killed when militants stormed the mine on Monday. "
            "A fifth guard was abducted during the raid; his body was found the next day.")
    assert killed(body) == 5


def test_ordinal_of_a_non_person_adds_nothing() -> None:
    """"A second blast killed two people" ranks a blast, not a victim: the toll is not raised to two."""
    body = "One person was killed in a blast at the market. A second blast near the mosque killed one more."
    assert killed(body) == 2


def test_ordinal_that_does_not_continue_the_toll_adds_nothing() -> None:
    """"A second officer arrived and opened fire, killing five": the rank is no place in the toll."""
    body = ("Police shot dead five men at a roadblock, a witness said. "
            "A second officer arrived and opened fire on the men, killing five.")
    assert killed(body) == 5
