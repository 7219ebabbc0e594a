"""Tests for pipeline/extract/casualty_evidence.py: the sentence an incident's headline figure came
from. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText


def evidence(body: str) -> str | None:
    """The evidence sentence of `body`'s incident."""
    return analyse(ArticleText("a", body, None, dt.datetime(2025, 11, 4))).incident.evidence


def test_the_sentence_of_the_coded_figure_is_the_evidence() -> None:
    """An update gives the toll, so its sentence is the evidence, not the lead's."""
    body = ("A bomb killed 11 people at a market in the city on Monday. Police said 20 were wounded. "
            "The death toll rose to 13 on Tuesday after two of the wounded died.")
    assert evidence(body) == "The death toll rose to 13 on Tuesday after two of the wounded died."


def test_without_deaths_the_injured_figure_is_the_evidence() -> None:
    """No one killed: the sentence of the injured figure."""
    body = "Police said the rally ended peacefully. Twelve protesters were injured when police charged the crowd."
    assert evidence(body) == "Twelve protesters were injured when police charged the crowd."


def test_other_harms_give_evidence_when_no_one_was_hurt() -> None:
    """An abduction with no dead or wounded: the sentence of the kidnapped figure."""
    body = "The attack began at dawn. Gunmen abducted 23 students from a boarding school on Tuesday."
    assert evidence(body) == "Gunmen abducted 23 students from a boarding school on Tuesday."


def test_no_reported_figure_no_evidence() -> None:
    """A background toll alone gives no evidence sentence."""
    assert evidence("Last year's attack on the town killed 20 people, residents recalled on Tuesday.") is None


def test_a_story_sentence_is_the_evidence_before_the_headline_it_restates() -> None:
    """A headline's toll that the story gives again: the story's sentence, which says where and who said."""
    body = ("Roadside bomb kills 6 soldiers in the north\n\nA roadside bomb killed 6 soldiers near the town of "
            "Kidal on Monday, the army said. The patrol was returning to its base.")
    assert evidence(body) == "A roadside bomb killed 6 soldiers near the town of Kidal on Monday, the army said."
