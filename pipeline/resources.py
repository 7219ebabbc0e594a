"""The one place that assembles the pipeline's resources.

`PipelinePaths` says where the inbox, the warehouse and its staging area
are; `build_resources` makes the resource dict for the Definitions (from
environment variables) or for a headless run (from the command line).
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.settings import DEFAULT_INBOX, DEFAULT_WAREHOUSE
from pipeline.staging import Staging, staging_root_for


class PipelinePaths(dg.ConfigurableResource):  # type: ignore[misc]
    """Where the pipeline reads articles and publishes the warehouse."""

    inbox: str = str(DEFAULT_INBOX)
    warehouse: str = str(DEFAULT_WAREHOUSE)

    @property
    def inbox_path(self) -> Path:
        """The inbox folder."""
        return Path(self.inbox).resolve()

    @property
    def warehouse_path(self) -> Path:
        """The DuckDB file that is published."""
        return Path(self.warehouse).resolve()

    @property
    def staging(self) -> Staging:
        """The staging area that belongs to the warehouse."""
        return Staging(staging_root_for(self.warehouse_path))


def build_resources(inbox: Path | None = None, warehouse: Path | None = None) -> dict[str, object]:
    """Resources for the Definitions (defaults) or for one headless run."""
    return {
        "paths": PipelinePaths(
            inbox=str(inbox or DEFAULT_INBOX),
            warehouse=str(warehouse or DEFAULT_WAREHOUSE),
        )
    }
