"""Time what deduplication costs on a staging area left by a run: `python -m pipeline.dedup.bench WAREHOUSE`.

Re-runs, over the staged clean shards of that run, the two parts that
deduplication adds: the per-shard MinHash signatures (inside extraction, so
their wall time is shared by the workers) and the global LSH linking. Event
merging is timed too, as it replaces the one-event-per-article step. Prints
seconds per part; compare them with the `done in N s` of the run itself.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.dedup.signatures import signatures_frame
from pipeline.partitions import SHARD_KEYS
from pipeline.stages.clean import CLEAN_TABLE
from pipeline.stages.dedup import find_duplicates
from pipeline.stages.events import build_events
from pipeline.staging import Staging, staging_root_for


def time_parts(staging: Staging, shards: list[str]) -> dict[str, float]:
    """Seconds spent on signatures (summed over shards), LSH linking and event building."""
    out = {"signatures": 0.0}
    for shard in shards:
        articles = staging.read_shard(CLEAN_TABLE, shard)
        started = time.perf_counter()
        signatures_frame(articles)
        out["signatures"] += time.perf_counter() - started
    started = time.perf_counter()
    links = find_duplicates(staging, shards)
    out["lsh_linking"] = time.perf_counter() - started
    started = time.perf_counter()
    _, events, _ = build_events(staging, shards)
    out["event_merging"] = time.perf_counter() - started
    out["duplicates"], out["events"] = float(links.height), float(events.height)
    return out


def main() -> None:
    """Print the timings for the warehouse given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("warehouse", type=Path)
    args = parser.parse_args()
    parts = time_parts(Staging(staging_root_for(args.warehouse)), SHARD_KEYS)
    for name, value in parts.items():
        shown = f"{value:.0f}" if name in ("duplicates", "events") else f"{value:.3f} s"
        print(f"{name:>14}: {shown}")


if __name__ == "__main__":
    main()
