"""Take a screenshot of the Dagster UI's asset graph after a run: docs/asset-graph.png.

    .venv/bin/python scripts/screenshot_ui.py [--out docs/asset-graph.png] [--port 3391]

What it does, all on this machine and in temporary folders: runs the pipeline on the bundled
sample inbox with a fresh DAGSTER_HOME (so the UI shows the run's materialisations), starts
`dagster dev` on 127.0.0.1, drives headless Chromium over the DevTools protocol (dismiss the
welcome dialog, hide the side panels, expand every asset group) and saves the graph's area
as a PNG. Every process it starts is stopped
by its PID. Needs Debian's chromium (`apt-get install -y chromium`); the test suite does not
use this script.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from websockets.sync.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--remote-debugging-port=0"]


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check, seconds: float, what: str) -> None:  # type: ignore[no-untyped-def]
    """Poll `check` until it is true; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise SystemExit(f"error: timed out waiting for {what}")


def graphql_ready(port: int) -> bool:
    """True once the webserver answers a GraphQL query with the asset graph."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", method="POST",
                                     data=b'{"query": "{ assetNodes { id } }"}',
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return bool(json.load(response).get("data", {}).get("assetNodes"))
    except OSError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process group we started: SIGTERM, then SIGKILL after 15 s."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


class Page:
    """One Chromium tab driven over the DevTools protocol (flattened session)."""

    def __init__(self, socket_: ClientConnection, session: str) -> None:
        self.socket, self.session, self.next_id = socket_, session, 100

    def call(self, method: str, **params: object) -> dict[str, object]:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params,
                                     "sessionId": self.session}))
        while True:
            message = json.loads(self.socket.recv(timeout=60))
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def js(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")  # type: ignore[union-attr]


def open_page(browser: ClientConnection) -> Page:
    """A new tab attached to `browser`'s connection."""
    browser.send(json.dumps({"id": 1, "method": "Target.createTarget", "params": {"url": "about:blank"}}))
    target = json.loads(browser.recv(timeout=30))["result"]["targetId"]
    browser.send(json.dumps({"id": 2, "method": "Target.attachToTarget",
                             "params": {"targetId": target, "flatten": True}}))
    while True:
        message = json.loads(browser.recv(timeout=30))
        if message.get("id") == 2:
            return Page(browser, message["result"]["sessionId"])


# Clicks the n-th button showing an icon (Dagster's buttons carry no labels, only icon masks).
_CLICK_ICON = ("((name, nth) => { const found = [...document.querySelectorAll('button')].filter(b => {"
               " const icon = b.querySelector('.iconGlobal'); return icon && getComputedStyle(icon).maskImage"
               ".includes('/' + name + '.'); }); if (found[nth]) found[nth].click(); return found.length; })")
_CLICK_SKIP = ("(() => { const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim()"
               " === 'Skip'); if (b) b.click(); return Boolean(b); })()")
# The graph's nodes and groups are HTML inside SVG foreignObjects: their union is the picture.
_GRAPH_BOX = ("(() => { let x0 = 1e9, y0 = 1e9, x1 = 0, y1 = 0; for (const el of document.querySelectorAll("
              "'foreignObject')) { const r = el.getBoundingClientRect(); if (!r.width) continue; x0 = Math.min(x0,"
              " r.x); y0 = Math.min(y0, r.y); x1 = Math.max(x1, r.right); y1 = Math.max(y1, r.bottom); }"
              " return [x0, y0, x1, y1]; })()")
def capture(port: int, out: Path, width: int, height: int) -> None:
    """Open the global asset graph with every group expanded and save the graph's area as a PNG."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("error: chromium not found; install it with `apt-get install -y chromium`")
    with tempfile.TemporaryDirectory() as profile:
        browser = subprocess.Popen([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            active = Path(profile) / "DevToolsActivePort"
            wait_until(active.exists, 30, "Chromium's DevTools port")
            devtools_port, path = active.read_text().split()[:2]
            with connect(f"ws://127.0.0.1:{devtools_port}{path}", max_size=None) as socket_:
                page = open_page(socket_)
                # A window big enough for the whole graph at the zoom that shows each asset's status.
                page.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                          deviceScaleFactor=1, mobile=False)
                page.call("Page.navigate", url=f"http://127.0.0.1:{port}/asset-groups")
                wait_until(lambda: "Global asset lineage" in str(page.js("document.body.innerText")), 120,
                           "the UI to load")
                time.sleep(2)
                page.js(_CLICK_SKIP)  # the first-visit dialog, when the UI shows it
                time.sleep(1.5)
                for kind in ("keyDown", "keyUp"):  # Alt+E: "Expand all groups"
                    page.call("Input.dispatchKeyEvent", type=kind, modifiers=1, key="e", code="KeyE",
                              windowsVirtualKeyCode=69)
                wait_until(lambda: "casualty_mentions" in str(page.js("document.body.innerText")), 30,
                           "the expanded graph")
                time.sleep(2)
                # Hiding the side panels resizes the graph's pane, and the UI then fits the expanded
                # graph into it (expanding alone keeps the collapsed graph's zoom and centre).
                for action in (f"{_CLICK_ICON}('panel_show_right', 1)",  # the group list
                               f"{_CLICK_ICON}('panel_show_right', 0)"):  # the navigation
                    page.js(action)
                    time.sleep(1.5)
                time.sleep(4)  # layout and materialisation badges settle
                x0, y0, x1, y1 = page.js(_GRAPH_BOX)  # type: ignore[misc]
                clip = {"x": max(0, x0 - 24), "y": max(0, y0 - 24), "width": x1 - x0 + 48,
                        "height": y1 - y0 + 48, "scale": 1}
                shot = page.call("Page.captureScreenshot", format="png", clip=clip)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(base64.b64decode(str(shot["data"])))
        finally:
            stop(browser)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "asset-graph.png")
    parser.add_argument("--port", type=int, default=0, help="webserver port (default: a free one)")
    parser.add_argument("--size", default="2100x2500", help="window size WIDTHxHEIGHT (default: %(default)s)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    port = args.port or free_port()
    with tempfile.TemporaryDirectory() as tmp:
        home, inbox, warehouse = Path(tmp) / "dagster_home", Path(tmp) / "inbox", Path(tmp) / "events.duckdb"
        home.mkdir()
        shutil.copy(ROOT / ".dagster" / "dagster.yaml", home / "dagster.yaml")
        shutil.copytree(ROOT / "data" / "sample", inbox)
        env = {**os.environ, "DAGSTER_HOME": str(home), "PIPELINE_INBOX": str(inbox),
               "PIPELINE_WAREHOUSE": str(warehouse)}
        subprocess.run([sys.executable, "-m", "pipeline", "run", "--inbox", str(inbox), "--warehouse",
                        str(warehouse)], cwd=ROOT, env=env, check=True)
        dagster = Path(sys.executable).with_name("dagster")
        server = subprocess.Popen([str(dagster), "dev", "-h", "127.0.0.1", "-p", str(port)], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            wait_until(lambda: graphql_ready(port), 180, "dagster dev")
            capture(port, args.out, width, height)
        finally:
            stop(server)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
