"""The worker processes of a headless run: start, feed, watch and stop a pool.

What belongs here is the pool's life cycle and nothing of the pipeline's: the shards a worker
runs are `runner.py`'s. Two hazards shape it. Dagster points SIGTERM at SIGINT's handler when
it runs a job on a process's main thread, and workers ignore SIGINT (Ctrl-C is the parent's),
so jobs run off the main thread (`off_main_thread`) and a pool that will not stop is killed
after a grace period (`end_workers`). And `multiprocessing.Pool` replaces a worker that dies
(killed for memory, say) but waits for ever for the task it held, so results are read with a
watch on the workers (`worker_results`).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing import TimeoutError as MultiprocessingTimeoutError
from multiprocessing import active_children, get_context
from multiprocessing.pool import Pool
from multiprocessing.process import BaseProcess
from typing import TypeVar

T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")
# Seconds a pool's workers get to stop before they are killed (see `end_workers`).
_STOP_GRACE_SECONDS = 3.0
# Seconds between checks that every worker process is still alive while tasks run.
_WORKER_CHECK_SECONDS = 1.0


class WorkerDied(RuntimeError):
    """A worker process died while the pool had tasks to run."""


def worker_signals() -> None:
    """A worker's signals: Ctrl-C is the parent's to handle; SIGTERM ends the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # An ignored SIGTERM survives exec: a parent that ignores it (one that ran a Dagster job on
    # its main thread with SIGINT ignored, say) would hand deaf workers to the fork server.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _init_worker() -> None:
    """Worker start-up: signals set (`worker_signals`), the asset graph imported once.

    Gazetteers, town lists and the language model stay lazy: each loads in the worker that
    first needs it, and a corpus that never needs one (lower-cased text, English only) never
    pays for it.
    """
    worker_signals()
    import pipeline.definitions  # noqa: F401 - the asset graph, imported before the first shard needs it


def start_workers(workers: int) -> Pool:
    """A pool of worker processes forked from a fork server that has imported the asset graph.

    Not forked from this process: Polars' and Dagster's threads here do not survive a fork,
    and such a worker can deadlock on a lock one of them held. The fork server is a fresh,
    single-threaded process that only imports modules, so its children start at once with
    everything imported; its own start-up overlaps the reading of the inbox.
    """
    context = get_context("forkserver")
    context.set_forkserver_preload(["pipeline.definitions"])
    return context.Pool(processes=workers, initializer=_init_worker)


def start_workers_soon(workers: int) -> Future[Pool]:
    """`start_workers` on a background thread.

    Creating the pool blocks until the fork server has imported the asset graph (~2 s); on a
    thread, that import runs while this process reads the inbox. The thread only talks to the
    fork server over a socket, so no fork happens in this threaded process.
    """
    starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="start-workers")
    future = starter.submit(start_workers, workers)
    starter.shutdown(wait=False)  # the thread ends once the pool is up
    return future


def stop_workers(pool: Pool | Future[Pool] | None) -> None:
    """Terminate a pool (waiting for one still starting); errors while starting are moot here."""
    if isinstance(pool, Future):
        try:
            pool = pool.result()
        except Exception:
            return
    if pool is not None:
        end_workers(pool, pool.terminate)


def end_workers(pool: Pool, how: Callable[[], None]) -> None:
    """End a pool with `how` (`terminate`, or `close` once its work is done) and join it, in at
    most about twice the grace period.

    A worker still busy with a shard that outlives `terminate`'s SIGTERM (a library that handles
    the signal: see the module docstring), or one that cannot reach the end-of-work message
    because another died holding the task queue's lock, would make the join wait for ever: after
    the grace period every worker still alive gets SIGKILL (a staged write it was making is
    atomic: see `staging.py`). A worker that died holding that lock leaves `terminate` itself
    waiting for the lock for ever; the ending then runs on in a daemon thread, and this returns.
    """
    workers = active_children()
    ending = threading.Thread(target=_end, args=(pool, how), name="end-workers", daemon=True)
    ending.start()
    ending.join(_STOP_GRACE_SECONDS)
    if ending.is_alive():
        _kill(workers)
        ending.join(_STOP_GRACE_SECONDS)


def _end(pool: Pool, how: Callable[[], None]) -> None:
    how()
    pool.join()


def worker_results(pool: Pool, function: Callable[[A], R], tasks: list[A]) -> Iterator[R]:
    """`pool.imap_unordered(function, tasks)`, failing the run when a worker process dies (killed
    for memory, say): `Pool` replaces the worker but would wait for ever for the task it held."""
    workers = [worker for worker in active_children() if worker.exitcode is None]
    results = pool.imap_unordered(function, tasks)
    while True:
        try:
            yield results.next(timeout=_WORKER_CHECK_SECONDS)
        except StopIteration:
            return
        except MultiprocessingTimeoutError:
            dead = [worker.exitcode for worker in workers if worker.exitcode is not None]
            if dead:
                code = dead[0]
                how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
                raise WorkerDied(f"a worker process {how} (out of memory?); rerun to resume") from None


def _kill(workers: list[BaseProcess]) -> None:
    """SIGKILL each worker process still running."""
    for worker in workers:
        if worker.is_alive():
            worker.kill()


def off_main_thread(function: Callable[..., T], *args: object) -> T:
    """`function(*args)`, run on a thread of its own: Dagster then leaves the process's signal
    handlers alone, and SIGTERM keeps its default action (see the module docstring)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="shard-run") as runner:
        return runner.submit(function, *args).result()
