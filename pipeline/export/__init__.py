"""Exports of a published warehouse, for tools outside DuckDB.

- `parquet.export_tables`: one Parquet file per warehouse table (pandas, R arrow, Polars, Spark).
- `acled.export_acled_csv`: the events as a CSV in ACLED's export format, so tools written for
  ACLED data (R's acledR, pandas notebooks, QGIS, spreadsheets) load it unchanged.

Both read the warehouse read-only and write each file under a temporary name first, so an
export that stops half-way never leaves a truncated file behind. The command line is
`python -m pipeline export` (see `pipeline.cli`).
"""
