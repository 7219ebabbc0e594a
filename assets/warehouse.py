"""Assets `quarantine` and `warehouse`: gather rejections, then publish the DuckDB file atomically."""


import dagster as dg

from assets.checks import asset_metadata, schema_check_result, schema_check_spec
from pipeline.automation import EAGER
from pipeline.partitions import SHARD_KEYS
from pipeline.resources import PipelinePaths
from pipeline.stages.publish import publish
from pipeline.stages.quarantine import QUARANTINE_TABLE, collect_quarantine
from pipeline.warehouse_report import (
    casualty_chart,
    consistency,
    newest_events,
    open_published,
    summary_counts,
)

WAREHOUSE_CHECK = "warehouse_consistent"


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
    check_specs=[dg.AssetCheckSpec(
        WAREHOUSE_CHECK, asset="warehouse",
        description="The published file agrees with itself: every event an article points to exists, "
                    "every article has a summary row, and the daily casualty view sums to the dated "
                    "events' totals. Failing rows are listed in the check's metadata.",
    )],
    automation_condition=EAGER,
)
def warehouse(context: dg.AssetExecutionContext, paths: PipelinePaths):  # type: ignore[no-untyped-def]
    """The DuckDB warehouse: the contract's tables (articles, date_mentions, actor_mentions,
    casualty_mentions, article_summary, events, event_reports, quarantine), analytic views
    (casualties per country per day and week, deadliest incidents, actor pairs, claims, articles
    per source) and a data dictionary, built in a new file and published by an atomic rename,
    so readers never see a half-written state. Each materialisation shows the run's totals, the
    newest events and a chart of killed and injured per day."""
    counts = publish(paths.staging, SHARD_KEYS, paths.warehouse_path)
    con = open_published(paths.warehouse_path)
    try:
        totals = summary_counts(con)
        metadata: dict[str, object] = {
            "path": dg.MetadataValue.path(str(paths.warehouse_path)),
            "dagster/row_count": totals["events"],
            **totals,
            **{f"rows_{table}": n for table, n in counts.items()},
            "casualties_per_day": dg.MetadataValue.md(casualty_chart(con)),
            "newest_events": dg.MetadataValue.md(newest_events(con)),
        }
        outcome = consistency(con)
    finally:
        con.close()
    yield dg.MaterializeResult(metadata=metadata)  # type: ignore[arg-type]
    check_metadata: dict[str, object] = {"rules_failed": len(outcome.failures)}
    for rule, cases in outcome.failures.items():
        check_metadata[rule] = dg.MetadataValue.md(cases)
    yield dg.AssetCheckResult(check_name=WAREHOUSE_CHECK, passed=outcome.passed,
                              metadata=check_metadata)  # type: ignore[arg-type]
