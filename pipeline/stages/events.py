"""Events: per-article incidents into `article_summary`, canonical `events` and `event_reports`.

`article_summary` stays one row per article with that article's own figures
and the id of the canonical event its incident belongs to. Copies (see
`dedup`) share their canonical article's event; reports of one incident by
different articles are merged into one event (`pipeline.events`), so summing
`events.killed` never counts an incident twice. `event_reports` links every
reporting article to its event with why it was attached and what its figures
became. An article whose text reports no incident (no event type and no
casualties), and none of whose copies does, has no event.
"""

from __future__ import annotations

import polars as pl

from pipeline.events.aggregate import aggregate_events
from pipeline.events.assign import assign_events, event_id_for
from pipeline.events.inter import with_inter_codes
from pipeline.stages.clean import CLEAN_TABLE
from pipeline.stages.dedup import CANONICAL_ORDER, DUPLICATE_SCHEMA, DUPLICATES_TABLE
from pipeline.staging import Staging
from pipeline.validation import typed_frame
from schemas.article_summary import ArticleIncidents, ArticleSummary
from schemas.common import polars_schema
from schemas.events import EventReports, Events

INCIDENTS_TABLE = "article_incidents"
SUMMARY_TABLE = "article_summary"
EVENTS_TABLE = "events"
EVENT_REPORTS_TABLE = "event_reports"
_META = {
    "article_id": pl.String,
    "source_id": pl.String,
    "source_file": pl.String,
    "record_no": pl.Int64,
    "published_at": pl.Datetime("us"),
}

__all__ = ["build_events", "event_id_for"]


def article_frame(staging: Staging, shards: list[str]) -> pl.DataFrame:
    """Every article's incident, metadata and duplicate link in canonical order, with `rank` and `group`."""
    incidents = staging.scan_shards(INCIDENTS_TABLE, shards, polars_schema(ArticleIncidents)).collect()
    meta = staging.scan_shards(CLEAN_TABLE, shards, _META).select(list(_META)).collect().cast(_META)  # type: ignore[arg-type]
    links = staging.read_table(DUPLICATES_TABLE, DUPLICATE_SCHEMA)
    if "duplicate_kind" not in links.columns:  # staged by an older dedup: exact copies only
        links = links.with_columns(duplicate_kind=pl.lit("exact"))
    frame = (
        incidents.join(meta, on="article_id", how="inner")
        .join(links.select(list(DUPLICATE_SCHEMA)), on="article_id", how="left")
        .sort(CANONICAL_ORDER, nulls_last=True)
    )
    return frame.with_row_index("rank").with_columns(
        pl.col("rank").cast(pl.Int64), group=pl.coalesce("duplicate_of", "article_id")
    )


def build_events(staging: Staging, shards: list[str]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(article_summary, events, event_reports) from the staged incidents and duplicate links."""
    frame = article_frame(staging, shards)
    assignment, reports, event_of_group = assign_events(frame)
    frame = frame.join(assignment, on="article_id", how="left")
    summary = frame.select(list(polars_schema(ArticleSummary))).sort("article_id")
    rows, roles = aggregate_events(frame, reports, event_of_group)
    events = typed_frame([{**row, "inter1": None, "inter2": None, "interaction": None} for row in rows], Events)
    events = with_inter_codes(events).select(list(polars_schema(Events))).sort("event_id")
    reports_frame = (
        frame.filter(pl.col("event_id").is_not_null())
        .join(roles, on="article_id", how="left")
        .select(list(polars_schema(EventReports)))
        .sort("article_id")
    )
    return (
        typed_frame(summary.to_dicts(), ArticleSummary) if summary.is_empty() else summary,
        events,
        reports_frame,
    )
