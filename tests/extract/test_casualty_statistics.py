"""Tests for pipeline/extract/casualty_statistics.py: figures quoted from statistics are tallies. Every
sentence here was written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import mentions


def _statuses(body: str) -> list[tuple[str, int, str]]:
    """(category, count, status) of each mention of `body`, in text order."""
    return [(m.category, m.count_best, m.status) for m in mentions(body)]


def test_figures_quoted_from_statistics_are_cumulative() -> None:
    """'according to official figures, 2,300 have been arrested' sums a spell of days: cumulative."""
    assert _statuses("According to official figures, 2,300 people have been arrested in the district.") == [
        ("arrested", 2300, "cumulative")]


def test_the_sentence_going_on_with_the_statistics_is_cumulative_too() -> None:
    """'Figures show ...' then 'The police ... have detained a staggering 6,000 people' (a present perfect, no
    day of its own) goes on with the statistics; 'On Friday, police arrested 40' is a day's news."""
    body = ("Figures released by the home department show the scale of the unrest. The police fired 4,000 rounds "
            "and have detained a staggering 6,000 people. On Friday, police arrested 40 people in Anand.")
    assert _statuses(body) == [("arrested", 6000, "cumulative"), ("arrested", 40, "reported")]


def test_statistics_of_a_day_stay_that_day_s_news() -> None:
    """'Police records show 12 people were arrested on Tuesday': the day makes it one raid's arrests."""
    assert _statuses("Police records show 12 people were arrested in the raid on Tuesday.") == [
        ("arrested", 12, "reported")]


def test_hospital_records_of_an_attack_are_its_toll() -> None:
    """'Hospital records show 12 people died in the attack': a source of the incident's own toll, reported."""
    assert _statuses("Hospital records show 12 people died in the attack on the market.") == [
        ("killed", 12, "reported")]
