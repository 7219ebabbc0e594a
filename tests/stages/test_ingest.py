"""Tests of pipeline.stages.ingest: spreading records over shards and accounting for every one."""

import json
from pathlib import Path

import polars as pl

from pipeline.stages.ingest import INGEST_QUARANTINE_TABLE, RAW_TABLE, ingest_inbox, read_ingest_report, shard_of
from pipeline.staging import Staging

SHARDS = ["00", "01", "02"]


def _inbox(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return inbox


def test_repeated_id_is_collapsed_and_conflicting_id_quarantined(tmp_path: Path) -> None:
    """The same record twice counts as a collapsed repeat; the same id with other text is quarantined."""
    rows = [{"id": 1, "text": "a"}, {"id": 1, "text": "a"}, {"id": 1, "text": "b"}, {"id": 2, "text": "c"}]
    staging = Staging(tmp_path / "staging")
    report = ingest_inbox(_inbox(tmp_path, rows), staging, SHARDS, "run-1")
    assert (report.records_read, report.loaded, report.duplicates_collapsed, report.quarantined) == (4, 2, 1, 1)
    rejected = staging.read_table(INGEST_QUARANTINE_TABLE)
    assert rejected.select("record_no", "check_name", "run_id").rows() == [(3, "source_id_conflict", "run-1")]
    assert read_ingest_report(staging) == report


def test_every_loaded_record_is_in_exactly_one_shard(tmp_path: Path) -> None:
    """Shard files together hold each loaded record once, in the shard its id hashes to."""
    rows = [{"id": i, "text": f"text {i}"} for i in range(30)]
    staging = Staging(tmp_path / "staging")
    ingest_inbox(_inbox(tmp_path, rows), staging, SHARDS, None)
    frames = {s: pl.read_parquet(staging.shard_path(RAW_TABLE, s)) for s in SHARDS}
    ids = [sid for frame in frames.values() for sid in frame["source_id"].to_list()]
    assert sorted(ids, key=int) == [str(i) for i in range(30)]
    for shard, frame in frames.items():
        assert all(shard_of(a, SHARDS) == shard for a in frame["article_id"].to_list())
