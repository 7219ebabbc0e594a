"""Validating one structured record (JSON object, CSV or Parquet row) into a RawRecord.

Every way a record can be wrong gets its own check name, so the quarantine
table says which rule rejected it: `record_not_object`, `text_missing`,
`text_not_string`, `text_too_long`, `id_invalid`. A `published_at` that is not
ISO 8601 ("yesterday") does not lose the article: the article is loaded
without a date and the problem is kept as a flag on it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

from pipeline.ingest.records import RawRecord, Rejection, parse_published
from pipeline.settings import MAX_ARTICLE_CHARS, PAYLOAD_SAMPLE_CHARS

CHECK_NOT_OBJECT = "record_not_object"
CHECK_TEXT_MISSING = "text_missing"
CHECK_TEXT_TYPE = "text_not_string"
CHECK_TEXT_TOO_LONG = "text_too_long"
CHECK_ID = "id_invalid"


def payload_sample(value: Any) -> str:
    """A bounded, printable sample of a raw payload for the quarantine table."""
    if isinstance(value, bytes):
        text = value[: PAYLOAD_SAMPLE_CHARS * 4].decode("utf-8", errors="replace")
    elif isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = repr(value)
    return text[:PAYLOAD_SAMPLE_CHARS]


def _optional_text(value: Any) -> str | None:
    """A string field, or None for missing/null/NaN; other scalars become their text."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float, bool)):
        return str(value)
    return None


def source_id_of(value: Any, fallback: str) -> str | None:
    """The record id as a string (17 -> '17', 17.0 -> '17'); `fallback` when absent; None if invalid."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return fallback
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value.strip() or fallback
    return None


def record_from_mapping(obj: Any, source_file: str, record_no: int | None, fmt: str) -> RawRecord | Rejection:
    """Validate one parsed record; the fallback source_id is `file#record_no`."""
    where = f"{source_file}#{record_no}" if record_no is not None else source_file
    if not isinstance(obj, dict):
        return Rejection(
            source_file,
            record_no,
            f"record is a JSON {type(obj).__name__}, not an object",
            CHECK_NOT_OBJECT,
            payload_sample(obj),
        )
    source_id = source_id_of(obj.get("id"), where)
    if source_id is None:
        return Rejection(
            source_file,
            record_no,
            f"id has type {type(obj.get('id')).__name__}; expected a string or integer",
            CHECK_ID,
            payload_sample(obj),
        )
    text, page = obj.get("text"), obj.get("html")
    for name, value in (("text", text), ("html", page)):
        if (
            value is not None
            and not isinstance(value, str)
            and not (isinstance(value, float) and math.isnan(value))
        ):
            return Rejection(
                source_file,
                record_no,
                f"{name} has type {type(value).__name__}; expected a string",
                CHECK_TEXT_TYPE,
                payload_sample(obj),
            )
    text = text if isinstance(text, str) and text.strip() else None
    page = page if isinstance(page, str) and page.strip() else None
    if text is None and page is None:
        return Rejection(
            source_file,
            record_no,
            "record has no non-empty `text` or `html`",
            CHECK_TEXT_MISSING,
            payload_sample(obj),
        )
    size = len(text or page or "")
    if size > MAX_ARTICLE_CHARS:
        return Rejection(
            source_file,
            record_no,
            f"article is {size:,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,} (PIPELINE_MAX_ARTICLE_CHARS)",
            CHECK_TEXT_TOO_LONG,
            payload_sample((text or page or "")[:PAYLOAD_SAMPLE_CHARS]),
        )
    published = obj.get("published_at")
    # Parquet and JSON readers may hand over a date/datetime object rather than a string.
    published_raw = published.isoformat() if isinstance(published, dt.date) else _optional_text(published)
    return RawRecord(
        source_file=source_file,
        record_no=record_no,
        format=fmt,
        source_id=source_id,
        url=_optional_text(obj.get("url")),
        title=_optional_text(obj.get("title")),
        source=_optional_text(obj.get("source")),
        published_raw=published_raw,
        text=text,
        html=page,
    )


def published_is_valid(raw: str | None) -> bool:
    """True when a published_at value is absent or ISO 8601."""
    return raw is None or parse_published(raw) is not None
