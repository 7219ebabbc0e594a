"""Events: per-article incidents into `article_summary` and canonical `events`.

An article that copies another (see `dedup`) reports the same incident as
its canonical article and adds no event of its own, so summing `events.killed`
never counts a syndicated copy twice. An article whose text reports no
incident (no event type and no casualties) has no event.
"""

from __future__ import annotations

import hashlib

import polars as pl

from pipeline.stages.clean import CLEAN_TABLE
from pipeline.stages.dedup import DUPLICATE_SCHEMA, DUPLICATES_TABLE
from pipeline.staging import Staging
from pipeline.validation import typed_frame
from schemas.article_summary import ArticleIncidents, ArticleSummary
from schemas.common import polars_schema
from schemas.events import EventReports, Events

INCIDENTS_TABLE = "article_incidents"
SUMMARY_TABLE = "article_summary"
EVENTS_TABLE = "events"
EVENT_REPORTS_TABLE = "event_reports"


def event_id_for(article_id: str) -> str:
    """A stable event id derived from the canonical article of the event."""
    return "ev_" + hashlib.sha1(f"event:{article_id}".encode()).hexdigest()[:16]


def build_events(staging: Staging, shards: list[str]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(article_summary, events, event_reports) from the staged incidents and duplicate links."""
    incidents = staging.scan_shards(INCIDENTS_TABLE, shards, polars_schema(ArticleIncidents)).collect()
    meta = staging.scan_shards(CLEAN_TABLE, shards, {"article_id": pl.String, "source_id": pl.String,
                                                     "published_at": pl.Datetime("us")})
    meta = meta.select("article_id", "source_id", "published_at").collect()
    links = staging.read_table(DUPLICATES_TABLE, DUPLICATE_SCHEMA).select("article_id", "duplicate_of")
    frame = incidents.join(meta, on="article_id", how="inner").join(links, on="article_id", how="left")
    canonical_id = pl.coalesce("duplicate_of", "article_id")
    reports_event = (pl.col("event_type").is_not_null() | (pl.col("killed") > 0) | (pl.col("injured") > 0))
    # The canonical article decides whether an event exists; copies follow it.
    has_event = frame.filter(pl.col("duplicate_of").is_null() & reports_event).select("article_id")
    event_ids = {a: event_id_for(a) for a in has_event["article_id"].to_list()}
    frame = frame.with_columns(
        event_id=canonical_id.replace_strict(event_ids, default=None, return_dtype=pl.String)
    )
    summary = frame.select(list(polars_schema(ArticleSummary))).sort("article_id")
    canonical = frame.filter(pl.col("duplicate_of").is_null() & pl.col("event_id").is_not_null())
    counts = frame.filter(pl.col("event_id").is_not_null()).group_by("event_id").agg(pl.len().alias("n_reports"))
    events = (
        canonical.join(counts, on="event_id")
        .with_columns(killed_low=pl.col("killed"), killed_high=pl.col("killed"),
                      canonical_article_id=pl.col("article_id"))
        .select(list(polars_schema(Events)))
        .sort("event_id")
    )
    reports = (
        frame.filter(pl.col("event_id").is_not_null())
        .with_columns(reason=pl.when(pl.col("duplicate_of").is_null()).then(pl.lit("canonical report"))
                      .otherwise(pl.lit("exact duplicate of the canonical report")))
        .select(list(polars_schema(EventReports)))
        .sort("article_id")
    )
    return (typed_frame(summary.to_dicts(), ArticleSummary) if summary.is_empty() else summary,
            events, reports)
