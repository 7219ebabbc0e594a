"""Tests for the article analysis that joins the extractors (pipeline/extract/analyse.py). Every
sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText


def test_the_sides_of_a_recalled_incident_are_not_the_incident_s() -> None:
    """'JNIM fighters killed 20 soldiers ... last month' after an attack on civilians: the soldiers are no
    victims of today's attack, so it stays gunmen against civilians, not a battle with the army."""
    body = ("Suspected jihadists killed at least 31 civilians in an attack on a bus in central Mali on Tuesday, a "
            "local official said. JNIM fighters killed 20 soldiers in an attack on a base near Boulkessi last month.")
    incident = analyse(ArticleText("a", body, None, dt.datetime(2025, 3, 12))).incident
    assert (incident.actor1, incident.actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert incident.killed == 31
