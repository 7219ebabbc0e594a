"""Reusing a shard's previous output for the articles whose input did not change.

Each cached stage keeps, per shard, a small keys table (article_id, input
key, code version). On the next run the articles whose key and version are
unchanged keep their previous rows; only new or changed articles are
processed. A rerun on an unchanged inbox therefore redoes almost nothing, and
adding or changing one file redoes only its articles.
"""

from __future__ import annotations

import polars as pl
import pyarrow.parquet as pq

from pipeline.staging import Staging

KEY_SCHEMA = {"article_id": pl.String, "input_key": pl.UInt64, "version": pl.String}


def keys_table(stage: str) -> str:
    """The staged table that holds a stage's cache keys."""
    return f"{stage}_cache_keys"


def unchanged_ids(staging: Staging, stage: str, shard: str, keys: pl.DataFrame, version: str) -> pl.Series:
    """Article ids whose input key matches the last run of this stage with the same code version."""
    previous = staging.read_shard(keys_table(stage), shard, KEY_SCHEMA)
    if previous.is_empty():
        return pl.Series("article_id", [], dtype=pl.String)
    previous = previous.filter(pl.col("version") == version).select("article_id", "input_key")
    return keys.join(previous, on=["article_id", "input_key"], how="semi")["article_id"]


def previous_rows(
    staging: Staging, table: str, shard: str, ids: pl.Series, schema: dict[str, pl.DataType]
) -> pl.DataFrame:
    """The rows a table held for the given articles on the last run (typed like `schema`)."""
    if ids.is_empty():
        return pl.DataFrame(schema=schema)
    frame = staging.read_shard(table, shard, schema)
    if frame.is_empty() or "article_id" not in frame.columns:
        return pl.DataFrame(schema=schema)
    return frame.filter(pl.col("article_id").is_in(ids.implode())).cast(schema)  # type: ignore[arg-type]


def save_keys(staging: Staging, stage: str, shard: str, keys: pl.DataFrame, version: str) -> None:
    """Remember this run's keys (written last, after the stage's outputs)."""
    frame = keys.select("article_id", "input_key").with_columns(version=pl.lit(version))
    staging.write_shard(frame.cast(KEY_SCHEMA).sort("article_id"), keys_table(stage), shard)  # type: ignore[arg-type]


def input_keys(frame: pl.DataFrame, columns: list[str]) -> pl.DataFrame:
    """(article_id, input_key): a hash of the columns a stage reads, per article.

    An empty frame (possibly without any columns: a shard never written) gives no keys.
    """
    if frame.is_empty():
        return pl.DataFrame(schema={"article_id": pl.String, "input_key": pl.UInt64})
    parts = [pl.col(c).cast(pl.String).fill_null("\x00") for c in columns]
    return frame.select("article_id", pl.concat_str(parts, separator="\x1f").hash(seed=0).alias("input_key"))


def shard_unchanged(staging: Staging, stage: str, shard: str, keys: pl.DataFrame, version: str,
                    outputs: list[str]) -> bool:
    """True when the shard's inputs are exactly those of the last run (none added, changed or
    removed), under the same code version, and every output of that run is still staged."""
    previous = staging.read_shard(keys_table(stage), shard, KEY_SCHEMA)
    if previous.height != keys.height or not all(staging.shard_path(t, shard).exists() for t in outputs):
        return False
    if previous.is_empty():
        return True
    if previous["version"].n_unique() != 1 or previous["version"][0] != version:
        return False
    current = keys.select("article_id", "input_key").sort("article_id")
    return current.equals(previous.select("article_id", "input_key").sort("article_id"))


def staged_rows(staging: Staging, table: str, shard: str) -> int:
    """Rows of a staged shard file, from its footer (without reading the data)."""
    return pq.ParquetFile(staging.shard_path(table, shard)).metadata.num_rows


def pending_articles(staging: Staging, raw_table: str, raw_keys: list[str], shards: list[str],
                     clean_version: str, extract_version: str) -> int:
    """How many articles the next clean + extract pass must process (the others are cached).

    An article is pending when its raw record is new or changed since it was last cleaned, or
    when the extraction code changed since its shard was last extracted.
    """
    pending = 0
    for shard in shards:
        raw_path = staging.shard_path(raw_table, shard)
        if not raw_path.exists():
            continue
        raw = pl.read_parquet(raw_path, columns=["article_id", *raw_keys])
        keys = input_keys(raw, raw_keys)
        extracted = staging.read_shard(keys_table("extract"), shard, KEY_SCHEMA)
        if extracted.is_empty() or (extracted["version"] != extract_version).any():
            pending += raw.height
            continue
        pending += raw.height - unchanged_ids(staging, "clean", shard, keys, clean_version).len()
    return pending
