"""Tests for pipeline/extract/casualty_persons.py: whether a victim phrase names one person. Every sentence here
was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualty_persons import plural
from tests.extract.casualty_helpers import counts


def test_an_agent_noun_capitalised_as_the_first_word_is_still_plural() -> None:
    """'Supporters of two candidates clashed ..., and 12 people were injured': twelve, not a thirteenth person read
    from the clause before 'and'; a name ending in -s ('Sheikh Abbas') stays one person."""
    assert counts("Supporters of two candidates clashed in Kano on Monday, and 12 people were injured.") == (0, 12)
    assert plural("supporters", "Supporters of two candidates clashed in Kano on Monday")
    assert not plural("abbas", "Sheikh Abbas of Karbala")
