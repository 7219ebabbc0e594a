"""The command line: `python -m pipeline run | query | describe | export`.

`run` builds the warehouse from an inbox (progress on stderr); `query`, `describe` and
`export` read a published warehouse without changing it. Exit status 0 on success
(quarantined input is a success), 1 with a one-line reason on stderr otherwise, 2 for a
usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline.bench import add_bench_parser, bench_command
from pipeline.settings import DEFAULT_INBOX, DEFAULT_WAREHOUSE, DEFAULT_WORKERS, PROJECT_ROOT

_EXAMPLES = """\
examples:
  python -m pipeline run                                   # the bundled sample -> warehouse/events.duckdb
  python -m pipeline run --inbox ~/news --warehouse ~/news.duckdb
  python -m pipeline query "SELECT * FROM deadliest_incidents LIMIT 5"
  python -m pipeline describe events                       # what each column of `events` means
  python -m pipeline export --to exports                   # ACLED-style CSV + Parquet of every table

Open the Dagster UI with:  DAGSTER_HOME=$PWD/.dagster .venv/bin/dagster dev
"""
DEFAULT_EXPORT_DIR = PROJECT_ROOT / "exports"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn news articles about armed conflict into an event dataset in DuckDB: who did "
                    "what to whom, when, and how many were killed or injured, each figure traceable to "
                    "its sentence.",
        epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run", help="read an inbox of articles and publish the warehouse (the whole asset graph)",
        description="Read every article file under --inbox (jsonl, json, csv, parquet, txt, html), extract "
                    "dates, actors and casualty counts, and publish the DuckDB warehouse --warehouse. "
                    "Running it again on the same inbox changes nothing.",
    )
    run.add_argument("--inbox", type=Path, default=DEFAULT_INBOX,
                     help="folder of article files (default: %(default)s)")
    run.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE,
                     help="DuckDB file to create or replace (default: %(default)s)")
    run.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                     help="parallel extraction processes (default: %(default)s, from PIPELINE_WORKERS "
                          "or CPUs)")
    run.add_argument("--executor", choices=("in-process", "celery"), default="in-process",
                     help="where the steps run: in this process and its workers, or on Celery workers "
                          "(needs --broker and DAGSTER_HOME; see README, Scaling out) (default: %(default)s)")
    run.add_argument("--broker", metavar="URL",
                     help="Celery broker (and result backend) URL, e.g. redis://127.0.0.1:6379/0")
    run.add_argument("--runs-in-flight", type=int, default=4, metavar="N",
                     help="with --executor celery: shard runs submitted at once (default: %(default)s)")

    query = commands.add_parser(
        "query", help="run one SQL query on the warehouse and print the answer",
        description="Run one SQL statement on the warehouse, opened read-only, and print the result. "
                    "Start with the views: casualties_by_country_day, casualties_by_country_week, "
                    "deadliest_incidents, actor_pair_interactions, claims_vs_other_sources, "
                    "articles_per_source; `describe` lists everything.",
    )
    query.add_argument("sql", help='the query, e.g. "SELECT * FROM casualties_by_country_day"')
    _warehouse_option(query)
    query.add_argument("--format", choices=("table", "csv", "markdown"), default="table",
                       help="how to print the result (default: %(default)s)")
    query.add_argument("--max-rows", type=int, default=50,
                       help="rows to print, 0 for all (default: %(default)s)")

    describe = commands.add_parser(
        "describe", help="list the tables and views, or explain the columns of one",
        description="Without TABLE: every table and view with what it holds. With TABLE: its columns, "
                    "types and meaning (the warehouse's COMMENT ON texts).",
    )
    describe.add_argument("table", nargs="?", help="a table or view name, e.g. events")
    _warehouse_option(describe)
    describe.add_argument("--format", choices=("table", "csv", "markdown"), default="table",
                          help="how to print the result (default: %(default)s)")

    export = commands.add_parser(
        "export", help="write an ACLED-compatible CSV and a Parquet file per table",
        description="Write DIR/events_acled.csv (one row per event, ACLED's column names and codes, then "
                    "injured and provenance columns) and DIR/parquet/<table>.parquet for every table.",
    )
    _warehouse_option(export)
    export.add_argument("--to", type=Path, default=DEFAULT_EXPORT_DIR, metavar="DIR",
                        help="folder to write into (default: %(default)s)")
    export.add_argument("--format", choices=("all", "acled", "parquet"), default="all",
                        help="what to write (default: %(default)s)")
    add_bench_parser(commands)
    return parser


def _warehouse_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--warehouse", type=Path, default=DEFAULT_WAREHOUSE,
                        help="DuckDB file to read (default: %(default)s)")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run a command; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    if args.command == "bench":
        return bench_command(args)
    from pipeline import commands

    handlers = {"query": commands.query, "describe": commands.describe, "export": commands.export}
    handler = handlers[args.command]
    args.warehouse = args.warehouse.resolve()
    try:
        return handler(args)
    except commands.CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `... | head`: the reader has all it wants
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        return 0


def _run(args: argparse.Namespace) -> int:
    """The `run` command."""
    from pipeline.commands import warehouse_problem
    from pipeline.progress import RunProgress
    from pipeline.runner import PipelineError, run_pipeline

    inbox, warehouse = args.inbox.resolve(), args.warehouse.resolve()
    if not inbox.is_dir():
        print(f"error: inbox {inbox} is not a folder", file=sys.stderr)
        return 1
    problem = warehouse_problem(warehouse)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    if args.executor == "celery" and not args.broker:
        print("error: --executor celery needs --broker URL", file=sys.stderr)
        return 2
    progress = RunProgress()
    try:
        if args.executor == "celery":
            from pipeline.distributed import run_pipeline_on_celery

            run_pipeline_on_celery(inbox, warehouse, args.broker, runs_in_flight=args.runs_in_flight,
                                   progress=progress)
        else:
            run_pipeline(inbox, warehouse, workers=args.workers, progress=progress)
    except PipelineError as exc:
        progress.close()
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except PermissionError as exc:
        progress.close()
        print(f"error: cannot write {exc.filename or warehouse}: permission denied", file=sys.stderr)
        return 1
    finally:
        progress.close()
    return 0
