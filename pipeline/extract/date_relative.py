"""Resolvers for date expressions relative to the publication date or to an earlier mention.

"yesterday", "on Tuesday", "last week", "two months ago", "this summer", "the
next day", "now". The anchor is the publication day; anaphoric forms ("that
year", "the following day", "the previous Friday") count from the last date the
article mentioned. Without a publication date the value is None, except for
the TIMEX3 reference values (PRESENT_REF, PAST_REF, FUTURE_REF).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.date_absolute import quarter_context
from pipeline.extract.date_calendar import (
    add_months,
    month_value,
    quarter_of,
    shift_days,
    week_value,
    weekday_date,
    year_of_month,
    year_of_season,
    year_value,
)
from pipeline.extract.date_context import FUTURE_REF, PAST_REF, DocContext, Groups, Resolved
from pipeline.extract.date_lexicon import MONTHS, SEASONS, VAGUE_COUNTS, WEEKDAYS, count_value
from pipeline.extract.date_patterns import POSSESSIVE_END

# "the latest (fiscal) year" is the last one completed, as "the latest quarter" is.
STEP = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0, "same": 0,
        "that": 0, "latest": -1, "next": 1, "coming": 1, "following": 1}
# These count from the last date mentioned rather than from the publication date.
ANAPHORIC = frozenset({"previous", "preceding", "following", "same", "that"})
_PRECISION = {"day": "day", "week": "week", "weekend": "week", "fortnight": "week", "month": "month"}
_DAYWORD_STEP = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
# Words after which "may" or "march" are a month rather than a verb or noun.
_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|until|till|from|during|through|throughout|before|after|of|early|late|mid|last|next|"
    r"this|between|and|or|to|by|over|end|beginning|start|middle)\s*-?)$"
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "that", "this"})
# Words after which "fall", "spring" or "summer" are a season rather than a verb or noun.
_SEASON_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|until|till|during|through|throughout|before|after|early|late|mid|by|over|into|"
    r"this|last|next|of)(?:\s+the)?\s*-?)$"
)


def _rel(text: str | None) -> str:
    """"the following" -> "following"."""
    return (text or "").split()[-1] if text else ""


def _no_anchor(precision: str | None) -> Resolved:
    """A relative expression that cannot be resolved: no publication date to count from."""
    return None, precision, True


def _day_value(day: dt.date | None) -> Resolved:
    """A resolved relative day, or None when it falls off the calendar."""
    return (day.isoformat(), "day", True) if day else None


def _weekend(day: dt.date) -> str:
    """The TIMEX3 weekend of `day`'s ISO week: 2025-W43-WE."""
    return week_value(day) + "-WE"


def dayword(g: Groups, ctx: DocContext) -> Resolved:
    """today, yesterday, tonight, last night, this morning, the day before yesterday."""
    if ctx.anchor is None:
        return _no_anchor("day")
    if g["w"]:
        step = _DAYWORD_STEP[g["w"]]
    elif g["ba"]:
        step = -2 if g["ba"].startswith("before") else 2
    else:
        step = -1 if g["night"] else 0
    return _day_value(shift_days(ctx.anchor, step))


def ref_day(g: Groups, ctx: DocContext) -> Resolved:
    """the next day, the same day, that day, the day before: from the last day mentioned.

    "the day before last Tuesday" counts from the weekday it names instead, as one expression.
    """
    if g["wd"]:
        named = weekday({"wd": g["wd"], "rel": g["wrel"]}, ctx)
        if named is None or named[0] is None:
            return named
        shifted = shift_days(dt.date.fromisoformat(named[0]), -1 if g["wba"] == "before" else 1)
        return _day_value(shifted)
    day = ctx.day_reference()
    if day is None:
        return _no_anchor("day")
    rel = g["rel"] or g["ba"] or "same"
    step = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(rel, 0)
    return _day_value(shift_days(day, step))


