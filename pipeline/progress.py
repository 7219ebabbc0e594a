"""Progress of a headless run on stderr: a live bar on a terminal, plain lines otherwise.

`RunProgress` is the `progress` callback of `pipeline.runner.run_pipeline`. The runner says
when each phase starts ("[2/3] extracting ..."); during extraction, the longest phase, the
number of finished shards is read from the staging area (a shard is finished when its last
staged file, the shard's quarantine part, has been rewritten since the phase began), so the
count is right whether shards run in this process or in worker processes.

On a terminal the current phase is one line redrawn in place twice a second with a bar,
the shards done and the elapsed time. When stderr is a file or a pipe (CI, cron, `2>log`)
nothing is redrawn: each phase and each finished shard is one line, so logs stay readable.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from pathlib import Path
from typing import TextIO

from pipeline.partitions import SHARD_KEYS
from pipeline.staging import Staging, staging_root_for

_PHASE = re.compile(r"^\[(\d+)/(\d+)\]\s")
_EXTRACT_PHASE = 2
_LAST_SHARD_TABLE = "extract_quarantine"  # written last by pipeline.stages.extract.extract_shard
BAR_WIDTH = 24


def bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """A text bar: `bar(3, 8, 8)` -> '███·····'."""
    filled = 0 if total <= 0 else min(width, round(width * done / total))
    return "█" * filled + "·" * (width - filled)


def elapsed(seconds: float) -> str:
    """Elapsed time as m:ss."""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


class ShardWatcher:
    """Counts extraction shards finished since `start()`, from the staged files' modification times."""

    def __init__(self, warehouse: Path, shards: list[str] | None = None) -> None:
        self.staging = Staging(staging_root_for(warehouse))
        self.shards = shards or SHARD_KEYS
        self._before: dict[str, int] = {}

    def _mtimes(self) -> dict[str, int]:
        out = {}
        for shard in self.shards:
            path = self.staging.shard_path(_LAST_SHARD_TABLE, shard)
            try:
                out[shard] = path.stat().st_mtime_ns
            except FileNotFoundError:
                continue
        return out

    def start(self) -> None:
        """Remember the current files; shards are counted when theirs change."""
        self._before = self._mtimes()

    def finished(self) -> list[str]:
        """The shards whose last file was written since `start()`."""
        return sorted(s for s, m in self._mtimes().items() if self._before.get(s) != m)


class RunProgress:
    """The runner's progress callback: a live bar on a terminal, one line per step otherwise."""

    def __init__(self, warehouse: Path, stream: TextIO | None = None, live: bool | None = None,
                 interval: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.watcher = ShardWatcher(warehouse)
        self.interval = interval
        self._phase: str | None = None
        self._phase_no = 0
        self._started = time.monotonic()
        self._reported: set[str] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def __call__(self, message: str) -> None:
        """Take one progress message from the runner."""
        with self._lock:
            self._finish_phase()
            match = _PHASE.match(message)
            if match is None:  # a detail or the closing line: print it as it is
                self._write(message + "\n")
                return
            self._phase, self._phase_no, self._started = message, int(match.group(1)), time.monotonic()
            if self._phase_no == _EXTRACT_PHASE:
                self.watcher.start()
                self._reported = set()
            if not self.live:
                self._write(message + "\n")
        if self.live:
            self._draw()
        self._ensure_ticker()

    def close(self) -> None:
        """Stop redrawing and end the current line (call when the run ends, also on failure)."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=2)
        with self._lock:
            self._finish_phase()

    def _finish_phase(self) -> None:
        """Report the shards that finished and, on a terminal, end the phase's line."""
        if self._phase is None:
            return
        self._report_shards()
        if self.live:
            self._write("\r\x1b[2K" + self._line() + "\n")
        self._phase = None

    def _report_shards(self) -> None:
        """In plain mode, one line per newly finished shard."""
        if self._phase_no != _EXTRACT_PHASE or self.live:
            return
        for shard in self.watcher.finished():
            if shard not in self._reported:
                self._reported.add(shard)
                self._write(f"      shard {shard} done ({len(self._reported)}/{len(self.watcher.shards)})\n")

    def _line(self) -> str:
        """The phase's status line."""
        text = self._phase or ""
        if self._phase_no == _EXTRACT_PHASE:
            done, total = len(self.watcher.finished()), len(self.watcher.shards)
            text += f" {bar(done, total)} {done}/{total} shards"
        return f"{text}  {elapsed(time.monotonic() - self._started)}"

    def _draw(self) -> None:
        with self._lock:
            if self._phase is not None:
                self._write("\r\x1b[2K" + self._line())

    def _ensure_ticker(self) -> None:
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
            self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            if self.live:
                self._draw()
            else:
                with self._lock:
                    self._report_shards()

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
