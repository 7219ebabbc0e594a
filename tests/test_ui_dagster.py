"""The Dagster UI as a user opens it: `dagster dev` on loopback answers GraphQL with the asset graph.

Starts `dagster dev` on a free 127.0.0.1 port with a temporary DAGSTER_HOME and warehouse,
asks its GraphQL endpoint for the assets, their groups, descriptions and checks, and for the
schedule and sensors, then stops the server's whole process group by PID.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

STARTUP_SECONDS = 150  # a cold start on a busy two-core CI machine; usually 20-40 s
GROUPS = {"ingest", "clean", "extract", "events", "warehouse"}
ASSETS_QUERY = """{ assetNodes { assetKey { path } description groupName
    assetChecksOrError { ... on AssetChecks { checks { name description } } } } }"""
AUTOMATION_QUERY = """{ repositoriesOrError { ... on RepositoryConnection { nodes {
    schedules { name description cronSchedule } sensors { name description } } } } }"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _graphql(port: int, query: str) -> dict[str, object]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", method="POST",
                                     data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=20) as response:
        answer = json.load(response)
    assert "errors" not in answer, answer.get("errors")
    return answer["data"]  # type: ignore[no-any-return]


def _stop(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group (webserver, daemon, code servers), SIGKILL after 20 s."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):  # children that outlived the parent are still in the group
        os.killpg(server.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def ui_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """A running `dagster dev` on loopback with a temporary instance; stopped afterwards."""
    root = tmp_path_factory.mktemp("dagster-ui")
    home = root / "home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / ".dagster" / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "PIPELINE_WAREHOUSE": str(root / "events.duckdb")}
    log = (root / "dagster-dev.log").open("wb")
    dagster = Path(sys.executable).with_name("dagster")
    server = subprocess.Popen([str(dagster), "dev", "-h", "127.0.0.1", "-p", str(port)], cwd=PROJECT_ROOT,
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert server.poll() is None, (root / "dagster-dev.log").read_text()[-3000:]
            try:
                if _graphql(port, "{ assetNodes { id } }").get("assetNodes"):
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "dagster dev did not answer in time"
            time.sleep(1)
        yield port
    finally:
        _stop(server)
        log.close()


def test_graphql_serves_the_asset_graph_with_groups_and_descriptions(ui_port: int) -> None:
    """Every asset is in the graph, in one of the five groups, with a description; checks are described."""
    nodes = _graphql(ui_port, ASSETS_QUERY)["assetNodes"]
    assets = {"/".join(n["assetKey"]["path"]): n for n in nodes}  # type: ignore[index,union-attr]
    assert {"raw_articles", "clean_articles", "casualty_mentions", "events", "quarantine", "warehouse"} <= set(assets)
    for name, node in assets.items():
        assert node["groupName"] in GROUPS, name
        assert node["description"], name
        for check in (node["assetChecksOrError"] or {}).get("checks", []):
            assert check["description"], (name, check["name"])
    checks = {c["name"] for n in assets.values() for c in (n["assetChecksOrError"] or {}).get("checks", [])}
    assert {"records_accounted_for", "events_schema", "warehouse_consistent"} <= checks


def test_schedule_and_sensors_are_listed_and_documented(ui_port: int) -> None:
    """The daily schedule and the inbox sensor appear in the UI with their descriptions."""
    repositories = _graphql(ui_port, AUTOMATION_QUERY)["repositoriesOrError"]["nodes"]  # type: ignore[index]
    schedules = {s["name"]: s for r in repositories for s in r["schedules"]}
    sensors = {s["name"]: s for r in repositories for s in r["sensors"]}
    assert schedules["daily_rerun"]["cronSchedule"] == "0 5 * * *" and schedules["daily_rerun"]["description"]
    assert sensors["inbox_sensor"]["description"] and sensors["run_failure_alert"]["description"]
