"""Clean: one raw shard into cleaned articles (validated) and quarantine rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

import polars as pl

from pipeline.clean.article import clean_record
from pipeline.ingest.records import RawRecord, Rejection
from pipeline.stages.ingest import RAW_TABLE
from pipeline.stages.quarantine_rows import quarantine_frame, rejected_frame_rows, rejection_row
from pipeline.staging import Staging
from pipeline.validation import split_valid, typed_frame
from schemas.articles import CleanArticles

CLEAN_TABLE = "clean_articles"
CLEAN_QUARANTINE_TABLE = "clean_quarantine"
CHECK_BODY_EMPTY = "body_empty"
CHECK_CLEAN_FAILED = "clean_failed"


@dataclass(slots=True)
class CleanReport:
    """Counts of one shard's cleaning."""

    articles: int
    quarantined: int
    non_english: int
    table_failures: list[dict[str, str]]


def _raw_record(row: dict[str, object]) -> RawRecord:
    """A RawRecord back from its staged row."""
    return RawRecord(**{k: row[k] for k in RawRecord.__slots__})  # type: ignore[arg-type]


def clean_shard(staging: Staging, shard: str, run_id: str | None, now: dt.datetime | None = None) -> CleanReport:
    """Clean every record of one raw shard and stage the result."""
    raw = staging.read_shard(RAW_TABLE, shard)
    rows: list[dict[str, object]] = []
    quarantine: list[dict[str, object]] = []
    for row in raw.iter_rows(named=True):
        record = _raw_record(row)
        try:
            article = clean_record(record, now)
        except Exception as exc:  # one bad page must not stop the shard; the reason is kept
            reason = f"cleaning failed: {type(exc).__name__}: {exc}"[:300]
            quarantine.append(rejection_row(Rejection(record.source_file, record.record_no, reason,
                                                      CHECK_CLEAN_FAILED), "clean", run_id))
            continue
        if not article.body.strip():
            reason = "no article text left after removing markup and boilerplate"
            quarantine.append(rejection_row(Rejection(record.source_file, record.record_no, reason,
                                                      CHECK_BODY_EMPTY), "clean", run_id))
            continue
        rows.append(asdict(article))
    frame = typed_frame(rows, CleanArticles)
    outcome = split_valid(frame, CleanArticles, CLEAN_TABLE)
    quarantine += rejected_frame_rows(outcome.rejected, CLEAN_TABLE, "clean", run_id, frame)
    valid = outcome.valid.sort("article_id")
    staging.write_shard(valid, CLEAN_TABLE, shard)
    staging.write_shard(quarantine_frame(quarantine), CLEAN_QUARANTINE_TABLE, shard)
    non_english = valid.filter(pl.col("language") != "en").height
    return CleanReport(valid.height, len(quarantine), non_english, outcome.table_failures)
