"""The command line: `python -m pipeline run --inbox DIR --warehouse FILE`.

Progress goes to stderr; exit status 0 when the run succeeded (quarantined
input is a success), 1 with a one-line reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.settings import DEFAULT_INBOX, DEFAULT_WAREHOUSE, DEFAULT_WORKERS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn news articles about armed conflict into an event dataset in DuckDB.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="run the whole asset graph over an inbox and publish the warehouse",
        description="Read every article file under --inbox (jsonl, json, csv, parquet, txt, html), extract "
                    "dates, actors and casualty counts, and publish the DuckDB warehouse --warehouse. "
                    "Running it again on the same inbox changes nothing.",
    )
    run.add_argument("--inbox", type=Path, default=DEFAULT_INBOX,
                     help="folder of article files (default: %(default)s)")
    run.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE,
                     help="DuckDB file to create or replace (default: %(default)s)")
    run.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                     help="parallel extraction processes (default: %(default)s, from PIPELINE_WORKERS or CPUs)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    return 2


def _run(args: argparse.Namespace) -> int:
    """The `run` command."""
    from pipeline.runner import PipelineError, run_pipeline

    inbox, warehouse = args.inbox.resolve(), args.warehouse.resolve()
    if not inbox.is_dir():
        print(f"error: inbox {inbox} is not a folder", file=sys.stderr)
        return 1
    try:
        run_pipeline(inbox, warehouse, workers=args.workers)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except PermissionError as exc:
        print(f"error: cannot write {exc.filename or warehouse}: permission denied", file=sys.stderr)
        return 1
    return 0
