"""What the Dagster UI shows about a published warehouse: counts, the newest events, a chart
of killed and injured per day, and a consistency check with its failure cases.

Plain functions over a read-only connection; `assets/warehouse.py` turns them into
materialisation metadata and an asset check. Markdown is what the UI renders inline, so
the chart is a Markdown table of text bars (one row per day, scaled to the busiest day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

CHART_WIDTH = 30
PREVIEW_ROWS = 10
_CHECKS = {
    "events the summary points to exist":
        "SELECT s.article_id, s.event_id FROM article_summary s LEFT JOIN events e USING (event_id) "
        "WHERE s.event_id IS NOT NULL AND e.event_id IS NULL",
    "daily view totals equal the dated events' totals":
        "SELECT v.killed AS view_killed, e.killed AS events_killed, v.injured AS view_injured, "
        "e.injured AS events_injured FROM (SELECT sum(killed) AS killed, sum(injured) AS injured "
        "FROM casualties_by_country_day) v, (SELECT sum(killed) AS killed, sum(injured) AS injured "
        "FROM events WHERE event_date IS NOT NULL) e WHERE v.killed IS DISTINCT FROM e.killed "
        "OR v.injured IS DISTINCT FROM e.injured",
    "every article has a summary row":
        "SELECT a.article_id, a.source_id FROM articles a LEFT JOIN article_summary s USING (article_id) "
        "WHERE s.article_id IS NULL",
}


@dataclass(slots=True)
class Consistency:
    """Outcome of the warehouse's consistency rules: which failed, with sample rows."""

    failures: dict[str, str] = field(default_factory=dict)  # rule -> Markdown table of failing rows

    @property
    def passed(self) -> bool:
        return not self.failures


def markdown_table(columns: list[str], rows: Sequence[Sequence[object]], width: int = 90) -> str:
    """A Markdown table; long cells are cut so the UI stays readable."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = ("" if v is None else str(v).replace("|", "\\|").replace("\n", " ")[:width] for v in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def text_bar(value: int, peak: int, width: int = CHART_WIDTH) -> str:
    """A bar of block characters, scaled so that `peak` fills `width`; any non-zero value shows."""
    if value <= 0 or peak <= 0:
        return ""
    return "█" * max(1, round(width * value / peak))


def casualty_chart(con: duckdb.DuckDBPyConnection) -> str:
    """Killed and injured per event day, summed over distinct events, as a Markdown bar chart."""
    rows = con.execute("SELECT event_date, sum(killed)::BIGINT, sum(injured)::BIGINT, sum(events)::BIGINT "
                       "FROM casualties_by_country_day GROUP BY event_date ORDER BY event_date").fetchall()
    if not rows:
        return "_No dated events in this run._"
    peak = max(max(k, i) for _, k, i, _ in rows)
    body = [(str(day), f"{text_bar(k, peak)} {k}", f"{text_bar(i, peak)} {i}", n) for day, k, i, n in rows]
    return "Killed and injured per day (distinct events)\n\n" + markdown_table(
        ["day", "killed", "injured", "events"], body, width=CHART_WIDTH + 10)


def newest_events(con: duckdb.DuckDBPyConnection, limit: int = PREVIEW_ROWS) -> str:
    """The newest events with their figures, evidence and source, as a Markdown table."""
    rows = con.execute(
        "SELECT e.event_date, e.country_iso3, e.event_type, e.actor1, e.actor2, e.killed, e.injured, "
        "coalesce(e.evidence, d.evidence), d.source FROM events e "
        "LEFT JOIN deadliest_incidents d USING (event_id) "
        "ORDER BY e.event_date DESC NULLS LAST, e.event_id LIMIT ?", [limit]).fetchall()
    columns = ["date", "country", "event_type", "actor1", "actor2", "killed", "injured", "evidence", "source"]
    return markdown_table(columns, rows)


def summary_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Headline numbers: events, killed, injured, articles, copies and quarantined rows."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT coalesce(sum(killed), 0) FROM events), "
        "(SELECT coalesce(sum(injured), 0) FROM events), (SELECT count(*) FROM articles), "
        "(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), (SELECT count(*) FROM quarantine)"
    ).fetchone()
    names = ("events", "killed", "injured", "articles", "duplicate_articles", "quarantined_rows")
    return dict(zip(names, (int(v) for v in row or (0,) * len(names)), strict=True))


def consistency(con: duckdb.DuckDBPyConnection) -> Consistency:
    """Run the consistency rules; keep up to 20 failing rows of each rule that fails."""
    outcome = Consistency()
    for rule, sql in _CHECKS.items():
        cursor = con.execute(f"{sql} LIMIT 20")
        rows = cursor.fetchall()
        if rows:
            outcome.failures[rule] = markdown_table([d[0] for d in cursor.description or []], rows)
    return outcome


def open_published(warehouse: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the file just published."""
    return duckdb.connect(str(warehouse), read_only=True)
