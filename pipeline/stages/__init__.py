"""The pipeline's stages as plain functions over staged Parquet files (no Dagster).

Each Dagster asset in `assets/` is a thin wrapper around one function here:
ingest (inbox -> raw shards), clean (raw shard -> clean shard), extract
(clean shard -> mention and incident shards), dedup (clean shards -> duplicate
links), events (incidents -> article_summary, events), quarantine, publish.
"""
