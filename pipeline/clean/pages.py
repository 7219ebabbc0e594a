"""Plain-text copies of news pages: headline, byline, publication time, body.

A copied page (see `data/sample/*.txt`) starts with site chrome, then the
headline, then a byline carrying the date ("Web Desk March 12, 2024,
09:41:07 IST"), then the story interleaved with advertising markers, and ends
with navigation. The byline is the anchor: the headline is the last title-like
line before it, the body everything after it minus boilerplate. A hard-wrapped copy
(lines broken at a fixed width, as e-mailed wire copy is) has its wrapped lines
joined first, so that a paragraph, not a line, is a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.clean.boilerplate import drop_boilerplate, is_boilerplate_line
from pipeline.clean.published import Published, find_published
from pipeline.clean.text import unwrap_column

# How far into the page a byline may appear (in non-empty lines).
_BYLINE_WINDOW = 15
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:by\s+|published\s*(?:on|:)?\s*|updated\s*(?:on|:)?\s*|posted\s*(?:on|:)?\s*)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Page:
    """The parts of a news page."""

    title: str | None
    byline: str | None
    published: Published | None
    paragraphs: list[str]
    site: str | None = None  # the publication's name, when the page says it
    # The story's own headline as the page prints it above the story (a `.txt` copy's headline line, an HTML
    # page's <h1>), which the body opens with; None when the page has none (an HTML <title> is the site's)
    headline: str | None = None


def is_byline(line: str, published: Published | None) -> bool:
    """A short line whose date is most of what it says (not a story sentence that names a date)."""
    if published is None or len(line) > 160:
        return False
    rest = (line[: published.span[0]] + line[published.span[1] :]).strip(" |,-–—:·")
    return len(rest.split()) <= 8 and not rest.endswith((".", "?", "!"))


def is_title_like(line: str) -> bool:
    """A headline: several words, no sentence-final full stop, not boilerplate."""
    words = line.split()
    return 3 <= len(words) <= 40 and not line.rstrip().endswith(".") and not is_boilerplate_line(line)


def parse_page(text: str) -> Page:
    """Split a plain-text page copy into headline, byline, publication time and body paragraphs."""
    text = unwrap_column(text)
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    byline_at, published = None, None
    for index, line in enumerate(lines[:_BYLINE_WINDOW]):
        found = find_published(line)
        if is_byline(line, found):
            byline_at, published = index, found
            break
    if byline_at is not None:
        head, body = lines[:byline_at], lines[byline_at + 1 :]
        byline_text = lines[byline_at]
        assert published is not None
        author = (byline_text[: published.span[0]] + byline_text[published.span[1] :]).strip(" |,-–—:·")
        byline = _BYLINE_PREFIX.sub("", author).strip() or None
    else:
        head, body, byline = [], lines, None
        # Without a byline, a leading title-like line followed by prose is the headline.
        for index, line in enumerate(lines[:3]):
            if not is_boilerplate_line(line):
                # (a headline heads prose: a last story line followed by page furniture only is no headline)
                if is_title_like(line) and any(not is_boilerplate_line(later) for later in lines[index + 1 :]):
                    head, body = lines[: index + 1], lines[index + 1 :]
                break
    title = next((line for line in reversed(head) if is_title_like(line)), None)
    return Page(title, byline, published, drop_boilerplate(body), headline=title)
