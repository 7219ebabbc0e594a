"""Parquet export: every warehouse table as `<out>/<table>.parquet`, with DuckDB's own writer.

Tables are found in the warehouse's catalogue, so a table another stage adds later is
exported without a change here. Types survive (dates stay dates, lists stay lists).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.export.files import atomic_path, base_tables, read_only


def export_tables(warehouse: Path, out_dir: Path) -> dict[str, Path]:
    """Write one Parquet file per table of `warehouse` into `out_dir`; return table -> file."""
    written: dict[str, Path] = {}
    with read_only(warehouse) as con:
        for table in base_tables(con):
            target = out_dir / f"{table}.parquet"
            with atomic_path(target) as tmp:
                # Table names come from the catalogue, not from the user; the path is bound.
                con.execute(f'COPY (SELECT * FROM "{table}") TO \'{_quoted(tmp)}\' (FORMAT parquet, '
                            "COMPRESSION zstd)")
            written[table] = target
    return written


def _quoted(path: Path) -> str:
    """A path as the body of a single-quoted SQL string (COPY TO takes no bound parameter)."""
    return str(path).replace("'", "''")
