"""Tests for the tolls of known earlier events told after the article's own figure
(pipeline/extract/casualty_known_events.py). Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import killed, mentions


def test_a_named_earlier_event_after_the_news_is_background() -> None:
    """"..., killing three. The violence followed the Kalupur carnage in which 41 died": three."""
    body = ("Police opened fire on a crowd near the mill on Tuesday, killing three. The violence followed the "
            "Kalupur carnage which resulted in the death of 41 pilgrims.")
    assert killed(body) == 3
    assert [m.status for m in mentions(body) if m.count_best == 41] == ["background"]


def test_a_named_event_opening_the_text_is_the_news() -> None:
    """A text that opens on "The depot bombing that killed 17 ..." reports that toll."""
    assert killed("The depot bombing that killed 17 workers was claimed by a little-known group on Monday.") == 17


def test_a_named_event_that_also_killed_more_adds_to_the_news() -> None:
    """"..., which also killed two guards" after the news's own figure adds to it."""
    body = ("Gunmen shot dead four traders at the cattle fair on Sunday. The fairground raid, which also killed "
            "two guards, was the third this month.")
    assert killed(body) == 6


def test_a_named_event_that_today_s_news_follows_from_is_background() -> None:
    """'the situation arising out of the Kalupur carnage in which 41 pilgrims died', 'in the wake of the depot
    bombing that killed 17': the event is the past the news follows from, even as the article's first figure."""
    body = ("The minister is monitoring the situation arising out of the Kalupur carnage in which 41 pilgrims died. "
            "Trains to the town have been cancelled.")
    assert killed(body) == 0
    assert [m.status for m in mentions(body)] == ["background"]
    assert killed("Security was tightened in the wake of the depot bombing that killed 17 workers.") == 0
