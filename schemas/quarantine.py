"""pandera model of `quarantine`: every input record or row that was not loaded, and why."""

from __future__ import annotations

import pandera.polars as pa

QUARANTINE_STAGES = ["ingest", "clean", "validation", "dedup"]


class Quarantine(pa.DataFrameModel):
    """A rejected file, record or extracted row, with the check that rejected it."""

    source_file: str = pa.Field(str_length={"min_value": 1})
    record_no: int | None = pa.Field(nullable=True, ge=1)
    reason: str = pa.Field(str_length={"min_value": 1})
    check_name: str = pa.Field(str_length={"min_value": 1})
    stage: str = pa.Field(isin=QUARANTINE_STAGES)
    table_name: str | None = pa.Field(nullable=True)
    article_id: str | None = pa.Field(nullable=True)
    payload_sample: str | None = pa.Field(nullable=True, str_length={"max_value": 2000})
    run_id: str | None = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True
