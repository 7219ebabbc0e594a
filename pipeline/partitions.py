"""The extraction partitions, defined once and imported everywhere.

Articles are spread over a fixed number of shards by a hash of their id, so
each shard is an independent unit of extraction work that Dagster can run in
parallel (or on another machine) and that writes its own staged files.
"""

from __future__ import annotations

import dagster as dg

from pipeline.settings import SHARD_COUNT

SHARD_KEYS = [f"{i:02d}" for i in range(SHARD_COUNT)]
shards = dg.StaticPartitionsDefinition(SHARD_KEYS)
