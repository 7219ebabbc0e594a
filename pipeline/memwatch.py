"""Peak memory of a process tree, sampled from outside it.

    python -m pipeline.memwatch PID OUTFILE

Samples the proportional set size (PSS) of PID and all its descendants from
/proc every second until PID exits or this process gets SIGTERM, then writes
the peak in KiB to OUTFILE. PSS counts pages shared by forked workers once,
so the sum is the memory the run really holds. Running as its own process
keeps the sampler out of the measured process, which forks workers.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, from /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _pss_kib(pid: int) -> int:
    """PSS of one process in KiB (RSS when smaps_rollup is unavailable)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError, ValueError):
        return 0


def tree_pss_kib(root: int) -> int:
    """PSS of a process and all its descendants, in KiB."""
    tree, total, stack, me = _children(), 0, [root], os.getpid()
    while stack:
        pid = stack.pop()
        total += _pss_kib(pid) if pid != me else 0
        stack.extend(tree.get(pid, []))
    return total


def main(argv: list[str]) -> int:
    pid, out = int(argv[0]), Path(argv[1])
    peak, stop = 0, False

    def _stop(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, _stop)
    while not stop and os.path.exists(f"/proc/{pid}"):
        peak = max(peak, tree_pss_kib(pid))
        time.sleep(1.0)  # reading smaps costs the measured processes too: sample gently
    out.write_text(str(peak))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
