"""pandera model of `casualty_mentions`."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from pipeline.taxonomy import CASUALTY_CATEGORIES, CASUALTY_LINKS, CASUALTY_QUALIFIERS, CASUALTY_STATUSES
from schemas.common import ARTICLE_ID, span_checks


class CasualtyMentions(pa.DataFrameModel):
    """Every reported count of people harmed, with its interval, status and claimant."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    category: str = pa.Field(isin=list(CASUALTY_CATEGORIES))
    count_low: int = pa.Field(ge=0)
    count_best: int = pa.Field(ge=0)
    count_high: int | None = pa.Field(nullable=True, ge=0)
    status: str = pa.Field(isin=list(CASUALTY_STATUSES))
    claimed_by: str | None = pa.Field(nullable=True)
    sentence_index: int = pa.Field(ge=0)
    sentence: str = pa.Field(str_length={"min_value": 1})
    qualifier: str = pa.Field(isin=list(CASUALTY_QUALIFIERS))
    victim: str | None = pa.Field(nullable=True)
    link: str = pa.Field(isin=list(CASUALTY_LINKS))
    reason: str | None = pa.Field(nullable=True)
    perpetrator: str | None = pa.Field(nullable=True)

    @pa.dataframe_check
    @classmethod
    def counts_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """count_low <= count_best <= count_high (an open-ended high is null)."""
        return data.lazyframe.select(
            (pl.col("count_low") <= pl.col("count_best"))
            & (pl.col("count_high").is_null() | (pl.col("count_best") <= pl.col("count_high")))
        )

    @pa.dataframe_check
    @classmethod
    def span_consistent(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Spans are non-empty and the text has the span's length."""
        return span_checks(data)

    class Config:
        strict = True
        coerce = True
