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
    body = "A blast at the bus depot left one person dead. A second blast by the clinic killed one more."
    assert killed(body) == 2


def test_ordinal_that_does_not_continue_the_toll_adds_nothing() -> None:
    """"A second constable then came over and shot at the group, killing four": the rank is no place in the
    toll."""
    body = ("Officers gunned down four youths at a checkpoint, a survivor told reporters. "
            "A second constable then came over and shot at the group, killing four.")
    assert killed(body) == 4
