"""One `events` row per incident from its reports, and each report's part in the figures.

Descriptive fields come from `attributes` (a vote of the original reports),
casualty figures from `figures` (every article, copies marked), counts of
reports and the span of their publication times from all articles of the
incident.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import polars as pl

from pipeline.events.attributes import event_attributes
from pipeline.events.compat import Report
from pipeline.events.figures import FigureReport, Figures, summarise_figures
from pipeline.taxonomy import OTHER_HARMS

ROLE_SCHEMA = {"article_id": pl.String, "killed_role": pl.String, "injured_role": pl.String}


def _figure_reports(rows: list[dict[str, object]], column: str, canonical: dict[str, int]) -> list[FigureReport]:
    """The incident's articles as figure reports for `column` (killed, injured or another harm)."""
    out = []
    for row in rows:
        published = row["published_at"]
        dup = row["duplicate_of"]
        count = int(row[column])  # type: ignore[call-overload]
        # the other harms keep one figure per article: their highest report is that figure
        high = int(row.get(f"{column}_high", count))  # type: ignore[call-overload]
        out.append(
            FigureReport(
                article_id=str(row["article_id"]),
                rank=int(row["rank"]),  # type: ignore[call-overload]
                published=published if isinstance(published, dt.datetime) else None,
                count=count,
                story=str(row["group"]),
                repeats_canonical=dup is not None and canonical.get(str(dup)) == count,
                high=high,
            )
        )
    return out


def _event_row(
    event_id: str, rows: list[dict[str, object]], reports: list[Report], killed: Figures, injured: Figures,
    harms: dict[str, int],
) -> dict[str, object]:
    """The events row of one incident."""
    canonical = min(reports, key=lambda r: (r.rank, r.key))
    evidence = {str(r["article_id"]): r["evidence"] for r in rows}
    # the civilians of the report whose figure became the headline: the same victims, counted alike
    civilians = {str(r["article_id"]): int(r["civilians_killed"]) for r in rows}  # type: ignore[call-overload]
    published = [r["published_at"] for r in rows if r["published_at"] is not None]
    return {
        "event_id": event_id,
        **event_attributes(sorted(reports, key=lambda r: (r.rank, r.key))),
        "killed": killed.headline,
        "killed_low": killed.low,
        "killed_best": killed.best,
        "killed_high": killed.high,
        "injured": injured.headline,
        "injured_low": injured.low,
        "injured_best": injured.best,
        "injured_high": injured.high,
        "civilians_killed": min(killed.headline, civilians.get(killed.source_article_id or "", 0)),
        **harms,
        "n_reports": len(rows),
        "n_distinct_reports": len(reports),
        "first_reported_at": min(published) if published else None,  # type: ignore[type-var]
        "last_reported_at": max(published) if published else None,  # type: ignore[type-var]
        "canonical_article_id": canonical.key,
        "killed_source_article_id": killed.source_article_id,
        "evidence": evidence.get(killed.source_article_id or canonical.key) or evidence.get(canonical.key),
    }


def aggregate_events(
    frame: pl.DataFrame, reports: list[Report], event_of_group: dict[str, str]
) -> tuple[list[dict[str, object]], pl.DataFrame]:
    """(events rows, per-article figure roles) for the articles of `frame` that have an event."""
    columns = [
        "article_id",
        "rank",
        "event_id",
        "group",
        "duplicate_of",
        "published_at",
        "killed",
        "injured",
        "killed_high",
        "injured_high",
        "civilians_killed",
        *OTHER_HARMS,
        "evidence",
    ]
    rows_of: dict[str, list[dict[str, object]]] = defaultdict(list)
    reporting = frame.filter(pl.col("event_id").is_not_null()).sort("rank").select(columns)
    for row in reporting.iter_rows(named=True):
        rows_of[row["event_id"]].append(row)
    reports_of: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        reports_of[event_of_group[report.key]].append(report)
    canonical_killed = dict(zip(frame["article_id"], frame["killed"], strict=True))
    canonical_injured = dict(zip(frame["article_id"], frame["injured"], strict=True))
    canonical_harm = {c: dict(zip(frame["article_id"], frame[c], strict=True)) for c in OTHER_HARMS}
    events: list[dict[str, object]] = []
    roles: list[dict[str, object]] = []
    for event_id in sorted(rows_of):
        rows = rows_of[event_id]
        killed = summarise_figures(_figure_reports(rows, "killed", canonical_killed))
        injured = summarise_figures(_figure_reports(rows, "injured", canonical_injured))
        # the missing, kidnapped, arrested and displaced: each by the headline rule of the killed
        harms = {c: summarise_figures(_figure_reports(rows, c, canonical_harm[c])).headline for c in OTHER_HARMS}
        events.append(_event_row(event_id, rows, reports_of[event_id], killed, injured, harms))
        roles += [
            {
                "article_id": r["article_id"],
                "killed_role": killed.roles[str(r["article_id"])],
                "injured_role": injured.roles[str(r["article_id"])],
            }
            for r in rows
        ]
    return events, pl.DataFrame(roles, schema=ROLE_SCHEMA)