def weekday(g: Groups, ctx: DocContext) -> Resolved:
    """Tuesday: the latest Tuesday on or before the publication day unless the sentence looks ahead;
    "Saturday last week": the Saturday of the week before the publication week."""
    if ctx.anchor is None:
        return _no_anchor("day")
    number, rel = WEEKDAYS[g["wd"] or ""], " ".join((g["rel"] or "").split())
    if g.get("lw"):  # "Saturday last week": that day of the week before the publication week
        return _day_value(shift_days(ctx.anchor, number - ctx.anchor.weekday() - 7))
    if rel in ("the previous", "the following") and ctx.ref_day:
        direction = "past" if rel == "the previous" else "future"
        return _day_value(weekday_date(ctx.ref_day, number, direction, strict=True))
    if rel in ("last", "past", "previous", "this past", "the previous"):
        return _day_value(weekday_date(ctx.anchor, number, "past", strict=True))
    if rel in ("next", "coming", "this coming", "the following"):
        return _day_value(weekday_date(ctx.anchor, number, "future", strict=True))
    if rel == "this":
        return _day_value(shift_days(ctx.anchor, number - ctx.anchor.weekday()))
    # "Friday's attack" names a day whose event is reported: the past; "ahead of Friday's planned rally", one
    # still to come.
    tense = None if POSSESSIVE_END.search(ctx.low, ctx.start, ctx.end) else ctx.tense()
    if tense is None and (_PLANNED_AFTER.match(ctx.after()) or ctx.before(12).endswith("ahead of ")):
        tense = "future"
    return _day_value(weekday_date(ctx.anchor, number, tense or "past"))


# A planned event named by its day: "Friday's planned rally", "Sunday's scheduled vote".
_PLANNED_AFTER = re.compile(r"\s*(?:planned|scheduled|proposed|upcoming|expected|announced)\b")


def day_only(g: Groups, ctx: DocContext) -> Resolved:
    """on the 19th: that day of the publication month, or of the month before if still to come."""
    if ctx.anchor is None:
        return _no_anchor("day")
    day = int(g["d"] or 0)
    year, month = ctx.anchor.year, ctx.anchor.month
    if ctx.tense() == "future" and day < ctx.anchor.day:
        year, month = add_months(year, month, 1)
    elif ctx.tense() != "future" and day > ctx.anchor.day:
        year, month = add_months(year, month, -1)
    try:
        return dt.date(year, month, day).isoformat(), "day", True
    except ValueError:
        return None


def month(g: Groups, ctx: DocContext) -> Resolved:
    """(last) April, late November: the year from the publication date and the tense."""
    name = (g["mon"] or "").rstrip(".")
    if name in ("may", "march") and ctx.cased:
        # In mixed-case text a month is capitalised ("may" is the modal, "march" the walk), and
        # a capital inside a sentence is the month ("the March accession").
        if not ctx.is_capitalised(ctx.end - len(name)):
            return None
        previous = ctx.body[max(ctx.floor, ctx.start - 20):ctx.start].split()[-1:] or [""]
        word = previous[0].lower()
        if previous[0][:1].isupper() and not _PREPOSITION.search(word) and word not in _DETERMINERS:
            return None  # "Theresa May", "Prime Minister May"; but "The March accession" is the month
        if previous[0][-1:].isalnum():
            return month_of(name, g, ctx)
    if name in ("may", "march") and not g["mod"] and not g["rel"]:
        before = ctx.before(20)
        if not _PREPOSITION.search(before.rstrip()):
            return None
        if name == "march" and before.rstrip().endswith("to") and not ctx.cased:
            return None  # "to march" is the verb
    return month_of(name, g, ctx)


def month_of(name: str, g: Groups, ctx: DocContext) -> Resolved:
    """The value of a month named without a year."""
    if ctx.anchor is None:
        return _no_anchor("month")
    number, rel, anchor = MONTHS[name], g["rel"] or "", ctx.anchor
    if rel == "last":
        # "last February" told in March is a year earlier: February of this year would be "last month"
        year = anchor.year if number < anchor.month - 1 else anchor.year - 1
    elif rel == "past":
        year = anchor.year if number < anchor.month else anchor.year - 1
    elif rel in ("next", "coming"):
        year = anchor.year if number > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = year_of_month(anchor, number, ctx.tense())
    return month_value(year, number), "month", True


def season(g: Groups, ctx: DocContext) -> Resolved:
    """this summer, last fall, the winter of 1998, the autumn of last year."""
    name, rel = g["s"] or "", " ".join((g["rel"] or "").split())
    if not g["y"] and not g["yrel"] and rel in ("", "the"):
        before = ctx.before(20).rstrip()
        if not _SEASON_PREPOSITION.search(before) and not g["mod"]:
            return None  # "summer capital", "prices fall", "the fall of the city"
        if re.match(r"\s+(?:of|in|to|from|by)\b", ctx.after(6)):
            return None
    code = SEASONS[name]
    if g["y"]:
        return f"{g['y']}-{code}", "year", False
    if ctx.anchor is None:
        return _no_anchor("year")
    if g["yrel"]:  # "the winter of last year": that year's season, whatever the publication month
        return year_value(ctx.anchor.year + STEP[g["yrel"]], f"-{code}"), "year", True
    step = STEP.get(_rel(rel), 0) if rel != "the" else 0
    return year_value(year_of_season(ctx.anchor, code, step), f"-{code}"), "year", True


