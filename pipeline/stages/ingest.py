"""Ingest: read the whole inbox once and spread its records over the extraction shards.

Streams: records are buffered per shard and appended to Parquet writers, so a
large inbox is never held in memory. The shard files are written under
temporary names and renamed only when the whole inbox has been read.
Every record read is accounted for: loaded, quarantined, or collapsed as an
exact repeat of a record with the same id.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.clean.article import article_id_for
from pipeline.ingest.readers import read_inbox
from pipeline.ingest.records import RawRecord, Rejection
from pipeline.stages.quarantine_rows import quarantine_frame, rejection_row
from pipeline.staging import Staging

RAW_TABLE = "raw_articles"
INGEST_QUARANTINE_TABLE = "ingest_quarantine"
INGEST_REPORT = "ingest_report.json"
CHECK_ID_CONFLICT = "source_id_conflict"
_FLUSH_ROWS = 1000

RAW_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_id", pa.string()),
        ("source_file", pa.string()),
        ("record_no", pa.int64()),
        ("format", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("published_raw", pa.string()),
        ("text", pa.large_string()),
        ("html", pa.large_string()),
        ("record_hash", pa.string()),
    ]
)


@dataclass(slots=True)
class IngestReport:
    """What one ingest run read and where each record went."""

    files: int = 0
    records_read: int = 0
    loaded: int = 0
    quarantined: int = 0
    duplicates_collapsed: int = 0
    per_shard: dict[str, int] = field(default_factory=dict)
    by_check: dict[str, int] = field(default_factory=dict)


def shard_of(article_id: str, shard_keys: list[str]) -> str:
    """The shard an article belongs to: stable, and even across shards."""
    return shard_keys[int(article_id[:8], 16) % len(shard_keys)]


def record_hash(record: RawRecord) -> str:
    """Hash of everything a record carries, to tell a repeat from a conflicting record."""
    parts = (record.title, record.url, record.source, record.published_raw, record.text, record.html)
    return hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()


def ingest_inbox(inbox: Path, staging: Staging, shard_keys: list[str], run_id: str | None) -> IngestReport:
    """Read every file under `inbox` into raw shards and ingest quarantine rows."""
    report = IngestReport()
    seen: dict[str, str] = {}
    buffers: dict[str, list[dict[str, object]]] = {k: [] for k in shard_keys}
    tmp_paths = {k: _tmp(staging.shard_path(RAW_TABLE, k)) for k in shard_keys}
    writers = {k: pq.ParquetWriter(tmp_paths[k], RAW_SCHEMA, compression="zstd") for k in shard_keys}
    quarantine: list[dict[str, object]] = []
    files: set[str] = set()
    try:
        for item in read_inbox(inbox):
            files.add(item.source_file)
            report.records_read += 1
            if isinstance(item, Rejection):
                quarantine.append(rejection_row(item, "ingest", run_id))
                report.by_check[item.check_name] = report.by_check.get(item.check_name, 0) + 1
                continue
            digest = record_hash(item)
            previous = seen.get(item.source_id)
            if previous == digest:
                report.duplicates_collapsed += 1
                continue
            if previous is not None:
                conflict = Rejection(
                    item.source_file,
                    item.record_no,
                    f"id {item.source_id!r} was already loaded with different content",
                    CHECK_ID_CONFLICT,
                )
                quarantine.append(rejection_row(conflict, "ingest", run_id))
                report.by_check[CHECK_ID_CONFLICT] = report.by_check.get(CHECK_ID_CONFLICT, 0) + 1
                continue
            seen[item.source_id] = digest
            article_id = article_id_for(item.source_id)
            shard = shard_of(article_id, shard_keys)
            buffers[shard].append(_row(item, article_id, digest))
            if len(buffers[shard]) >= _FLUSH_ROWS:
                _flush(writers[shard], buffers[shard])
        for shard in shard_keys:
            _flush(writers[shard], buffers[shard])
            writers[shard].close()
            report.per_shard[shard] = pq.ParquetFile(tmp_paths[shard]).metadata.num_rows
        for shard in shard_keys:
            os.replace(tmp_paths[shard], staging.shard_path(RAW_TABLE, shard))
    finally:
        for shard in shard_keys:
            tmp_paths[shard].unlink(missing_ok=True)
    staging.write_table(quarantine_frame(quarantine), INGEST_QUARANTINE_TABLE)
    report.files = len(files)
    report.loaded = sum(report.per_shard.values())
    report.quarantined = len(quarantine)
    staging.root.joinpath(INGEST_REPORT).write_text(json.dumps(asdict(report), indent=1))
    return report


def read_ingest_report(staging: Staging) -> IngestReport | None:
    """The counts of the last ingest, or None before the first one."""
    path = staging.root / INGEST_REPORT
    if not path.exists():
        return None
    return IngestReport(**json.loads(path.read_text()))


def _tmp(path: Path) -> Path:
    """A temporary sibling of `path`, created with its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _row(record: RawRecord, article_id: str, digest: str) -> dict[str, object]:
    """The raw shard row of a record."""
    return {
        "article_id": article_id,
        "source_id": record.source_id,
        "source_file": record.source_file,
        "record_no": record.record_no,
        "format": record.format,
        "url": record.url,
        "title": record.title,
        "source": record.source,
        "published_raw": record.published_raw,
        "text": record.text,
        "html": record.html,
        "record_hash": digest,
    }


def _flush(writer: pq.ParquetWriter, rows: list[dict[str, object]]) -> None:
    """Append buffered rows to a shard file and empty the buffer."""
    if rows:
        writer.write_table(pa.Table.from_pylist(rows, schema=RAW_SCHEMA))
        rows.clear()
