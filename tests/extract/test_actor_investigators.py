"""Tests for forces that only investigate a crime (pipeline/extract/actor_investigators.py), read through the
mentions' roles and the incident's actors. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actors, main_actors
from pipeline.extract.sentences import split_sentences


def roles(body: str) -> list[tuple[str, str | None]]:
    """(text, role) of every actor mention of `body`."""
    return [(m.text, m.role) for m in extract_actors(body, split_sentences(body))]


def actors(body: str) -> tuple[str | None, str | None]:
    """(actor1, actor2) of `body` coded as an attack on civilians in India."""
    sentences = split_sentences(body)
    return main_actors(extract_actors(body, sentences), sentences, "Violence against civilians", "Attack", "IND")


@pytest.mark.parametrize(
    "body",
    [
        "Two men on a scooter stabbed a grocer and took his takings. Police have registered a case.",
        "Two men on a scooter stabbed a grocer and took his takings. Police later launched a manhunt for them.",
        "Two men on a scooter stabbed a grocer and took his takings. Police are investigating the attack.",
        "Two men on a scooter stabbed a grocer and took his takings. Police were looking for the pair.",
        "Two men on a scooter stabbed a grocer, whose statement to the police named one of them.",
        "two men on a scooter stabbed a grocer. superintendent of police a k verma said both had fled.",
    ],
)
def test_a_force_that_only_investigates_is_no_attacker(body: str) -> None:
    """Police who register a case, search, investigate, take a statement or speak through an officer's title came
    after the stabbing: the unnamed attackers, not the police, are actor1."""
    assert all(role == "source" for text, role in roles(body) if text.lower() == "police")
    assert actors(body)[0] == "Unidentified Armed Group (India)"


def test_a_force_that_opens_a_case_and_arrests_still_arrests() -> None:
    """'Police registered a case and arrested two men': the arrests are still the police's deed."""
    assert roles("Police registered a case and arrested two men after a grocer was stabbed.") == [
        ("Police", "perpetrator")]


def test_a_force_reporting_its_men_s_kills_claims_them() -> None:
    """'Police said officers had shot dead two robbers': the officers are the police's own men, so the police did
    it, not an unnamed group against the police."""
    assert roles("Police said officers had shot dead two robbers after a chase.")[0] == ("Police", "claimant")
    assert roles("Police said two officers were wounded in the chase.")[0] == ("Police", "source")


def test_a_side_that_denies_involvement_is_neither_side() -> None:
    """'Nobody has claimed the attack, but the Taliban denied involvement': the group only tells; the bomb's victims
    are civilians, not the group."""
    body = ("A bomb hidden in a cart killed nine people at a bus stop in Ghazni on Friday. Nobody has claimed the "
            "attack, but the Taliban denied involvement.")
    found = dict(roles(body))
    assert found["Taliban"] == "source"
    sentences = split_sentences(body)
    pair = main_actors(extract_actors(body, sentences), sentences, "Explosions/Remote violence",
                       "Remote explosive/landmine/IED", "AFG")
    assert pair[1] == "Civilians (Afghanistan)"
