"""Asset `raw_articles`: every inbox file read into raw shards, with a full accounting."""

import dagster as dg

from assets.checks import ACCOUNTING_CHECK
from pipeline.partitions import SHARD_KEYS
from pipeline.resources import PipelinePaths
from pipeline.stages.ingest import ingest_inbox


@dg.asset(
    group_name="ingest",
    check_specs=[
        dg.AssetCheckSpec(
            ACCOUNTING_CHECK,
            asset="raw_articles",
            blocking=True,
            description="Records read = articles loaded + records quarantined + duplicates collapsed.",
        )
    ],
    kinds={"python", "parquet"},
)
def raw_articles(context: dg.AssetExecutionContext, paths: PipelinePaths):  # type: ignore[no-untyped-def]
    """Raw articles: every file of the inbox in every contract format (.jsonl, .json, .csv,
    .parquet, .txt page copies, .html pages), one row per record with its file, record number
    and a content hash, spread over the extraction shards. Unreadable files and invalid records
    go to the quarantine with their reason; a record repeated with the same id is collapsed."""
    report = ingest_inbox(paths.inbox_path, paths.staging, SHARD_KEYS, context.run.run_id)
    accounted = report.loaded + report.quarantined + report.duplicates_collapsed
    yield dg.MaterializeResult(
        metadata={
            "inbox": str(paths.inbox_path),
            "dagster/row_count": report.loaded,
            "files": report.files,
            "records_read": report.records_read,
            "articles_loaded": report.loaded,
            "records_quarantined": report.quarantined,
            "duplicates_collapsed": report.duplicates_collapsed,
            "quarantined_by_check": dg.MetadataValue.json(report.by_check),
            "articles_per_shard": dg.MetadataValue.json(report.per_shard),
        }
    )
    yield dg.AssetCheckResult(
        check_name=ACCOUNTING_CHECK,
        passed=accounted == report.records_read,
        metadata={
            "records_read": report.records_read,
            "articles_loaded": report.loaded,
            "records_quarantined": report.quarantined,
            "duplicates_collapsed": report.duplicates_collapsed,
        },
    )
