"""Give every article the canonical event its incident belongs to, and say why.

Input: one row per article in canonical order (`rank`), with its incident,
its duplicate link and `group` (its canonical article, or itself). A group of
copies is one report: it has an event when any member reports one, and its
representative is the earliest member that does (normally the canonical
article itself). Representatives are clustered into incidents
(`cluster.cluster_reports`); an incident's id derives from its earliest
report's canonical article, so it is stable across runs and a lone report
keeps the id it had before any merging.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import polars as pl

from pipeline.events.cluster import cluster_reports
from pipeline.events.compat import Report

CANONICAL, EXACT_COPY, NEAR_COPY = "canonical", "exact_duplicate", "near_duplicate"
SAME_INCIDENT = "same_incident"
REPORT_FIELDS = [
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "country_iso3",
    "admin1",
    "location",
    "actor1",
    "actor2",
    "killed",
]
ASSIGNMENT_SCHEMA = {
    "article_id": pl.String,
    "event_id": pl.String,
    "link": pl.String,
    "linked_to": pl.String,
    "similarity": pl.Float64,
    "match_score": pl.Float64,
    "reason": pl.String,
}


def event_id_for(article_id: str) -> str:
    """A stable event id derived from the canonical article of the event."""
    return "ev_" + hashlib.sha1(f"event:{article_id}".encode()).hexdigest()[:16]


def reports_event() -> pl.Expr:
    """True for an article whose text reports an incident (an event type or any casualties)."""
    return pl.col("event_type").is_not_null() | (pl.col("killed") > 0) | (pl.col("injured") > 0)


def group_reports(frame: pl.DataFrame) -> list[Report]:
    """One Report per group of copies that reports an incident, from its earliest member that does."""
    ranks = frame.group_by("group").agg(pl.col("rank").min().alias("group_rank"))
    reps = (
        frame.filter(reports_event())
        .sort("rank")
        .unique("group", keep="first", maintain_order=True)
        .join(ranks, on="group")
    )
    return [
        Report(key=row["group"], rank=row["group_rank"], published=_day(row.get("published_at")),
               **{f: row[f] for f in REPORT_FIELDS})
        for row in reps.iter_rows(named=True)
    ]


def _day(value: object) -> dt.date | None:
    """The day of a publication time (None when unknown)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _copy_reason(kind: str | None, canonical: str, similarity: float | None) -> tuple[str, str]:
    """(link, reason) of an article that copies its canonical article."""
    if kind == "near":
        return NEAR_COPY, f"near-duplicate of article {canonical} (similarity {similarity or 0:.2f})"
    return EXACT_COPY, f"exact copy of article {canonical}"


def assign_events(frame: pl.DataFrame) -> tuple[pl.DataFrame, list[Report], dict[str, str]]:
    """(per-article assignment, the group reports, {group: event_id}) for the articles of `frame`."""
    reports = group_reports(frame)
    assignments = cluster_reports(reports)
    first_of_cluster: dict[int, str] = {}
    for a in assignments:
        first_of_cluster.setdefault(a.cluster, a.key)
    event_of_group = {a.key: event_id_for(first_of_cluster[a.cluster]) for a in assignments}
    by_group = {a.key: a for a in assignments}
    rows: list[dict[str, object]] = []
    columns = ["article_id", "group", "duplicate_of", "duplicate_similarity", "duplicate_kind"]
    for article_id, group, duplicate_of, similarity, kind in frame.select(columns).iter_rows():
        if group not in event_of_group:
            continue
        assignment = by_group[group]
        row: dict[str, object] = {"article_id": article_id, "event_id": event_of_group[group]}
        if duplicate_of is not None:
            link, reason = _copy_reason(kind, duplicate_of, similarity)
            row.update(link=link, linked_to=duplicate_of, similarity=similarity, reason=reason)
        elif assignment.matched_key is None:
            row.update(link=CANONICAL, reason="canonical report: the earliest report of the incident")
        else:
            reason = f"same incident as article {assignment.matched_key}: " + ", ".join(assignment.reasons)
            row.update(
                link=SAME_INCIDENT, linked_to=assignment.matched_key, match_score=assignment.score, reason=reason
            )
        rows.append(row)
    return pl.DataFrame(rows, schema=ASSIGNMENT_SCHEMA), reports, event_of_group
