"""Tests of the analytic views in warehouse/views.sql on a small warehouse written by hand.

The warehouse is built from the real schema.sql and views.sql; the rows are invented so that
every view has a case where summing articles instead of events, or ignoring the order of
actors, or picking the wrong sentence, would give a different answer.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pipeline.stages.publish import SQL_DIR

A1, A2, A3, A4 = "a000000000000001", "a000000000000002", "a000000000000003", "a000000000000004"
E1, E2, E3 = "ev_0000000000000001", "ev_0000000000000002", "ev_0000000000000003"


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    """Insert rows given as dicts (missing nullable columns stay null)."""
    for row in rows:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        con.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def _article(article_id: str, source: str | None, duplicate_of: str | None = None,
             language: str = "en") -> dict[str, object]:
    return {"article_id": article_id, "source_id": f"s-{article_id[-1]}", "source_file": "in.jsonl",
            "format": "jsonl", "source": source, "title": f"title {article_id[-1]}", "body": "text",
            "language": language, "content_hash": article_id, "word_count": 1, "flags": [],
            "duplicate_of": duplicate_of, "published_at": dt.datetime(2025, 11, 11, 8)}


def _event(event_id: str, day: dt.date, killed: int, injured: int, actor1: str, actor2: str | None,
           article: str, n_reports: int = 1, evidence: str | None = None) -> dict[str, object]:
    return {"event_id": event_id, "event_date": day, "date_precision": "day", "event_type": "Battles",
            "country_iso3": "SDN", "actor1": actor1, "actor2": actor2, "killed": killed, "injured": injured,
            "killed_low": killed, "killed_high": killed, "n_reports": n_reports,
            "canonical_article_id": article, "evidence": evidence}


def _figure(article: str, start: int, category: str, best: int, sentence: str, status: str = "reported",
            claimed_by: str | None = None) -> dict[str, object]:
    return {"article_id": article, "char_start": start, "char_end": start + 2, "text": str(best),
            "category": category, "count_low": best, "count_best": best, "status": status,
            "claimed_by": claimed_by, "sentence_index": 0, "sentence": sentence}


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse with three incidents reported by four articles (one a copy)."""
    db = duckdb.connect()
    db.execute((SQL_DIR / "schema.sql").read_text())
    _insert(db, "articles", [_article(A1, "Wire"), _article(A2, "Partner", duplicate_of=A1),
                             _article(A3, "Wire"), _article(A4, None, language="fr")])
    _insert(db, "events", [
        # Sunday and the next Monday: same country, different ISO weeks.
        _event(E1, dt.date(2025, 11, 9), 12, 40, "RSF: Rapid Support Forces", "Military Forces of Sudan", A1,
               n_reports=2),
        _event(E2, dt.date(2025, 11, 10), 5, 0, "Military Forces of Sudan", "RSF: Rapid Support Forces", A3,
               evidence="Five fighters died, the army said."),
        _event(E3, dt.date(2025, 11, 10), 0, 0, "Protesters (Sudan)", None, A3),
    ])
    _insert(db, "event_reports", [{"event_id": E1, "article_id": A1, "reason": "canonical report"},
                                  {"event_id": E1, "article_id": A2, "reason": "exact duplicate"},
                                  {"event_id": E2, "article_id": A3, "reason": "canonical report"}])
    _insert(db, "article_summary", [
        {"article_id": a, "source_id": f"s-{a[-1]}", "killed": k, "injured": 0, "event_id": e}
        for a, k, e in ((A1, 12, E1), (A2, 12, E1), (A3, 5, E2), (A4, 0, None))])
    _insert(db, "casualty_mentions", [
        _figure(A1, 0, "killed", 30, "The RSF said it killed 30 soldiers.",
                claimed_by="RSF: Rapid Support Forces"),
        _figure(A1, 10, "killed", 12, "Shelling killed 12 people, medics said."),
        _figure(A1, 20, "killed", 150000, "150,000 have died since 2023.", status="cumulative"),
        _figure(A1, 30, "injured", 40, "Forty were wounded."),
        _figure(A2, 10, "killed", 12, "Shelling killed 12 people, medics said."),
        _figure(A3, 0, "killed", 5, "Five fighters died."),
    ])
    db.execute((SQL_DIR / "views.sql").read_text())
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
