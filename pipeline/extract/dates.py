"""Date mentions (TIMEX3 type DATE) resolved against the publication date, and the incident's date.

`extract_dates` lower-cases the body once (some corpora arrive lower-cased,
so capitals are a hint, never a requirement), finds the expressions with the
anchor-driven scan of `date_scan` over the patterns of `date_patterns`,
resolves each in reading order (so "the next day" and "that year" can refer
back; see `date_resolve`) and keeps those that resolve; a day range ("April 24
and 25") becomes one mention per end day (`date_ranges`). `incident_date` (in
`date_incident`) picks the reported incident's date from these mentions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from pipeline.extract.date_context import DocContext
from pipeline.extract.date_incident import incident_date
from pipeline.extract.date_patterns import POSSESSIVE_END, rule_groups
from pipeline.extract.date_ranges import split_day_range
from pipeline.extract.date_resolve import resolve
from pipeline.extract.date_scan import scan
from pipeline.extract.types import DateMention, Sentence

__all__ = ["extract_dates", "incident_date"]

# Numeric dates whose first field cannot be a month: the article writes days first.
_DAY_FIRST = re.compile(r"(?<![\w/.])(?:1[3-9]|2[0-9]|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-][0-9]{2,4}\b")
# Relative expressions that are also words of titles and names ("This Week", "USA Today").
_RELATIVE_WORDS = frozenset({"dayword", "rel_unit", "the_unit"})
# "today's world", "tomorrow's children", "the leaders of tomorrow": the present or future age, not a day.
_GENERIC_DAY = re.compile(
    r"(?:today|tomorrow)(?:'s\s+(?:[a-z-]+\s+)?(?:world|society|youth|young|generation|generations|children|"
    r"kids|teenagers|youngsters|families|women|men|people|students|workers|technology|computers|economy|"
    r"culture|standards|terms|dollars|military|armies|wars|warfare)\b)"
)
# A weekday that opens a newspaper's name ("told the Sunday Times", "the Sunday Express reported"): no date.
_PAPER_AFTER = re.compile(
    r"\s+(?:times|telegraph|express|mail|post|tribune|observer|herald|standard|independent|guardian|mirror|"
    r"nation|punch|vanguard|sun)\b"
)
_OF_BEFORE = re.compile(r"\b(?:the|a|our|their)\s+(?!(?:end|start|beginning|rest|close|middle|morning|afternoon|"
                        r"evening|night|session|events|news)\s)[a-z-]+\s+of\s+$")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower_same_length(body: str) -> str:
    """`body` lower-cased with every offset kept (full Unicode lowering can change lengths)."""
    low = body.lower()
    return low if len(low) == len(body) else body.translate(_ASCII_LOWER)


def _in_a_name(body: str, start: int, end: int, floor: int) -> bool:
    """True when a relative date word is part of a title or a name in cased text.

    "This Week" in title case inside a sentence is a programme's name, and
    "Today" right after a capitalised word ("VOA Today", "USA Today") a title.
    """
    words = body[start:end].split()
    if not all(w[:1].isupper() for w in words) or not body[floor:start].strip():
        return False
    if len(words) > 1:
        return True
    previous = body[floor:start].split()[-1]
    return previous[:1].isupper() and previous[-1:].isalpha()


def _generic_day(low: str, start: int, end: int) -> bool:
    """True when "today" or "tomorrow" names an age rather than a day ("today's world", "the people of
    tomorrow"). Only the possessive with a generic noun, or "the <noun> of today" ending its clause, counts.
    """
    if _GENERIC_DAY.match(low, start, start + 60):
        return True
    following = low[end:end + 2].lstrip()
    return (low[start:end] in ("today", "tomorrow") and (not following or following[0] in ",.;:!?")
            and bool(_OF_BEFORE.search(low, max(0, start - 40), start)))


def extract_dates(body: str, sentences: list[Sentence], published: dt.datetime | None) -> list[DateMention]:
    """Every calendar date expression in `body`, resolved against `published` where relative."""
    if not body:
        return []
    low = lower_same_length(body)
    anchor = published.date() if published is not None else None
    ctx = DocContext(body, low, anchor, cased=low != body)
    starts = [s.start for s in sentences]
    found: list[DateMention] = []
    for match in scan(low):
        start, end = match.span()
        index = bisect.bisect_right(starts, start) - 1
        ctx.floor = sentences[index].start if index >= 0 else 0
        ctx.sentence = index
        ctx.start, ctx.end = start, end
        rule, groups = rule_groups(match)
        if rule in _RELATIVE_WORDS and ctx.cased and _in_a_name(body, start, end, ctx.floor):
            continue
        if rule == "dayword" and _generic_day(low, start, end):
            continue
        if rule == "weekday" and _PAPER_AFTER.match(low, end):
            continue
        if rule in ("numeric", "numeric_short") and ctx.day_first is None:
            ctx.day_first = bool(_DAY_FIRST.search(low))  # looked up once, on the first numeric date
        resolved = resolve(rule, groups, ctx)
        if resolved is None:
            continue
        value, precision, relative = resolved
        possessive = POSSESSIVE_END.search(low, start, end)
        if possessive:
            end = possessive.start()  # "Friday's": the possessive is not part of the date
        sentence = sentences[index].index if index >= 0 else -1
        ends = split_day_range(match, rule, value)
        if ends is not None:  # "April 24 and 25": each day its own mention
            for part_start, part_end, part_value in ends:
                part_end = min(part_end, end)  # without the possessive, as above
                found.append(DateMention(part_start, part_end, body[part_start:part_end], part_value, precision,
                                         relative, sentence))
            ctx.note(ends[1][2], precision, relative)
            continue
        ctx.note(value, precision, relative)
        found.append(DateMention(start, end, body[start:end], value, precision, relative, sentence))
    return found
