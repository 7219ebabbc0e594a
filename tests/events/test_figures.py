"""An incident's figures: latest update, ACLED's conservative headline, UCDP low/best/high, roles."""

from __future__ import annotations

import datetime as dt

from pipeline.events.figures import COPY, HEADLINE, NO_FIGURE, PART, SUPERSEDED, FigureReport, summarise_figures


def _at(day: int, hour: int = 12) -> dt.datetime:
    """A publication time in November 2025."""
    return dt.datetime(2025, 11, day, hour)


def test_rising_toll_takes_the_latest_report() -> None:
    """5, then 9, then 13 on three days: the headline is 13, low 5, high 13, earlier ones superseded."""
    reports = [
        FigureReport("a", 0, _at(3), 5, "a"),
        FigureReport("b", 1, _at(4), 9, "b"),
        FigureReport("c", 2, _at(5), 13, "c"),
    ]
    figures = summarise_figures(reports)
    assert (figures.headline, figures.best, figures.low, figures.high) == (13, 13, 5, 13)
    assert figures.source_article_id == "c"
    assert figures.roles == {"a": SUPERSEDED, "b": SUPERSEDED, "c": HEADLINE}


def test_disagreeing_sources_of_one_day_give_the_lowest() -> None:
    """7 and 10 from two outlets the same day: headline 7 (ACLED), high 10, best the lower median."""
    reports = [
        FigureReport("a", 0, _at(9, 13), 7, "a"),
        FigureReport("b", 1, _at(9, 18), 10, "b"),
        FigureReport("c", 2, _at(9, 20), 12, "c"),
    ]
    figures = summarise_figures(reports)
    assert (figures.headline, figures.best, figures.low, figures.high) == (7, 10, 7, 12)


def test_another_sources_figure_quoted_in_an_article_raises_only_the_high() -> None:
    """An article coding 7 that quotes residents' 11: the headline stays 7 (ACLED), high is 11."""
    reports = [FigureReport("a", 0, _at(9, 13), 7, "a", high=11), FigureReport("b", 1, _at(9, 18), 8, "b")]
    figures = summarise_figures(reports)
    assert (figures.headline, figures.low, figures.high) == (7, 7, 11)


def test_a_late_reprint_is_not_an_update() -> None:
    """A copy repeating its canonical figure, published after the toll rose elsewhere, changes nothing."""
    reports = [
        FigureReport("a", 0, _at(3), 5, "a"),
        FigureReport("b", 1, _at(4), 9, "b"),
        FigureReport("a-copy", 2, _at(5), 5, "a", repeats_canonical=True),
    ]
    figures = summarise_figures(reports)
    assert figures.headline == 9 and figures.roles["a-copy"] == COPY


def test_edited_wire_update_supersedes_its_own_story() -> None:
    """An edited copy with a new figure later the same day replaces its story's earlier figure."""
    reports = [FigureReport("a", 0, _at(6, 9), 1, "a"), FigureReport("a-upd", 1, _at(6, 21), 2, "a")]
    figures = summarise_figures(reports)
    assert (figures.headline, figures.low, figures.high) == (2, 1, 2)
    assert figures.roles == {"a": SUPERSEDED, "a-upd": HEADLINE}


def test_reports_without_a_figure_are_not_zeros() -> None:
    """A report that gives no toll does not pull the conservative figure down to 0."""
    reports = [FigureReport("a", 0, _at(3), 4, "a"), FigureReport("b", 1, _at(4), 0, "b")]
    figures = summarise_figures(reports)
    assert figures.headline == 4 and figures.roles["b"] == NO_FIGURE
    assert summarise_figures([FigureReport("x", 0, None, 0, "x")]).headline == 0


def test_a_later_story_of_one_victim_is_a_part_not_an_update() -> None:
    """85 dead on day 3, then a story of one foreign victim of the same riots on day 4: the headline stays 85,
    the 1 is a part of the toll and lowers no estimate; a rise from 1 to 85 is still a rising toll."""
    reports = [FigureReport("a", 0, _at(3), 85, "a"), FigureReport("b", 1, _at(4), 1, "b")]
    figures = summarise_figures(reports)
    assert (figures.headline, figures.low, figures.high) == (85, 85, 85)
    assert figures.roles == {"a": HEADLINE, "b": PART}
    rising = summarise_figures([FigureReport("a", 0, _at(3), 1, "a"), FigureReport("b", 1, _at(4), 85, "b")])
    assert (rising.headline, rising.low) == (85, 1)
