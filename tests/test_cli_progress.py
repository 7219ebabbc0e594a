"""Tests of the run's progress display: plain lines off a terminal, a redrawn bar on one."""

from __future__ import annotations

import io

from pipeline.progress import RunProgress, bar, elapsed

MESSAGES = [
    "[1/3] reading inbox data/sample",
    "      3 records in 1 files",
    "[2/3] extracting 4 shards with 2 worker(s)",
    "      shard 01 done (1/4)",
    "      shard 00 done (2/4)",
    "[3/3] publishing",
    "done in 1.0 s",
]


def test_bar_and_elapsed() -> None:
    """The bar fills in proportion; elapsed time reads m:ss."""
    assert bar(0, 8, 8) == "········" and bar(3, 8, 8) == "███·····" and bar(8, 8, 8) == "████████"
    assert elapsed(75.4) == "1:15"


def test_plain_output_is_one_line_per_message() -> None:
    """Off a terminal: no carriage returns or escape codes, each message on its own line."""
    stream = io.StringIO()
    progress = RunProgress(stream=stream, live=False)
    for message in MESSAGES:
        progress(message)
    progress.close()
    assert stream.getvalue().splitlines() == MESSAGES
    assert "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()


def test_live_output_redraws_a_bar_of_shards() -> None:
    """On a terminal shard messages move the bar instead of adding lines; each phase ends as one line."""
    stream = io.StringIO()
    progress = RunProgress(stream=stream, live=True, interval=0.01)
    for message in MESSAGES:
        progress(message)
    progress.close()
    text = stream.getvalue()
    final_lines = [line.split("\r\x1b[2K")[-1] for line in text.split("\n") if line]
    assert final_lines[0].startswith("[1/3] reading inbox data/sample  0:0")
    assert final_lines[1] == "      3 records in 1 files"
    assert final_lines[2].startswith(f"[2/3] extracting 4 shards with 2 worker(s) {bar(2, 4)} 2/4 shards")
    assert final_lines[3].startswith("[3/3] publishing") and final_lines[4] == "done in 1.0 s"
    assert len(final_lines) == 5 and "shard 01 done" not in text
