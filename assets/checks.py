"""Asset checks from pandera models: one factory, check names as constants.

Every staged table has a blocking `<table>_schema` check: the asset validates
what it wrote against the table's pandera model (every row, eager frame) and
reports the result with structured metadata — rows checked, rows sent to the
quarantine per check, and any failure that could not be pinned to a row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dagster as dg
import pandera.polars as pa
import polars as pl
import pyarrow.parquet as pq

from pipeline.validation import nothing_to_check
from pipeline.versions import schema_version
from schemas import TABLE_MODELS

ACCOUNTING_CHECK = "records_accounted_for"


def schema_check_name(table: str) -> str:
    """The name of a table's schema check."""
    return f"{table}_schema"


def schema_check_spec(table: str) -> dg.AssetCheckSpec:
    """A blocking check that the table's rows conform to its pandera model."""
    model = TABLE_MODELS[table]
    doc = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else table
    return dg.AssetCheckSpec(
        name=schema_check_name(table),
        asset=table,
        blocking=True,
        description=f"Every row of `{table}` passes the pandera model {model.__name__} ({doc}).",
    )


def column_schema(table: str) -> dg.TableSchema:
    """The table's columns and types for the UI, taken from its pandera model."""
    columns = TABLE_MODELS[table].to_schema().columns
    return dg.TableSchema(
        columns=[
            dg.TableColumn(name, str(column.dtype), description=column.description or None)
            for name, column in columns.items()
        ]
    )


def asset_metadata(table: str) -> dict[str, object]:
    """Static metadata of an asset that stages one table."""
    return {"dagster/column_schema": column_schema(table)}


def schema_check_result(
    table: str, frame: pl.DataFrame, quarantined: dict[str, int] | None = None
) -> dg.AssetCheckResult:
    """Validate a staged frame against its model and report the outcome."""
    model: type[pa.DataFrameModel] = TABLE_MODELS[table]
    metadata: dict[str, object] = {
        "rows_checked": frame.height,
        "rows_quarantined": sum((quarantined or {}).values()),
    }
    if quarantined:
        metadata["quarantined_by_check"] = dg.MetadataValue.json(quarantined)
    try:
        if not nothing_to_check(frame, model):
            model.validate(frame, lazy=True)
        passed = True
    except pa.errors.SchemaErrors as errors:
        passed = False
        cases = errors.failure_cases.head(20)
        metadata["failures"] = errors.failure_cases.height
        metadata["failure_cases"] = dg.MetadataValue.md(_markdown(cases))
    return dg.AssetCheckResult(
        asset_key=table,
        check_name=schema_check_name(table),
        passed=passed,
        metadata=metadata,  # type: ignore[arg-type]
        severity=dg.AssetCheckSeverity.ERROR,
    )


def staged_check_result(
    table: str, paths: list[Path], quarantined: dict[str, int] | None = None
) -> dg.AssetCheckResult:
    """Validate the staged files of a table (one per shard of the run), each unless that very
    file already passed under the same models.

    A shard left untouched by a rerun keeps its file; a marker beside it records the file's
    size, modification time and the models' version when it passed, so the check does not
    read and validate the same rows again.
    """
    rows, unchanged, failures = 0, 0, []
    for path in paths:
        marker = path.with_name(path.name + ".validated")
        stat = path.stat()
        stamp = f"{stat.st_size}:{stat.st_mtime_ns}:{schema_version()}"
        if marker.exists() and marker.read_text() == stamp:
            rows += pq.ParquetFile(path).metadata.num_rows
            unchanged += 1
            continue
        result = schema_check_result(table, pl.read_parquet(path), None)
        rows += int(result.metadata["rows_checked"].value)  # type: ignore[arg-type]
        if result.passed:
            marker.write_text(stamp)
        else:
            failures.append((path, result))
    if failures:
        path, first = failures[0]
        failing: dict[str, Any] = {**first.metadata, "files_failing": len(failures), "first_failing_file": path.name}
        return dg.AssetCheckResult(
            asset_key=table,
            check_name=schema_check_name(table),
            passed=False,
            metadata=failing,
            severity=dg.AssetCheckSeverity.ERROR,
        )
    metadata: dict[str, object] = {
        "rows_checked": rows,
        "rows_quarantined": sum((quarantined or {}).values()),
        "files_unchanged_since_validated": unchanged,
    }
    return dg.AssetCheckResult(asset_key=table, check_name=schema_check_name(table), passed=True, metadata=metadata)  # type: ignore[arg-type]


def _markdown(frame: pl.DataFrame) -> str:
    """A small Markdown table of failure cases."""
    columns = frame.columns
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in frame.iter_rows():
        lines.append("| " + " | ".join(str(v).replace("|", "\\|")[:80] for v in row) + " |")
    return "\n".join(lines)
