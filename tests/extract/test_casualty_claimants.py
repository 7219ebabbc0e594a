"""Tests for who claims a casualty figure (pipeline/extract/casualty_claimants.py). Every sentence here was
written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import mentions


def claimants(body: str) -> list[tuple[int, str | None]]:
    """(figure, claimant) of each killed mention of `body`."""
    return [(m.count_best, m.claimed_by) for m in mentions(body) if m.category == "killed"]


def test_a_named_party_that_claims_a_figure_is_its_claimant() -> None:
    """'The Ansar Brigade claimed to have killed 14 soldiers': the brigade's figure."""
    assert claimants("The Ansar Brigade claimed to have killed 14 soldiers near the dam on Monday.") == [
        (14, "Ansar Brigade")]


def test_a_contrast_after_the_claim_ends_its_reach() -> None:
    """'The brigade said it killed 14 soldiers, while the army said two died': the two are not the brigade's."""
    found = claimants("The Ansar Brigade said it killed 14 soldiers, while the army said only two soldiers died.")
    assert found[0] == (14, "Ansar Brigade")
    assert found[1][1] != "Ansar Brigade"


def test_a_claim_told_by_a_common_noun_keeps_the_noun() -> None:
    """'The group claimed it had killed nine policemen': the claimant is the sentence's 'The group'."""
    assert claimants("The group claimed it had killed nine policemen at the checkpoint.") == [(9, "The group")]


def test_a_party_s_own_kills_told_after_a_comma_are_its_claim() -> None:
    """'The army said it repelled the raid, killing 40 militants': the army's own claim, as 'said it had killed 40'
    is."""
    assert claimants("The army said it repelled the raid on the garrison, killing 40 militants.") == [(40, "The army")]
    assert claimants("The army said it had killed 40 militants near the garrison.") == [(40, "The army")]


def test_a_common_noun_claimant_drops_the_adverb_after_it() -> None:
    """'; the group later claimed it had killed 15': the claimant is 'the group', not 'the group later'."""
    found = claimants("Fighters raided an outpost on Sunday, leaving four guards dead; the group later claimed it had "
                      "killed 15.")
    assert found[1] == (15, "the group")
