"""The headless run: the project's own asset graph, in-process, phase by phase.

Phase 1 materialises `raw_articles`, phase 2 the extraction assets once per
shard (in worker processes when there is more than one worker), phase 3 the
event and warehouse assets. These are the same asset definitions the
Dagster UI materialises; with DAGSTER_HOME set, the runs are recorded in that
instance and show up in the UI. A lock file keeps two runs from writing the
same warehouse at once.
"""

from __future__ import annotations

import fcntl
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import TimeoutError as MultiprocessingTimeoutError
from multiprocessing import active_children, get_context
from multiprocessing.pool import Pool
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, TypeVar

import dagster as dg

from pipeline.ingest.readers import inbox_bytes, inbox_fingerprint
from pipeline.partitions import SHARD_KEYS
from pipeline.staging import remove_leftovers, staging_root_for

Progress = Callable[[str], None]
# Below this many articles per worker, spawning workers costs more than it saves.
MIN_ARTICLES_PER_WORKER = 250
# An inbox this large that changed since the last run starts its workers before it is read.
EARLY_WORKERS_BYTES = 4 << 20
# Dagster's own console log stays silent: progress and the one-line reason are ours.
T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")
# Seconds a failed run gives its workers to stop before killing them (see `stop_workers`).
_STOP_GRACE_SECONDS = 3.0
# Seconds between checks that every worker process is still alive while shards run.
_WORKER_CHECK_SECONDS = 1.0
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


class PipelineError(RuntimeError):
    """A run that did not complete, with a one-line reason."""


@dataclass(slots=True)
class RunSummary:
    """What a headless run did."""

    seconds: float = 0.0
    phase_seconds: dict[str, float] = field(default_factory=dict)
    metadata: dict[str, object] = field(default_factory=dict)


def _instance() -> dg.DagsterInstance:
    """The DAGSTER_HOME instance when configured (runs show in the UI), else an ephemeral one."""
    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def _materialize(
    selection: dg.AssetSelection,
    inbox: Path,
    warehouse: Path,
    instance: dg.DagsterInstance,
    partition_key: str | None = None,
    shard_range: tuple[str, str] | None = None,
) -> dict[str, object]:
    """Materialise a selection of the project's assets (one partition, or a range of shards in
    one run); raise PipelineError on any failure."""
    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
    from pipeline.resources import build_resources

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = dg.materialize(
            [*ALL_ASSETS, *ALL_CHECKS],
            selection=selection,
            resources=build_resources(inbox, warehouse),
            partition_key=partition_key,
            instance=instance,
            raise_on_error=False,
            run_config=QUIET_LOGS,
            tags=_range_tags(shard_range),
        )
    if not result.success:
        raise PipelineError(failure_reason(result, partition_key or (shard_range and "-".join(shard_range))))
    metadata: dict[str, object] = {}
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization  # type: ignore[union-attr]
        key = materialization.asset_key.to_user_string()
        metadata[key] = {name: value.value for name, value in materialization.metadata.items()}
    return metadata


def _range_tags(shard_range: tuple[str, str] | None) -> dict[str, str] | None:
    """Dagster's run tags for materialising a range of partitions in one run."""
    if shard_range is None:
        return None
    return {"dagster/asset_partition_range_start": shard_range[0], "dagster/asset_partition_range_end": shard_range[1]}


def failure_reason(result: dg.ExecuteInProcessResult, partition_key: str | None) -> str:
    """One line saying which step or check failed and why."""
    where = f" (shard {partition_key})" if partition_key else ""
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation: Any = event.event_specific_data
            if not evaluation.passed:
                return f"check {evaluation.check_name} on {evaluation.asset_key.to_user_string()} failed{where}"
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error  # type: ignore[union-attr]
            cause = (error.cause or error) if error is not None else None
            text = ((cause.message if cause is not None else "") or "").strip().splitlines()
            return f"step {event.step_key} failed{where}: {text[-1] if text else 'unknown error'}"
    return f"run failed{where}"


def _extract_shards(inbox: str, warehouse: str, first: str, last: str) -> tuple[str, dict[str, object]]:
    """Worker entry point: materialise the extraction assets of a range of shards in one run."""
    from pipeline.jobs import EXTRACT

    shard_range = None if first == last else (first, last)
    key = first if first == last else f"{first}-{last}"
    return key, _materialize(
        EXTRACT, Path(inbox), Path(warehouse), _instance(), first if not shard_range else None, shard_range=shard_range
    )


