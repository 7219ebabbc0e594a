"""Assets `date_mentions`, `actor_mentions`, `casualty_mentions`, `article_incidents`: one shard's extraction."""

import time

import dagster as dg

from assets.checks import asset_metadata, schema_check_spec, staged_check_result
from pipeline.automation import EAGER
from pipeline.partitions import shards
from pipeline.resources import PipelinePaths
from pipeline.stages.extract import MENTION_MODELS, extract_shard

_DESCRIPTIONS = {
    "date_mentions": "Every calendar date or period named in a body (TIMEX3 DATE: 'October 9', 'on Tuesday', "
    "'last week'), resolved against the publication date and its time zone.",
    "actor_mentions": "Every actor named in a body — states, armed groups, forces, officials, organisations, "
    "media, civilians — coded to ACLED-style canonical names with type, country and role.",
    "casualty_mentions": "Every reported count of people killed, injured, missing, kidnapped, arrested or "
    "displaced, with low/best/high by ACLED's rules, status (reported, cumulative, threat, "
    "negated...), claimant, and the sentence it came from.",
    "article_incidents": "The incident each article reports: date, killed, injured, actors, ACLED event type "
    "and place, before reports of the same incident are merged.",
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            deps=["clean_articles"],
            group_name="extract",
            description=_DESCRIPTIONS[name],
            metadata=asset_metadata(name),
            kinds={"python", "parquet"},
            automation_condition=EAGER,
        )
        for name in MENTION_MODELS
    ],
    check_specs=[schema_check_spec(name) for name in MENTION_MODELS],
    partitions_def=shards,
)
def mentions(context: dg.AssetExecutionContext, paths: PipelinePaths):  # type: ignore[no-untyped-def]
    """Extract date, actor and casualty mentions and each article's incident from the run's shards."""
    # One run may cover several shards (the headless command's in-process path runs them all).
    started = time.perf_counter()
    reports = [extract_shard(paths.staging, shard, context.run.run_id) for shard in context.partition_keys]
    seconds = time.perf_counter() - started
    words = sum(r.words for r in reports)
    for name in MENTION_MODELS:
        quarantined = sum(r.quarantined[name] for r in reports)
        yield dg.MaterializeResult(
            asset_key=name,
            metadata={
                "dagster/row_count": sum(r.rows[name] for r in reports),
                "quarantined": quarantined,
                "articles": sum(r.articles for r in reports),
                "articles_analysed": sum(r.analysed for r in reports),  # the others reuse their previous rows
                "words_per_second": round(words / seconds) if seconds else 0,
            },
        )
        yield staged_check_result(
            name,
            [paths.staging.shard_path(name, shard) for shard in context.partition_keys],
            {name: quarantined} if quarantined else None,
        )
