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
    # One run may cover several shards (the headless command's in-process path runs them all).
    reports = [clean_shard(paths.staging, shard, context.run.run_id) for shard in context.partition_keys]
    articles = sum(r.articles for r in reports)
    quarantined = sum(r.quarantined for r in reports)
    yield dg.MaterializeResult(
        metadata={
            "articles": articles,
            "quarantined": quarantined,
            "non_english": sum(r.non_english for r in reports),
            "dagster/row_count": articles,
        }
    )
    yield staged_check_result(
        CLEAN_TABLE,
        [paths.staging.shard_path(CLEAN_TABLE, shard) for shard in context.partition_keys],
        {"clean": quarantined} if quarantined else None,
    )
