"""Tests of the analytic views in warehouse/views.sql on the hand-written warehouse
(tests/handmade_warehouse.py): the real schema and views over invented rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import duckdb
import pytest

from tests.handmade_warehouse import E1, E2, build


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """The hand-written warehouse, in memory."""
    db = build()
    yield db
    db.close()


def test_day_view_sums_events_not_articles(con: duckdb.DuckDBPyConnection) -> None:
    """A syndicated copy does not double the day's toll: totals come from events."""
    rows = con.execute("SELECT event_date, events, killed, injured FROM casualties_by_country_day").fetchall()
    assert rows == [(dt.date(2025, 11, 9), 1, 12, 40), (dt.date(2025, 11, 10), 2, 5, 0)]


def test_week_view_splits_on_iso_weeks(con: duckdb.DuckDBPyConnection) -> None:
    """Sunday 9 November and Monday 10 November 2025 fall in ISO weeks 45 and 46."""
    rows = con.execute("SELECT iso_week, week_start, killed FROM casualties_by_country_week").fetchall()
    assert rows == [("2025-W45", dt.date(2025, 11, 3), 12), ("2025-W46", dt.date(2025, 11, 10), 5)]


def test_deadliest_incidents_rank_with_evidence_and_sources(con: duckdb.DuckDBPyConnection) -> None:
    """Deadliest first; the evidence is the sentence with the coded toll, or the event's own."""
    rows = con.execute("SELECT rank, event_id, evidence, source, all_sources "
                       "FROM deadliest_incidents").fetchall()
    assert rows == [
        (1, E1, "Shelling killed 12 people, medics said.", "Wire", "Partner; Wire"),
        (2, E2, "Five fighters died, the army said.", "Wire", "Wire"),
    ]


def test_actor_pairs_ignore_order(con: duckdb.DuckDBPyConnection) -> None:
    """RSF v army and army v RSF are one pair; a one-actor event has no second actor."""
    rows = con.execute("SELECT actor_a, actor_b, events, killed FROM actor_pair_interactions").fetchall()
    assert rows == [("Military Forces of Sudan", "RSF: Rapid Support Forces", 2, 17),
                    ("Protesters (Sudan)", None, 1, 0)]


def test_claims_set_each_side_against_other_sources(con: duckdb.DuckDBPyConnection) -> None:
    """The RSF's claim of 30 stands beside the 12 others report and the coded 12."""
    rows = con.execute(
        "SELECT claimant, side, figure, other_sources_figure, coded_figure, articles "
        "FROM claims_vs_other_sources WHERE event_id = ? AND category = 'killed'", [E1]).fetchall()
    assert rows == [("RSF: Rapid Support Forces", "actor1", 30, 12, 12, 1),
                    ("(not attributed)", "unattributed", 12, 30, 12, 2)]


def test_claims_ignore_figures_that_are_not_the_incidents(con: duckdb.DuckDBPyConnection) -> None:
    """A cumulative war toll is no one's claim about the incident."""
    top = con.execute("SELECT max(figure) FROM claims_vs_other_sources WHERE category = 'killed'").fetchone()
    assert top == (30,)


def test_articles_per_source(con: duckdb.DuckDBPyConnection) -> None:
    """Per outlet: articles, copies, non-English articles, distinct events and their dead."""
    rows = con.execute("SELECT source, articles, duplicates, non_english, reporting_an_event, events, "
                       "killed_in_events FROM articles_per_source").fetchall()
    assert rows == [("Wire", 2, 0, 0, 2, 2, 17), ("(not given)", 1, 0, 1, 0, 0, 0),
                    ("Partner", 1, 1, 0, 1, 1, 12)]


def test_every_column_of_every_table_and_view_is_documented(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON covers every column, so the data dictionary explains the whole warehouse."""
    missing = con.execute("SELECT table_name || '.' || column_name FROM data_dictionary "
                          "WHERE comment IS NULL OR comment = ''").fetchall()
    assert missing == []
    kinds = dict(con.execute("SELECT kind, count(DISTINCT table_name) FROM data_dictionary "
                             "GROUP BY kind").fetchall())
    assert kinds["view"] >= 7 and kinds["table"] >= 8
