"""Tests of the command line's failure modes: one-line reasons and non-zero exits."""

import subprocess
import sys
from pathlib import Path

from pipeline.cli import main
from pipeline.runner import warehouse_lock


def test_missing_inbox_is_a_one_line_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A missing inbox exits 1 with one line on stderr."""
    status = main(["run", "--inbox", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1 and len(err) == 1 and "not a folder" in err[0]


def test_locked_warehouse_is_a_one_line_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A warehouse held by another run is refused with a one-line reason."""
    (tmp_path / "inbox").mkdir()
    warehouse = tmp_path / "w.duckdb"
    with warehouse_lock(warehouse):
        code = (
            f"from pipeline.cli import main; raise SystemExit(main(['run', '--inbox', r'{tmp_path / 'inbox'}', "
            f"'--warehouse', r'{warehouse}']))"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error: warehouse") and "locked" in result.stderr


def test_help_explains_the_run_command() -> None:
    """`python -m pipeline run --help` documents the inbox and warehouse options."""
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "--inbox" in result.stdout and "--warehouse" in result.stdout
