"""The headless run on Dagster's Celery executor: the same assets, every step a Celery task.

The three phases of `pipeline.runner` run here as Dagster runs of the project's own asset
jobs with `dagster_celery.celery_executor` in place of the in-process executor, so each
step goes through the broker to whichever Celery worker takes it. Extraction is one run
per shard, several runs in flight at once so that every worker stays busy. Nothing about
the assets changes: they read and write the staging Parquet files next to the warehouse,
and only the publish step touches DuckDB.

The Celery executor needs a persistent Dagster instance (DAGSTER_HOME) that the workers
can reach: a run, its configuration and its events are stored there, and a worker loads
the job from its code pointer (the job functions of this module) and the run from the
instance.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from functools import cache
from multiprocessing import get_context
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_celery import celery_executor

from pipeline.partitions import SHARD_KEYS
from pipeline.runner import QUIET_LOGS, PipelineError, Progress, RunSummary, failure_reason, warehouse_lock
from pipeline.staging import remove_leftovers, staging_root_for
from pipeline.workers import WorkerDied, end_workers, off_main_thread, stop_workers, worker_results, worker_signals

# The engine event a Celery worker reports as it starts a step names the worker under this key.
WORKER_METADATA_KEY = "Celery worker"
DEFAULT_RUNS_IN_FLIGHT = 4
PhaseResult = tuple[dict[str, object], dict[str, int]]  # (materialisation metadata, steps per worker)


@cache
def _celery_definitions() -> dg.Definitions:
    """The project's assets with the three phase jobs bound to the Celery executor."""
    from pipeline.definitions import ALL_ASSETS, ALL_CHECKS
    from pipeline.jobs import extract_job, ingest_job, publish_job
    from pipeline.resources import build_resources

    jobs = [
        dg.define_asset_job(job.name, selection=job.selection, description=job.description,
                            executor_def=celery_executor)
        for job in (ingest_job, extract_job, publish_job)
    ]
    return dg.Definitions(assets=[*ALL_ASSETS], asset_checks=[*ALL_CHECKS], jobs=jobs, resources=build_resources())


# Module-level job functions: `dg.reconstructable` records them by module and name, and each
# Celery worker imports this module and calls one to rebuild the job of the step it was given.
def celery_ingest_job() -> dg.JobDefinition:
    """Phase 1 (read the inbox into raw shards) on the Celery executor."""
    return _celery_definitions().resolve_job_def("ingest_job")


def celery_extract_job() -> dg.JobDefinition:
    """Phase 2 (clean and extract one shard) on the Celery executor."""
    return _celery_definitions().resolve_job_def("extract_job")


def celery_publish_job() -> dg.JobDefinition:
    """Phase 3 (link duplicates, build events, publish DuckDB) on the Celery executor."""
    return _celery_definitions().resolve_job_def("publish_job")


_PHASE_JOBS: dict[str, Callable[[], dg.JobDefinition]] = {
    "ingest": celery_ingest_job, "extract": celery_extract_job, "publish": celery_publish_job,
}


def run_config(inbox: Path, warehouse: Path, broker: str, backend: str) -> dict[str, Any]:
    """Run configuration: where the run reads and publishes, and which broker carries its steps."""
    return {
        **QUIET_LOGS,
        "execution": {"config": {"broker": broker, "backend": backend}},
        "resources": {"paths": {"config": {"inbox": str(inbox), "warehouse": str(warehouse)}}},
    }


def execute_phase(
    phase: str, inbox: str, warehouse: str, broker: str, backend: str, shard: str | None = None
) -> PhaseResult:
    """Run one phase (one shard of extraction) on Celery and wait for it; raise PipelineError on failure."""
    tags = {"dagster/partition": shard} if shard else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with dg.DagsterInstance.get() as instance:
            result = dg.execute_job(
                dg.reconstructable(_PHASE_JOBS[phase]),
                instance=instance,
                run_config=run_config(Path(inbox), Path(warehouse), broker, backend),
                tags=tags,
                raise_on_error=False,
            )
            if not result.success:
                raise PipelineError(_celery_failure_reason(result, shard))
            return _metadata(result), _steps_per_worker(result)