def _shift(anchor: dt.date, unit: str, step: int) -> Resolved:
    """The unit (day, week, weekend, month, year, decade, century) `step` units from the anchor."""
    if unit == "day":
        return _day_value(shift_days(anchor, step))
    if unit in ("week", "weekend", "fortnight"):
        day = shift_days(anchor, step * (14 if unit == "fortnight" else 7))
        if day is None:
            return None
        return (_weekend(day) if unit == "weekend" else week_value(day)), "week", True
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, step)), "month", True
    years = {"year": 1, "decade": 10, "century": 100}[unit] * step
    text = year_value(anchor.year + years)
    if text is None:
        return None, "year", True
    return {"year": text, "decade": text[:3], "century": text[:2]}[unit], "year", True


def rel_unit(g: Groups, ctx: DocContext) -> Resolved:
    """last week, earlier this month, the following year, this weekend."""
    rel, unit = _rel(g["rel"]), g["unit"] or ""
    anchor = ctx.reference(unit) if rel in ANAPHORIC else ctx.anchor
    if anchor is None:
        return _no_anchor(_PRECISION.get(unit, "year"))
    if unit == "weekend" and STEP[rel] == 0 and anchor.weekday() < 5 and ctx.tense() != "future":
        return None if rel == "that" else (_weekend(anchor), "week", True)
    return _shift(anchor, unit, STEP[rel])


def the_unit(g: Groups, ctx: DocContext) -> Resolved:
    """the weekend (the latest one, or the coming one in future tense), the year, the end of the month."""
    unit = g["unit"] or ""
    if unit in ("week", "month") and not g["mod"]:
        return None  # "the week" alone is a duration or a set as often as a date
    if ctx.anchor is None:
        return _no_anchor("week" if unit.startswith("week") else unit)
    if unit == "weekend":
        step = 0
        if ctx.tense() != "future" and ctx.anchor.weekday() < 5:
            step = -7
        elif ctx.tense() == "future" and ctx.anchor.weekday() >= 5:
            step = 7
        weekend = shift_days(ctx.anchor, step)
        return (_weekend(weekend), "week", True) if weekend else None
    return _shift(ctx.anchor, unit, 0)


def ago(g: Groups, ctx: DocContext) -> Resolved:
    """two days ago, a year earlier, several years ago, three weeks later."""
    count_text, unit, direction = " ".join((g["n"] or "").split()), g["unit"] or "", g["dir"] or ""
    sign = 1 if direction.startswith(("later", "after", "from", "hence")) else -1
    if count_text in VAGUE_COUNTS:
        return (FUTURE_REF if sign > 0 else PAST_REF), None, True
    count = count_value(count_text)
    if count is None:
        return None
    anaphoric = direction in ("earlier", "later", "before", "after")
    if unit == "year" and count == 1 and sign < 0 and ctx.in_quarter_context():
        return quarter_context(ctx, 1)  # "a year earlier" in earnings news: the same quarter last year
    anchor = ctx.day_reference() if anaphoric and unit in ("day", "week", "fortnight") else ctx.anchor
    if anaphoric and unit not in ("day", "week", "fortnight") and ctx.recent_year():
        anchor = dt.date(ctx.recent_year() or 1, 7, 1)  # "in 2015 ... two years later"
    if anchor is None:
        return _no_anchor(_PRECISION.get(unit, "year"))
    return _shift(anchor, unit, sign * count)


def year_ago_adj(g: Groups, ctx: DocContext) -> Resolved:
    """year-earlier, the year-ago quarter: last year's, or last year's quarter in earnings news."""
    if g["q"] or ctx.in_quarter_context():
        return quarter_context(ctx, 1)
    if ctx.anchor is None:
        return _no_anchor("year")
    return year_value(ctx.anchor.year - 1), "year", True


def quarter_ref(g: Groups, ctx: DocContext) -> Resolved:
    """the quarter, the latest quarter, the year-ago quarter, the current quarter, last year's quarter."""
    adj = g["adj"] or ""
    year_before = _rel(g["yr"]) in ("last", "previous", "prior")  # "last year's quarter"
    if g["ago"] or year_before or any(word in adj for word in ("year-ago", "year-earlier", "comparable")):
        return quarter_context(ctx, 1)
    if "current" in adj and ctx.anchor is not None:
        return year_value(ctx.anchor.year, f"-Q{quarter_of(ctx.anchor)}"), "year", True
    return quarter_context(ctx, 0)
