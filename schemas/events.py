"""pandera models of `events` (one row per distinct incident) and `event_reports` (its links to articles)."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from pipeline.taxonomy import DATE_PRECISIONS, EVENT_TYPE_OF_SUB, EVENT_TYPES
from schemas.common import ARTICLE_ID, ISO3

EVENT_ID = r"^ev_[0-9a-f]{16}$"
LINKS = ["canonical", "exact_duplicate", "near_duplicate", "same_incident"]
FIGURE_ROLES = ["headline", "latest update", "superseded", "part", "copy", "no figure"]


def _ordered(low: str, best: str, high: str, headline: str) -> pl.Expr:
    """low <= headline <= best <= high."""
    headline_col, best_col = pl.col(headline), pl.col(best)
    return (pl.col(low) <= headline_col) & (headline_col <= best_col) & (best_col <= pl.col(high))


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
    inter1: int | None = pa.Field(nullable=True, isin=list(range(1, 9)))
    inter2: int | None = pa.Field(nullable=True, isin=list(range(1, 9)))
    interaction: int | None = pa.Field(nullable=True, ge=10, le=88)
    killed: int = pa.Field(ge=0)
    injured: int = pa.Field(ge=0)
    killed_low: int = pa.Field(ge=0)
    killed_best: int = pa.Field(ge=0)
    killed_high: int = pa.Field(ge=0)
    injured_low: int = pa.Field(ge=0)
    injured_best: int = pa.Field(ge=0)
    injured_high: int = pa.Field(ge=0)
    civilians_killed: int = pa.Field(ge=0)
    missing: int = pa.Field(ge=0)
    kidnapped: int = pa.Field(ge=0)
    arrested: int = pa.Field(ge=0)
    displaced: int = pa.Field(ge=0)
    n_reports: int = pa.Field(ge=1)
    n_distinct_reports: int = pa.Field(ge=1)
    first_reported_at: dt.datetime | None = pa.Field(nullable=True)
    last_reported_at: dt.datetime | None = pa.Field(nullable=True)
    canonical_article_id: str = pa.Field(str_matches=ARTICLE_ID)
    killed_source_article_id: str | None = pa.Field(nullable=True, str_matches=ARTICLE_ID)
    evidence: str | None = pa.Field(nullable=True)

    @pa.dataframe_check
    @classmethod
    def killed_within_range(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """killed_low <= killed <= killed_best <= killed_high."""
        return data.lazyframe.select(_ordered("killed_low", "killed_best", "killed_high", "killed"))

    @pa.dataframe_check
    @classmethod
    def injured_within_range(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """injured_low <= injured <= injured_best <= injured_high."""
        return data.lazyframe.select(_ordered("injured_low", "injured_best", "injured_high", "injured"))

    @pa.dataframe_check
    @classmethod
    def civilians_within_killed(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """The civilians among the killed are never more than the killed."""
        return data.lazyframe.select(pl.col("civilians_killed") <= pl.col("killed"))

    @pa.dataframe_check
    @classmethod
    def distinct_reports_within_reports(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Copies are reports too: n_distinct_reports <= n_reports."""
        return data.lazyframe.select(pl.col("n_distinct_reports") <= pl.col("n_reports"))

    class Config:
        strict = True
        coerce = True


class EventReports(pa.DataFrameModel):
    """Which article reports which event, why it was attached to it, and what its figures became."""

    event_id: str = pa.Field(str_matches=EVENT_ID)
    article_id: str = pa.Field(str_matches=ARTICLE_ID, unique=True)
    link: str = pa.Field(isin=LINKS)
    linked_to: str | None = pa.Field(nullable=True, str_matches=ARTICLE_ID)
    similarity: float | None = pa.Field(nullable=True, ge=0.0, le=1.0)
    match_score: float | None = pa.Field(nullable=True, ge=0.0)
    reason: str = pa.Field(str_length={"min_value": 1})
    published_at: dt.datetime | None = pa.Field(nullable=True)
    killed: int = pa.Field(ge=0)
    injured: int = pa.Field(ge=0)
    killed_role: str = pa.Field(isin=FIGURE_ROLES)
    injured_role: str = pa.Field(isin=FIGURE_ROLES)

    @pa.dataframe_check
    @classmethod
    def canonical_links_nothing(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A canonical report links to no other article; every other link names one."""
        return data.lazyframe.select((pl.col("link") == "canonical") == pl.col("linked_to").is_null())

    class Config:
        strict = True
        coerce = True
