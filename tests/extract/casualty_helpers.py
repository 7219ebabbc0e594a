"""Shared helpers of the casualty tests: a body's mentions and its incident's figures."""

from __future__ import annotations

from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention, CasualtyMention


def mentions(body: str, actors: list[ActorMention] | None = None) -> list[CasualtyMention]:
    """The casualty mentions of `body`."""
    return extract_casualties(body, split_sentences(body), actors)


def counts(body: str) -> tuple[int, int]:
    """The incident's (killed, injured), ACLED's conservative figures."""
    sentences = split_sentences(body)
    return incident_counts(extract_casualties(body, sentences), sentences, body=body)


def high(body: str) -> tuple[int, int]:
    """The incident's (killed_high, injured_high): the highest credible reports."""
    sentences = split_sentences(body)
    return incident_counts(extract_casualties(body, sentences), sentences, body=body, highest=True)


def killed(body: str) -> int:
    """The incident's killed figure."""
    return counts(body)[0]


def injured(body: str) -> int:
    """The incident's injured figure."""
    return counts(body)[1]


def reported(body: str, category: str) -> list[int]:
    """The best figure of each reported mention of `category` in `body`, in text order."""
    return [m.count_best for m in mentions(body) if m.category == category and m.status == "reported"]
