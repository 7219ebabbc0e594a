"""Tests for victim groups shared or split between two harm verbs (pipeline/extract/casualty_shared.py). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import counts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two and five people were killed and injured respectively in the blast at the depot.", (2, 5)),
        ("Three and nine villagers were killed and wounded, respectively, when the mortar hit the school.", (3, 9)),
        ("The raid left 4 and 11 people dead and injured respectively.", (4, 11)),
    ],
)
def test_counts_told_respectively_go_to_each_verb_in_order(body: str, expected: tuple[int, int]) -> None:
    """'Two and five people were killed and injured respectively' is 2 killed and 5 injured, not 7 killed."""
    assert counts(body) == expected


def test_coordinated_verbs_share_their_victims() -> None:
    """'Three herders were abducted and killed' are three killed: the second verb shares the first's subject."""
    assert counts("Three herders were abducted and killed near the river on Monday.") == (3, 0)
