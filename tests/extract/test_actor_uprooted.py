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
    """'about 60 refugees held a sit-in at the camp in Kakuma': Protesters (International)."""
    body = "On 3 May 2024, about 60 refugees held a sit-in at the camp in Kakuma (Turkana), demanding relocation."
    assert actors(body)[0] == "Protesters (International)"


def test_a_nationality_or_an_origin_in_the_country_is_no_international() -> None:
    """'210 Venezuelan migrants' are Venezuela's; 'migrants from Bihar' in an Indian town are India's."""
    assert actors("On 3 May 2024, 210 Venezuelan migrants were attacked by a mob in Maiquetia, Vargas.")[1] != \
        "Civilians (International)"
    body = ("On 4 May 2024, hundreds of migrants from Bihar rioted in Surat (Surat, Gujarat), pelting stones at "
            "the police and demanding trains home.")
    assert actors(body)[0] == "Rioters (India)"
    assert actors(body.replace(" from Bihar", ""))[0] == "Rioters (International)"


def test_migrants_that_others_act_on_are_no_international_actor() -> None:
    """'monks protested against help offered to Rohingya migrants': the monks are Myanmar's protesters."""
    body = "On 5 May 2024, hundreds of monks protested in Sittwe, Rakhine, against help offered to Rohingya migrants."
    assert actors(body)[0] == "Protesters (Myanmar)"


def test_refugees_in_relief_camps_are_the_country_s_own_displaced() -> None:
    """'refugees have turned up at relief camps in Mehsana' beside a riot: the rioters stay India's."""
    body = ("Ahmedabad: a mob set fire to shops in the old city on Sunday and police fired tear gas to disperse it. "
            "More refugees have turned up at relief camps in Mehsana and Palanpur.")
    assert actors(body)[0] == "Rioters (India)"
