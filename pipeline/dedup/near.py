"""Global near-duplicate linking: LSH candidates from staged MinHash signatures, one canonical per copy.

datasketch's `MinHashLSH` buckets the signatures by bands, so each article is
compared only with the few articles that share a band with it (near-linear
in the number of articles). A candidate is confirmed when the signatures
agree on at least SIMILARITY_THRESHOLD of their positions (the MinHash
estimate of the Jaccard similarity of the two bodies' word 3-shingles).

Linking is a star, not a chain: articles are visited in canonical order and
a copy links to the most similar earlier article that is itself canonical.
So every copy is directly similar to its canonical article, and two
different stories that each resemble a third never end up linked.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pipeline.dedup.signatures import NUM_PERM, SCHEME, SEED

# Syndicated copies with other boilerplate or small edits keep well over half of their
# word 3-shingles; independently written stories, even on the same incident, share far fewer.
SIMILARITY_THRESHOLD = 0.5
# Below this many distinct shingles a body is too short to call a copy by its wording
# (a one-line brief); exact copies of it are still linked by content hash.
MIN_SHINGLES = 10
# Syndication happens within days; a story published weeks later that reuses most of an
# old one is a follow-up with news of its own, not a copy (exact copies are linked regardless).
MAX_DAYS_APART = 7


@dataclass(frozen=True, slots=True)
class NearLink:
    """One article linked to an earlier canonical article."""

    row: int
    canonical_row: int
    similarity: float


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity: the share of positions where two signatures agree."""
    return float(np.count_nonzero(a == b)) / len(a)


def _too_far(days: np.ndarray | None, a: int, b: int) -> bool:
    """True when both publication days are known and further apart than a syndication delay."""
    return days is not None and bool(abs(days[a] - days[b]) > MAX_DAYS_APART)  # NaN compares False


def link_near_duplicates(matrix: np.ndarray, shingles: np.ndarray, days: np.ndarray | None = None) -> list[NearLink]:
    """Links for the rows (in canonical order) that copy an earlier canonical row.

    `days` holds each row's publication day number (NaN when unknown); rows published
    more than MAX_DAYS_APART days apart are never linked.
    """
    rows = [int(r) for r in np.flatnonzero(shingles >= MIN_SHINGLES)]
    if len(rows) < 2:
        return []
    # Only canonical rows are indexed, as they are found: a query then returns earlier
    # canonical rows only, and copies (often most of a feed) cost a query but no insert.
    from datasketch import LeanMinHash, MinHashLSH  # imports SciPy: loaded only when linking runs

    lsh = MinHashLSH(threshold=SIMILARITY_THRESHOLD, num_perm=NUM_PERM)
    links: list[NearLink] = []
    for row in rows:
        sketch = LeanMinHash(seed=SEED, hashvalues=matrix[row], scheme=SCHEME)
        candidates = sorted(c for c in lsh.query(sketch) if not _too_far(days, row, c))
        link = _best_link(matrix, row, candidates)
        if link is None:
            lsh.insert(row, sketch, check_duplication=False)
        else:
            links.append(link)
    return links


def _best_link(matrix: np.ndarray, row: int, candidates: list[int]) -> NearLink | None:
    """The most similar candidate at or above the threshold (the earliest on ties), or None."""
    if not candidates:
        return None
    agreement = np.count_nonzero(matrix[candidates] == matrix[row], axis=1) / NUM_PERM
    best = int(np.argmax(agreement))  # first maximum: the earliest canonical article wins ties
    if agreement[best] < SIMILARITY_THRESHOLD:
        return None
    return NearLink(row, candidates[best], float(agreement[best]))
