"""From one raw record to one cleaned article: body, title, publication time, language, flags.

Records given as `text` keep that text (repaired, whitespace normalised);
`.txt` page copies and `html` are parsed as pages (byline, date and
boilerplate removed; the headline kept as the body's first paragraph).
A `published_at` field in the record wins over a date found on the page,
which wins over a wire dateline's day ("KABUL, March 14, 2024 (Reuters) -",
flagged `published_from_dateline`). Problems that do not stop the article
from loading are recorded as flags: `published_at_invalid`,
`published_at_not_iso` (read from a feed's or a spreadsheet's date, "Mon, 04
May 2020 10:00:00 +0530", "May 4, 2020"), `published_in_future`,
`no_publication_date`, `non_english`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from pipeline.clean.html_page import parse_html
from pipeline.clean.language import detect_language
from pipeline.clean.pages import Page, parse_page
from pipeline.clean.published import dateline_date, published_field
from pipeline.clean.text import normalise_record_text, repair
from pipeline.ingest.records import RawRecord, parse_published_with_offset

# A publication time more than this far ahead of the run is flagged, not trusted blindly.
_FUTURE_TOLERANCE = dt.timedelta(days=1)


@dataclass(slots=True)
class CleanArticle:
    """One article ready for extraction."""

    article_id: str
    source_id: str
    source_file: str
    record_no: int | None
    format: str
    url: str | None
    source: str | None
    title: str | None
    byline: str | None
    published_at: dt.datetime | None  # local wall-clock time
    published_offset: str | None  # '+05:30'
    published_zone: str | None  # 'IST' as printed on the page
    body: str
    language: str
    content_hash: str  # of the body, case and spacing ignored: equal hashes are exact duplicates
    word_count: int
    flags: list[str] = field(default_factory=list)


def article_id_for(source_id: str) -> str:
    """A stable article id: the same source_id gives the same id on every run."""
    return hashlib.sha1(source_id.encode("utf-8")).hexdigest()[:16]


def body_hash(body: str) -> str:
    """Hash of a body with case and whitespace ignored."""
    return hashlib.sha1(" ".join(body.lower().split()).encode("utf-8")).hexdigest()


def clean_record(record: RawRecord, now: dt.datetime | None = None) -> CleanArticle:
    """Clean one raw record (see the module docstring)."""
    page: Page | None = None
    if record.html is not None and record.text is None:
        page = parse_html(record.html)
    elif record.format == "txt" and record.text is not None:
        page = parse_page(repair(record.text))
    if page is not None:
        # The headline opens the body, as it opens a wire story given as text: a headline-only digest's figures
        # are in it, and a page copy then reads as the same story given as a record does.
        paragraphs = page.paragraphs
        if page.headline and (not paragraphs or paragraphs[0] != page.headline):
            paragraphs = [page.headline, *paragraphs]
        # A paragraph of invisible characters only normalises to nothing: leave it out.
        body = "\n\n".join(p for p in (normalise_record_text(p) for p in paragraphs) if p)
    else:
        body = normalise_record_text(record.text or "")
    flags: list[str] = []
    published, offset, zone = None, None, None
    if record.published_raw is not None:
        parsed = parse_published_with_offset(record.published_raw)
        written = published_field(record.published_raw) if parsed is None and isinstance(
            record.published_raw, str) else None
        if parsed is not None:
            published, offset = parsed
        elif written is not None:  # "Mon, 04 May 2020 10:00:00 +0530", "May 4, 2020": read, and flagged
            published, offset, zone = written.local, written.offset, written.zone
            flags.append("published_at_not_iso")
        else:
            flags.append("published_at_invalid")
    if published is None and page is not None and page.published is not None:
        published, offset, zone = page.published.local, page.published.offset, page.published.zone
    if published is None and (filed := dateline_date(body)) is not None:
        published = filed  # the day the wire story was filed: a date, no time or zone
        flags.append("published_from_dateline")
    if published is None:
        flags.append("no_publication_date")
    elif published > (now or dt.datetime.now()) + _FUTURE_TOLERANCE:
        flags.append("published_in_future")
    language = detect_language(body)
    if language != "en":
        flags.append("non_english")
    title = record.title or (page.title if page else None)
    return CleanArticle(
        article_id=article_id_for(record.source_id),
        source_id=record.source_id,
        source_file=record.source_file,
        record_no=record.record_no,
        format=record.format,
        url=record.url,
        source=record.source or (page.site if page else None),
        title=normalise_record_text(title) if title else None,
        byline=page.byline if page else None,
        published_at=published,
        published_offset=offset,
        published_zone=zone,
        body=body,
        language=language,
        content_hash=body_hash(body),
        word_count=len(body.split()),
        flags=flags,
    )
