"""Content fingerprints of warehouse tables, to prove that a rerun changed nothing.

A table's fingerprint is a hash over the hashes of its rows, sorted, so it
depends on the rows and their multiplicity but not on their physical order.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

WAREHOUSE_TABLES = (
    "articles",
    "date_mentions",
    "actor_mentions",
    "casualty_mentions",
    "article_summary",
    "events",
    "event_reports",
    "quarantine",
)


def table_fingerprints(warehouse: Path, tables: tuple[str, ...] = WAREHOUSE_TABLES) -> dict[str, str]:
    """{table: md5 of its sorted row hashes} for a warehouse file, opened read-only."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        for table in tables:
            row = con.execute(
                f"SELECT coalesce(md5(string_agg(h, ',' ORDER BY h)), 'empty') "
                f"FROM (SELECT md5(CAST(t AS VARCHAR)) AS h FROM {table} AS t)"
            ).fetchone()
            out[table] = str(row[0]) if row else "empty"
        return out
    finally:
        con.close()
