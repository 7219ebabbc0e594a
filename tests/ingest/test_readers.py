"""Tests of pipeline.ingest.readers: every inbox format, and every way a file can be bad."""

import json
from pathlib import Path

import polars as pl

from pipeline.ingest.readers import read_inbox
from pipeline.ingest.records import RawRecord, Rejection


def _read(inbox: Path) -> tuple[list[RawRecord], list[Rejection]]:
    items = list(read_inbox(inbox))
    return [i for i in items if isinstance(i, RawRecord)], [i for i in items if isinstance(i, Rejection)]


def test_every_format_is_read(tmp_path: Path) -> None:
    """jsonl, json (object and list), csv, parquet, txt and html files all yield records."""
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 17, "text": "Two killed."}) + "\n")
    (tmp_path / "b.json").write_text(json.dumps({"id": "b", "text": "Three killed."}))
    (tmp_path / "c.json").write_text(json.dumps([{"id": "c1", "text": "x y"}, {"id": "c2", "text": "z"}]))
    (tmp_path / "d.csv").write_text("id,title,text\nd1,T,Four wounded.\n")
    pl.DataFrame({"id": [5], "text": ["Five dead."]}).write_parquet(tmp_path / "e.parquet")
    (tmp_path / "f.txt").write_text("Headline here today\n\nBody text.")
    (tmp_path / "g.html").write_text("<html><body><p>Hello</p></body></html>")
    records, rejections = _read(tmp_path)
    assert not rejections
    assert {r.source_id for r in records} == {"17", "b", "c1", "c2", "d1", "5", "f.txt", "g.html"}
    assert {r.format for r in records} == {"jsonl", "json", "csv", "parquet", "txt", "html"}


def test_numeric_id_becomes_its_string(tmp_path: Path) -> None:
    """JSON number 17 is kept as source_id '17' (and 17.0 from a CSV/Parquet float as '17')."""
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 17.0, "text": "t"}) + "\n")
    records, _ = _read(tmp_path)
    assert records[0].source_id == "17"


def test_missing_id_falls_back_to_file_and_line(tmp_path: Path) -> None:
    """A record without id gets a stable source_id from its file and line."""
    (tmp_path / "a.jsonl").write_text("\n" + json.dumps({"text": "t"}) + "\n")
    records, _ = _read(tmp_path)
    assert records[0].source_id == "a.jsonl#2"


def test_truncated_jsonl_line_is_rejected_alone(tmp_path: Path) -> None:
    """One broken line among valid ones is quarantined with its line number; the rest load."""
    lines = [json.dumps({"id": 1, "text": "a"}), '{"id": 2, "text": "b', json.dumps({"id": 3, "text": "c"})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    records, rejections = _read(tmp_path)
    assert [r.source_id for r in records] == ["1", "3"]
    assert [(r.record_no, r.check_name) for r in rejections] == [(2, "json_invalid")]


def test_wrong_types_are_rejected_with_reasons(tmp_path: Path) -> None:
    """text: 42 and a missing text are rejected with different checks; a bad date is kept for a flag."""
    rows = [
        {"id": 1, "text": 42},
        {"id": 2, "title": "no text"},
        {"id": 3, "text": "ok", "published_at": "yesterday"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(rows))
    records, rejections = _read(tmp_path)
    assert {r.check_name for r in rejections} == {"text_not_string", "text_missing"}
    assert [r.published_raw for r in records] == ["yesterday"]


def test_csv_without_text_column_is_one_rejection(tmp_path: Path) -> None:
    """A CSV with no text or html column is rejected as a whole file."""
    (tmp_path / "a.csv").write_text("id,title\n1,x\n2,y\n")
    records, rejections = _read(tmp_path)
    assert not records
    assert [(r.record_no, r.check_name) for r in rejections] == [(None, "columns_missing")]


def test_empty_binary_and_unsupported_files_are_rejected(tmp_path: Path) -> None:
    """A zero-byte file, a binary file named .txt and an unknown extension each get a reason."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + bytes(200))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    _, rejections = _read(tmp_path)
    assert {(r.source_file, r.check_name) for r in rejections} == {
        ("empty.jsonl", "empty_file"),
        ("image.txt", "binary_content"),
        ("notes.docx", "unsupported_format"),
    }


def test_oversized_article_is_rejected(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An article longer than the configured limit is quarantined, with a bounded payload sample."""
    import pipeline.ingest.fields as fields

    monkeypatch.setattr(fields, "MAX_ARTICLE_CHARS", 1000)
    (tmp_path / "big.txt").write_text("word " * 1000)
    _, rejections = _read(tmp_path)
    assert rejections[0].check_name == "text_too_long"
    assert rejections[0].payload_sample is not None and len(rejections[0].payload_sample) <= 500


def test_files_are_read_in_stable_order(tmp_path: Path) -> None:
    """Files are visited by sorted relative path, subfolders included."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.json").write_text(json.dumps({"id": "bx", "text": "t"}))
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "text": "t"}))
    records, _ = _read(tmp_path)
    assert [(r.source_file, r.source_id) for r in records] == [("a.json", "a"), ("b/x.json", "bx")]