def _extract_shards_args(args: tuple[str, str, str, str]) -> tuple[str, dict[str, object]]:
    """`_extract_shards` for Pool.imap_unordered, which passes one argument.

    The run goes on a thread of its own: Dagster installs signal handlers only on the main
    thread, where it points SIGTERM at SIGINT's handler, which a worker ignores (Ctrl-C is the
    parent's). Off the main thread, SIGTERM keeps its default, so `Pool.terminate()` ends a
    worker busy with a shard at once instead of waiting for it for ever.
    """
    return off_main_thread(_extract_shards, *args)


def off_main_thread(function: Callable[..., T], *args: object) -> T:
    """`function(*args)`, run on a thread of its own (see `_extract_shards_args`)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="shard-run") as runner:
        return runner.submit(function, *args).result()


def shard_batches(workers: int) -> list[tuple[str, str]]:
    """Contiguous ranges of shards, two per worker: a run's fixed cost is paid per range, and
    a worker that finishes early still finds a range to take."""
    size = max(1, len(SHARD_KEYS) // (2 * workers))
    return [(SHARD_KEYS[i], SHARD_KEYS[min(i + size, len(SHARD_KEYS)) - 1]) for i in range(0, len(SHARD_KEYS), size)]


def _init_worker() -> None:
    """Worker start-up: Ctrl-C is the parent's to handle; the asset graph is imported once.

    Gazetteers, town lists and the language model stay lazy: each loads in the worker that
    first needs it, and a corpus that never needs one (lower-cased text, English only) never
    pays for it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # An ignored SIGTERM survives exec: a parent that ignores it (one that ran a Dagster job on
    # its main thread with SIGINT ignored, say) would hand deaf workers to the fork server.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    import pipeline.definitions  # noqa: F401 - the asset graph, imported before the first shard needs it


def _pending(warehouse: Path) -> int:
    """Articles the extraction phase must process; cached ones cost next to nothing."""
    from pipeline.stages.cache import pending_articles
    from pipeline.stages.clean import RAW_KEY_COLUMNS
    from pipeline.stages.ingest import RAW_TABLE
    from pipeline.staging import Staging
    from pipeline.versions import clean_version, extract_version

    staging = Staging(staging_root_for(warehouse))
    return pending_articles(staging, RAW_TABLE, RAW_KEY_COLUMNS, SHARD_KEYS, clean_version(), extract_version())


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
    """End a pool with `how` (`terminate`, or `close` once its work is done) and join it.

    A worker still busy with a shard that outlives `terminate`'s SIGTERM (a library that handles
    the signal: see `_extract_shards_args`), or that cannot reach the end-of-work message because
    a worker killed earlier died holding the task queue's lock, would make the join wait for
    ever. One still alive after a grace period gets SIGKILL; a staged write it was making is
    atomic (see `staging.py`).
    """
    watchdog = threading.Timer(_STOP_GRACE_SECONDS, _kill, [active_children()])
    watchdog.daemon = True
    watchdog.start()
    try:
        how()
        pool.join()
    finally:
        watchdog.cancel()


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
                raise PipelineError(f"a worker process {how} (out of memory?); rerun to resume") from None


def _kill(workers: list[BaseProcess]) -> None:
    """SIGKILL each worker process still running."""
    for worker in workers:
        if worker.is_alive():
            worker.kill()


class RunRecord:
    """What the last successful run saw: the inbox's fingerprint and the code versions.

    Lets a run guess, before reading anything, whether extraction will have work to do.
    """

    def __init__(self, inbox: Path, warehouse: Path) -> None:
        from pipeline.versions import clean_version, extract_version

        self.path = staging_root_for(warehouse) / "last_run.fingerprint"
        self.current = f"{inbox_fingerprint(inbox)} {clean_version()} {extract_version()}"

    def changed(self) -> bool:
        """True when the inbox or the code differ from the last successful run."""
        return not self.path.exists() or self.path.read_text() != self.current

    def save(self) -> None:
        """Remember this run (call once it has succeeded)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(self.current)


@contextmanager
def warehouse_lock(warehouse: Path) -> Iterator[None]:
    """Hold an exclusive lock on the warehouse for the whole run."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise PipelineError(f"warehouse {warehouse} is locked by another run ({holder})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_pipeline(inbox: Path, warehouse: Path, workers: int = 1, progress: Progress | None = None) -> RunSummary:
    """Run the whole asset graph over `inbox` and publish `warehouse`."""
    say = progress or (lambda message: print(message, file=sys.stderr))
    summary = RunSummary()
    started = time.perf_counter()
    workers = max(1, min(workers, len(SHARD_KEYS)))
    with warehouse_lock(warehouse):
        remove_leftovers(staging_root_for(warehouse), warehouse)
        _run_phases(inbox, warehouse, workers, say, summary)
    summary.seconds = time.perf_counter() - started
    counts = summary.metadata["publish"].get("warehouse", {})  # type: ignore[attr-defined]
    say(
        f"done in {summary.seconds:.1f} s: {counts.get('rows_articles', 0)} articles, "
        f"{counts.get('rows_events', 0)} events, {counts.get('rows_quarantine', 0)} quarantined rows -> {warehouse}"
    )
    return summary


