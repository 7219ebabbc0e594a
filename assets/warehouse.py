"""Assets `quarantine` and `warehouse`: gather rejections, then publish the DuckDB file atomically."""


import dagster as dg

from assets.checks import asset_metadata, schema_check_result, schema_check_spec
from pipeline.automation import EAGER
from pipeline.partitions import SHARD_KEYS
from pipeline.resources import PipelinePaths
from pipeline.stages.publish import publish
from pipeline.stages.quarantine import QUARANTINE_TABLE, collect_quarantine


@dg.asset(
    name=QUARANTINE_TABLE,
    deps=["raw_articles", "clean_articles", "article_incidents", "date_mentions", "actor_mentions",
          "casualty_mentions"],
    group_name="warehouse",
    check_specs=[schema_check_spec(QUARANTINE_TABLE)],
    metadata=asset_metadata(QUARANTINE_TABLE),
    kinds={"python", "parquet"},
    automation_condition=EAGER,
)
def quarantine(context: dg.AssetExecutionContext, paths: PipelinePaths):  # type: ignore[no-untyped-def]
    """Quarantine: every input file, record or extracted row that was not loaded, with the file,
    record number, reason, the check that rejected it, a bounded sample of the payload and the run."""
    frame = collect_quarantine(paths.staging, SHARD_KEYS)
    by_check = frame.group_by("check_name").len().sort("check_name")
    yield dg.MaterializeResult(metadata={
        "dagster/row_count": frame.height,
        "by_check": dg.MetadataValue.json(dict(by_check.iter_rows())),
    })
    yield schema_check_result(QUARANTINE_TABLE, frame)


@dg.asset(
    deps=["articles", "article_summary", "events", "event_reports", QUARANTINE_TABLE,
          "date_mentions", "actor_mentions", "casualty_mentions"],
    group_name="warehouse",
    kinds={"duckdb"},
    automation_condition=EAGER,
)
def warehouse(context: dg.AssetExecutionContext, paths: PipelinePaths) -> dg.MaterializeResult:
    """The DuckDB warehouse: the contract's tables (articles, date_mentions, actor_mentions,
    casualty_mentions, article_summary, events, quarantine) and analytic views, built in a new
    file and published by an atomic rename, so readers never see a half-written state."""
    counts = publish(paths.staging, SHARD_KEYS, paths.warehouse_path)
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(paths.warehouse_path)),
        **{f"rows_{table}": n for table, n in counts.items()},
    })
