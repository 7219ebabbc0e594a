"""Tests for pipeline/extract/casualty_headline.py: a headline line restates its story's figures. Every text here
was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualty_headline import HEADLINE
from tests.extract.casualty_helpers import counts, mentions


def test_more_in_a_headline_and_its_lead_is_said_once() -> None:
    """'Crowd kills two more ...' over 'A second crowd lynched two more ...': two dead, not four; 'eight hurt'
    over 'eight others were hurt': eight wounded, not sixteen."""
    assert counts("Crowd kills two more suspected thieves near Tezpur\n\nA second crowd lynched two more suspected "
                  "thieves near Tezpur late on Friday, officers said.")[0] == 2
    assert counts("Three killed, eight hurt in Quetta bombing\n\nThree people died and eight others were hurt when "
                  "a device went off at a crowded bus stand in Quetta on Friday, officials said.") == (3, 8)


def test_the_headlines_figure_is_linked_to_the_story() -> None:
    """The headline's 'five more' is the lead's, linked `same` with the reason saying so."""
    body = ("Five more killed as clashes continue in Tripoli\n\nFive more people were killed on Sunday as clashes "
            "between rival militias continued in Tripoli, medics said.")
    [headline, lead] = mentions(body)
    assert (headline.link, headline.reason) == ("same", HEADLINE)
    assert lead.link == "more" and counts(body)[0] == 5


def test_a_first_sentence_or_a_headline_alone_is_left_as_it_is() -> None:
    """A first sentence that ends with a full stop is no headline, and a headline whose figure the story does not
    repeat keeps it; a person named alone in a headline of several ('soldier, civilian killed') is not matched."""
    assert counts("Two more people were killed on Monday.\nTwo more people were killed on Tuesday.")[0] == 4
    assert counts("Gunmen kill 3 in Kaduna village\n\nThe attack on the village came at night, residents said.")[0] == 3
    assert counts("Soldier, civilian killed in firing along the border\n\nA soldier was killed when troops "
                  "exchanged fire along the border on Monday, the army said.")[0] == 2
