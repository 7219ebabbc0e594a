"""Tests for pipeline/extract/actor_uprooted.py: which refugees and migrants are ACLED's
"International" people. Every sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText


def actors(body: str) -> tuple[str | None, str | None]:
    """(actor1, actor2) of the incident `analyse` finds in `body`."""
    incident = analyse(ArticleText("a", body, None, None)).incident
    return incident.actor1, incident.actor2


def test_refugees_of_no_stated_nationality_who_protest_are_international() -> None:
    """'some 45 refugees staged a sit-in outside the aid office in Dadaab': Protesters (International)."""
    body = ("On 3 May 2024, some 45 refugees staged a sit-in outside the aid office in Dadaab (Garissa), asking for "
            "bigger food rations.")
    assert actors(body)[0] == "Protesters (International)"


def test_a_nationality_or_an_origin_in_the_country_is_no_international() -> None:
    """'210 Venezuelan migrants' are Venezuela's; 'migrants from Odisha' in an Indian town are India's."""
    assert actors("On 3 May 2024, 210 Venezuelan migrants were attacked by a mob in Maiquetia, Vargas.")[1] != \
        "Civilians (International)"
    body = ("On 4 May 2024, hundreds of migrants from Odisha rioted in Tiruppur (Tiruppur, Tamil Nadu), throwing "
            "bricks at officers and asking for buses to take them home.")
    assert actors(body)[0] == "Rioters (India)"
    assert actors(body.replace(" from Odisha", ""))[0] == "Rioters (International)"


def test_migrants_that_others_act_on_are_no_international_actor() -> None:
    """'monks marched ... to oppose aid given to Rohingya migrants': the monks are Myanmar's protesters."""
    body = "On 5 May 2024, dozens of monks marched in Kyaukpyu, Rakhine, to oppose aid given to Rohingya migrants."
    assert actors(body)[0] == "Protesters (Myanmar)"


def test_refugees_in_relief_camps_are_the_country_s_own_displaced() -> None:
    """'refugees are now living in relief camps in Godhra' beside a riot: the rioters stay India's."""
    body = ("Ahmedabad: a crowd torched a row of stalls near the railway station on Monday and police used lathis to "
            "scatter it. Thousands of refugees are now living in relief camps in Godhra and Dahod.")
    assert actors(body)[0] == "Rioters (India)"
