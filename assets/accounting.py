"""Asset check `records_accounted_for` on `quarantine`: nothing read is lost or counted twice."""

import dagster as dg

from assets.checks import ACCOUNTING_CHECK
from pipeline.partitions import SHARD_KEYS
from pipeline.resources import PipelinePaths
from pipeline.stages.accounting import account


@dg.asset_check(
    asset="quarantine",
    name=ACCOUNTING_CHECK,
    blocking=True,
    description="Records read = articles loaded + records quarantined + duplicates collapsed, exactly, for "
    "the last run; the warehouse is not published when a record is unaccounted for.",
)
def records_accounted_for(paths: PipelinePaths) -> dg.AssetCheckResult:
    """Balance the run's records across articles, quarantine and collapsed repeats."""
    counts = account(paths.staging, SHARD_KEYS)
    return dg.AssetCheckResult(
        passed=counts.balanced,
        metadata={
            "records_read": counts.records_read,
            "articles_loaded": counts.articles_loaded,
            "records_quarantined": counts.records_quarantined,
            "duplicates_collapsed": counts.duplicates_collapsed,
            "unaccounted": counts.records_read
            - counts.articles_loaded
            - counts.records_quarantined
            - counts.duplicates_collapsed,
        },
    )
