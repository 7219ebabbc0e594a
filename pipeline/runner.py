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
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

import dagster as dg

from pipeline.ingest.readers import inbox_bytes, inbox_fingerprint
from pipeline.partitions import SHARD_KEYS
from pipeline.staging import remove_leftovers, staging_root_for
from pipeline.workers import (
    WorkerDied,
    end_workers,
    off_main_thread,
    start_workers,
    start_workers_soon,
    stop_workers,
    worker_results,
)

Progress = Callable[[str], None]
# Below this many articles per worker, spawning workers costs more than it saves.
MIN_ARTICLES_PER_WORKER = 250
# An inbox this large that changed since the last run starts its workers before it is read.
EARLY_WORKERS_BYTES = 4 << 20
# Dagster's own console log stays silent: progress and the one-line reason are ours.
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

    The run goes off the worker's main thread, so that SIGTERM still ends a worker busy with a
    shard (see `workers.py`).
    """
    return off_main_thread(_extract_shards, *args)


def shard_batches(workers: int) -> list[tuple[str, str]]:
    """Contiguous ranges of shards, two per worker: a run's fixed cost is paid per range, and
    a worker that finishes early still finds a range to take."""
    size = max(1, len(SHARD_KEYS) // (2 * workers))
    return [(SHARD_KEYS[i], SHARD_KEYS[min(i + size, len(SHARD_KEYS)) - 1]) for i in range(0, len(SHARD_KEYS), size)]


def _pending(warehouse: Path) -> int:
    """Articles the extraction phase must process; cached ones cost next to nothing."""
    from pipeline.stages.cache import pending_articles
    from pipeline.stages.clean import RAW_KEY_COLUMNS
    from pipeline.stages.ingest import RAW_TABLE
    from pipeline.staging import Staging
    from pipeline.versions import clean_version, extract_version

    staging = Staging(staging_root_for(warehouse))
    return pending_articles(staging, RAW_TABLE, RAW_KEY_COLUMNS, SHARD_KEYS, clean_version(), extract_version())


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
        try:
            for key, metadata in worker_results(pool, _extract_shards_args, tasks):
                summary.metadata[f"shard {key}"] = metadata
                first, _, last = key.partition("-")
                done += SHARD_KEYS.index(last or first) - SHARD_KEYS.index(first) + 1
                say(f"      shard {key} done ({done}/{len(SHARD_KEYS)})")
        except WorkerDied as exc:
            raise PipelineError(str(exc)) from None
        end_workers(pool, pool.close)  # every shard is done: let the idle workers exit on their own
    summary.phase_seconds["extract"] = time.perf_counter() - phase
