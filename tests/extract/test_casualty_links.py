"""Tests for pipeline/extract/casualty_links.py: how a figure links to the article's other figures.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import injured, killed, mentions


def links(body: str) -> list[tuple[int, str]]:
    """(figure, link) of each casualty mention of `body`, in text order."""
    return [(m.count_best, m.link) for m in mentions(body) if m.status != "negated"]


def test_an_earlier_toll_an_update_replaced_is_no_update() -> None:
    """'killed at least 81 people ..., raising an earlier toll of 34': 34 is the figure replaced, not the new toll."""
    body = ("Fighters killed at least 81 people in an attack on a village, a local official said on Thursday, "
            "raising an earlier toll of 34.")
    assert links(body) == [(81, "new"), (34, "alternative")]
    assert killed(body) == 81
    assert links("The death toll from the blast rose to 40 on Friday, up from an initial toll of 25.") == [
        (40, "update"), (25, "alternative")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Eight people were killed in the blast. The dead included three children.", [(8, "new"), (3, "part")]),
        ("Five soldiers were killed on Monday. Two more died in hospital on Tuesday.", [(5, "new"), (2, "more")]),
        ("Twelve people were injured, two of whom later died.", [(12, "new"), (2, "more")]),
        ("The death toll from the bombing rose to 14 on Wednesday.", [(14, "update")]),
        ("Police said six died, but witnesses put the death toll at 11.", [(6, "new"), (11, "alternative")]),
        ("Twenty were hurt; four with serious injuries were moved to the city hospital.", [(20, "new"), (4, "part")]),
    ],
)
def test_a_figure_s_link_to_the_figures_before_it(body: str, expected: list[tuple[int, str]]) -> None:
    """A part of a total, more dead, the wounded who died, a revised toll, another source's toll, the worst hurt."""
    assert links(body) == expected


def test_other_before_a_number_adds_victims_but_the_other_is_the_rest() -> None:
    """"Other two people were hurt" after one victim adds two; "the other two victims" are the rest of a group."""
    body = "A vendor was wounded by a stray bullet near the bus stand. Other two people were injured in the crossfire."
    assert injured(body) == 3
    rest = "Three men were shot at the gate. One died and the other two were wounded."
    assert [m.link for m in mentions(rest) if m.category == "injured"] != ["more"]


def test_a_sentence_opening_on_another_report_gives_alternatives() -> None:
    """'Another report said that 12 were killed and more than 40 others injured': another source's figures for the
    same victims, not 40 wounded more than the 35 before them; 'Still others said ...' too."""
    body = ("Six people were killed in clashes in the city on Friday. 35 people were injured. Another report said "
            "that 12 protesters were killed and more than 40 others injured. Still others said 50 were wounded.")
    assert links(body) == [(6, "new"), (35, "new"), (12, "alternative"), (41, "alternative"), (50, "alternative")]
    assert injured(body) == 35
