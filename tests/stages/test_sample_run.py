"""End-to-end: the real headless run over the bundled sample inbox, checked with SQL."""

from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

CONTRACT = {
    "articles": "article_id source_id title published_at body duplicate_of",
    "date_mentions": "article_id char_start char_end text value precision",
    "actor_mentions": "article_id char_start char_end text actor_name actor_type country_iso3",
    "casualty_mentions": "article_id char_start char_end text category count_low count_best count_high",
    "article_summary": "article_id source_id published_at event_date date_precision killed injured "
    "actor1 actor2 event_type sub_event_type country_iso3 event_id",
    "events": "event_id event_date date_precision event_type country_iso3 actor1 actor2 killed injured n_reports",
    "quarantine": "source_file record_no reason check_name",
}


def test_contract_tables_and_columns_exist(sample_db: duckdb.DuckDBPyConnection) -> None:
    """Every table and column the contract names is in the warehouse."""
    for table, columns in CONTRACT.items():
        present = {r[0] for r in sample_db.execute(f"DESCRIBE {table}").fetchall()}
        assert set(columns.split()) <= present, table


def test_every_sample_record_is_loaded(sample_db: duckdb.DuckDBPyConnection) -> None:
    """All 14 sample records, in six formats, become articles; nothing is quarantined."""
    formats = dict(sample_db.execute("SELECT format, count(*) FROM articles GROUP BY 1").fetchall())
    assert formats == {"txt": 1, "html": 1, "json": 1, "jsonl": 6, "csv": 3, "parquet": 2}
    assert sample_db.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
    assert sample_db.execute("SELECT count(DISTINCT source_id) FROM articles").fetchone() == (14,)


def test_summary_has_one_row_per_article(sample_db: duckdb.DuckDBPyConnection) -> None:
    """article_summary and articles have the same article ids."""
    missing = sample_db.execute(
        "SELECT count(*) FROM articles a FULL JOIN article_summary s USING (article_id) "
        "WHERE a.article_id IS NULL OR s.article_id IS NULL"
    ).fetchone()
    assert missing == (0,)


def test_mention_offsets_index_the_body(sample_db: duckdb.DuckDBPyConnection) -> None:
    """Every mention's text is exactly body[char_start:char_end]."""
    bodies = dict(sample_db.execute("SELECT article_id, body FROM articles").fetchall())
    for table in ("date_mentions", "actor_mentions", "casualty_mentions"):
        rows = sample_db.execute(f"SELECT article_id, char_start, char_end, text FROM {table}").fetchall()
        assert rows, table
        for article_id, start, end, text in rows:
            assert bodies[article_id][start:end] == text, (table, text)


def test_page_copy_is_cleaned(sample_db: duckdb.DuckDBPyConnection) -> None:
    """The .txt page: title, local time with its PKT offset, no boilerplate, caption once."""
    title, published, offset, body = sample_db.execute(
        "SELECT title, published_at, published_offset, body FROM articles WHERE format = 'txt'"
    ).fetchone()
    assert title == "Quetta blast: death toll rises to 13 as BLA claims attack on police van"
    assert str(published) == "2025-11-03 21:40:12" and offset == "+05:00"
    for chrome in ("Trending", "Advertisement", "STORY CONTINUES", "QUICK LINKS", "Live TV"):
        assert chrome not in body
    assert body.count("Rescue workers carry an injured man") == 1


def test_html_page_metadata(sample_db: duckdb.DuckDBPyConnection) -> None:
    """The .html page: og:title, published time and offset from meta tags, no navigation in the body."""
    title, published, offset, body = sample_db.execute(
        "SELECT title, published_at, published_offset, body FROM articles WHERE format = 'html'"
    ).fetchone()
    assert title == "Fighting flares north of Goma as M23 and army trade claims"
    assert (str(published), offset) == ("2025-11-05 18:05:00", "+02:00")
    assert "Most read" not in body and "All rights reserved" not in body and "Advertisement" not in body


