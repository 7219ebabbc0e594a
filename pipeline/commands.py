"""The analyst's subcommands: `query`, `describe` and `export`, and the checks that turn a
bad warehouse path into a one-line reason before a run starts.

Each command function takes parsed arguments and returns an exit status; errors are
raised as `CommandError` with a one-line reason that `pipeline.cli` prints.
"""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

from pipeline.export.files import ExportError, read_only


class CommandError(RuntimeError):
    """A command that cannot go on, with a one-line reason for the user."""


def warehouse_problem(warehouse: Path) -> str | None:
    """Why `warehouse` cannot be written, or None when it can (checked before a run starts)."""
    if warehouse.is_dir():
        return f"warehouse {warehouse} is a folder; give a file name such as {warehouse / 'events.duckdb'}"
    folder = warehouse.parent
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        return f"cannot write warehouse {warehouse}: {existing} is a file, not a folder"
    if existing is not None and not os.access(existing, os.W_OK | os.X_OK):
        return f"cannot write warehouse {warehouse}: folder {existing} is not writable"
    if warehouse.exists() and not os.access(warehouse, os.W_OK):
        return f"cannot write warehouse {warehouse}: the file is read-only"
    return None


def query(args: argparse.Namespace) -> int:
    """`query SQL`: run one SQL statement on the warehouse (read-only) and print the result."""
    with _open(args.warehouse) as con:
        try:
            relation = con.sql(args.sql)
            if relation is None:  # a statement without a result, e.g. SET
                return 0
            if args.format == "table":
                # DuckDB's own rendering: what a DuckDB shell user expects, fitted to the terminal.
                rows = args.max_rows if args.max_rows > 0 else max(1, relation.shape[0])
                relation.show(max_width=shutil.get_terminal_size((160, 24)).columns, max_rows=rows)
                return 0
            frame = relation.pl()
        except duckdb.Error as exc:
            raise CommandError(f"query failed: {str(exc).splitlines()[0]}") from None
    print(render(frame, args.format, args.max_rows))
    return 0


def describe(args: argparse.Namespace) -> int:
    """`describe [TABLE]`: the tables and views with their meaning, or one table's columns."""
    with _open(args.warehouse) as con:
        if args.table is None:
            frame = con.execute(
                "SELECT table_name AS name, 'table' AS kind, comment FROM duckdb_tables() "
                "WHERE database_name = current_database() AND schema_name = 'main' UNION ALL "
                "SELECT view_name, 'view', comment FROM duckdb_views() "
                "WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal "
                "ORDER BY kind, name").pl()
        else:
            frame = con.execute("SELECT column_name AS column, data_type AS type, comment "
                                "FROM data_dictionary WHERE table_name = ? ORDER BY column_index",
                                [args.table]).pl()
            if frame.is_empty():
                raise CommandError(f"no table or view named {args.table!r}; `describe` lists them")
    print(render(frame, args.format, max_rows=0))
    return 0


def export(args: argparse.Namespace) -> int:
    """`export`: the ACLED-compatible CSV and/or one Parquet file per table."""
    from pipeline.export.acled import export_acled_csv
    from pipeline.export.parquet import export_tables

    out: Path = args.to
    try:
        if args.format in ("acled", "all"):
            report = export_acled_csv(args.warehouse, out / "events_acled.csv")
            skipped = f" ({report.undated_skipped} undated events left out)" if report.undated_skipped else ""
            print(f"wrote {report.path} ({report.rows} events, ACLED columns){skipped}")
        if args.format in ("parquet", "all"):
            tables = export_tables(args.warehouse, out / "parquet")
            print(f"wrote {len(tables)} Parquet files to {out / 'parquet'}: {', '.join(tables)}")
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"cannot write to {out}: {exc.strerror or exc}") from None
    return 0


@contextmanager
def _open(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the warehouse; a missing or locked file is a CommandError."""
    try:
        with read_only(warehouse) as con:
            yield con
    except ExportError as exc:
        raise CommandError(str(exc)) from None


def render(frame: pl.DataFrame, fmt: str, max_rows: int = 50) -> str:
    """A result as aligned text columns (long texts in full), CSV or Markdown; `max_rows` 0 shows all."""
    if fmt == "csv":
        return frame.write_csv().rstrip("\n")
    shown = frame if max_rows <= 0 else frame.head(max_rows)
    body = _markdown(shown) if fmt == "markdown" else _columns(shown)
    return body + _more(frame, shown)


def _columns(frame: pl.DataFrame) -> str:
    """Left-aligned columns separated by two spaces; the last column is never cut."""
    cells = [list(frame.columns)] + [["" if v is None else str(v) for v in row] for row in frame.iter_rows()]
    widths = [max(len(row[i]) for row in cells) for i in range(len(frame.columns) - 1)]
    return "\n".join("  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]).rstrip()
                     for row in cells)


def _more(frame: pl.DataFrame, shown: pl.DataFrame) -> str:
    hidden = frame.height - shown.height
    return f"\n({hidden} more rows; use --max-rows 0 for all)" if hidden else ""


def _markdown(frame: pl.DataFrame) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * len(frame.columns)]
    for row in frame.iter_rows():
        cells = ("" if v is None else str(v).replace("|", "\\|").replace("\n", " ") for v in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
