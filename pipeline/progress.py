"""Progress of a headless run on stderr: a live bar on a terminal, plain lines otherwise.

`RunProgress` is the `progress` callback of `pipeline.runner.run_pipeline`, which reports
each phase ("[2/3] extracting 8 shards ...") and each finished shard ("      shard 03 done
(4/8)"). On a terminal the current phase is one line redrawn in place twice a second with
a bar of the shards done and the elapsed time; any other message ends that line and prints
below it. When stderr is a file or a pipe (CI, cron, `2>log`) nothing is redrawn and every
message is one plain line, so logs stay readable.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from typing import TextIO

_PHASE = re.compile(r"^\[(\d+)/(\d+)\]\s")
_SHARD = re.compile(r"\bshard \S+ done \((\d+)/(\d+)\)")
BAR_WIDTH = 24
_CLEAR = "\r\x1b[2K"


def bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """A text bar: `bar(3, 8, 8)` -> '███·····'."""
    filled = 0 if total <= 0 else min(width, round(width * done / total))
    return "█" * filled + "·" * (width - filled)


def elapsed(seconds: float) -> str:
    """Elapsed time as m:ss."""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


class RunProgress:
    """The runner's progress callback: a live bar on a terminal, one line per message otherwise."""

    def __init__(self, stream: TextIO | None = None, live: bool | None = None, interval: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.interval = interval
        self._phase: str | None = None
        self._started = time.monotonic()
        self._done, self._total = 0, 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def __call__(self, message: str) -> None:
        """Take one progress message from the runner."""
        if not self.live:
            self._write(message + "\n")
            return
        with self._lock:
            shard = _SHARD.search(message)
            if shard:
                self._done, self._total = int(shard.group(1)), int(shard.group(2))
            elif _PHASE.match(message):
                self._end_line()
                self._phase, self._started, self._done, self._total = message, time.monotonic(), 0, 0
            else:  # a phase's result or the closing line: the phase is over, print it below
                self._end_line()
                self._write(message + "\n")
            self._redraw()
        self._ensure_ticker()

    def close(self) -> None:
        """Stop redrawing and end the current line (call when the run ends, also on failure)."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=2)
        with self._lock:
            self._end_line()

    def _line(self) -> str:
        """The phase's status line: message, bar of shards done when there are any, elapsed time."""
        text = self._phase or ""
        if self._total:
            text += f" {bar(self._done, self._total)} {self._done}/{self._total} shards"
        return f"{text}  {elapsed(time.monotonic() - self._started)}"

    def _redraw(self) -> None:
        if self._phase is not None:
            self._write(_CLEAR + self._line())

    def _end_line(self) -> None:
        if self.live and self._phase is not None:
            self._write(_CLEAR + self._line() + "\n")
            self._phase = None

    def _ensure_ticker(self) -> None:
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
            self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.wait(self.interval):
            with self._lock:
                self._redraw()

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
