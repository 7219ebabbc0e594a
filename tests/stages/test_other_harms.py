"""The missing, kidnapped, arrested and displaced through the real run: per article in
`article_summary`, per incident in `events` (the latest update's figure, as for the killed) and
summed in the country views. Every sentence here was written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipeline.runner import run_pipeline

RECORDS = [
    {"id": "wire-1", "published_at": "2025-11-04T09:00:00Z", "source": "Example Wire",
     "title": "Gunmen abduct passengers in Kaduna",
     "text": "Gunmen abducted 12 bus passengers and killed the driver on the Kaduna-Abuja highway in "
             "Kaduna state on Monday, police said."},
    {"id": "paper-1", "published_at": "2025-11-05T15:00:00Z", "source": "Example Daily",
     "title": "Kaduna highway abduction: victims rise to 18",
     "text": "Gunmen abducted 18 bus passengers and killed the driver on the Kaduna-Abuja highway in "
             "Kaduna state on Monday, a local official said on Wednesday."},
    {"id": "wire-2", "published_at": "2025-11-06T10:00:00Z", "source": "Example Wire",
     "title": "Thousands flee clashes in Ituri",
     "text": "Clashes between CODECO militiamen and the army near Djugu in Ituri province on Wednesday "
             "forced about 4,000 residents to flee their homes, and police arrested 15 people, "
             "a local administrator said."},
]


def test_other_harms_reach_the_summary_the_events_and_the_views(tmp_path: Path) -> None:
    """Each article keeps its figures; the incident takes the latest report's; the views sum them."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    warehouse = tmp_path / "events.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    harms = "missing, kidnapped, arrested, displaced"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        summary = {row[0]: row[1:] for row in con.execute(
            f"SELECT source_id, {harms} FROM article_summary").fetchall()}
        events = con.execute(f"SELECT country_iso3, n_reports, {harms} FROM events ORDER BY country_iso3").fetchall()
        week = con.execute(f"SELECT country_iso3, {harms} FROM casualties_by_country_week "
                           "ORDER BY country_iso3").fetchall()
        totals = con.execute(f"SELECT country_iso3, {harms} FROM event_totals ORDER BY country_iso3").fetchall()
    assert summary == {"wire-1": (0, 12, 0, 0), "paper-1": (0, 18, 0, 0), "wire-2": (0, 0, 15, 4000)}
    assert events == [("COD", 1, 0, 0, 15, 4000), ("NGA", 2, 0, 18, 0, 0)]
    assert week == totals == [("COD", 0, 0, 15, 4000), ("NGA", 0, 18, 0, 0)]
