"""Resolvers for named days and reference words: holidays, year-end, "now", "recently", "the future".

Holidays are the few with a fixed rule (Christmas, New Year, US Thanksgiving,
Western Easter); movable feasts of lunar calendars (Eid, Diwali) need tables
and are left unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pipeline.extract.date_calendar import easter, nearest_yearly, safe_date, thanksgiving, year_value
from pipeline.extract.date_context import FUTURE_REF, PAST_REF, PRESENT_REF, DocContext, Groups, Resolved

_OF_AFTER = re.compile(r"\s+of\b")
HOLIDAYS: dict[str, Callable[[int], dt.date | None]] = {
    "christmas": lambda y: safe_date(y, 12, 25),
    "christmas day": lambda y: safe_date(y, 12, 25),
    "christmas eve": lambda y: safe_date(y, 12, 24),
    "new year's day": lambda y: safe_date(y, 1, 1),
    "new year's eve": lambda y: safe_date(y, 12, 31),
    "thanksgiving": thanksgiving,
    "thanksgiving day": thanksgiving,
    "easter": easter,
    "easter sunday": easter,
}


def holiday(g: Groups, ctx: DocContext) -> Resolved:
    """Christmas, New Year's Day, Thanksgiving, Easter: the occurrence the tense points to."""
    day_in = HOLIDAYS[" ".join((g["h"] or "").split())]
    if ctx.anchor is None:
        return None, "day", True
    direction = {"last": "past", "next": "future"}.get(g["rel"] or "", ctx.tense())
    if g["rel"] == "this":
        day = day_in(ctx.anchor.year)
    else:
        day = nearest_yearly(ctx.anchor, day_in, direction)
        if day == ctx.anchor and g["rel"] in ("last", "next"):
            day = day_in(day.year + (1 if g["rel"] == "next" else -1))
    return (day.isoformat(), "day", True) if day else None


def day_of_run(g: Groups, ctx: DocContext) -> Resolved:
    """"(today) is the fifth day of" a campaign: in the present tense, the publication day itself."""
    return (ctx.anchor.isoformat(), "day", True) if ctx.anchor else (None, "day", True)


def year_end(g: Groups, ctx: DocContext) -> Resolved:
    """year-end, by year's end: the publication year (last year's in January, looking back)."""
    if ctx.anchor is None:
        return None, "year", True
    year = ctx.anchor.year
    if ctx.tense() == "past" and ctx.anchor.month == 1:
        year -= 1
    return year_value(year), "year", True


def reference(g: Groups, ctx: DocContext) -> Resolved:
    """now, currently, recently, the past, the future: TIMEX3 reference values."""
    if g["cur"] and ctx.before(6).endswith(("then ", "then-")):
        return PAST_REF, None, True  # "at the then current price": the present of a past moment
    if g["now"] or g["cur"]:
        return PRESENT_REF, None, True
    if g["future"]:
        text = ctx.low[ctx.start:ctx.end]
        if text.startswith("the") and text.endswith("future") and (
            _OF_AFTER.match(ctx.after(4)) or ("foreseeable" in text and ctx.before(5).endswith("for "))
        ):
            return None  # "the future of the region" is a topic; "for the foreseeable future" a duration
        return FUTURE_REF, None, True
    return PAST_REF, None, True
