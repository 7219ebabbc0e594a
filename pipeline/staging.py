"""The staging area: Parquet files that carry data between assets.

Extraction runs per shard (a static partition) and writes one file per shard
and table; the final load reads them all and publishes the DuckDB warehouse.
Every write goes to a temporary name first and is renamed into place, so a
killed run never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import polars as pl


def staging_root_for(warehouse: Path) -> Path:
    """The staging folder that belongs to a warehouse file: `events.duckdb` -> `events.duckdb.staging/`."""
    return warehouse.with_name(warehouse.name + ".staging")


class Staging:
    """Read and write staged tables under one root folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def shard_path(self, table: str, shard: str) -> Path:
        """Where the shard's part of a partitioned table lives."""
        return self.root / table / f"{shard}.parquet"

    def table_path(self, table: str) -> Path:
        """Where an unpartitioned table lives."""
        return self.root / f"{table}.parquet"

    def write(self, frame: pl.DataFrame, path: Path) -> None:
        """Write a frame atomically (temporary file, fsync, rename)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        frame.write_parquet(tmp, compression="zstd", statistics=False)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    def write_shard(self, frame: pl.DataFrame, table: str, shard: str) -> None:
        """Write one shard of a partitioned table."""
        self.write(frame, self.shard_path(table, shard))

    def write_table(self, frame: pl.DataFrame, table: str) -> None:
        """Write an unpartitioned table."""
        self.write(frame, self.table_path(table))

    def read_shard(
        self, table: str, shard: str, schema: Mapping[str, pl.DataType | type[pl.DataType]] | None = None
    ) -> pl.DataFrame:
        """One shard of a table; an empty frame of `schema` when it was never written."""
        path = self.shard_path(table, shard)
        if path.exists():
            return pl.read_parquet(path)
        return pl.DataFrame(schema=schema or {})

    def read_table(
        self, table: str, schema: Mapping[str, pl.DataType | type[pl.DataType]] | None = None
    ) -> pl.DataFrame:
        """An unpartitioned table; empty of `schema` when missing."""
        path = self.table_path(table)
        if path.exists():
            return pl.read_parquet(path)
        return pl.DataFrame(schema=schema or {})

    def shard_files(self, table: str, shards: list[str]) -> list[Path]:
        """The existing files of the given shards of a table."""
        return [p for p in (self.shard_path(table, s) for s in shards) if p.exists()]

    def scan_shards(
        self, table: str, shards: list[str], schema: Mapping[str, pl.DataType | type[pl.DataType]]
    ) -> pl.LazyFrame:
        """All given shards of a table as one lazy frame (empty of `schema` when none exist)."""
        files = self.shard_files(table, shards)
        if not files:
            return pl.LazyFrame(schema=schema)
        return pl.scan_parquet(files)

    def clear_table(self, table: str) -> None:
        """Remove every shard of a partitioned table."""
        shutil.rmtree(self.root / table, ignore_errors=True)


def remove_leftovers(root: Path, warehouse: Path) -> int:
    """Delete temporary files a killed run left behind (call while holding the warehouse lock)."""
    removed = 0
    leftovers = list(root.rglob(".*.tmp")) if root.exists() else []
    leftovers += list(warehouse.parent.glob(f".{warehouse.name}.*.building*"))
    for path in leftovers:
        path.unlink(missing_ok=True)
        removed += 1
    return removed
