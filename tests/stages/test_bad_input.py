"""Bad input lands where it should, the good files beside it load, and every record is accounted for."""

import json
from pathlib import Path

import duckdb
import pytest

from pipeline.partitions import SHARD_KEYS
from pipeline.runner import run_pipeline
from pipeline.stages.accounting import account
from pipeline.staging import Staging, staging_root_for

pytestmark = pytest.mark.slow

GOOD = "Gunmen killed three villagers in an attack on Monday night, police said on Tuesday."


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, duckdb.DuckDBPyConnection]:
    """One run over an inbox holding every kind of bad input next to good files."""
    root = tmp_path_factory.mktemp("bad")
    inbox = root / "inbox"
    inbox.mkdir()
    (inbox / "empty.jsonl").write_bytes(b"")
    (inbox / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    page = "Attack on convoy kills four soldiers\n\nStaff Reporter March 4, 2025, 09:10 PKT\n\n"
    (inbox / "cp1252.txt").write_bytes(
        (page + "The army’s “convoy” was hit near the town, officials said.").encode("cp1252")
    )
    (inbox / "latin1.txt").write_bytes((page + "Officials in Bogotá said four soldiers died.").encode("latin-1"))
    (inbox / "bom.txt").write_bytes((page + "Four soldiers were killed, the army said.").encode("utf-8-sig"))
    records = [
        {
            "id": "moji",
            "text": "They donâ€™t know who killed the two guards, police said.",
            "published_at": "2025-03-04",
        },
        {
            "id": "entities",
            "text": "Smith &amp; Jones said &quot;two&quot; guards were killed.",
            "published_at": "2025-03-04",
        },
        {"id": "yesterday", "text": GOOD, "published_at": "yesterday"},
        {"id": "rss", "text": GOOD.replace("three", "six"), "published_at": "Tue, 04 Mar 2025 10:00:00 +0530"},
        {"id": "future", "text": GOOD.replace("three", "four"), "published_at": "2099-01-01"},
        {"id": "nodate", "text": GOOD.replace("three", "five")},
        {
            "id": "french",
            "text": "Au moins douze personnes ont été tuées mardi lors d'une attaque contre un village "
            "du nord du pays, selon des sources locales.",
            "published_at": "2025-03-04",
        },
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(2, '{"id": "cut", "text": "Two sold')
    (inbox / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (inbox / "types.json").write_text(json.dumps([{"id": "num", "text": 42}, {"id": "notext", "title": "x"}]))
    (inbox / "table.csv").write_text("id,title\n1,No text column\n")
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04 not a supported format")
    (inbox / "huge.txt").write_text("Headline of a huge page\n\n" + "word " * 4_200_000)
    (inbox / "copy-a.json").write_text(
        json.dumps({"id": "copy-a", "text": GOOD.replace("three", "six"), "published_at": "2025-03-03"})
    )
    (inbox / "copy-b.json").write_text(
        json.dumps({"id": "copy-b", "text": GOOD.replace("three", "six"), "published_at": "2025-03-04"})
    )
    warehouse = root / "w.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    return warehouse, duckdb.connect(str(warehouse), read_only=True)


def _quarantined(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, int | None], str]:
    return {
        (f, n): c for f, n, c in con.execute("SELECT source_file, record_no, check_name FROM quarantine").fetchall()
    }


def test_unloadable_input_is_quarantined_with_its_check(bad_run: tuple[Path, duckdb.DuckDBPyConnection]) -> None:
    """Each bad file or record has one quarantine row naming the check that rejected it."""
    assert _quarantined(bad_run[1]) == {
        ("empty.jsonl", None): "empty_file",
        ("photo.txt", None): "binary_content",
        ("feed.jsonl", 3): "json_invalid",
        ("types.json", 1): "text_not_string",
        ("types.json", 2): "text_missing",
        ("table.csv", None): "columns_missing",
        ("notes.docx", None): "unsupported_format",
        ("huge.txt", None): "text_too_long",
    }


def test_quarantine_rows_carry_reason_sample_and_run(bad_run: tuple[Path, duckdb.DuckDBPyConnection]) -> None:
    """Every quarantine row has a reason, a bounded payload sample and the run that rejected it."""
    rows = bad_run[1].execute("SELECT reason, payload_sample, run_id FROM quarantine").fetchall()
    assert all(reason and run_id for reason, _, run_id in rows)
    assert all(sample is None or len(sample) <= 500 for _, sample, _ in rows)


def test_encodings_are_read_and_repaired(bad_run: tuple[Path, duckdb.DuckDBPyConnection]) -> None:
    """cp1252, Latin-1, BOM, mojibake and entities all end as clean text."""
    bodies = dict(bad_run[1].execute("SELECT source_id, body FROM articles").fetchall())
    assert "The army’s “convoy” was hit" in bodies["cp1252.txt"]
    assert "Bogotá" in bodies["latin1.txt"]
    assert not bodies["bom.txt"].startswith("\ufeff") and "\ufeff" not in bodies["bom.txt"]
    assert bodies["moji"].startswith("They don’t know")
    assert bodies["entities"].startswith('Smith & Jones said "two"')


def test_questionable_records_load_with_flags(bad_run: tuple[Path, duckdb.DuckDBPyConnection]) -> None:
    """An unreadable date, a feed's date, a future date, no date and another language are loaded and flagged."""
    flags = dict(bad_run[1].execute("SELECT source_id, flags FROM articles").fetchall())
    assert {"published_at_invalid", "no_publication_date"} <= set(flags["yesterday"])
    assert flags["rss"] == ["published_at_not_iso"]  # an RSS feed's date is read, the article validated
    assert "published_in_future" in flags["future"]
    assert "no_publication_date" in flags["nodate"]
    assert "non_english" in flags["french"]
    french = (
        bad_run[1]
        .execute(
            "SELECT count(*) FROM casualty_mentions m JOIN articles a USING (article_id) WHERE a.source_id = 'french'"
        )
        .fetchone()
    )
    assert french == (0,)


def test_relative_dates_stay_unresolved_without_a_publication_date(
    bad_run: tuple[Path, duckdb.DuckDBPyConnection],
) -> None:
    """'Monday' in an undated article has no value."""
    values = (
        bad_run[1]
        .execute(
            "SELECT d.text, d.value FROM date_mentions d JOIN articles a USING (article_id) "
            "WHERE a.source_id = 'nodate'"
        )
        .fetchall()
    )
    assert values and all(value is None for _, value in values)


def test_same_article_under_two_names_points_to_the_first(bad_run: tuple[Path, duckdb.DuckDBPyConnection]) -> None:
    """The later copy keeps its row and points to the earlier-published one."""
    rows = dict(
        bad_run[1].execute("SELECT source_id, duplicate_of FROM articles WHERE source_id LIKE 'copy-%'").fetchall()
    )
    first = bad_run[1].execute("SELECT article_id FROM articles WHERE source_id = 'copy-a'").fetchone()[0]
    assert rows == {"copy-a": None, "copy-b": first}


def test_every_record_is_accounted_for(bad_run: tuple[Path, duckdb.DuckDBPyConnection]) -> None:
    """records read = articles loaded + records quarantined + duplicates collapsed."""
    counts = account(Staging(staging_root_for(bad_run[0])), SHARD_KEYS)
    loaded = bad_run[1].execute("SELECT count(*) FROM articles").fetchone()[0]
    assert counts.balanced and counts.articles_loaded == loaded
    assert counts.records_read == 20 and counts.records_quarantined == 8
