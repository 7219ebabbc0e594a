"""Saved HTML news pages: metadata (title, publication time) and the story's paragraphs.

Uses selectolax (a fast HTML5 parser). Metadata comes from Open Graph and
article meta tags, JSON-LD `datePublished`, `<time datetime>` and `<title>`;
the story from the `<article>` (or `<main>`) element's block elements, with
navigation, scripts, forms and asides removed before the text is read.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from pipeline.clean.boilerplate import drop_boilerplate
from pipeline.clean.pages import Page, is_byline, is_title_like
from pipeline.clean.published import Published, find_published

_STRIP = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, template"
_BLOCKS = "h1, h2, h3, h4, p, li, blockquote, figcaption, pre, td"
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
)
_TITLE_META = ('meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]')
_SITE_META = ('meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]')
_AUTHOR_META = ('meta[name="author"]', 'meta[property="article:author"]')
_SPACES = re.compile(r"\s+")


def _text(node: Node) -> str:
    """A node's text with runs of whitespace collapsed."""
    return _SPACES.sub(" ", node.text(separator=" ")).strip()


def _meta(tree: HTMLParser, selectors: tuple[str, ...]) -> str | None:
    """The first non-empty `content` among the selectors."""
    for selector in selectors:
        node = tree.css_first(selector)
        content = (node.attributes.get("content") or "").strip() if node else ""
        if content:
            return content
    return None


def _json_ld_date(tree: HTMLParser) -> str | None:
    """datePublished from a JSON-LD block, if any."""
    for node in tree.css('script[type="application/ld+json"]'):
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', node.text() or "")
        if match:
            try:
                return str(json.loads(f'"{match.group(1)}"'))
            except ValueError:
                return match.group(1)
    return None


def _published(tree: HTMLParser) -> Published | None:
    """The publication time from metadata, JSON-LD or a <time> element."""
    candidates = [_meta(tree, _DATE_META), _json_ld_date(tree)]
    time_node = tree.css_first("time[datetime]")
    if time_node is not None:
        candidates.append(time_node.attributes.get("datetime"))
    for candidate in candidates:
        if candidate:
            found = find_published(candidate)
            if found:
                return found
    return None


def parse_html(markup: str) -> Page:
    """Title, author, publication time and body paragraphs of a saved news page."""
    tree = HTMLParser(markup)
    title_node = tree.css_first("title")
    h1 = tree.css_first("h1")
    h1_text = _text(h1) if h1 else None
    # the story's <h1>, not a site's logo heading ("Great Lakes Monitor") or a section name ("World")
    headline = h1_text if h1_text and is_title_like(h1_text) else None
    title = _meta(tree, _TITLE_META) or h1_text or (_text(title_node) if title_node else None)
    published = _published(tree)
    byline = _meta(tree, _AUTHOR_META)
    for node in tree.css(_STRIP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    paragraphs: list[str] = []
    if root is not None:
        paragraphs = [t for t in (_text(n) for n in root.css(_BLOCKS)) if t]
        if not paragraphs:
            paragraphs = [line.strip() for line in root.text(separator="\n").splitlines() if line.strip()]
    if headline and paragraphs and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]  # the <h1> headline opens the body once, as `headline`
    if published is None:
        # Some pages print the date only in a visible byline near the top (a short line, mostly its date: not a
        # story sentence that names a date, "As reported on 30 April 2020, a body was found ...").
        for line in paragraphs[:5]:
            found = find_published(line)
            if is_byline(line, found):
                published = found
                break
    return Page(title, byline, published, drop_boilerplate(paragraphs), site=_meta(tree, _SITE_META),
                headline=headline)
