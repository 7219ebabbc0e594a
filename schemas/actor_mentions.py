"""pandera model of `actor_mentions`."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from pipeline.taxonomy import ACTOR_ROLES, ACTOR_TYPES
from schemas.common import ARTICLE_ID, ISO3, span_checks


class ActorMentions(pa.DataFrameModel):
    """Every mention of an actor, coded to an ACLED-style canonical name."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    actor_name: str = pa.Field(str_length={"min_value": 1})
    actor_type: str = pa.Field(isin=list(ACTOR_TYPES))
    country_iso3: str | None = pa.Field(nullable=True, str_matches=ISO3)
    role: str | None = pa.Field(nullable=True, isin=list(ACTOR_ROLES))
    sentence_index: int = pa.Field(ge=0)

    @pa.dataframe_check
    @classmethod
    def span_consistent(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Spans are non-empty and the text has the span's length."""
        return span_checks(data)

    @pa.dataframe_check
    @classmethod
    def no_regime_period(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Names follow ACLED without the regime period: no '(2018-)'."""
        return data.lazyframe.select(~pl.col("actor_name").str.contains(r"\(\d{4}-(?:\d{4})?\)"))

    class Config:
        strict = True
        coerce = True
