"""A small warehouse written by hand: the real schema.sql and views.sql, invented rows.

Three incidents reported by four articles (one a syndicated copy, one in French), with
figures chosen so that summing articles instead of events, ignoring the order of actors, or
picking the wrong sentence gives a different answer. Used by the view and export tests.
"""

from __future__ import annotations

import datetime as dt

import duckdb

from pipeline.stages.publish import SQL_DIR

A1, A2, A3, A4 = "a000000000000001", "a000000000000002", "a000000000000003", "a000000000000004"
E1, E2, E3 = "ev_0000000000000001", "ev_0000000000000002", "ev_0000000000000003"


# Values for NOT NULL columns a row does not name: other stages add columns to the schema
# (e.g. killed_best on events), and these tests only read the columns they set.
_DEFAULTS = {"INTEGER": 0, "BIGINT": 0, "DOUBLE": 0.0, "VARCHAR": "", "BOOLEAN": False, "VARCHAR[]": []}


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, object]]) -> None:
    """Insert rows given as dicts; missing nullable columns stay null, missing required ones get a default."""
    required = con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                           "AND NOT is_nullable", [table]).fetchall()
    for given in rows:
        row = {**{name: _DEFAULTS[kind] for name, kind in required if name not in given}, **given}
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
            "claimed_by": claimed_by, "sentence_index": 0, "sentence": sentence, "qualifier": "exact",
            "link": "new"}


def build(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A warehouse (in memory, or at `path`) with three incidents reported by four articles."""
    db = duckdb.connect(path)
    db.execute((SQL_DIR / "schema.sql").read_text())
    insert(db, "articles", [_article(A1, "Wire"), _article(A2, "Partner", duplicate_of=A1),
                             _article(A3, "Wire"), _article(A4, None, language="fr")])
    insert(db, "events", [
        # Sunday and the next Monday: same country, different ISO weeks.
        _event(E1, dt.date(2025, 11, 9), 12, 40, "RSF: Rapid Support Forces", "Military Forces of Sudan", A1,
               n_reports=2),
        _event(E2, dt.date(2025, 11, 10), 5, 0, "Military Forces of Sudan", "RSF: Rapid Support Forces", A3,
               evidence="Five fighters died, the army said."),
        _event(E3, dt.date(2025, 11, 10), 0, 0, "Protesters (Sudan)", None, A3),
    ])
    insert(db, "event_reports", [{"event_id": E1, "article_id": A1, "reason": "canonical report"},
                                  {"event_id": E1, "article_id": A2, "reason": "exact duplicate"},
                                  {"event_id": E2, "article_id": A3, "reason": "canonical report"}])
    insert(db, "article_summary", [
        {"article_id": a, "source_id": f"s-{a[-1]}", "killed": k, "injured": 0,
         "killed_high": k, "injured_high": 0, "civilians_killed": c, "event_id": e}
        for a, k, c, e in ((A1, 12, 12, E1), (A2, 12, 12, E1), (A3, 5, 0, E2), (A4, 0, 0, None))])
    insert(db, "casualty_mentions", [
        _figure(A1, 0, "killed", 30, "The RSF said it killed 30 soldiers.",
                claimed_by="RSF: Rapid Support Forces"),
        _figure(A1, 10, "killed", 12, "Shelling killed 12 people, medics said."),
        _figure(A1, 20, "killed", 150000, "150,000 have died since 2023.", status="cumulative"),
        _figure(A1, 30, "injured", 40, "Forty were wounded."),
        _figure(A2, 10, "killed", 12, "Shelling killed 12 people, medics said."),
        _figure(A3, 0, "killed", 5, "Five fighters died."),
    ])
    db.execute((SQL_DIR / "views.sql").read_text())
    return db
