"""Disputed tolls through the real run: ACLED's conservative figure in `killed`, the highest credible
report in `killed_high`, the civilians among the killed, in `article_summary` and in `events`."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipeline.runner import run_pipeline

RECORDS = [
    {"id": "wire-1", "published_at": "2025-11-04T09:00:00Z", "source": "Example Wire",
     "title": "Gunmen kill seven in Zamfara village",
     "text": "Gunmen killed seven villagers in Kaura Namoda, Zamfara state, on Monday, police said. "
             "Residents said 11 people were killed and 4 were wounded in the attack."},
    {"id": "paper-1", "published_at": "2025-11-04T15:00:00Z", "source": "Example Daily",
     "title": "Bandits attack Kaura Namoda",
     "text": "Bandits killed eight people, including two police officers, in Kaura Namoda in Zamfara "
             "state on Monday, a local official said."},
]


def test_disputed_figures_are_kept_apart(tmp_path: Path) -> None:
    """killed keeps each article's conservative figure, killed_high its highest report, events both;
    the event's civilians come from the report that gave its killed figure."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    warehouse = tmp_path / "events.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        summary = dict(
            (row[0], row[1:])
            for row in con.execute(
                "SELECT source_id, killed, killed_high, injured, injured_high, civilians_killed FROM article_summary"
            ).fetchall()
        )
        columns = "killed, killed_low, killed_high, civilians_killed, n_reports"
        events = con.execute(f"SELECT {columns} FROM events").fetchall()
    assert summary["wire-1"] == (7, 11, 4, 4, 7)
    assert summary["paper-1"] == (8, 8, 0, 0, 6)
    assert events == [(7, 7, 11, 7, 2)]
