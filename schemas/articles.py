"""pandera models of `articles` (the warehouse table) and `clean_articles` (its staged form)."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from schemas.common import ARTICLE_ID

KNOWN_FLAGS = {
    "published_at_invalid", "published_at_not_iso", "published_in_future", "no_publication_date",
    "published_from_dateline", "non_english",
}


class CleanArticles(pa.DataFrameModel):
    """One cleaned article per loaded input record."""

    article_id: str = pa.Field(str_matches=ARTICLE_ID, unique=True)
    source_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    source_file: str = pa.Field(str_length={"min_value": 1})
    record_no: int | None = pa.Field(nullable=True, ge=1)
    format: str = pa.Field(isin=["jsonl", "json", "csv", "parquet", "txt", "html"])
    url: str | None = pa.Field(nullable=True)
    source: str | None = pa.Field(nullable=True)
    title: str | None = pa.Field(nullable=True)
    byline: str | None = pa.Field(nullable=True)
    published_at: dt.datetime | None = pa.Field(nullable=True)
    published_offset: str | None = pa.Field(nullable=True, str_matches=r"^[+-]\d{2}:\d{2}$")
    published_zone: str | None = pa.Field(nullable=True)
    body: str = pa.Field(str_length={"min_value": 1})
    language: str = pa.Field(str_matches=r"^[a-z]{2,3}$")
    content_hash: str = pa.Field(str_matches=r"^[0-9a-f]{40}$")
    word_count: int = pa.Field(ge=1)
    flags: list[str] = pa.Field()

    @pa.dataframe_check
    @classmethod
    def flags_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """Every flag is one the cleaning stage defines."""
        return data.lazyframe.select(
            pl.col("flags").list.eval(pl.element().is_in(list(KNOWN_FLAGS))).list.all().fill_null(True)
        )

    class Config:
        strict = True
        coerce = True


class Articles(CleanArticles):
    """`articles`: cleaned articles, each exact or near duplicate pointing to its canonical article."""

    duplicate_of: str | None = pa.Field(nullable=True, str_matches=ARTICLE_ID)
    duplicate_similarity: float | None = pa.Field(nullable=True, ge=0.0, le=1.0)

    @pa.dataframe_check
    @classmethod
    def not_own_duplicate(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """An article is never a duplicate of itself."""
        return data.lazyframe.select(
            pl.col("duplicate_of").is_null() | (pl.col("duplicate_of") != pl.col("article_id"))
        )
