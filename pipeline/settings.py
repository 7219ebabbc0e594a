"""Configuration read from environment variables, with the defaults a laptop needs.

| variable | default | meaning |
|---|---|---|
| PIPELINE_INBOX | data/sample | folder the pipeline reads |
| PIPELINE_WAREHOUSE | warehouse/events.duckdb | the DuckDB file it publishes |
| PIPELINE_SHARDS | 8 | number of extraction partitions (fixed per deployment) |
| PIPELINE_WORKERS | number of CPUs | parallel processes for the headless command |
| PIPELINE_MAX_ARTICLE_CHARS | 1000000 | longer records are quarantined |
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _int_env(name: str, default: int) -> int:
    """An integer environment variable, or the default when unset or not a number."""
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


DEFAULT_INBOX = Path(os.environ.get("PIPELINE_INBOX", PROJECT_ROOT / "data" / "sample"))
DEFAULT_WAREHOUSE = Path(os.environ.get("PIPELINE_WAREHOUSE", PROJECT_ROOT / "warehouse" / "events.duckdb"))
SHARD_COUNT = max(1, _int_env("PIPELINE_SHARDS", 8))
DEFAULT_WORKERS = max(1, _int_env("PIPELINE_WORKERS", os.cpu_count() or 1))
MAX_ARTICLE_CHARS = _int_env("PIPELINE_MAX_ARTICLE_CHARS", 1_000_000)
PAYLOAD_SAMPLE_CHARS = 500
