"""Asset selections and jobs for the three phases of a run.

A run has three phases because extraction is partitioned by shard while
ingest and publishing see the whole inbox: `ingest_job` reads the inbox,
`extract_job` runs once per shard (in parallel), `publish_job` deduplicates,
merges events and publishes the warehouse.
"""

from __future__ import annotations

import dagster as dg

INGEST = dg.AssetSelection.assets("raw_articles")
EXTRACT = dg.AssetSelection.assets(
    "clean_articles", "date_mentions", "actor_mentions", "casualty_mentions", "article_incidents"
)
PUBLISH = dg.AssetSelection.assets(
    "articles", "article_summary", "events", "event_reports", "quarantine", "warehouse"
)

ingest_job = dg.define_asset_job(
    "ingest_job", selection=INGEST, description="Read the inbox into raw shards (phase 1 of 3)."
)
extract_job = dg.define_asset_job(
    "extract_job",
    selection=EXTRACT,
    description="Clean and extract one shard (phase 2 of 3; one run per shard, in parallel).",
)
publish_job = dg.define_asset_job(
    "publish_job",
    selection=PUBLISH,
    description="Link duplicates, build events and publish the DuckDB warehouse (phase 3 of 3).",
)