def _run_phases(inbox: Path, warehouse: Path, workers: int, say: Progress, summary: RunSummary) -> None:
    """Ingest, extract every shard (in worker processes for a large inbox), publish."""
    from pipeline.jobs import PUBLISH

    instance = _instance()
    record = RunRecord(inbox, warehouse)
    # A large inbox that changed since the last run will need workers: start them now, so their
    # start-up overlaps the reading of the inbox.
    big_change = workers > 1 and record.changed() and inbox_bytes(inbox) >= EARLY_WORKERS_BYTES
    early = start_workers_soon(workers) if big_change else None
    pool: Pool | Future[Pool] | None = early
    try:
        pool = _ingest(inbox, warehouse, instance, say, summary, early, workers)
        _extract(inbox, warehouse, pool, workers if pool else 1, say, summary)
    except BaseException:
        stop_workers(pool)  # a failed phase: stop the workers now
        raise
    say("[3/3] linking duplicates, building events, publishing the warehouse")
    phase = time.perf_counter()
    summary.metadata["publish"] = _materialize(PUBLISH, inbox, warehouse, instance)
    summary.phase_seconds["publish"] = time.perf_counter() - phase
    record.save()


def _ingest(
    inbox: Path,
    warehouse: Path,
    instance: dg.DagsterInstance,
    say: Progress,
    summary: RunSummary,
    early: Future[Pool] | None,
    workers: int,
) -> Pool | None:
    """Phase 1; returns the worker pool phase 2 should use (None: extract in this process)."""
    from pipeline.jobs import INGEST

    say(f"[1/3] reading inbox {inbox}")
    phase = time.perf_counter()
    ingest: dict[str, object] = _materialize(INGEST, inbox, warehouse, instance).get("raw_articles", {})  # type: ignore[assignment]
    summary.phase_seconds["ingest"] = time.perf_counter() - phase
    summary.metadata["ingest"] = ingest
    say(
        f"      {ingest.get('records_read', 0)} records in {ingest.get('files', 0)} files: "
        f"{ingest.get('articles_loaded', 0)} loaded, {ingest.get('records_quarantined', 0)} quarantined, "
        f"{ingest.get('duplicates_collapsed', 0)} repeats collapsed"
    )
    if workers > 1 and _pending(warehouse) >= MIN_ARTICLES_PER_WORKER * 2:
        return early.result() if early is not None else start_workers(workers)
    stop_workers(early)  # little to extract after all: this process is faster on its own
    return None


def _extract(inbox: Path, warehouse: Path, pool: Pool | None, workers: int, say: Progress, summary: RunSummary) -> None:
    """Phase 2: each shard in its own run, spread over the pool; without a pool, one run covers
    them all (a partition range), which saves a run's fixed cost per shard."""
    from pipeline.jobs import EXTRACT

    phase = time.perf_counter()
    say(f"[2/3] extracting {len(SHARD_KEYS)} shards with {workers} worker(s)")
    if pool is None:
        shard_range = (SHARD_KEYS[0], SHARD_KEYS[-1])
        summary.metadata["shards"] = _materialize(EXTRACT, inbox, warehouse, _instance(), shard_range=shard_range)
        say(f"      shards {shard_range[0]}-{shard_range[1]} done ({len(SHARD_KEYS)}/{len(SHARD_KEYS)})")
    else:
        tasks = [(str(inbox), str(warehouse), first, last) for first, last in shard_batches(workers)]
        done = 0
        for key, metadata in worker_results(pool, _extract_shards_args, tasks):
            summary.metadata[f"shard {key}"] = metadata
            first, _, last = key.partition("-")
            done += SHARD_KEYS.index(last or first) - SHARD_KEYS.index(first) + 1
            say(f"      shard {key} done ({done}/{len(SHARD_KEYS)})")
        end_workers(pool, pool.close)  # every shard is done: let the idle workers exit on their own
    summary.phase_seconds["extract"] = time.perf_counter() - phase
