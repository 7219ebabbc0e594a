"""Publish: build the DuckDB warehouse from the staged tables and swap it in atomically.

The new database is written to a temporary file beside the target, checked,
checkpointed and closed, then renamed over the old one (`os.replace` is
atomic on POSIX). An analyst who has the old file open read-only keeps
reading the old state; the next connection sees the new one; nobody ever
sees a half-written warehouse, and a killed run leaves the old file intact.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import duckdb

from pipeline.settings import PROJECT_ROOT
from pipeline.stages.clean import CLEAN_TABLE
from pipeline.stages.dedup import DUPLICATES_TABLE
from pipeline.stages.events import EVENT_REPORTS_TABLE, EVENTS_TABLE, SUMMARY_TABLE
from pipeline.stages.quarantine import QUARANTINE_TABLE
from pipeline.staging import Staging

SQL_DIR = PROJECT_ROOT / "warehouse"
PUBLISHED_RECORD = "published.digest"
SHARDED_TABLES = ("date_mentions", "actor_mentions", "casualty_mentions")
# Sort keys make the physical row order, and so every table hash, identical across runs.
ORDER = {
    "articles": "article_id",
    "date_mentions": "article_id, char_start, char_end, value",
    "actor_mentions": "article_id, char_start, char_end, actor_name",
    "casualty_mentions": "article_id, char_start, char_end, category",
    "article_summary": "article_id",
    "events": "event_id",
    "event_reports": "article_id",
    "quarantine": "stage, source_file, record_no NULLS FIRST, table_name, check_name, reason",
}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The table's column list, in DDL order."""
    names = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
    return ", ".join(f'"{n}"' for n in names)


def _load(
    con: duckdb.DuckDBPyConnection, table: str, files: list[Path], join_duplicates: Path | None = None
) -> None:
    """Insert the staged files of a table, in a stable order."""
    if not files:
        return
    columns = _columns(con, table)
    paths = [str(p) for p in files]
    if join_duplicates is not None:
        source = (
            "(SELECT c.*, d.duplicate_of, d.duplicate_similarity FROM read_parquet(?) c "
            "LEFT JOIN read_parquet(?) d USING (article_id))"
        )
        params: list[object] = [paths, str(join_duplicates)]
    else:
        source, params = "read_parquet(?, union_by_name = true)", [paths]
    con.execute(
        f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {source} ORDER BY {ORDER[table]}", params
    )


def input_files(staging: Staging, shards: list[str]) -> list[Path]:
    """Every staged file the warehouse is built from."""
    files = staging.shard_files(CLEAN_TABLE, shards)
    for table in SHARDED_TABLES:
        files += staging.shard_files(table, shards)
    for table in (DUPLICATES_TABLE, SUMMARY_TABLE, EVENTS_TABLE, EVENT_REPORTS_TABLE, QUARANTINE_TABLE):
        path = staging.table_path(table)
        files += [path] if path.exists() else []
    return files


def inputs_digest(files: list[Path]) -> str:
    """A hash of the staged inputs' contents and of the SQL the warehouse is built with."""
    digest = hashlib.blake2b(digest_size=20)
    for path in [SQL_DIR / "schema.sql", SQL_DIR / "views.sql", *files]:
        digest.update(path.name.encode() + b"\0")
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def _published_record(staging: Staging) -> Path:
    return staging.root / PUBLISHED_RECORD


def _still_current(staging: Staging, warehouse: Path, digest: str) -> bool:
    """True when `warehouse` is the file the last run built from exactly these inputs."""
    record = _published_record(staging)
    if not (record.exists() and warehouse.exists()):
        return False
    stat = warehouse.stat()
    return bool(record.read_text() == f"{digest} {stat.st_size} {stat.st_mtime_ns}")


def _counts(warehouse: Path) -> dict[str, int]:
    """Row counts of a published warehouse, read-only."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ORDER}  # type: ignore[index]
    finally:
        con.close()


def build_database(staging: Staging, shards: list[str], target: Path) -> dict[str, int]:
    """Create a complete warehouse at `target` (which must not exist); return row counts."""
    con = duckdb.connect(str(target))
    try:
        con.execute("SET preserve_insertion_order = true")
        con.execute((SQL_DIR / "schema.sql").read_text())
        duplicates = staging.table_path(DUPLICATES_TABLE)
        _load(con, "articles", staging.shard_files(CLEAN_TABLE, shards), join_duplicates=duplicates)
        for table in SHARDED_TABLES:
            _load(con, table, staging.shard_files(table, shards))
        for table in (SUMMARY_TABLE, EVENTS_TABLE, EVENT_REPORTS_TABLE, QUARANTINE_TABLE):
            path = staging.table_path(table)
            _load(con, table, [path] if path.exists() else [])
        con.execute((SQL_DIR / "views.sql").read_text())
        counts = {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ORDER}  # type: ignore[index]
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts


def publish(staging: Staging, shards: list[str], warehouse: Path) -> dict[str, int]:
    """Build the warehouse beside `warehouse` and atomically replace it; return row counts.

    When the staged inputs are byte-identical to those the current file was built from, the
    file is left as it is: a rerun on an unchanged inbox rewrites nothing.
    """
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    digest = inputs_digest(input_files(staging, shards))
    if _still_current(staging, warehouse, digest):
        return _counts(warehouse)
    building = warehouse.with_name(f".{warehouse.name}.{os.getpid()}.building")
    for leftover in (building, building.with_name(building.name + ".wal")):
        leftover.unlink(missing_ok=True)
    try:
        counts = build_database(staging, shards, building)
        with open(building, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(building, warehouse)
        _fsync_dir(warehouse.parent)
        stat = warehouse.stat()
        _published_record(staging).write_text(f"{digest} {stat.st_size} {stat.st_mtime_ns}")
    finally:
        building.unlink(missing_ok=True)
        building.with_name(building.name + ".wal").unlink(missing_ok=True)
    return counts


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
