"""Tests of pipeline.clean.boilerplate."""

import pytest

from pipeline.clean.boilerplate import drop_boilerplate, drop_share_rows, is_boilerplate_line, is_navigation_row


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "STORY CONTINUES BELOW THIS AD",
        "Trending:",
        "QUICK LINKS",
        "Also read: Why talks failed",
        "READ MORE",
        "Follow us on Twitter",
        "© 2025 Example Media. All rights reserved.",
        "Home Video Shorts Live TV",
        "World | India | Sports | Business",
        "Facebook Twitter Linkedin Mail",
        "Share: WhatsApp | Email | Print",
        "Related: Nigeria's kidnapping crisis explained",
    ],
)
def test_site_chrome_is_boilerplate(line: str) -> None:
    """Advertising markers, section labels, prompts and navigation rows are recognised."""
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "At least 11 people were killed in Quetta on Monday.",
        "Ceasefire talks between rival factions expected to restart in Geneva, envoy says",
        "Read the statement, the minister told reporters.",
        "Home Minister Amit Shah visited the site.",
        "Twitter",
        "Mail Today",
        "Facebook and Twitter removed the posts.",
        "Related violence killed 12 people in the state.",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    """Sentences and headlines are not boilerplate, even when they start with a menu word."""
    assert not is_boilerplate_line(line)


def test_navigation_row_needs_several_menu_words() -> None:
    """A short headline with one menu word is not a navigation row."""
    assert not is_navigation_row("Video shows attack on convoy")


def test_repeated_caption_is_kept_once() -> None:
    """A long paragraph printed twice survives once; short repeated lines survive twice."""
    caption = "Rescue workers carry an injured man to hospital in Quetta on November 3, 2025. (Photo: Staff)"
    kept = drop_boilerplate(["Intro.", caption, caption, "Advertisement", "Yes.", "Yes."])
    assert kept == ["Intro.", caption, "Yes.", "Yes."]


def test_share_rows_leave_a_text_record() -> None:
    """A plain-text copy's 'Facebook Twitter Linkedin Mail' row goes; the story and a lone 'Twitter' line stay."""
    body = "new delhi: two were killed on monday.\n\nFacebook Twitter Linkedin Mail"
    assert drop_share_rows(body) == "new delhi: two were killed on monday."
    assert drop_share_rows("Police said so.\nTwitter") == "Police said so.\nTwitter"


def test_a_wire_storys_credits_are_boilerplate() -> None:
    """'(Reporting by ... in Kabul; Editing by ...)' credits the wire's staff; a sentence about editing is no credit."""
    assert is_boilerplate_line("(Reporting by John Smith in Kabul; Editing by Jane Doe)")
    assert is_boilerplate_line("Additional reporting by Ali Khan; Writing by Mary Brown")
    assert not is_boilerplate_line("Editing by a committee is hard, he said.")
    assert not is_boilerplate_line("Reporting by John Smith killed three people.")


def test_a_sections_label_of_menu_words_is_boilerplate() -> None:
    """'World News' or 'Politics' alone on a line labels a section; 'India wins' is a headline's words."""
    assert is_boilerplate_line("World News") and is_boilerplate_line("Politics")
    assert not is_boilerplate_line("India wins")
