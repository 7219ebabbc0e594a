"""pandera models of `article_summary` and of its staged per-shard form `article_incidents`."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from pipeline.taxonomy import DATE_PRECISIONS, EVENT_TYPE_OF_SUB, EVENT_TYPES
from schemas.common import ARTICLE_ID, ISO3


class ArticleIncidents(pa.DataFrameModel):
    """The incident each article reports, before reports are merged into events."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID, unique=True)
    event_date: dt.date | None = pa.Field(nullable=True)
    date_precision: str | None = pa.Field(nullable=True, isin=list(DATE_PRECISIONS))
    killed: int = pa.Field(ge=0)
    injured: int = pa.Field(ge=0)
    killed_high: int = pa.Field(ge=0)
    injured_high: int = pa.Field(ge=0)
    civilians_killed: int = pa.Field(ge=0)
    missing: int = pa.Field(ge=0)
    kidnapped: int = pa.Field(ge=0)
    arrested: int = pa.Field(ge=0)
    displaced: int = pa.Field(ge=0)
    actor1: str | None = pa.Field(nullable=True)
    actor2: str | None = pa.Field(nullable=True)
    event_type: str | None = pa.Field(nullable=True, isin=list(EVENT_TYPES))
    sub_event_type: str | None = pa.Field(nullable=True, isin=list(EVENT_TYPE_OF_SUB))
    country_iso3: str | None = pa.Field(nullable=True, str_matches=ISO3)
    admin1: str | None = pa.Field(nullable=True)
    location: str | None = pa.Field(nullable=True)
    evidence: str | None = pa.Field(nullable=True)

    @pa.dataframe_check
    @classmethod
    def sub_type_matches_type(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A sub-event type belongs to the event type (ACLED's taxonomy)."""
        pairs = [f"{event}|{sub}" for sub, event in EVENT_TYPE_OF_SUB.items()]
        return data.lazyframe.select(
            pl.col("sub_event_type").is_null()
            | pl.concat_str([pl.col("event_type"), pl.col("sub_event_type")], separator="|").is_in(pairs)
        )

    @pa.dataframe_check
    @classmethod
    def high_at_least_best(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """The highest reported figure is never below the conservative one."""
        return data.lazyframe.select(
            (pl.col("killed_high") >= pl.col("killed")) & (pl.col("injured_high") >= pl.col("injured"))
        )

    @pa.dataframe_check
    @classmethod
    def civilians_among_killed(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """The civilians killed are some of the killed, never more."""
        return data.lazyframe.select(pl.col("civilians_killed") <= pl.col("killed"))

    @pa.dataframe_check
    @classmethod
    def precision_with_date(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """A date has a precision, and a precision has a date."""
        return data.lazyframe.select(pl.col("event_date").is_null() == pl.col("date_precision").is_null())

    class Config:
        strict = True
        coerce = True


class ArticleSummary(ArticleIncidents):
    """`article_summary`: one row per article, pointing to the canonical event it reports."""

    source_id: str = pa.Field(unique=True)
    published_at: dt.datetime | None = pa.Field(nullable=True)
    event_id: str | None = pa.Field(nullable=True, str_matches=r"^ev_[0-9a-f]{16}$")
    duplicate_of: str | None = pa.Field(nullable=True, str_matches=ARTICLE_ID)
