"""Quarantine: gather every stage's rejected files, records and rows into one table."""

from __future__ import annotations

import polars as pl

from pipeline.stages.clean import CLEAN_QUARANTINE_TABLE
from pipeline.stages.extract import EXTRACT_QUARANTINE_TABLE
from pipeline.stages.ingest import INGEST_QUARANTINE_TABLE
from pipeline.staging import Staging
from schemas.common import polars_schema
from schemas.quarantine import Quarantine

QUARANTINE_TABLE = "quarantine"
# A rejection is the same rejection on a later run when these agree.
_IDENTITY = ["stage", "source_file", "record_no", "table_name", "check_name", "reason", "article_id"]


def gather_quarantine(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """All quarantine rows of the last run of every stage, in a stable order."""
    schema = polars_schema(Quarantine)
    parts = [staging.read_table(INGEST_QUARANTINE_TABLE, schema)]
    for table in (CLEAN_QUARANTINE_TABLE, EXTRACT_QUARANTINE_TABLE):
        parts.append(staging.scan_shards(table, shards, schema).collect())
    frame = pl.concat([p.cast(schema) for p in parts], how="vertical")  # type: ignore[arg-type]
    frame = _keep_first_run(frame, staging.read_table(QUARANTINE_TABLE, schema))
    return frame.sort(
        ["stage", "source_file", "record_no", "table_name", "check_name", "reason"], nulls_last=False
    )


def collect_quarantine(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """Gather and stage the quarantine table."""
    frame = gather_quarantine(staging, shards)
    staging.write_table(frame, QUARANTINE_TABLE)
    return frame


def _keep_first_run(frame: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    """Give a rejection seen on an earlier run that run's id, so a rerun changes no row."""
    if previous.is_empty():
        return frame
    first = previous.select([*_IDENTITY, pl.col("run_id").alias("first_run")]).unique(_IDENTITY, keep="first")
    merged = frame.join(first, on=_IDENTITY, how="left", nulls_equal=True)
    return merged.with_columns(run_id=pl.coalesce("first_run", "run_id")).drop("first_run")
