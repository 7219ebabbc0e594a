"""Assets `articles` (duplicates linked), `article_summary`, `events`, `event_reports`."""

from typing import Any

import dagster as dg
import polars as pl

from assets.checks import asset_metadata, schema_check_result, schema_check_spec
from pipeline.automation import EAGER
from pipeline.partitions import SHARD_KEYS
from pipeline.resources import PipelinePaths
from pipeline.stages.dedup import dedup
from pipeline.stages.events import build_events
from pipeline.taxonomy import OTHER_HARMS

EVENT_TABLES = ("article_summary", "events", "event_reports")


@dg.asset(
    deps=["clean_articles"],
    group_name="events",
    kinds={"python", "parquet"},
    automation_condition=EAGER,
)
def articles(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
    """Articles with duplicates linked: exact copies (same body ignoring case and spacing) and near
    copies (MinHash LSH over word 3-shingles: other boilerplate, headline or small edits) point to one
    canonical article (`duplicate_of`, with the similarity), the earliest published."""
    links = dedup(paths.staging, SHARD_KEYS)
    kinds = links.group_by("duplicate_kind").len()
    counts = dict(zip(kinds["duplicate_kind"].to_list(), kinds["len"].to_list(), strict=True))
    return dg.MaterializeResult(
        metadata={
            "duplicates": links.height,
            "exact_duplicates": counts.get("exact", 0),
            "near_duplicates": counts.get("near", 0),
        }
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "article_summary",
            deps=["articles", "article_incidents"],
            group_name="events",
            description="One row per article: the incident it reports, and the canonical event it belongs to.",
            metadata=asset_metadata("article_summary"),
            kinds={"python", "parquet"},
            automation_condition=EAGER,
        ),
        dg.AssetSpec(
            "events",
            deps=["articles", "article_incidents"],
            group_name="events",
            description="One row per distinct incident however many articles report it.",
            metadata=asset_metadata("events"),
            kinds={"python", "parquet"},
            automation_condition=EAGER,
        ),
        dg.AssetSpec(
            "event_reports",
            deps=["articles", "article_incidents"],
            group_name="events",
            description="Which article reports which event, why it was attached (copy or "
            "same incident) and what its figures became.",
            metadata=asset_metadata("event_reports"),
            kinds={"python", "parquet"},
            automation_condition=EAGER,
        ),
    ],
    check_specs=[schema_check_spec(name) for name in EVENT_TABLES],
)
def incidents_to_events(context: dg.AssetExecutionContext, paths: PipelinePaths):  # type: ignore[no-untyped-def]
    """Build article_summary, events and event_reports from all shards' incidents."""
    frames = dict(zip(EVENT_TABLES, build_events(paths.staging, SHARD_KEYS), strict=True))
    for name, frame in frames.items():
        paths.staging.write_table(frame, name)
    for name, frame in frames.items():
        metadata: dict[str, Any] = {"dagster/row_count": frame.height}
        if name == "events" and not frame.is_empty():
            metadata["killed"] = int(frame["killed"].sum())
            metadata["injured"] = int(frame["injured"].sum())
            metadata.update({harm: int(frame[harm].sum()) for harm in OTHER_HARMS})
            metadata["merged_events"] = int((frame["n_distinct_reports"] > 1).sum())
            metadata["preview"] = dg.MetadataValue.md(_preview(frame))
        yield dg.MaterializeResult(asset_key=name, metadata=metadata)
        yield schema_check_result(name, frame)


def _preview(events: pl.DataFrame) -> str:
    """The newest events as a Markdown table."""
    top = events.sort("event_date", descending=True, nulls_last=True).head(10)
    columns = ["event_date", "country_iso3", "event_type", "actor1", "actor2", "killed", "injured"]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in top.select(columns).iter_rows():
        lines.append("| " + " | ".join("" if v is None else str(v) for v in row) + " |")
    return "\n".join(lines)
