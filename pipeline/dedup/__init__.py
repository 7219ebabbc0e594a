"""Near-duplicate detection: MinHash signatures per shard, LSH candidates and canonical links globally.

`signatures` runs inside each extraction shard (in parallel); `near` runs once
over all shards' signatures and links every syndicated copy to one canonical
article. Plain functions, no Dagster.
"""