def _celery_failure_reason(result: dg.ExecuteJobResult, shard: str | None) -> str:
    """The runner's one-line reason; for a run that failed outside its steps (an unreachable broker,
    say), the run's own error instead of a bare 'run failed'."""
    reason = failure_reason(result, shard)  # type: ignore[arg-type]
    if not reason.startswith("run failed"):
        return reason
    for event in reversed(result.all_events):
        error = getattr(event.event_specific_data, "error", None)
        if error is not None:
            lines = [line for line in (error.cause or error).message.strip().splitlines() if line.strip()]
            return f"{reason}: {lines[-1].strip()}" if lines else reason
    return reason


def _metadata(result: dg.ExecuteJobResult) -> dict[str, object]:
    """{asset key: its materialisation metadata} of a finished run."""
    out: dict[str, object] = {}
    for event in result.get_asset_materialization_events():
        materialization = event.event_specific_data.materialization  # type: ignore[union-attr]
        out[materialization.asset_key.to_user_string()] = {
            name: value.value for name, value in materialization.metadata.items()
        }
    return out


def _steps_per_worker(result: dg.ExecuteJobResult) -> dict[str, int]:
    """How many of the run's steps each Celery worker executed (from the workers' own engine events)."""
    counts: Counter[str] = Counter()
    for event in result.all_events:
        metadata = getattr(event.event_specific_data, "metadata", None) or {}
        if event.is_engine_event and WORKER_METADATA_KEY in metadata:
            counts[str(metadata[WORKER_METADATA_KEY].value)] += 1
    return dict(counts)


def start_shard_runners(runs_in_flight: int) -> Pool:
    """Processes that each orchestrate one shard run at a time.

    A Dagster run blocks while its steps run on the workers, so shard runs in flight need
    processes of their own (runs in threads of one process deadlock in `logging`). They are
    forked from a fork server that loaded everything a run needs once (`warm_shard_runner`):
    a fork of this process could inherit a lock held by one of its Polars, Dagster or broker
    threads, and a spawned process would repeat the imports, seconds of work, in each one.
    """
    context = get_context("forkserver")
    context.set_forkserver_preload(["pipeline.shard_runner_warm"])
    return context.Pool(processes=max(1, runs_in_flight), initializer=worker_signals)


def warm_shard_runner() -> None:
    """Import and load what a shard run needs: the jobs, the instance's storage, the Celery client."""
    # The executor's loop and step task, and the result backend and transport of a redis:// broker.
    for module in ("dagster_celery.core_execution_loop", "dagster_celery.tasks", "celery.backends.redis",
                   "kombu.transport.redis"):
        importlib.import_module(module)
    for job in _PHASE_JOBS.values():
        job()
    if os.environ.get("DAGSTER_HOME"):
        dg.DagsterInstance.get().dispose()


