"""Find text the repository shares with the research-licensed evaluation data and corpus.

    .venv/bin/python -m pipeline.devtools.copied_text            # every shared 8-word run
    .venv/bin/python -m pipeline.devtools.copied_text --words 6  # closer paraphrases too

The gold records (`../shared/gold/*.jsonl`) and the corpus (`../shared/corpus/`) are research-licensed
news text: none of it may be copied into the repository, not as a test sentence, a comment's example or a
README line. This reads them at run time (never storing them) and prints, for every tracked text file, each
run of `--words` consecutive words (lower-cased, punctuation ignored) that also occurs in one of them, with
the source it occurs in. Exit status 1 when any is found, 0 when none, 2 when `../shared` is absent.

Organisation names are facts, not copied text, and the long official names of armed groups do recur in
the sources word for word: the actor catalogue's CSV files are not read.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
# Tracked files that hold prose or test text (the catalogue's CSV tables of names are left out).
_TEXT_SUFFIXES = (".py", ".md", ".txt", ".html", ".json", ".jsonl", ".sql", ".toml", ".yaml")
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _runs(words: list[str], size: int) -> Iterator[str]:
    for i in range(len(words) - size + 1):
        yield " ".join(words[i:i + size])


def source_texts(shared: Path) -> Iterator[tuple[str, str]]:
    """(source name, text) of every gold record and corpus article under `shared`."""
    for path in sorted((shared / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.name.split(".")[0], str(json.loads(line).get("text") or "")
    corpus = shared / "corpus"
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.stem, str(json.loads(line).get("text") or "")
    for path in sorted(corpus.glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8", errors="replace")


def tracked_text_files(root: Path) -> list[Path]:
    """The repository's tracked files that hold prose or test text."""
    listed = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout
    return [root / name for name in listed.splitlines() if name.endswith(_TEXT_SUFFIXES)
            and not name.startswith("pipeline/extract/data/actors")]


def shared_runs(files: list[Path], shared: Path, size: int) -> dict[Path, list[tuple[str, str]]]:
    """file -> [(run of words, sources holding it)] for every run the file shares with a source."""
    wanted: dict[str, set[Path]] = defaultdict(set)
    for path in files:
        for run in _runs(_words(path.read_text(encoding="utf-8", errors="replace")), size):
            wanted[run].add(path)
    found: dict[str, set[str]] = defaultdict(set)
    for source, text in source_texts(shared):
        for run in _runs(_words(text), size):
            if run in wanted:
                found[run].add(source)
    out: dict[Path, list[tuple[str, str]]] = defaultdict(list)
    for run, sources in found.items():
        for path in wanted[run]:
            out[path].append((run, ", ".join(sorted(sources))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=8, help="length of the shared runs to report (default 8)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("paths", nargs="*", type=Path, help="only these files (default: every tracked text file)")
    args = parser.parse_args(argv)
    if not (args.shared / "gold").is_dir():
        print(f"no gold folder under {args.shared}", file=sys.stderr)
        return 2
    files = [p.resolve() for p in args.paths] or tracked_text_files(ROOT)
    hits = shared_runs(files, args.shared, args.words)
    for path in sorted(hits):
        for run, sources in sorted(hits[path]):
            print(f"{path.relative_to(ROOT)}\t{sources}\t{run}")
    print(f"{sum(len(v) for v in hits.values())} shared {args.words}-word runs in {len(hits)} files", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
