"""Reruns are incremental: adding a file adds only its rows; changing a file replaces only its rows."""

import json
from pathlib import Path

import duckdb
import pytest

from pipeline.runner import RunSummary, run_pipeline

pytestmark = pytest.mark.slow

TABLES = ("articles", "date_mentions", "actor_mentions", "casualty_mentions")


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def _rows(warehouse: Path) -> dict[str, dict[str, set[tuple[object, ...]]]]:
    """{table: {source_id: set of rows}} for the article-level tables."""
    con = duckdb.connect(str(warehouse), read_only=True)
    out: dict[str, dict[str, set[tuple[object, ...]]]] = {}
    for table in TABLES:
        cursor = con.execute(f"SELECT a.source_id, t.* FROM {table} t JOIN articles a USING (article_id)")
        by_source: dict[str, set[tuple[object, ...]]] = {}
        for row in cursor.fetchall():
            by_source.setdefault(str(row[0]), set()).add(tuple(str(v) for v in row[1:]))
        out[table] = by_source
    con.close()
    return out


def _analysed(summary: RunSummary) -> int:
    """Articles whose extraction actually ran (not reused) in a run."""
    total = 0
    for key, metadata in summary.metadata.items():
        if key.startswith("shard"):  # "shard 03" (one run per shard) or "shards" (one run for all)
            total += int(metadata.get("date_mentions", {}).get("articles_analysed", 0))  # type: ignore[union-attr]
    return total


def _report(i: int, killed: int) -> dict[str, object]:
    return {
        "id": f"r{i}",
        "published_at": "2025-06-02",
        "text": f"Militants killed {killed} soldiers in an ambush in district {i} on Sunday, the army said.",
    }


def test_added_and_changed_files_touch_only_their_rows(tmp_path: Path) -> None:
    """Unchanged articles keep identical rows and are not re-extracted; new and changed ones are."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox / "a.jsonl", [_report(i, 3) for i in range(5)])
    _write(inbox / "b.jsonl", [_report(i, 4) for i in range(5, 10)])
    warehouse = tmp_path / "w.duckdb"
    first = run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    assert _analysed(first) == 10
    before = _rows(warehouse)

    assert _analysed(run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)) == 0
    assert _rows(warehouse) == before

    _write(inbox / "c.jsonl", [_report(i, 5) for i in range(10, 13)])
    added = run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    assert _analysed(added) == 3
    after_add = _rows(warehouse)
    for table in TABLES:
        old = {k: v for k, v in after_add[table].items() if k not in {"r10", "r11", "r12"}}
        assert old == before[table], table
    assert {"r10", "r11", "r12"} <= set(after_add["articles"])

    _write(inbox / "b.jsonl", [_report(i, 4) for i in range(5, 9)] + [_report(9, 8)])
    changed = run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    assert _analysed(changed) == 1
    after_change = _rows(warehouse)
    for table in TABLES:
        untouched = {k: v for k, v in after_change[table].items() if k != "r9"}
        assert untouched == {k: v for k, v in after_add[table].items() if k != "r9"}, table
    assert after_change["casualty_mentions"]["r9"] != after_add["casualty_mentions"]["r9"]


def test_untouched_shards_keep_their_files_and_pending_work_is_counted(tmp_path: Path) -> None:
    """A rerun on an unchanged inbox rewrites no staged shard nor the warehouse; new articles count as pending."""
    from pipeline.partitions import SHARD_KEYS
    from pipeline.runner import _pending
    from pipeline.stages.ingest import RAW_TABLE, ingest_inbox
    from pipeline.staging import Staging, staging_root_for

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox / "a.jsonl", [_report(i, 3) for i in range(12)])
    warehouse = tmp_path / "w.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    root = staging_root_for(warehouse)
    staged = [p for p in root.glob("*/*.parquet") if p.parent.name != RAW_TABLE]
    stamps = {p: p.stat().st_mtime_ns for p in [*staged, warehouse]}
    assert staged and _pending(warehouse) == 0
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    assert {p: p.stat().st_mtime_ns for p in [*staged, warehouse]} == stamps  # the warehouse is not rebuilt
    _write(inbox / "b.jsonl", [_report(99, 4), _report(100, 5)])
    ingest_inbox(inbox, Staging(root), SHARD_KEYS, None)
    assert _pending(warehouse) == 2
