"""MinHash signatures of article bodies, computed per extraction shard.

A body becomes the set of its word 3-shingles (lower-cased word tokens), each
hashed to 32 bits with a hash that is the same in every process (Polars'
seeded hash of each word, mixed with fixed odd multipliers; Polars keeps it
stable within one version, which uv.lock pins). datasketch's `MinHash` (scheme
`affine32`, fixed seed, shared permutations) turns that set into NUM_PERM
minimum hash values. Signatures are staged per shard, so this part runs in
the parallel extraction workers and only the LSH step runs globally.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np
import polars as pl

from pipeline.staging import Staging

if TYPE_CHECKING:
    from datasketch import MinHash

SIGNATURES_TABLE = "article_signatures"
NUM_PERM = 128
SHINGLE_WORDS = 3
SEED = 20251106
SCHEME = "affine32"
SIGNATURE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "content_hash": pl.String(),
    "shingles": pl.Int32(),
    "signature": pl.Array(pl.UInt32(), NUM_PERM),
}

# Distinct odd multipliers make the shingle hash depend on word order.
_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D))
# Feeding the whole shingle array at once to a very long body would need
# shingles x NUM_PERM words of memory; chunks bound it.
_CHUNK = 16_384


@functools.cache
def _permutations() -> Any:
    """Built once: constructing permutations per article costs more than hashing a short body."""
    from datasketch import MinHash  # datasketch imports SciPy: loaded when signatures are computed

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def word_hashes(bodies: pl.Series) -> list[np.ndarray]:
    """Per body, the 32-bit hashes of its lower-cased word tokens (tokenised and hashed in Polars)."""
    hashed = bodies.str.to_lowercase().str.extract_all(r"\w+").list.eval(pl.element().hash(SEED))
    lengths = hashed.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = hashed.explode().drop_nulls().to_numpy().astype(np.uint32)  # keeps the low 32 bits
    return np.split(flat, np.cumsum(lengths)[:-1]) if len(lengths) else []


def shingle_hashes(words: np.ndarray) -> np.ndarray:
    """The distinct hashes of the word 3-shingles (of the words themselves when fewer than three)."""
    if len(words) < SHINGLE_WORDS:
        return np.unique(words)
    n = len(words) - SHINGLE_WORDS + 1
    mixed: np.ndarray = words[:n] * _MIX[0]
    for k in range(1, SHINGLE_WORDS):
        mixed = mixed + words[k : k + n] * _MIX[k]  # uint32 arithmetic wraps, as intended
    return np.unique(mixed)


def minhash_of(shingles: np.ndarray) -> MinHash:
    """datasketch's MinHash of a set of precomputed shingle hashes."""
    import datasketch

    minhash = datasketch.MinHash(
        num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=_permutations(), scheme=SCHEME
    )
    for start in range(0, len(shingles), _CHUNK):
        minhash.update_batch(shingles[start : start + _CHUNK].tolist())
    return minhash


def signatures(bodies: list[str]) -> tuple[list[int], np.ndarray]:
    """(distinct shingles per body, MinHash values as a bodies x NUM_PERM matrix)."""
    sizes: list[int] = []
    matrix = np.zeros((len(bodies), NUM_PERM), dtype=np.uint32)
    for row, words in enumerate(word_hashes(pl.Series(bodies, dtype=pl.String))):
        shingles = shingle_hashes(words)
        sizes.append(len(shingles))
        matrix[row] = minhash_of(shingles).hashvalues
    return sizes, matrix


def signatures_frame(articles: pl.DataFrame) -> pl.DataFrame:
    """One signature row per article; bodies that are equal (same content_hash) are hashed once."""
    distinct = articles.select("content_hash", "body").unique("content_hash", keep="first", maintain_order=True)
    sizes, matrix = signatures(distinct["body"].to_list())
    by_hash = pl.DataFrame(
        {
            "content_hash": distinct["content_hash"],
            "shingles": pl.Series(sizes, dtype=pl.Int32),
            "signature": pl.Series(matrix, dtype=pl.Array(pl.UInt32, NUM_PERM)),
        }
    )
    frame = articles.select("article_id", "content_hash").join(by_hash, on="content_hash", how="left")
    return frame.select(list(SIGNATURE_SCHEMA)).cast(SIGNATURE_SCHEMA)  # type: ignore[arg-type]


def stage_signatures(staging: Staging, shard: str, articles: pl.DataFrame) -> int:
    """Stage one shard's signatures (an empty shard stages an empty table); return rows.

    Signatures of articles whose body is unchanged since the last run are reused.
    """
    previous = staging.read_shard(SIGNATURES_TABLE, shard, SIGNATURE_SCHEMA)
    keys = articles.select("article_id", "content_hash")
    kept = previous.join(keys, on=["article_id", "content_hash"], how="semi") if previous.height else previous
    todo = articles.join(kept.select("article_id"), on="article_id", how="anti")
    frame = pl.concat([kept.cast(SIGNATURE_SCHEMA), signatures_frame(todo)], how="vertical")  # type: ignore[arg-type]
    staging.write_shard(frame.sort("article_id"), SIGNATURES_TABLE, shard)
    return frame.height
