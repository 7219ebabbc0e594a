"""Tests for pipeline/extract/actor_harmed.py: the person an attack with no casualty figure was done to. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.actor_harmed import harmed_person
from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText, Sentence


def _harmed(text: str) -> str | None:
    """The words harmed_person finds in one sentence, or None."""
    span = harmed_person(Sentence(0, 0, len(text), text))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Police beat a street vendor in Monrovia for not wearing a mask.", "a street vendor"),
        ("Unidentified gunmen opened fire on a civilian outside his house.", "a civilian"),
        ("Soldiers assaulted a correspondent of a local daily in Goma.", "a correspondent"),
        ("A shopkeeper was brutally assaulted by three men in Karachi.", "A shopkeeper"),
        ("On 8 June, a suspected burglar was beaten up by residents.", "a suspected burglar"),
        ("A fighter opened fire on two children at a checkpoint.", "two children"),
    ],
)
def test_the_person_a_verb_of_harm_was_done_to(text: str, person: str) -> None:
    """The object of an active verb of harm, or the subject of a passive one, with its opener and modifiers."""
    assert _harmed(text) == person


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified men set fire to a cafe in Belitsa.",
        "Gunmen attacked a military base near the border.",
        "Rebels attacked Mandera on Sunday.",
        "Militants opened fire on a police post, a school and a bank.",
    ],
)
def test_places_buildings_and_names_are_no_harmed_person(text: str) -> None:
    """A cafe, a base, a town or a post is no person: nothing is found."""
    assert _harmed(text) is None


def test_the_harmed_person_is_the_civilians_mention_of_the_incident() -> None:
    """'police beat a man' with no figure: 'a man' carries the summary's Civilians actor."""
    result = analyse(ArticleText("t", "On 3 June 2021, police beat a street vendor in Monrovia for not wearing a mask.",
                                 None, None))
    assert result.incident.actor2 == "Civilians (Liberia)"
    assert ("a street vendor", "Civilians (Liberia)") in [(m.text, m.actor_name) for m in result.actors]


def test_a_mob_that_beat_a_suspected_burglar_is_the_rioters() -> None:
    """'a suspected burglar was beaten by an angry mob': mob violence, rioters against the civilian."""
    result = analyse(ArticleText("t", "On 8 June 2021, a suspected burglar was beaten by an angry mob in Recife.",
                                 None, None))
    incident = result.incident
    assert (incident.sub_event_type, incident.actor1, incident.actor2) == (
        "Mob violence", "Rioters (Brazil)", "Civilians (Brazil)")