def test_syndicated_copy_points_to_canonical_and_is_counted_once(
    sample_db: duckdb.DuckDBPyConnection,
) -> None:
    """wire-005 copies wire-002: it points to it, shares its event, and events count it once."""
    canonical, copy_of = sample_db.execute(
        "SELECT (SELECT article_id FROM articles WHERE source_id = 'wire-002'), "
        "(SELECT duplicate_of FROM articles WHERE source_id = 'wire-005')"
    ).fetchone()
    assert copy_of == canonical
    events = sample_db.execute(
        "SELECT DISTINCT event_id FROM article_summary WHERE source_id IN ('wire-002', 'wire-005')"
    ).fetchall()
    assert len(events) == 1 and events[0][0] is not None
    assert sample_db.execute(
        "SELECT n_reports FROM events WHERE event_id = ?", [events[0][0]]
    ).fetchone() == (2,)
    total_events = sample_db.execute("SELECT count(*) FROM events").fetchone()[0]
    distinct = sample_db.execute("SELECT count(DISTINCT event_id) FROM article_summary").fetchone()[0]
    assert total_events == distinct


def test_foreign_language_article_is_kept_and_not_extracted(sample_db: duckdb.DuckDBPyConnection) -> None:
    """The French wire story is loaded, flagged non_english, and yields no mentions."""
    article_id, language, flags = sample_db.execute(
        "SELECT article_id, language, flags FROM articles WHERE source_id = 'wire-006'"
    ).fetchone()
    assert language == "fr" and "non_english" in flags
    for table in ("date_mentions", "actor_mentions", "casualty_mentions"):
        assert sample_db.execute(
            f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]
        ).fetchone() == (0,)


def test_views_answer_questions(sample_db: duckdb.DuckDBPyConnection) -> None:
    """The casualties-per-country-per-day view sums the events table."""
    view_total = sample_db.execute(
        "SELECT coalesce(sum(killed), 0) FROM casualties_by_country_day"
    ).fetchone()[0]
    dated_total = sample_db.execute(
        "SELECT coalesce(sum(killed), 0) FROM events WHERE event_date IS NOT NULL"
    ).fetchone()[0]
    assert view_total == dated_total


def test_figures_carry_the_perpetrator_their_sentence_names(sample_db: duckdb.DuckDBPyConnection) -> None:
    """'One protester was shot dead ... when Kenyan police fired' is the Kenyan police's; a toll whose sentence
    names no doer has none."""
    rows = dict(sample_db.execute(
        "SELECT m.category || ' ' || m.text, m.perpetrator FROM casualty_mentions m JOIN articles a USING (article_id)"
        " WHERE a.source_id = 'wire-003'").fetchall())
    assert rows["killed One"] == "Police Forces of Kenya"
    assert rows["arrested 40"] == "Police Forces of Kenya"
    toll = sample_db.execute(
        "SELECT perpetrator FROM casualty_mentions m JOIN articles a USING (article_id) WHERE a.source_id = "
        "'2025-11-03-quetta-blast.txt' AND m.sentence LIKE 'The death toll rose to 13%' AND m.text = '13'").fetchone()
    assert toll == (None,)


def test_columns_are_documented(sample_db: duckdb.DuckDBPyConnection) -> None:
    """Warehouse tables carry comments, so DESCRIBE explains itself."""
    comment = sample_db.execute(
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'casualty_mentions' AND column_name = 'count_best'"
    ).fetchone()
    assert comment and "ACLED" in comment[0]


def test_rerun_changes_nothing(sample_warehouse: Path, tmp_path: Path) -> None:
    """A second run over the same inbox leaves every table's content identical."""
    from pipeline.fingerprint import table_fingerprints
    from pipeline.runner import run_pipeline

    before = table_fingerprints(sample_warehouse)
    inbox = sample_warehouse.parent / "inbox"
    run_pipeline(inbox, sample_warehouse, workers=1, progress=lambda _: None)
    assert table_fingerprints(sample_warehouse) == before
