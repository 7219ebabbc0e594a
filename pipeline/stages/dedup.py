"""Dedup: link exact and near-duplicate articles to one canonical article.

Exact duplicates have equal bodies ignoring case and spacing (`content_hash`).
Near duplicates — syndicated copies with other boilerplate, headlines or small
edits — are found by MinHash LSH over the signatures each extraction shard
staged (`pipeline.dedup`). Articles are ranked once in canonical order: the
earliest published, then the first by file, record number and id, so the
choice is stable across runs. Every copy points straight at its canonical
article (never at another copy) with the similarity of the two bodies.
Reads only key columns and signatures, never the bodies.
"""

from __future__ import annotations

import polars as pl

from pipeline.dedup.near import link_near_duplicates
from pipeline.dedup.signatures import SIGNATURE_SCHEMA, SIGNATURES_TABLE
from pipeline.stages.clean import CLEAN_TABLE
from pipeline.staging import Staging

DUPLICATES_TABLE = "article_duplicates"
EXACT, NEAR = "exact", "near"
DUPLICATE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "duplicate_of": pl.String(),
    "duplicate_similarity": pl.Float64(),
    "duplicate_kind": pl.String(),
}
_KEYS = {
    "article_id": pl.String,
    "source_file": pl.String,
    "record_no": pl.Int64,
    "published_at": pl.Datetime("us"),
    "content_hash": pl.String,
}
CANONICAL_ORDER = ["published_at", "source_file", "record_no", "article_id"]


def canonical_order(keys: pl.DataFrame) -> pl.DataFrame:
    """The articles sorted so that the first of any group of copies is its canonical article."""
    return keys.sort(CANONICAL_ORDER, nulls_last=True)


def group_representatives(ordered: pl.DataFrame, signatures: pl.DataFrame) -> pl.DataFrame:
    """The first article of each content hash, in canonical order, with its signature."""
    firsts = ordered.unique("content_hash", keep="first", maintain_order=True)
    day = pl.col("published_at").dt.date().cast(pl.Int32).cast(pl.Float64)  # days since 1970, NaN-able
    reps = firsts.select("article_id", "content_hash", day.alias("day"))
    joined = reps.join(signatures.select("article_id", "shingles", "signature"), on="article_id", how="left")
    # An article without a staged signature (an old staging area) takes part in exact matching only.
    return joined.with_columns(pl.col("shingles").fill_null(0))


def near_links(reps: pl.DataFrame) -> pl.DataFrame:
    """(content_hash, canonical_hash, similarity) for each body that copies an earlier canonical body."""
    schema = {"content_hash": pl.String, "canonical_hash": pl.String, "similarity": pl.Float64}
    signed = reps.filter(pl.col("signature").is_not_null())
    if signed.height < 2:
        return pl.DataFrame(schema=schema)
    days = signed["day"].fill_null(float("nan")).to_numpy()
    links = link_near_duplicates(signed["signature"].to_numpy(), signed["shingles"].to_numpy(), days)
    hashes = signed["content_hash"].to_list()
    return pl.DataFrame(
        {
            "content_hash": [hashes[link.row] for link in links],
            "canonical_hash": [hashes[link.canonical_row] for link in links],
            "similarity": [link.similarity for link in links],
        },
        schema=schema,
    )


def find_duplicates(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """(article_id, duplicate_of, duplicate_similarity, duplicate_kind) of every article that is a copy."""
    files = staging.shard_files(CLEAN_TABLE, shards)
    if not files:
        return pl.DataFrame(schema=DUPLICATE_SCHEMA)
    keys = pl.scan_parquet(files).select(list(_KEYS)).collect().cast(_KEYS)  # type: ignore[arg-type]
    signatures = staging.scan_shards(SIGNATURES_TABLE, shards, SIGNATURE_SCHEMA).collect()
    ordered = canonical_order(keys)
    reps = group_representatives(ordered, signatures)
    hash_to_rep = reps.select("content_hash", pl.col("article_id").alias("rep_id"))
    canon_rep = hash_to_rep.rename({"content_hash": "canonical_hash", "rep_id": "near_canon"})
    near = near_links(reps).join(canon_rep, on="canonical_hash", how="left")
    frame = (
        keys.select("article_id", "content_hash")
        .join(hash_to_rep, on="content_hash", how="left")
        .join(near.select("content_hash", "near_canon", "similarity"), on="content_hash", how="left")
        .with_columns(duplicate_of=pl.coalesce("near_canon", "rep_id"))
        .filter(pl.col("duplicate_of") != pl.col("article_id"))
        .with_columns(
            duplicate_similarity=pl.coalesce("similarity", pl.lit(1.0)),
            duplicate_kind=pl.when(pl.col("near_canon").is_null()).then(pl.lit(EXACT)).otherwise(pl.lit(NEAR)),
        )
    )
    return frame.select(list(DUPLICATE_SCHEMA)).sort("article_id").cast(DUPLICATE_SCHEMA)  # type: ignore[arg-type]


def dedup(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """Find duplicates and stage them."""
    links = find_duplicates(staging, shards)
    staging.write_table(links, DUPLICATES_TABLE)
    return links
