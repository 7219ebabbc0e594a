"""Tests for pipeline/extract/place_localities.py: a name before a South Asian locality word ("Bazar", "Chowk")
is a South Asian place or none the gazetteer knows. Every sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText


def _country(body: str) -> str | None:
    return analyse(ArticleText("t", body, None, None)).incident.country_iso3


def test_a_market_named_like_a_foreign_town_is_no_foreign_place() -> None:
    """'a blast during a cricket match in Kanda Bazar' is not Tokyo's Kanda, nor Kyrgyzstan's Bazar-Korgon."""
    assert _country("Two boys were killed in a bomb blast during a cricket match in Kanda Bazar.") not in ("JPN",
                                                                                                        "KGZ")


def test_a_bazaar_in_a_named_city_keeps_the_city() -> None:
    """'in Anarkali Bazaar in Lahore': the city still places it; 'in Kanda, Tokyo' stays Japan's."""
    assert _country("A bomb went off in Anarkali Bazaar in Lahore, killing two.") == "PAK"
    assert _country("Police fired tear gas at protesters in Kanda, Tokyo, on Monday.") == "JPN"
