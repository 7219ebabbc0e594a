"""Reading every inbox format of the contract into RawRecords and Rejections.

`read_inbox` walks the inbox in a stable order (sorted relative paths) and
yields one item per input record: a `RawRecord` to load, or a `Rejection`
saying which file, line or row could not be loaded and why. Nothing is
skipped silently: an unsupported extension or an empty file is a Rejection too.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.ingest.decode import BinaryContentError, decode_bytes
from pipeline.ingest.fields import payload_sample, record_from_mapping
from pipeline.ingest.records import RawRecord, Rejection

CHECK_EMPTY = "empty_file"
CHECK_BINARY = "binary_content"
CHECK_UNSUPPORTED = "unsupported_format"
CHECK_JSON = "json_invalid"
CHECK_COLUMNS = "columns_missing"
CHECK_UNREADABLE = "file_unreadable"

TEXT_FORMATS = {".txt": "txt", ".html": "html", ".htm": "html"}
SUPPORTED = (".jsonl", ".json", ".csv", ".parquet", *TEXT_FORMATS)

Item = RawRecord | Rejection

csv.field_size_limit(sys.maxsize)


def inbox_files(inbox: Path) -> list[Path]:
    """Every regular file under the inbox, sorted by relative path."""
    return sorted((p for p in inbox.rglob("*") if p.is_file()), key=lambda p: p.relative_to(inbox).as_posix())


def inbox_fingerprint(inbox: Path) -> str:
    """A hash of every file's relative path, size and modification time."""
    digest = hashlib.sha1()
    if inbox.is_dir():
        for path in inbox_files(inbox):
            stat = path.stat()
            digest.update(
                f"{path.relative_to(inbox).as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


def inbox_bytes(inbox: Path) -> int:
    """Total size of the inbox's files."""
    return sum(p.stat().st_size for p in inbox_files(inbox)) if inbox.is_dir() else 0


def read_inbox(inbox: Path) -> Iterator[Item]:
    """Every record (or rejection) of every file under `inbox`."""
    for path in inbox_files(inbox):
        yield from read_file(path, path.relative_to(inbox).as_posix())


def read_file(path: Path, relative: str) -> Iterator[Item]:
    """Records of one file, dispatched on its extension."""
    suffix = path.suffix.lower()
    try:
        if path.stat().st_size == 0:
            yield Rejection(relative, None, "file is empty (0 bytes)", CHECK_EMPTY)
            return
        if suffix == ".jsonl":
            yield from _read_jsonl(path, relative)
        elif suffix == ".json":
            yield from _read_json(path, relative)
        elif suffix == ".csv":
            yield from _read_csv(path, relative)
        elif suffix == ".parquet":
            yield from _read_parquet(path, relative)
        elif suffix in TEXT_FORMATS:
            yield _read_page(path, relative, TEXT_FORMATS[suffix])
        else:
            yield Rejection(
                relative,
                None,
                f"unsupported file type {suffix or '(no extension)'!r}; "
                f"expected one of {', '.join(SUPPORTED)}",
                CHECK_UNSUPPORTED,
                payload_sample(path.read_bytes()[:400]),
            )
    except BinaryContentError as exc:
        yield Rejection(
            relative,
            None,
            f"{exc} (a {suffix} file should be text)",
            CHECK_BINARY,
            payload_sample(path.read_bytes()[:200]),
        )
    except OSError as exc:
        yield Rejection(relative, None, f"cannot read file: {exc.strerror or exc}", CHECK_UNREADABLE)


def _read_page(path: Path, relative: str, fmt: str) -> Item:
    """A .txt page copy or a saved .html page: one record whose source_id is the path."""
    text, _ = decode_bytes(path.read_bytes())
    if not text.strip():
        return Rejection(relative, None, "file holds only whitespace", CHECK_EMPTY)
    obj = {"id": relative, ("html" if fmt == "html" else "text"): text}
    return record_from_mapping(obj, relative, None, fmt)


def _read_jsonl(path: Path, relative: str) -> Iterator[Item]:
    """One record per non-blank line; a line that is not JSON is rejected alone."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                line, _ = decode_bytes(raw)
                obj = json.loads(line)
            except (ValueError, BinaryContentError) as exc:
                yield Rejection(
                    relative, number, f"line is not valid JSON: {exc}", CHECK_JSON, payload_sample(raw)
                )
                continue
            yield record_from_mapping(obj, relative, number, "jsonl")


def _read_json(path: Path, relative: str) -> Iterator[Item]:
    """One article object, or a list of them (numbered from 1)."""
    text, _ = decode_bytes(path.read_bytes())
    try:
        obj = json.loads(text)
    except ValueError as exc:
        yield Rejection(relative, None, f"file is not valid JSON: {exc}", CHECK_JSON, payload_sample(text))
        return
    if isinstance(obj, list):
        for number, item in enumerate(obj, 1):
            yield record_from_mapping(item, relative, number, "json")
    else:
        yield record_from_mapping(obj, relative, None, "json")


def _read_csv(path: Path, relative: str) -> Iterator[Item]:
    """One record per row; row numbers count data rows from 1 (the header is row 0)."""
    text, _ = decode_bytes(path.read_bytes())
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not columns & {"text", "html"}:
        yield Rejection(
            relative,
            None,
            f"CSV has no `text` or `html` column (columns: {', '.join(sorted(columns)) or 'none'})",
            CHECK_COLUMNS,
            payload_sample(text),
        )
        return
    try:
        for number, row in enumerate(reader, 1):
            clean = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            clean = {k: (v if v != "" else None) for k, v in clean.items()}
            yield record_from_mapping(clean, relative, number, "csv")
    except csv.Error as exc:
        yield Rejection(relative, reader.line_num, f"CSV cannot be parsed further: {exc}", CHECK_UNREADABLE)


def _read_parquet(path: Path, relative: str) -> Iterator[Item]:
    """One record per row, read in batches so a large file is never held whole."""
    try:
        handle = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several unrelated types for corrupt files
        yield Rejection(
            relative,
            None,
            f"not a readable Parquet file: {exc}",
            CHECK_UNREADABLE,
            payload_sample(path.read_bytes()[:200]),
        )
        return
    columns = {c.lower() for c in handle.schema_arrow.names}
    if not columns & {"text", "html"}:
        yield Rejection(
            relative,
            None,
            f"Parquet file has no `text` or `html` column (columns: {', '.join(sorted(columns))})",
            CHECK_COLUMNS,
        )
        return
    number = 0
    for batch in handle.iter_batches(batch_size=2048):
        for row in batch.to_pylist():
            number += 1
            yield record_from_mapping({k.lower(): v for k, v in row.items()}, relative, number, "parquet")
