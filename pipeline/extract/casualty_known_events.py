"""Tolls of an earlier event named as the reader knows it, after the article has given its own:
"Police fired at a crowd, killing three. The unrest came after the Dantewada ambush which
resulted in the death of 76 troopers" (76 died months before; the news is the three).

An event called by its name ("the Dantewada ambush", "the Samjhauta Express bombing": a word or
more between "the" and the event's noun) with a relative clause giving its toll is one the
reader has heard of. It is read as background only once the article has reported a figure of
the same harm before it: a text that opens on such a clause ("The hotel attack that killed 20
people was claimed by ...") may be the first report of that event, whose toll is the news.
A clause with "also", "more" or "other" adds victims to the news and stays reported.

So is a new figure a later sentence dates to last week when the article's first figure is not dated so:
"Two soldiers were killed on Monday. Last week, a bomb wounded four people in the same village" (the four
are an earlier incident's; a figure that adds to or revises the toll, "two more died of wounds from last
week's attack", stays the news's, and so do all when the article opens on a revised toll, whose violence
may have begun last week).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.types import CasualtyMention, Sentence

_EVENT_NOUNS = (
    r"(?:carnage|massacre|tragedy|attacks?|incident|killings|riots|blasts?|bombings?|episode|burning|arson|"
    r"violence|firing|explosions?|ambush|raid)"
)
# "the Dantewada ambush in which ", "the Samjhauta Express bombing that killed ", "the Dantewada ambush
# which resulted in the death of ": the event's name, a relative pronoun and a few words, up to the figure
_NAMED_EVENT = re.compile(
    rf"\bthe\s+(?:[\w'’-]+\s+){{1,3}}{_EVENT_NOUNS}\s*,?\s+(?:in\s+which|during\s+which|where|which|that)\s+"
    r"(?P<clause>(?:[\w'’-]+\s+){0,6})$",
    re.IGNORECASE,
)
# Words that make the named event the past that today's news follows from: "the tension arising out of the
# Dantewada ambush in which 76 troopers died", "in the aftermath of the Uri attack that killed 19 soldiers"
_IN_ITS_WAKE = re.compile(
    r"\b(?:arising\s+(?:out\s+)?of|in\s+the\s+(?:wake|aftermath|context)\s+of|since|following|after|"
    r"in\s+(?:retaliation|revenge)\s+for|to\s+avenge|anniversary\s+of|in\s+connection\s+with)\s+$",
    re.IGNORECASE,
)
_ADDED = re.compile(r"\b(?:also|more|other|others|another)\b", re.IGNORECASE)
_REACH = 160  # characters before the figure where the event's name may begin


def known_event_tolls(sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions`, with the toll of a known earlier event told after the article's own figure marked
    background (see the module docstring)."""
    texts = {s.index: (s.start, s.text) for s in sentences}
    out: list[CasualtyMention] = []
    for mention in mentions:
        out.append(mention)
        if mention.status != "reported" or mention.link not in ("new", "total"):
            continue
        start, text = texts.get(mention.sentence_index, (0, ""))
        left = mention.char_start - start
        named = _NAMED_EVENT.search(text, max(0, left - _REACH), left) if 0 < left <= len(text) else None
        if named is None or _ADDED.search(named.group("clause")):
            continue
        if _IN_ITS_WAKE.search(text, max(0, named.start() - 40), named.start()) or any(
                m.category == mention.category and m.status == "reported" and m.char_end <= start + named.start()
                for m in mentions):
            out[-1] = replace(mention, status="background", reason=" ".join(named.group(0).split()))
    return out


_LAST_WEEK = re.compile(r"\b(?:last\s+week|the\s+previous\s+week|the\s+week\s+before)\b", re.IGNORECASE)


def earlier_week_figures(sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions`, with the new figures of a later sentence dated to last week marked background when the
    article's first figure is not (see the module docstring)."""
    lead = next((m for m in mentions if m.status == "reported"), None)
    texts = {s.index: s.text for s in sentences}
    if lead is None or lead.link in ("update", "total") or _LAST_WEEK.search(texts.get(lead.sentence_index, "")):
        return mentions  # (a toll that has risen to 22 includes the fighting it says began last week)
    first = lead.sentence_index
    # ("killing four and injuring four others": the others are set apart from the dead, not added to the news)
    return [replace(m, status="background", reason="last week")
            if m.status == "reported" and (m.link == "new" or (m.link == "more" and m.reason in ("others", "other")))
            and m.sentence_index > first and _LAST_WEEK.search(texts.get(m.sentence_index, "")) else m
            for m in mentions]
