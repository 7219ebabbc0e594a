"""Row-level validation with pandera: split a frame into valid rows and quarantined rows.

pandera reports every failing row with the check it failed. Rows that fail a
row-level check are moved out (with the check's name and a reason) so they
land in the quarantine table instead of being dropped; failures that do not
belong to one row (a missing column, a wrong type) cannot be quarantined and
are returned as table failures, which make the blocking asset check fail.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from schemas.common import polars_schema

_ROW_INDEX = "__row__"
# Columns added to rejected rows (named so they never collide with a table's own columns).
FAILED_CHECK = "failed_check"
FAILURE_REASON = "failure_reason"


@dataclass(slots=True)
class Outcome:
    """The result of validating one frame against one model."""

    valid: pl.DataFrame
    rejected: pl.DataFrame  # the failing rows, with FAILED_CHECK and FAILURE_REASON columns
    table_failures: list[dict[str, str]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when nothing failed at all."""
        return self.rejected.is_empty() and not self.table_failures


def _check_label(table: str, row: dict[str, object]) -> str:
    """'casualty_mentions.count_low.greater_than_or_equal_to(0)' or 'casualty_mentions.counts_ordered'."""
    column = row.get("column")
    check = str(row.get("check"))
    if row.get("schema_context") == "Column" and column:
        return f"{table}.{column}.{check}"
    return f"{table}.{check}"


@functools.cache
def _columns(model: type[pa.DataFrameModel]) -> list[tuple[str, pl.DataType]]:
    """The model's (column, dtype) pairs in order; building a pandera schema is slow, so once."""
    return list(polars_schema(model).items())


def nothing_to_check(frame: pl.DataFrame, model: type[pa.DataFrameModel]) -> bool:
    """True for an empty frame with exactly the model's columns and dtypes, in order.

    Every check of the models is on values, so such a frame passes; skipping pandera for it
    saves ~30 ms per call, which is most of a small run's validation (most shards are empty).
    """
    return frame.is_empty() and list(frame.schema.items()) == _columns(model)


def split_valid(frame: pl.DataFrame, model: type[pa.DataFrameModel], table: str) -> Outcome:
    """Validate every row of `frame`; move failing rows out with their check names and reasons."""
    no_rejects = frame.clear().with_columns(pl.lit("").alias(FAILED_CHECK), pl.lit("").alias(FAILURE_REASON))
    if nothing_to_check(frame, model):
        return Outcome(frame, no_rejects)
    try:
        model.validate(frame, lazy=True)
        return Outcome(frame, no_rejects)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    except Exception as exc:  # e.g. a dataframe check reading a column that is missing
        failure = {"check": f"{table}.schema", "failure_case": f"{type(exc).__name__}: {exc}"[:200]}
        return Outcome(frame.clear(), no_rejects, [failure])
    row_failures: dict[int, tuple[str, str]] = {}
    table_failures: list[dict[str, str]] = []
    for case in cases.iter_rows(named=True):
        label = _check_label(table, case)
        if case.get("index") is None:
            table_failures.append({"check": label, "failure_case": str(case.get("failure_case"))[:200]})
            continue
        index = int(case["index"])
        if index not in row_failures:
            detail = str(case.get("failure_case"))[:200]
            row_failures[index] = (label, f"{table} row failed {label} (value: {detail})")
    indexed = frame.with_row_index(_ROW_INDEX)
    bad = pl.DataFrame(
        {
            _ROW_INDEX: list(row_failures),
            FAILED_CHECK: [v[0] for v in row_failures.values()],
            FAILURE_REASON: [v[1] for v in row_failures.values()],
        },
        schema={_ROW_INDEX: pl.UInt32, FAILED_CHECK: pl.String, FAILURE_REASON: pl.String},
    )
    rejected = indexed.join(bad, on=_ROW_INDEX, how="inner").drop(_ROW_INDEX)
    valid = indexed.join(bad, on=_ROW_INDEX, how="anti").drop(_ROW_INDEX)
    return Outcome(valid, rejected, table_failures)


def typed_frame(rows: list[dict[str, object]], model: type[pa.DataFrameModel]) -> pl.DataFrame:
    """A frame of `rows` with exactly the model's columns and dtypes (empty rows give an empty frame)."""
    schema = polars_schema(model)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(rows, schema=schema, strict=False)
