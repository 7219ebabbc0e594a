"""Tests of the run's progress display: plain lines off a terminal, a redrawn bar on one."""

from __future__ import annotations

import io
import time
from pathlib import Path

import polars as pl

from pipeline.progress import RunProgress, ShardWatcher, bar, elapsed
from pipeline.staging import Staging, staging_root_for


def _finish_shard(warehouse: Path, shard: str) -> None:
    """Write the file that marks a shard's extraction as finished."""
    Staging(staging_root_for(warehouse)).write_shard(pl.DataFrame({"x": [1]}), "extract_quarantine", shard)


def _wait_for(predicate, seconds: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.02)


def test_bar_and_elapsed() -> None:
    """The bar fills in proportion; elapsed time reads m:ss."""
    assert bar(0, 8, 8) == "········" and bar(3, 8, 8) == "███·····" and bar(8, 8, 8) == "████████"
    assert elapsed(75.4) == "1:15"


def test_watcher_counts_only_shards_rewritten_since_start(tmp_path: Path) -> None:
    """A shard file left from an earlier run does not count; rewriting it does."""
    warehouse = tmp_path / "w.duckdb"
    _finish_shard(warehouse, "00")
    watcher = ShardWatcher(warehouse, ["00", "01"])
    watcher.start()
    assert watcher.finished() == []
    time.sleep(0.01)
    _finish_shard(warehouse, "01")
    _finish_shard(warehouse, "00")
    assert watcher.finished() == ["00", "01"]


def test_plain_output_is_one_line_per_phase_and_shard(tmp_path: Path) -> None:
    """Off a terminal: no carriage returns, each phase and each finished shard on its own line."""
    warehouse, stream = tmp_path / "w.duckdb", io.StringIO()
    progress = RunProgress(warehouse, stream=stream, live=False, interval=0.02)
    progress("[1/3] reading inbox")
    progress("      3 records in 1 files")
    progress("[2/3] extracting 8 shards with 1 worker(s)")
    _finish_shard(warehouse, "03")
    _wait_for(lambda: "shard 03" in stream.getvalue())
    _finish_shard(warehouse, "05")
    progress("[3/3] publishing")
    progress("done in 1.0 s")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert lines == ["[1/3] reading inbox", "      3 records in 1 files",
                     "[2/3] extracting 8 shards with 1 worker(s)", "      shard 03 done (1/8)",
                     "      shard 05 done (2/8)", "[3/3] publishing", "done in 1.0 s"]


def test_live_output_redraws_a_bar(tmp_path: Path) -> None:
    """On a terminal the extraction line is redrawn in place with a bar and the shards done."""
    warehouse, stream = tmp_path / "w.duckdb", io.StringIO()
    progress = RunProgress(warehouse, stream=stream, live=True, interval=0.02)
    progress("[2/3] extracting 8 shards with 2 worker(s)")
    for shard in ("00", "01"):
        _finish_shard(warehouse, shard)
    _wait_for(lambda: "2/8 shards" in stream.getvalue())
    progress.close()
    text = stream.getvalue()
    assert "\r" in text and "2/8 shards" in text and "█" in text
    assert text.endswith("\n")
