"""Clean: one raw shard into cleaned articles (validated) and quarantine rows.

Cached per article: a record whose raw content and the cleaning code are
unchanged since the last run keeps its previous cleaned row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import polars as pl

from pipeline.clean.article import clean_record
from pipeline.ingest.records import RawRecord, Rejection
from pipeline.stages.cache import (
    input_keys,
    previous_rows,
    save_keys,
    shard_unchanged,
    staged_rows,
    unchanged_ids,
)
from pipeline.stages.ingest import RAW_TABLE
from pipeline.stages.quarantine_rows import quarantine_frame, rejected_frame_rows, rejection_row
from pipeline.staging import Staging
from pipeline.validation import split_valid, typed_frame
from pipeline.versions import clean_version
from schemas.articles import CleanArticles
from schemas.common import polars_schema
from schemas.quarantine import Quarantine

CLEAN_TABLE = "clean_articles"
CLEAN_QUARANTINE_TABLE = "clean_quarantine"
CHECK_BODY_EMPTY = "body_empty"
CHECK_CLEAN_FAILED = "clean_failed"
_STAGE = "clean"
# What a record's cleaning depends on besides the code (record_hash covers every field read).
RAW_KEY_COLUMNS = ["record_hash", "source_file", "record_no"]


@dataclass(slots=True)
class CleanReport:
    """Counts of one shard's cleaning."""

    articles: int
    quarantined: int
    non_english: int
    reused: int
    table_failures: list[dict[str, str]]


def _raw_record(row: dict[str, object]) -> RawRecord:
    """A RawRecord back from its staged row."""
    return RawRecord(**{k: row[k] for k in RawRecord.__slots__})  # type: ignore[arg-type]


def clean_rows(
    raw: pl.DataFrame, run_id: str | None, now: dt.datetime | None
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(cleaned article rows, quarantine rows) for raw records."""
    rows: list[dict[str, object]] = []
    quarantine: list[dict[str, object]] = []
    for row in raw.iter_rows(named=True):
        record = _raw_record(row)
        try:
            article = clean_record(record, now)
        except Exception as exc:  # one bad page must not stop the shard; the reason is kept
            reason = f"cleaning failed: {type(exc).__name__}: {exc}"[:300]
            rejection = Rejection(record.source_file, record.record_no, reason, CHECK_CLEAN_FAILED)
            quarantine.append({**rejection_row(rejection, "clean", run_id), "article_id": row["article_id"]})
            continue
        if not article.body.strip():
            reason = "no article text left after removing markup and boilerplate"
            rejection = Rejection(record.source_file, record.record_no, reason, CHECK_BODY_EMPTY)
            quarantine.append({**rejection_row(rejection, "clean", run_id), "article_id": row["article_id"]})
            continue
        rows.append(asdict(article))
    return rows, quarantine


def clean_shard(
    staging: Staging, shard: str, run_id: str | None, now: dt.datetime | None = None
) -> CleanReport:
    """Clean the new or changed records of one raw shard; keep the previous rows of the others."""
    raw = staging.read_shard(RAW_TABLE, shard)
    version = clean_version()
    keys = input_keys(raw, RAW_KEY_COLUMNS)
    if shard_unchanged(staging, _STAGE, shard, keys, version, [CLEAN_TABLE, CLEAN_QUARANTINE_TABLE]):
        return _unchanged_report(staging, shard)
    same = unchanged_ids(staging, _STAGE, shard, keys, version)
    kept = previous_rows(staging, CLEAN_TABLE, shard, same, polars_schema(CleanArticles))
    kept_quarantine = previous_rows(staging, CLEAN_QUARANTINE_TABLE, shard, same, polars_schema(Quarantine))
    todo = raw.filter(~pl.col("article_id").is_in(same.implode())) if raw.height else raw
    rows, quarantine = clean_rows(todo, run_id, now)
    frame = typed_frame(rows, CleanArticles)
    outcome = split_valid(frame, CleanArticles, CLEAN_TABLE)
    quarantine += rejected_frame_rows(outcome.rejected, CLEAN_TABLE, "clean", run_id, frame)
    valid = pl.concat([kept, outcome.valid], how="vertical").sort("article_id")
    all_quarantine = pl.concat([kept_quarantine, quarantine_frame(quarantine)], how="vertical")
    staging.write_shard(valid, CLEAN_TABLE, shard)
    staging.write_shard(all_quarantine, CLEAN_QUARANTINE_TABLE, shard)
    save_keys(staging, _STAGE, shard, keys, version)
    non_english = valid.filter(pl.col("language") != "en").height
    return CleanReport(
        valid.height,
        all_quarantine.height,
        non_english,
        kept.height + kept_quarantine.height,
        outcome.table_failures,
    )


def _unchanged_report(staging: Staging, shard: str) -> CleanReport:
    """The report of a shard whose records all match the last run: its files stay as they are."""
    articles = staging.read_shard(CLEAN_TABLE, shard).select("language")
    quarantined = staged_rows(staging, CLEAN_QUARANTINE_TABLE, shard)
    non_english = articles.filter(pl.col("language") != "en").height
    return CleanReport(articles.height, quarantined, non_english, articles.height + quarantined, [])
