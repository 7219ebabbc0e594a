"""Tests of what the UI shows about the warehouse: totals, the chart, the newest events, the consistency check."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from pipeline.warehouse_report import casualty_chart, consistency, newest_events, summary_counts, text_bar
from tests.handmade_warehouse import E1, build


@pytest.fixture
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    """The hand-made warehouse, in memory."""
    db = build()
    yield db
    db.close()


def test_counts_come_from_events(con: duckdb.DuckDBPyConnection) -> None:
    """Totals are distinct incidents' figures; the syndicated copy is counted as a copy."""
    assert summary_counts(con) == {"events": 3, "killed": 17, "injured": 40, "articles": 4,
                                   "duplicate_articles": 1, "quarantined_rows": 0}


def test_chart_has_a_scaled_bar_per_day(con: duckdb.DuckDBPyConnection) -> None:
    """One row per event day; the busiest figure fills the bar, smaller ones in proportion."""
    chart = casualty_chart(con)
    rows = [line for line in chart.splitlines() if line.startswith("| 2025")]
    assert rows == [f"| 2025-11-09 | {text_bar(12, 40)} 12 | {text_bar(40, 40)} 40 | 1 |",
                    f"| 2025-11-10 | {text_bar(5, 40)} 5 |  0 | 2 |"]
    assert text_bar(40, 40) == "█" * 30 and text_bar(1, 1000) == "█" and text_bar(0, 10) == ""


def test_newest_events_come_first_with_evidence(con: duckdb.DuckDBPyConnection) -> None:
    """The preview lists the latest day first and shows the evidence sentence and source."""
    lines = newest_events(con).splitlines()
    assert lines[0].startswith("| date | country |") and lines[2].startswith("| 2025-11-10")
    assert any("Shelling killed 12 people, medics said. | Wire |" in line for line in lines)


def test_consistency_passes_then_lists_failure_cases(con: duckdb.DuckDBPyConnection) -> None:
    """A consistent warehouse passes; an event that disappears is reported with the articles pointing to it."""
    assert consistency(con).passed
    con.execute("DELETE FROM events WHERE event_id = ?", [E1])
    outcome = consistency(con)
    assert not outcome.passed
    cases = outcome.failures["events the summary points to exist"]
    assert E1 in cases and cases.count(E1) == 2  # the canonical article and its copy
    assert "daily view totals equal the dated events' totals" not in outcome.failures
