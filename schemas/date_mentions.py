"""pandera model of `date_mentions`."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from pipeline.taxonomy import DATE_PRECISIONS
from schemas.common import ARTICLE_ID, TIMEX_VALUE, span_checks


class DateMentions(pa.DataFrameModel):
    """Every calendar date expression (TIMEX3 DATE) in a body, resolved where possible."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    value: str | None = pa.Field(nullable=True, str_matches=TIMEX_VALUE)
    precision: str | None = pa.Field(nullable=True, isin=list(DATE_PRECISIONS))
    relative: bool = pa.Field()
    sentence_index: int = pa.Field(ge=0)

    @pa.dataframe_check
    @classmethod
    def span_consistent(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Spans are non-empty and the text has the span's length."""
        return span_checks(data)

    class Config:
        strict = True
        coerce = True
