"""Tests of pipeline.clean.html_page: saved web pages."""

import datetime as dt

from pipeline.clean.html_page import parse_html

PAGE = """<html><head><title>Site | Blast kills five</title>
<meta property="og:title" content="Blast kills five in market">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2024-03-02T10:00:00+03:00">
<script>var x = "Advertisement";</script></head>
<body><nav>Home World Video Sports</nav>
<article><h1>Blast kills five in market</h1><p>Five people were killed on Saturday.</p>
<p>Advertisement</p><p>Police said the device was hidden in a cart.</p></article>
<footer>Copyright 2024</footer></body></html>"""


def test_metadata_is_read() -> None:
    """og:title and article:published_time give the title and the time with its offset."""
    page = parse_html(PAGE)
    assert page.title == "Blast kills five in market"
    assert page.site == "Example Daily"
    assert page.published is not None
    assert (page.published.local, page.published.offset) == (dt.datetime(2024, 3, 2, 10, 0), "+03:00")


def test_body_is_the_article_paragraphs() -> None:
    """Scripts, navigation, footer, the repeated headline and ad markers are not in the body."""
    assert parse_html(PAGE).paragraphs == [
        "Five people were killed on Saturday.",
        "Police said the device was hidden in a cart.",
    ]


def test_json_ld_date_is_used() -> None:
    """datePublished in JSON-LD is a publication date."""
    page = parse_html(
        '<html><head><script type="application/ld+json">{"datePublished": "2023-07-01T12:00:00Z"}'
        "</script></head><body><p>Text here.</p></body></html>"
    )
    assert page.published is not None and page.published.local == dt.datetime(2023, 7, 1, 12, 0)


def test_a_visible_byline_dates_the_page_but_a_story_sentence_does_not() -> None:
    """'By Staff Reporter | March 4, 2024' near the top is the publication date; 'As reported on 30 April 2020, a
    body was found' is the story's own date, not the page's."""
    byline = parse_html("<html><body><article><p>By Staff Reporter | March 4, 2024</p>"
                        "<p>Two people were killed on Sunday.</p></article></body></html>")
    assert byline.published is not None and byline.published.local.date() == dt.date(2024, 3, 4)
    story = parse_html("<html><body><article><p>As reported on 30 April 2020, in the town, a body was found. The "
                       "woman had been missing since 18 April.</p></article></body></html>")
    assert story.published is None