def run_pipeline_on_celery(
    inbox: Path,
    warehouse: Path,
    broker: str,
    backend: str | None = None,
    runs_in_flight: int = DEFAULT_RUNS_IN_FLIGHT,
    progress: Progress | None = None,
) -> RunSummary:
    """Run the whole asset graph over `inbox` on Celery workers and publish `warehouse`."""
    if not os.environ.get("DAGSTER_HOME"):
        raise PipelineError("the Celery executor needs a persistent Dagster instance shared with the workers: "
                            "set DAGSTER_HOME (e.g. $PWD/.dagster)")
    say = progress or (lambda message: print(message, file=sys.stderr))
    summary = RunSummary()
    started = time.perf_counter()
    common = (str(inbox), str(warehouse), broker, backend or broker)
    with warehouse_lock(warehouse):
        remove_leftovers(staging_root_for(warehouse), warehouse)
        # Create the instance's databases here, once: processes that all find them missing race
        # to create their schema. The shard runners start now and import while ingest runs.
        dg.DagsterInstance.get().dispose()
        pool = start_shard_runners(runs_in_flight)
        try:
            say(f"[1/3] reading inbox {inbox} on Celery (broker {broker})")
            ingest = _record(summary, "ingest", lambda: execute_phase("ingest", *common))
            _say_ingest(say, ingest.get("raw_articles", {}))  # type: ignore[arg-type]
            say(f"[2/3] extracting {len(SHARD_KEYS)} shards on Celery, {runs_in_flight} shard runs in flight")
            _record(summary, "extract", lambda: _extract_all(pool, common, say, summary))
            say("[3/3] linking duplicates, building events, publishing the warehouse on Celery")
            summary.metadata["publish"] = _record(summary, "publish", lambda: execute_phase("publish", *common))
        except BaseException:
            stop_workers(pool)  # a failed run: stop the shard runs still in flight
            raise
        end_workers(pool, pool.close)
    summary.seconds = time.perf_counter() - started
    counts: Any = summary.metadata["publish"].get("warehouse", {})  # type: ignore[attr-defined]
    workers: Any = summary.metadata.get("celery_workers", {})
    say(
        f"done in {summary.seconds:.1f} s: {counts.get('rows_articles', 0)} articles, "
        f"{counts.get('rows_events', 0)} events, {counts.get('rows_quarantine', 0)} quarantined rows -> {warehouse}"
        f"; steps per Celery worker: {', '.join(f'{name} {n}' for name, n in sorted(workers.items()))}"
    )
    return summary


def _say_ingest(say: Progress, ingest: dict[str, object]) -> None:
    """The runner's line about what the inbox held."""
    say(
        f"      {ingest.get('records_read', 0)} records in {ingest.get('files', 0)} files: "
        f"{ingest.get('articles_loaded', 0)} loaded, {ingest.get('records_quarantined', 0)} quarantined, "
        f"{ingest.get('duplicates_collapsed', 0)} repeats collapsed"
    )


def _record(summary: RunSummary, phase: str, run: Callable[[], PhaseResult | None]) -> dict[str, object]:
    """Run a phase; record its seconds and its steps per worker; return its metadata."""
    started = time.perf_counter()
    outcome = run()
    summary.phase_seconds[phase] = time.perf_counter() - started
    if outcome is None:  # extraction records each shard itself
        return {}
    metadata, workers = outcome
    if phase == "ingest":
        summary.metadata["ingest"] = metadata.get("raw_articles", {})
    _add_workers(summary, workers)
    return metadata


def _add_workers(summary: RunSummary, workers: dict[str, int]) -> None:
    """Add one run's steps per Celery worker to the run's tally."""
    previous: Any = summary.metadata.get("celery_workers", {})
    tally: Counter[str] = Counter(previous)
    tally.update(workers)
    summary.metadata["celery_workers"] = dict(tally)


def _extract_shard(args: tuple[str, str, str, str, str]) -> tuple[str, PhaseResult]:
    """Shard runner entry point: one shard's extraction run on Celery."""
    inbox, warehouse, broker, backend, shard = args
    # off the main thread, where Dagster would make the runner deaf to SIGTERM (see `workers.py`)
    return shard, off_main_thread(execute_phase, "extract", inbox, warehouse, broker, backend, shard)


def _extract_all(pool: Pool, common: tuple[str, str, str, str], say: Progress, summary: RunSummary) -> None:
    """One Celery run per shard, as many in flight as the pool has processes."""
    tasks = [(*common, shard) for shard in SHARD_KEYS]
    try:
        for done, (shard, (metadata, workers)) in enumerate(worker_results(pool, _extract_shard, tasks), 1):
            summary.metadata[f"shard {shard}"] = metadata
            _add_workers(summary, workers)
            say(f"      shard {shard} done ({done}/{len(SHARD_KEYS)})")
    except WorkerDied as exc:
        raise PipelineError(f"a shard runner died: {exc}") from None
