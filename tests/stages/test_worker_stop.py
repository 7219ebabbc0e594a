"""A failed run stops its worker processes, though Dagster leaves them deaf to SIGTERM."""

from __future__ import annotations

import threading
import time

import dagster as dg
import pytest

from pipeline.runner import _stop, start_workers

pytestmark = pytest.mark.slow


@dg.asset
def _one() -> int:
    return 1


def _run_a_job_then_work(seconds: float) -> int:
    """A shard's life in a worker: a Dagster job (which points SIGTERM at the worker's ignored
    SIGINT handler), then `seconds` of work."""
    dg.materialize([_one])
    time.sleep(seconds)
    return 1


def test_stopping_a_pool_ends_a_worker_busy_after_a_dagster_job() -> None:
    """Stopping the pool of a failed run returns within seconds and leaves no worker alive."""
    pool = start_workers(2)
    done = pool.apply_async(_run_a_job_then_work, (0.0,))
    busy = pool.apply_async(_run_a_job_then_work, (120.0,))
    done.get(timeout=60)
    time.sleep(1.0)  # both workers have run a job: the busy one is deaf to SIGTERM now
    workers = list(pool._pool)  # type: ignore[attr-defined]  # the pool's processes, to check them after
    stopping = threading.Thread(target=_stop, args=(pool,), daemon=True)
    stopping.start()
    stopping.join(timeout=30)
    hung = stopping.is_alive()
    for worker in workers:  # a regression must fail this test, not hang the suite
        worker.kill()
    assert not hung, "stopping the pool waited for a worker deaf to SIGTERM"
    assert not busy.ready()
    assert not any(worker.is_alive() for worker in workers)
