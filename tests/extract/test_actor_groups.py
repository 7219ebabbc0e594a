"""Tests for pipeline/extract/actor_groups.py: the social groups of an incident's crowd or victims, by ACLED's names.
Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText

MAY = dt.datetime(2020, 5, 10)


def groups(body: str) -> list[tuple[str, str]]:
    """(words, name) of each group mention `analyse` adds to `body`."""
    actors = analyse(ArticleText("g", body, None, MAY)).actors
    return [(m.text, m.actor_name) for m in actors if m.actor_type == "group"]


def test_a_crowd_of_an_occupation_is_its_group() -> None:
    """'reporters and media workers rallied' are journalists (not labour: 'media workers' is read whole);
    'textile workers marched' a labour group."""
    assert groups("Reporters and media workers rallied outside the press club in Lahore on Friday over unpaid "
                  "salaries.") == [("media workers", "Journalists (Pakistan)")]
    assert groups("On 2 May 2020, hundreds of textile workers marched in Dhaka demanding unpaid wages.") == [
        ("workers", "Labour Group (Bangladesh)")]


def test_every_group_coordinated_in_the_crowd_is_named() -> None:
    """'Students, teachers and parents rallied': students and teachers; parents are no group of the list."""
    assert groups("Students, teachers and parents rallied outside the education ministry in Nairobi.") == [
        ("Students", "Students (Kenya)"), ("teachers", "Teachers (Kenya)")]


def test_a_victim_of_an_occupation_is_its_group_but_no_labour_group() -> None:
    """'gunmen shot dead a journalist': journalists beside the civilians; 'a municipal clerk and a factory worker
    were shot dead' names no labour group (a labour group is a crowd's)."""
    assert groups("On 4 May 2020, gunmen shot dead a journalist in Veracruz.") == [
        ("journalist", "Journalists (Mexico)")]
    assert groups("Two factory workers were shot dead outside a bakery in Port-au-Prince on Tuesday.") == []


def test_words_outside_the_crowd_name_no_group() -> None:
    """'marched against a plan to free prisoners early': the prisoners are what the protest is about; 'CPI(M)
    workers' are the party's; the women of 'men, women and children' tell the crowd's size."""
    assert groups("Shopkeepers marched in Rosario against a plan to free prisoners early.") == []
    assert groups("CPI(M) workers protested in Kochi against the fuel price hike.") == []
    assert groups("Hundreds of men, women and children marched through Sukkur demanding clean drinking "
                  "water.") == []


def test_groups_come_from_the_story_s_first_sentences() -> None:
    """The sides are told in a report's opening: students named as victims deep in a long story (the eighth
    sentence) make no group."""
    opening = "On 4 May 2020, gunmen killed two traders in Maiduguri. " + "Police said an inquiry had begun. " * 6
    assert groups(opening + "Later, gunmen killed three civilians and two students in the same market.") == []
