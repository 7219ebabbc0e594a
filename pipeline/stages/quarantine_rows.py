"""Building quarantine rows from rejections and failed validation rows."""

from __future__ import annotations

import json

import polars as pl

from pipeline.ingest.records import Rejection
from pipeline.settings import PAYLOAD_SAMPLE_CHARS
from pipeline.validation import FAILED_CHECK, FAILURE_REASON, typed_frame
from schemas.quarantine import Quarantine


def rejection_row(rejection: Rejection, stage: str, run_id: str | None) -> dict[str, object]:
    """A quarantine row for a file or record that could not be loaded."""
    return {
        "source_file": rejection.source_file,
        "record_no": rejection.record_no,
        "reason": rejection.reason,
        "check_name": rejection.check_name,
        "stage": stage,
        "table_name": None,
        "article_id": None,
        "payload_sample": (rejection.payload_sample or None)
        and rejection.payload_sample[:PAYLOAD_SAMPLE_CHARS],
        "run_id": run_id,
    }


def rejected_frame_rows(
    rejected: pl.DataFrame, table: str, stage: str, run_id: str | None, origin: pl.DataFrame
) -> list[dict[str, object]]:
    """Quarantine rows for rows that failed validation; `origin` maps article_id to file and record."""
    if rejected.is_empty():
        return []
    where = {
        r["article_id"]: (r["source_file"], r["record_no"])
        for r in origin.select("article_id", "source_file", "record_no").iter_rows(named=True)
    }
    rows = []
    for row in rejected.iter_rows(named=True):
        article_id = row.get("article_id")
        source_file, record_no = where.get(article_id, (row.get("source_file") or "(unknown)", None))
        payload = {k: v for k, v in row.items() if k not in (FAILED_CHECK, FAILURE_REASON, "body")}
        rows.append(
            {
                "source_file": source_file,
                "record_no": record_no,
                "reason": row[FAILURE_REASON],
                "check_name": row[FAILED_CHECK],
                "stage": stage,
                "table_name": table,
                "article_id": article_id,
                "payload_sample": json.dumps(payload, default=str, ensure_ascii=False)[:PAYLOAD_SAMPLE_CHARS],
                "run_id": run_id,
            }
        )
    return rows


def quarantine_frame(rows: list[dict[str, object]]) -> pl.DataFrame:
    """A typed quarantine frame."""
    return typed_frame(rows, Quarantine)
