"""Asset `clean_articles`: one shard of raw records cleaned into article bodies."""

import dagster as dg

from assets.checks import asset_metadata, schema_check_spec, staged_check_result
from pipeline.automation import EAGER
from pipeline.partitions import shards
from pipeline.resources import PipelinePaths
from pipeline.stages.clean import CLEAN_TABLE, clean_shard


@dg.asset(
    deps=["raw_articles"],
    partitions_def=shards,
    group_name="clean",
    check_specs=[schema_check_spec(CLEAN_TABLE)],
    metadata=asset_metadata(CLEAN_TABLE),
    kinds={"python", "parquet"},
    automation_condition=EAGER,
)
def clean_articles(context: dg.AssetExecutionContext, paths: PipelinePaths):  # type: ignore[no-untyped-def]
    """Clean articles: site boilerplate removed ("Advertisement", "STORY CONTINUES BELOW THIS AD",
    "Trending:", navigation rows), repeated paragraphs kept once, Unicode normalised and mojibake
    repaired; title, byline, publication time and time zone read from page copies and HTML
    metadata; language detected (non-English articles are kept and flagged, not extracted)."""
    shard = context.partition_key
    report = clean_shard(paths.staging, shard, context.run.run_id)
    yield dg.MaterializeResult(
        metadata={
            "articles": report.articles,
            "quarantined": report.quarantined,
            "non_english": report.non_english,
            "dagster/row_count": report.articles,
        }
    )
    yield staged_check_result(
        CLEAN_TABLE,
        paths.staging.shard_path(CLEAN_TABLE, shard),
        {"clean": report.quarantined} if report.quarantined else None,
    )
