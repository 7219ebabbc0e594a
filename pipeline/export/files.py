"""Small helpers the exporters share: read-only connections and atomic file replacement."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


class ExportError(RuntimeError):
    """An export that could not be made, with a one-line reason."""


@contextmanager
def read_only(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to a published warehouse, or ExportError when there is none."""
    if not warehouse.is_file():
        raise ExportError(f"no warehouse at {warehouse}: run `python -m pipeline run` first")
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as exc:
        raise ExportError(f"cannot open warehouse {warehouse}: {str(exc).splitlines()[0]}") from None
    try:
        yield con
    finally:
        con.close()


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it once the block succeeds."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def base_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The warehouse's tables (not views), in name order."""
    rows = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' ORDER BY table_name"
    ).fetchall()
    return [row[0] for row in rows]
