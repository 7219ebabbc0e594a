"""Tests for pipeline/extract/casualty_reactions.py: the deaths a diplomatic reaction is about.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import killed


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Ministry summons neighbour's envoy after death of three fishermen at sea", 3),
        ("Capital lodges strong protest over killing of two border guards", 2),
        ("Government protests to Ruritania over death of a farmer in cross-border fire", 1),
        ("Country recalls ambassador over killing of 4 aid workers", 4),
    ],
)
def test_deaths_a_diplomatic_reaction_answers_are_the_reported_incident(headline: str, expected: int) -> None:
    """'summons envoy after death of three' reports the three deaths."""
    assert killed(headline) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Residents rallied outside the police station after two youths were killed in custody.",
        "Villagers protested to demand justice after the killing of 2 farmers.",
        "Lawyers marched and lodged a protest over the killing of 3 colleagues.",
        "Government demands probe into death of 5 workers",
    ],
)
def test_occasion_of_a_street_protest_or_probe_stays_background(body: str) -> None:
    """A demonstration's occasion (ACLED codes the demonstration) and a probe's subject add no deaths."""
    assert killed(body) == 0


def test_a_reported_toll_is_not_replaced_by_the_reaction() -> None:
    """When the text reports its own toll, an envoy summoned over an earlier killing adds nothing."""
    body = ("Shelling killed one villager on Tuesday. The ministry had summoned the envoy on Monday "
            "over the killing of two border guards.")
    assert killed(body) == 1
