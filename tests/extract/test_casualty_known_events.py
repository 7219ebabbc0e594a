"""Tests for the tolls of known earlier events told after the article's own figure
(pipeline/extract/casualty_known_events.py). Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from tests.extract.casualty_helpers import counts, killed, mentions


def test_a_named_earlier_event_after_the_news_is_background() -> None:
    """"..., killing three. The unrest came after the Kalupur massacre, which left 41 dead": three."""
    body = ("Troopers fired into a gathering outside the mill late on Tuesday, killing three. The unrest came "
            "weeks after the Kalupur massacre, which left 41 pilgrims dead.")
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
    """'the tension arising out of the Kalupur massacre, in which 41 pilgrims lost their lives', 'in the wake of the
    depot bombing that killed 17': the event is the past the news follows from, even as the article's first figure."""
    body = ("Officials are keeping watch on the tension arising out of the Kalupur massacre, in which 41 pilgrims lost "
            "their lives. Bus services to the district were halted.")
    assert killed(body) == 0
    assert [m.status for m in mentions(body)] == ["background"]
    assert killed("Security was tightened in the wake of the depot bombing that killed 17 workers.") == 0


def test_a_later_figure_dated_last_week_is_an_earlier_incident() -> None:
    """'Two guards were shot dead on Monday. Last week, a grenade wounded five traders nearby': the five are an
    earlier incident's, and its week does not date the news; 'two more died of wounds from last week's raid' adds."""
    body = ("Two guards were shot dead at the depot on Monday. Last week, a grenade wounded five traders in the "
            "same market.")
    assert counts(body) == (2, 0)
    assert [m.status for m in mentions(body) if m.count_best == 5] == ["background"]
    body = "Gunmen shot dead two guards at the depot. Their comrades had planted a mine that wounded five last week."
    assert counts(body) == (2, 0)
    assert analyse(ArticleText("a", body, None, dt.datetime(2024, 3, 7, 9))).incident.event_date == dt.date(2024, 3, 7)
    body = "Three guards were killed in a raid on Friday. Two more died of wounds from last week's raid on Monday."
    assert counts(body)[0] == 5


def test_a_later_figure_dated_last_week_stays_when_the_news_is_a_revised_toll() -> None:
    """'The toll of the clashes has risen to 19 ... The fighting began last week, killing three': the start of the
    same violence, which the revised toll includes."""
    body = ("The toll of the clashes between the two clans has risen to 19. The fighting began last week over "
            "grazing land, killing three herders and wounding two others.")
    assert [m.status for m in mentions(body) if m.count_best == 3] == ["reported"]
