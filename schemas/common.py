"""Field helpers and patterns shared by the table models."""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

ARTICLE_ID = r"^[0-9a-f]{16}$"
ISO3 = r"^[A-Z]{3}$"
# TIMEX3 DATE values: 2025, 2025-10, 2025-10-09, 2025-W43, 2025-Q1, 2025-SU, 199X, 19XX,
# XXXX-10, decades and centuries at reduced precision (199 = the 1990s, 19 = the 20th century,
# as TimeBank and TIDES write them), and the reference values TimeBank uses.
TIMEX_VALUE = (
    r"^(?:(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI|XX(?:-\d{2})?))?"
    r"|\d{3}|\d{2}|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)


def article_id_field(**kwargs: object) -> object:
    """An article id: 16 lowercase hex digits."""
    return pa.Field(str_matches=ARTICLE_ID, **kwargs)  # type: ignore[arg-type]


def span_checks(data: pa.PolarsData) -> pl.LazyFrame:
    """Mention spans are non-empty, start at 0 or later, and their text has the span's length."""
    return data.lazyframe.select(
        (pl.col("char_start") >= 0)
        & (pl.col("char_end") > pl.col("char_start"))
        & ((pl.col("char_end") - pl.col("char_start")) == pl.col("text").str.len_chars())
    )


def polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """The Polars dtypes of a model's columns, in order, for building empty or typed frames."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items()}
