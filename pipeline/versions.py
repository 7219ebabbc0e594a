"""Code versions: a hash of the source and data files each stage's output depends on.

Cached stage outputs are reused only while the code that produced them is
unchanged; editing a rule, a catalogue entry or a cleaning function changes
the version and every article is processed again.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import polars as pl

_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = {".py", ".csv", ".json", ".txt", ".tsv", ".yaml"}


def _tree_digest(folders: tuple[str, ...], base: Path = _PACKAGE) -> str:
    """Hash of every source/data file under the given folders of `base` (paths and contents)."""
    digest = hashlib.sha1(pl.__version__.encode())
    for folder in folders:
        root = base / folder
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES)
        for path in files:
            digest.update(path.relative_to(base).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@functools.cache
def clean_version() -> str:
    """Version of the cleaning code (ingest record types and the clean package)."""
    return _tree_digest(("clean", "ingest"))


@functools.cache
def extract_version() -> str:
    """Version of the extraction code and its data files."""
    return _tree_digest(("extract", "taxonomy.py"))


@functools.cache
def schema_version() -> str:
    """Version of the pandera models and the vocabularies they check against."""
    return _tree_digest(("schemas", "pipeline/taxonomy.py"), base=_PACKAGE.parent)
