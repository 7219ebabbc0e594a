"""Dedup: link exact duplicate articles to one canonical article.

Two articles are exact duplicates when their bodies are equal ignoring case
and spacing (`content_hash`). The canonical one is the earliest published,
then the first by file and record number, so the choice is stable across runs.
Reads only the key columns of the clean shards, never the bodies.
"""

from __future__ import annotations

import polars as pl

from pipeline.stages.clean import CLEAN_TABLE
from pipeline.staging import Staging

DUPLICATES_TABLE = "article_duplicates"
DUPLICATE_SCHEMA = {"article_id": pl.String, "duplicate_of": pl.String, "duplicate_similarity": pl.Float64}
_KEYS = ["article_id", "source_file", "record_no", "published_at", "content_hash"]


def find_duplicates(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """(article_id, duplicate_of, duplicate_similarity) for every article that copies an earlier one."""
    files = staging.shard_files(CLEAN_TABLE, shards)
    if not files:
        return pl.DataFrame(schema=DUPLICATE_SCHEMA)
    keys = pl.scan_parquet(files).select(_KEYS).collect()
    ordered = keys.sort(["published_at", "source_file", "record_no", "article_id"], nulls_last=True)
    canonical = ordered.group_by("content_hash", maintain_order=True).agg(pl.col("article_id").first().alias("canon"))
    linked = (
        keys.join(canonical, on="content_hash")
        .filter(pl.col("article_id") != pl.col("canon"))
        .select("article_id", pl.col("canon").alias("duplicate_of"), pl.lit(1.0).alias("duplicate_similarity"))
        .sort("article_id")
    )
    return linked.cast(DUPLICATE_SCHEMA)  # type: ignore[arg-type]


def dedup(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """Find duplicates and stage them."""
    links = find_duplicates(staging, shards)
    staging.write_table(links, DUPLICATES_TABLE)
    return links
