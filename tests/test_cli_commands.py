"""Tests of the analyst's subcommands (query, describe, export) and of one-line errors for bad paths."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.handmade_warehouse import build


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """The hand-made warehouse as a file."""
    path = tmp_path / "events.duckdb"
    build(str(path)).close()
    return path


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: "), err
    return err[0]


def test_query_prints_the_answer(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`query` answers from the views; CSV output parses back to the same figures."""
    status = main(["query", "SELECT event_date, killed FROM casualties_by_country_day", "--warehouse",
                   str(warehouse), "--format", "csv"])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert status == 0 and rows == [["event_date", "killed"], ["2025-11-09", "12"], ["2025-11-10", "5"]]


def test_query_table_and_markdown_formats(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The default table and the Markdown table both show the values; --max-rows limits the rows."""
    main(["query", "SELECT rank, killed FROM deadliest_incidents", "--warehouse", str(warehouse)])
    table = capsys.readouterr().out
    assert "rank" in table and "12" in table and "│" in table
    main(["query", "SELECT rank, killed FROM deadliest_incidents", "--warehouse", str(warehouse),
          "--format", "markdown", "--max-rows", "1"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines == ["| rank | killed |", "|---|---|", "| 1 | 12 |",
                     "(1 more rows; use --max-rows 0 for all)"]


def test_bad_sql_is_a_one_line_error(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A query naming an unknown table exits 1 with the database's reason on one line."""
    assert main(["query", "SELECT * FROM nowhere", "--warehouse", str(warehouse)]) == 1
    assert "nowhere" in _one_error_line(capsys)


def test_query_never_writes(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The warehouse is opened read-only: a DELETE is refused."""
    assert main(["query", "DELETE FROM events", "--warehouse", str(warehouse)]) == 1
    assert "read-only" in _one_error_line(capsys)


def test_missing_warehouse_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Querying before any run says what to do."""
    assert main(["query", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb")]) == 1
    assert "python -m pipeline run" in _one_error_line(capsys)


def test_describe_lists_and_explains(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`describe` lists tables and views with their meaning; `describe VIEW` explains each column."""
    assert main(["describe", "--warehouse", str(warehouse)]) == 0
    listing = capsys.readouterr().out
    for name in ("events", "deadliest_incidents", "claims_vs_other_sources", "articles_per_source"):
        assert name in listing
    assert main(["describe", "deadliest_incidents", "--warehouse", str(warehouse)]) == 0
    columns = capsys.readouterr().out
    assert "evidence" in columns and "The sentence the toll came from." in columns
    assert main(["describe", "nothing", "--warehouse", str(warehouse)]) == 1
    assert "no table or view" in _one_error_line(capsys)


def test_export_writes_acled_csv_and_parquet(warehouse: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`export` writes events_acled.csv and one Parquet file per table, and says where."""
    out = tmp_path / "exports"
    assert main(["export", "--warehouse", str(warehouse), "--to", str(out)]) == 0
    said = capsys.readouterr().out
    assert (out / "events_acled.csv").is_file() and (out / "parquet" / "events.parquet").is_file()
    assert "3 events" in said and "Parquet" in said


def test_export_to_a_file_path_is_a_one_line_error(warehouse: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Exporting into a path that is a file fails with one line, not a traceback."""
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    assert main(["export", "--warehouse", str(warehouse), "--to", str(blocker), "--format", "acled"]) == 1
    assert "cannot write" in _one_error_line(capsys)


def test_warehouse_that_is_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`run --warehouse DIR` explains that a file name is needed, before any work."""
    (tmp_path / "inbox").mkdir()
    assert main(["run", "--inbox", str(tmp_path / "inbox"), "--warehouse", str(tmp_path)]) == 1
    assert "is a folder" in _one_error_line(capsys)


def test_warehouse_under_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A warehouse path whose folder is really a file is an unwritable warehouse, said on one line."""
    (tmp_path / "inbox").mkdir()
    (tmp_path / "notes.txt").write_text("")
    target = tmp_path / "notes.txt" / "w" / "events.duckdb"
    assert main(["run", "--inbox", str(tmp_path / "inbox"), "--warehouse", str(target)]) == 1
    assert "is a file, not a folder" in _one_error_line(capsys)


def test_warehouse_locked_by_another_process(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A warehouse held open for writing by another process gives a one-line reason, not a traceback."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', "
         "flush=True); time.sleep(60)", str(warehouse)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert main(["query", "SELECT 1", "--warehouse", str(warehouse)]) == 1
        assert "lock" in _one_error_line(capsys).lower()
    finally:
        holder.kill()
        holder.wait(timeout=10)


@pytest.mark.parametrize(("command", "options"), [
    ("query", ["--warehouse", "--format", "--max-rows"]),
    ("describe", ["--warehouse", "table"]),
    ("export", ["--warehouse", "--to", "--format", "events_acled.csv"]),
    ("run", ["--inbox", "--warehouse", "--workers"]),
])
def test_every_command_has_help(command: str, options: list[str]) -> None:
    """`python -m pipeline COMMAND --help` documents the command's options."""
    result = subprocess.run([sys.executable, "-m", "pipeline", command, "--help"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    for option in options:
        assert option in result.stdout, option


def test_top_level_help_lists_commands_and_examples() -> None:
    """`python -m pipeline --help` names every command and shows example lines to copy."""
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    for text in ("run", "query", "describe", "export", "examples:", "dagster dev"):
        assert text in result.stdout
