"""Site boilerplate in copied or scraped news pages, line by line.

Recognises advertising markers ("Advertisement", "STORY CONTINUES BELOW THIS
AD"), section labels ("Trending:", "QUICK LINKS", "Also read"), share and
subscription prompts, a wire story's credits ("Reporting by ...; Editing by ..."),
and navigation rows ("Home Video Shorts Live TV"), and
removes repeated paragraphs (a photo caption printed twice) keeping the first.
"""

from __future__ import annotations

import re

_MARKERS = re.compile(
    r"""^(?:
        advertisement|advertisements?\s*:?|ad|sponsored(?:\s+content)?|promoted(?:\s+content)?
        |story\s+continues\s+(?:below|after)\s+(?:this\s+)?(?:ad|advertisement)
        |(?:continue|continues)\s+reading(?:\s+below)?|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?
        |trending(?:\s+(?:now|news|stories|topics))?\s*:?|quick\s+links|top\s+stories|most\s+(?:read|popular)
        |related(?:\s+(?:news|stories|articles|topics|coverage))?\s*(?::.*)?|recommended(?:\s+for\s+you)?
        |more\s+from\s+.{1,40}
        |(?:also\s+)?read(?:\s+(?:more|also|next))?\s*[:|].*|also\s+read|read\s+more|watch\s*:.*|watch\s+video
        |(?:follow|like)\s+us\s+on\b.*|share(?:\s+this(?:\s+(?:article|story))?)?(?:\s+on\b.*)?|tweet|email|print
        |(?:sign\s+up|subscribe)\b.*(?:newsletter|updates|alerts|now|here|today)?.{0,40}
        |click\s+here\b.*|download\s+the\s+.{0,30}app.*|get\s+the\s+latest\b.{0,80}
        |(?:©|\(c\)|copyright)\s.*|all\s+rights\s+reserved.*|skip\s+to\s+(?:main\s+)?content
        |(?:first\s+)?published\s*:?\s*$|updated\s*:?\s*$|listen\s+to\s+this\s+article.*|\d+\s+min(?:ute)?s?\s+read
        |loading\.*|menu|search|log\s*in|sign\s+in|home
    )\s*[.:!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Words that make up site navigation rows.
_NAV_WORDS = frozenset(
    """home video videos shorts live tv news world india business sports sport opinion entertainment
    tech technology lifestyle health science politics photos gallery podcasts podcast newsletters
    newsletter login subscribe menu search latest trending markets education cities city auto
    travel food fashion culture books movies music games epaper e-paper web stories explained
    elections weather features analysis investigations more about contact us careers advertise
    privacy policy terms of use cookie settings sitemap rss""".split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z&'-]*")
# A wire story's credits, each role followed by capitalised names: "(Reporting by John Smith in Kabul; Editing
# by Jane Doe)" (not "Editing by a committee is hard, he said").
_CREDITS = re.compile(
    r"\(?\s*(?:(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated)\s+by\s+"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|in|at|from|de|al|el|bin|van|von)){0,8}\s*[;,]?\s*)+\)?\s*\.?")


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line is an advertising marker, section label, prompt or navigation row."""
    text = line.strip()
    if not text:
        return False
    if len(text) <= 120 and (_MARKERS.match(text) or is_share_row(text)):
        return True
    if len(text) <= 300 and _CREDITS.fullmatch(text):
        return True
    return is_navigation_row(text)


def is_navigation_row(text: str) -> bool:
    """True for rows of menu words such as 'Home Video Shorts Live TV' or 'World | India | Sports', and for a
    section's label of one or two such words ('World News', 'Politics')."""
    if len(text) > 200 or re.search(r"[.?!,;\"“”]\s*$|\d{4}", text):
        return False
    tokens = _TOKEN.findall(text)
    if len(tokens) < 3:
        return bool(tokens) and all(t.lower() in _NAV_WORDS for t in tokens)
    nav = sum(t.lower() in _NAV_WORDS for t in tokens)
    return nav >= 3 and nav / len(tokens) >= 0.6


# The buttons of a page's share row: "Facebook Twitter Linkedin Mail", "Share: WhatsApp | Email | Print".
_SHARE_WORDS = frozenset(
    """share facebook twitter x linkedin whatsapp telegram reddit pinterest tumblr mail email e-mail print
    copy link messenger sms""".split()
)


def is_share_row(text: str) -> bool:
    """True for a line of share buttons only, such as 'Facebook Twitter Linkedin Mail'."""
    if len(text) > 120 or re.search(r"[.?!,;\"“”]\s*$", text.strip()):
        return False
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    return len(tokens) >= 2 and all(t in _SHARE_WORDS for t in tokens) and any(
        t not in ("share", "copy", "link", "print", "mail", "email", "e-mail", "x", "sms") for t in tokens)


def drop_share_rows(body: str) -> str:
    """`body` without its lines of share buttons (kept in plain-text copies of news pages), whose capitalised
    names would make a lower-cased story look mixed-case to the place finder and the actor catalogue (which
    judge the case on this; the article's body itself keeps them)."""
    lines = body.split("\n")
    kept = [line for line in lines if not is_share_row(line)]
    return "\n".join(kept).strip() if len(kept) < len(lines) else body


def paragraph_key(paragraph: str) -> str:
    """The form under which two paragraphs count as the same (case and spacing ignored)."""
    return " ".join(paragraph.lower().split())


def drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """Paragraphs without boilerplate lines and without repeats (the first copy is kept)."""
    kept: list[str] = []
    seen: set[str] = set()
    for paragraph in paragraphs:
        if is_boilerplate_line(paragraph):
            continue
        key = paragraph_key(paragraph)
        # Short repeated lines ("Pakistan", a dateline) are legitimate; long repeats are copies.
        if key in seen and len(key) > 40:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept
