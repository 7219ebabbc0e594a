"""Crash safety and readers: SIGKILL at random moments never leaves a half-written warehouse,
and an analyst reading the warehouse while a run publishes sees one consistent state."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.fingerprint import table_fingerprints
from pipeline.runner import run_pipeline

pytestmark = pytest.mark.slow

KILLS = 10


def _write(inbox: Path, name: str, n: int, offset: int = 0) -> None:
    """A JSONL file of n short invented reports."""
    rows = [
        {
            "id": f"{name}-{i}",
            "published_at": "2025-05-0" + str(1 + i % 9),
            "text": f"Gunmen killed {i % 7 + 2} villagers and wounded {i % 5 + 1} others in an attack on "
            f"Monday in district {i + offset}, police said.",
        }
        for i in range(n)
    ]
    (inbox / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def _run_command(inbox: Path, warehouse: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            "--inbox",
            str(inbox),
            "--warehouse",
            str(warehouse),
            "--workers",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def test_sigkill_leaves_old_or_new_state_and_the_next_run_completes(tmp_path: Path) -> None:
    """Killed at 10 random moments, the warehouse always opens as wholly old or wholly new; then a run converges."""
    inbox, reference_inbox = tmp_path / "inbox", tmp_path / "reference-inbox"
    inbox.mkdir()
    reference_inbox.mkdir()
    _write(inbox, "day1", 40)
    warehouse = tmp_path / "w.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    old = table_fingerprints(warehouse)
    # The new state: one more file; its uninterrupted result is computed elsewhere.
    for target in (inbox, reference_inbox):
        _write(target, "day2", 40, offset=100)
    _write(reference_inbox, "day1", 40)
    started = time.perf_counter()
    run_pipeline(reference_inbox, tmp_path / "reference.duckdb", workers=1, progress=lambda _: None)
    new = table_fingerprints(tmp_path / "reference.duckdb")
    assert new != old
    full_run = max(time.perf_counter() - started + 3.0, 6.0)  # a fresh process also pays its imports
    rng = random.Random(20251125)
    seen = set()
    for _ in range(KILLS):
        proc = _run_command(inbox, warehouse)
        time.sleep(rng.uniform(0.2, full_run))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        state = table_fingerprints(warehouse)  # opens: never a torn or half-written file
        assert state in (old, new)
        seen.add("new" if state == new else "old")
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    assert table_fingerprints(warehouse) == new
    assert not list(tmp_path.glob(".w.duckdb.*")), "temporary files of killed runs are cleaned up"


READER = """
import duckdb, json, sys, time
path, out, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
seen, errors, end = [], [], time.time() + seconds
while time.time() < end:
    try:
        con = duckdb.connect(path, read_only=True)
        a = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        time.sleep(0.05)
        s = con.execute("SELECT count(*) FROM article_summary").fetchone()[0]
        seen.append([a, s])
        con.close()
    except Exception as exc:
        errors.append(repr(exc))
    time.sleep(0.05)
json.dump({"seen": seen, "errors": errors}, open(out, "w"))
"""


def test_reader_during_a_run_sees_a_consistent_state(tmp_path: Path) -> None:
    """A read-only reader in another process neither breaks the run nor sees a half-written state."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox, "day1", 30)
    warehouse = tmp_path / "w.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    _write(inbox, "day2", 30, offset=100)
    out = tmp_path / "reader.json"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(warehouse), str(out), "12"])
    time.sleep(1.0)
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    reader.wait(timeout=60)
    result = json.loads(out.read_text())
    assert not result["errors"]
    assert result["seen"] and all(a == s for a, s in result["seen"])  # never one table old, another new
    assert {a for a, _ in result["seen"]} <= {30, 60}
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (60,)
    con.close()
