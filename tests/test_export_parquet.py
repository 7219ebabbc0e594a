"""Tests of the Parquet export: one file per warehouse table, same rows, same types."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from pipeline.export.parquet import export_tables
from tests.handmade_warehouse import build


def test_every_table_becomes_a_parquet_file(tmp_path: Path) -> None:
    """Each table (not view) is written with all its rows, and dates stay dates."""
    path = tmp_path / "events.duckdb"
    build(str(path)).close()
    written = export_tables(path, tmp_path / "parquet")
    con = duckdb.connect(str(path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert set(written) == tables and "deadliest_incidents" not in written
    for table, file in written.items():
        assert pl.read_parquet(file).height == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.close()
    events = pl.read_parquet(written["events"])
    assert events.schema["event_date"] == pl.Date and events["killed"].sum() == 17
    assert not list((tmp_path / "parquet").glob(".*.tmp"))
