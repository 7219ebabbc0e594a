"""Tests of pipeline.clean.pages: plain-text page copies."""

import datetime as dt

from pipeline.clean.pages import parse_page

PAGE = """Trending:

Gunmen kill four at checkpoint in northern district

Staff Reporter March 4, 2024, 09:10:00 PKT

Gunmen killed four policemen at a checkpoint on Sunday night, officials said.

Advertisement
A police officer stands guard at the checkpoint in the district on March 4, 2024. (Photo: Staff)
A police officer stands guard at the checkpoint in the district on March 4, 2024. (Photo: Staff)

No group claimed the attack.

STORY CONTINUES BELOW THIS AD

QUICK LINKS

Home Video Shorts Live TV
"""


def test_page_parts_are_found() -> None:
    """Headline, byline, time and zone come from the lines around the byline."""
    page = parse_page(PAGE)
    assert page.title == "Gunmen kill four at checkpoint in northern district"
    assert page.byline == "Staff Reporter"
    assert page.published is not None
    assert page.published.local == dt.datetime(2024, 3, 4, 9, 10)
    assert page.published.offset == "+05:00"


def test_body_has_no_chrome_and_one_caption() -> None:
    """Boilerplate lines are gone and the duplicated caption appears once."""
    body = "\n".join(parse_page(PAGE).paragraphs)
    for chrome in ("Trending", "Advertisement", "STORY CONTINUES", "QUICK LINKS", "Live TV"):
        assert chrome not in body
    assert body.count("A police officer stands guard") == 1
    assert body.startswith("Gunmen killed four policemen")


def test_story_sentence_with_date_is_not_a_byline() -> None:
    """A long sentence naming a date does not become the byline."""
    page = parse_page(
        "Headline of the story goes here\n\nOn March 4, 2024, gunmen killed four policemen at a "
        "checkpoint in the north of the country, officials said.\n\nMore text."
    )
    assert page.published is None
    assert page.title == "Headline of the story goes here"


WRAPPED_PAGE = """Gunmen kill four at checkpoint in northern district

Staff Reporter March 4, 2024, 09:10:00 PKT

Gunmen killed four policemen and wounded two others at a checkpoint
on the edge of the district on Sunday night, officials said, adding
that the attackers fled towards the hills after the raid.

No group claimed the attack.

Advertisement
"""


def test_a_hard_wrapped_page_keeps_its_paragraphs_whole() -> None:
    """Lines broken at a fixed width are joined: the wrapped paragraph is one paragraph, the short one another."""
    page = parse_page(WRAPPED_PAGE)
    assert page.title == "Gunmen kill four at checkpoint in northern district"
    assert page.paragraphs == [
        "Gunmen killed four policemen and wounded two others at a checkpoint on the edge of the district on Sunday "
        "night, officials said, adding that the attackers fled towards the hills after the raid.",
        "No group claimed the attack.",
    ]


def test_a_last_story_line_before_furniture_is_no_headline() -> None:
    """A page whose one story line has no full stop ('... [size=no report]') and only furniture after it: the line is
    the body, not a headline heading nothing."""
    page = parse_page("Trending:\n\nWorld News\n\nOn 9 May, drivers protested in the city centre. [size=dozens]\n\n"
                      "Advertisement\n\nQUICK LINKS\n")
    assert page.title is None
    assert page.paragraphs == ["On 9 May, drivers protested in the city centre. [size=dozens]"]
