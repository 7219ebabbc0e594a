"""Worker pools (pipeline/workers.py): a failed run stops its workers, though Dagster, left to
itself, makes them deaf to SIGTERM, and a worker that dies fails the run instead of hanging it."""

from __future__ import annotations

import signal
import threading
import time

import dagster as dg
import pytest

from pipeline.workers import WorkerDied, off_main_thread, start_workers, stop_workers, worker_results

pytestmark = pytest.mark.slow


@dg.asset
def _one() -> int:
    return 1


def _run_a_job_then_work(seconds: float) -> int:
    """A shard's life in a worker, run on the main thread: a Dagster job (which points SIGTERM at
    the worker's ignored SIGINT handler), then `seconds` of work."""
    dg.materialize([_one])
    time.sleep(seconds)
    return 1


def _sigterm_after_a_job_off_the_main_thread() -> bool:
    """True when SIGTERM still has its default action after a Dagster job run as shards are."""
    off_main_thread(dg.materialize, [_one])
    return signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


def test_a_shard_run_leaves_its_worker_killable() -> None:
    """A job run the way the workers run shards leaves SIGTERM's default action in place."""
    pool = start_workers(1)
    try:
        assert pool.apply_async(_sigterm_after_a_job_off_the_main_thread).get(timeout=60)
    finally:
        pool.terminate()
        pool.join()


def test_stopping_a_pool_ends_a_worker_deaf_to_sigterm() -> None:
    """Stopping the pool of a failed run returns within seconds, even with a busy worker that ignores SIGTERM."""
    pool = start_workers(2)
    done = pool.apply_async(_run_a_job_then_work, (0.0,))
    busy = pool.apply_async(_run_a_job_then_work, (120.0,))
    done.get(timeout=60)
    time.sleep(1.0)  # both workers have run a job: the busy one is deaf to SIGTERM now
    workers = list(pool._pool)  # type: ignore[attr-defined]  # the pool's processes, to check them after
    stopping = threading.Thread(target=stop_workers, args=(pool,), daemon=True)
    stopping.start()
    stopping.join(timeout=30)
    hung = stopping.is_alive()
    for worker in workers:  # a regression must fail this test, not hang the suite
        worker.kill()
    assert not hung, "stopping the pool waited for a worker deaf to SIGTERM"
    assert not busy.ready()
    assert not any(worker.is_alive() for worker in workers)


def _work(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def test_a_worker_killed_mid_task_fails_the_run_instead_of_hanging_it() -> None:
    """A worker killed while it holds a task (the OOM killer's way) fails the run within seconds."""
    pool = start_workers(2)
    raised: list[BaseException] = []

    def next_result() -> None:
        try:
            next(results)
        except BaseException as exc:  # the test inspects what was raised
            raised.append(exc)

    try:
        results = worker_results(pool, _work, [0.0, 60.0, 60.0])
        assert next(results) == 0.0
        time.sleep(0.5)
        victim = max(pool._pool, key=lambda worker: worker.pid)  # type: ignore[attr-defined]
        victim.kill()
        waiting = threading.Thread(target=next_result, daemon=True)  # a regression must fail, not hang
        waiting.start()
        waiting.join(timeout=15)
        assert not waiting.is_alive(), "the run waited for the dead worker's task"
        assert isinstance(raised[0], WorkerDied) and "killed by signal 9" in str(raised[0])
    finally:
        stop_workers(pool)


def test_stopping_a_pool_whose_idle_workers_died_returns() -> None:
    """Idle workers killed while one holds the task queue's lock (the OOM killer's way) do not hang the stop."""
    pool = start_workers(2)
    assert pool.apply_async(_work, (0.0,)).get(timeout=60) == 0.0
    time.sleep(1.0)  # both workers idle: one waits on the task queue holding its lock
    workers = list(pool._pool)  # type: ignore[attr-defined]
    for worker in workers:
        worker.kill()
    stopping = threading.Thread(target=stop_workers, args=(pool,), daemon=True)
    stopping.start()
    stopping.join(timeout=30)
    assert not stopping.is_alive(), "stopping the pool waited for ever on a dead worker's lock"
