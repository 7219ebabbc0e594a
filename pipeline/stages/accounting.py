"""Accounting: every record read is an article, a quarantined record, or a collapsed repeat.

    records read = articles loaded + records quarantined + duplicates collapsed

Counted from the staged outputs of the last run: the ingest report (records
read, repeats collapsed), the cleaned shards (articles loaded) and the
record-level quarantine rows (ingest and clean stages; rows rejected by
validation after extraction are extracted rows, not input records).
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from pipeline.stages.clean import CLEAN_QUARANTINE_TABLE, CLEAN_TABLE
from pipeline.stages.ingest import INGEST_QUARANTINE_TABLE, read_ingest_report
from pipeline.staging import Staging


@dataclass(frozen=True, slots=True)
class Accounting:
    """The three destinations of the records read by the last run."""

    records_read: int
    articles_loaded: int
    records_quarantined: int
    duplicates_collapsed: int

    @property
    def balanced(self) -> bool:
        """True when every record read is accounted for exactly once."""
        return self.records_read == self.articles_loaded + self.records_quarantined + self.duplicates_collapsed


def _rows(files: list) -> int:  # type: ignore[type-arg]
    """Total rows of some Parquet files."""
    return int(pl.scan_parquet(files).select(pl.len()).collect().item()) if files else 0


def account(staging: Staging, shards: list[str]) -> Accounting:
    """Count where the last run's records went."""
    report = read_ingest_report(staging)
    ingest_rejected = staging.table_path(INGEST_QUARANTINE_TABLE)
    return Accounting(
        records_read=report.records_read if report else 0,
        articles_loaded=_rows(staging.shard_files(CLEAN_TABLE, shards)),
        records_quarantined=_rows([ingest_rejected] if ingest_rejected.exists() else [])
        + _rows(staging.shard_files(CLEAN_QUARANTINE_TABLE, shards)),
        duplicates_collapsed=report.duplicates_collapsed if report else 0,
    )
