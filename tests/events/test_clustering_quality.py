"""End to end on invented multi-report news: article and event clustering against known answers."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable

import duckdb
import pytest

from tests.events.multi_report_fixture import ARTICLES, INBOX_FIELDS

pytestmark = pytest.mark.slow
TARGET = 0.95


def pairwise(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    """(precision, recall) over all pairs of items: a pair is positive when both share a cluster."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        same_truth, same_pred = truth[a] == truth[b], predicted[a] == predicted[b]
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> Iterable[tuple[object, ...]]:
    """Rows of a query."""
    return con.execute(sql, params or []).fetchall()


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The warehouse the real headless run builds from the fixture inbox."""
    from pipeline.runner import run_pipeline

    root = tmp_path_factory.mktemp("multi-report")
    (root / "inbox").mkdir()
    with open(root / "inbox" / "feed.jsonl", "w") as handle:
        for record in ARTICLES:
            handle.write(json.dumps({k: record[k] for k in INBOX_FIELDS}) + "\n")
    warehouse = root / "events.duckdb"
    run_pipeline(root / "inbox", warehouse, workers=1, progress=lambda _: None)
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


def _by_source(con: duckdb.DuckDBPyConnection, sql: str) -> dict[str, str]:
    """{source_id: cluster} from a query returning (source_id, cluster)."""
    return {str(s): str(c) for s, c in _rows(con, sql)}


def test_article_and_event_clustering_reach_target(
    fixture_db: duckdb.DuckDBPyConnection, record_property: pytest.RecordProperty
) -> None:
    """Pairwise precision and recall of duplicate groups and of events are both >= 0.95."""
    articles = _by_source(
        fixture_db,
        "SELECT a.source_id, coalesce(c.source_id, a.source_id) "
        "FROM articles a LEFT JOIN articles c ON c.article_id = a.duplicate_of",
    )
    events = _by_source(fixture_db, "SELECT source_id, coalesce(event_id, source_id) FROM article_summary")
    scores = {
        "articles": pairwise({str(r["id"]): str(r["copy_of"]) for r in ARTICLES}, articles),
        "events": pairwise({str(r["id"]): str(r["incident"]) for r in ARTICLES}, events),
    }
    for name, (precision, recall) in scores.items():
        print(f"{name} clustering: pairwise precision {precision:.3f}, recall {recall:.3f}")
        record_property(f"{name}_precision", precision)
        record_property(f"{name}_recall", recall)
    assert all(p >= TARGET and r >= TARGET for p, r in scores.values()), scores


def _event_of(con: duckdb.DuckDBPyConnection, source_id: str) -> str:
    """The event id of one fixture article."""
    row = con.execute("SELECT event_id FROM article_summary WHERE source_id = ?", [source_id]).fetchone()
    assert row is not None and row[0] is not None, source_id
    return str(row[0])


def test_rising_toll_across_three_reports_is_one_event_with_the_latest_figure(
    fixture_db: duckdb.DuckDBPyConnection,
) -> None:
    """Quetta: 5, then 9, then 13 over three days, plus two copies: one event, killed 13, low 5."""
    event = _event_of(fixture_db, "qta-1")
    assert {_event_of(fixture_db, s) for s in ("qta-2", "qta-3", "qta-1-partner", "qta-1-portal")} == {event}
    row = fixture_db.execute(
        "SELECT killed, killed_low, killed_high, n_reports, n_distinct_reports FROM events WHERE event_id = ?", [event]
    ).fetchone()
    assert row == (13, 5, 13, 5, 3)
    roles = dict(
        _rows(
            fixture_db,
            "SELECT a.source_id, r.killed_role FROM event_reports r "
            "JOIN articles a USING (article_id) WHERE r.event_id = ?",
            [event],
        )
    )
    assert roles == {
        "qta-1": "superseded",
        "qta-2": "superseded",
        "qta-3": "headline",
        "qta-1-partner": "copy",
        "qta-1-portal": "copy",
    }


def test_two_attacks_in_one_province_on_one_day_stay_apart(fixture_db: duckdb.DuckDBPyConnection) -> None:
    """The Quetta bombing and the Turbat checkpoint attack (both Balochistan, both Monday) are two events."""
    assert _event_of(fixture_db, "qta-1") != _event_of(fixture_db, "tbt-1")
    assert _event_of(fixture_db, "tbt-1") == _event_of(fixture_db, "tbt-2")


def test_wire_copies_point_to_the_original_with_their_similarity(fixture_db: duckdb.DuckDBPyConnection) -> None:
    """Each copy names the earliest version as canonical; near copies carry a similarity below 1."""
    rows = _rows(
        fixture_db,
        "SELECT a.source_id, c.source_id, a.duplicate_similarity FROM articles a "
        "JOIN articles c ON c.article_id = a.duplicate_of",
    )
    links = {str(s): (str(c), float(sim)) for s, c, sim in rows}  # type: ignore[arg-type]
    expected = {r["id"]: r["copy_of"] for r in ARTICLES if r["copy_of"] != r["id"]}
    assert {s: c for s, (c, _) in links.items()} == expected
    assert all(0.5 <= sim < 1.0 for _, sim in links.values())


def test_totals_count_each_incident_once(fixture_db: duckdb.DuckDBPyConnection) -> None:
    """Summing events gives each incident's headline once: Quetta 13, Turbat 2, Mogadishu 7 (the lower of
    two same-day figures), Nairobi 2 (the wire's own update), Goma 12."""
    assert fixture_db.execute("SELECT sum(killed) FROM events").fetchone() == (36,)
    assert fixture_db.execute("SELECT sum(killed) FROM event_totals").fetchone() == (36,)
    assert fixture_db.execute("SELECT sum(killed) FROM article_summary").fetchone()[0] > 36  # type: ignore[index]


def test_every_reporting_article_is_linked_with_a_reason(fixture_db: duckdb.DuckDBPyConnection) -> None:
    """event_reports has one row per article with an event, and merged reports say what matched."""
    missing = fixture_db.execute(
        "SELECT count(*) FROM article_summary s LEFT JOIN event_reports r "
        "USING (article_id) WHERE s.event_id IS NOT NULL AND r.event_id IS NULL"
    )
    assert missing.fetchone() == (0,)
    reasons = [str(r[0]) for r in _rows(fixture_db, "SELECT reason FROM event_reports WHERE link = 'same_incident'")]
    assert reasons and all(r.startswith("same incident as article ") for r in reasons)
