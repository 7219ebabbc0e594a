"""pandera models of `events` (one row per distinct incident) and `event_reports` (its links to articles)."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from pipeline.taxonomy import DATE_PRECISIONS, EVENT_TYPE_OF_SUB, EVENT_TYPES
from schemas.common import ARTICLE_ID, ISO3

EVENT_ID = r"^ev_[0-9a-f]{16}$"


class Events(pa.DataFrameModel):
    """Distinct incidents with their figures across all reports."""

    event_id: str = pa.Field(str_matches=EVENT_ID, unique=True)
    event_date: dt.date | None = pa.Field(nullable=True)
    date_precision: str | None = pa.Field(nullable=True, isin=list(DATE_PRECISIONS))
    event_type: str | None = pa.Field(nullable=True, isin=list(EVENT_TYPES))
    sub_event_type: str | None = pa.Field(nullable=True, isin=list(EVENT_TYPE_OF_SUB))
    country_iso3: str | None = pa.Field(nullable=True, str_matches=ISO3)
    admin1: str | None = pa.Field(nullable=True)
    location: str | None = pa.Field(nullable=True)
    actor1: str | None = pa.Field(nullable=True)
    actor2: str | None = pa.Field(nullable=True)
    killed: int = pa.Field(ge=0)
    injured: int = pa.Field(ge=0)
    killed_low: int = pa.Field(ge=0)
    killed_high: int = pa.Field(ge=0)
    n_reports: int = pa.Field(ge=1)
    canonical_article_id: str = pa.Field(str_matches=ARTICLE_ID)
    evidence: str | None = pa.Field(nullable=True)

    @pa.dataframe_check
    def killed_within_range(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """killed_low <= killed <= killed_high."""
        return data.lazyframe.select(
            (pl.col("killed_low") <= pl.col("killed")) & (pl.col("killed") <= pl.col("killed_high"))
        )

    class Config:
        strict = True
        coerce = True


class EventReports(pa.DataFrameModel):
    """Which article reports which event, and why it was attached to it."""

    event_id: str = pa.Field(str_matches=EVENT_ID)
    article_id: str = pa.Field(str_matches=ARTICLE_ID, unique=True)
    reason: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
