"""Resolvers for date expressions that name their calendar unit: days, months, years, quarters.

Each takes the groups of its pattern (see `date_patterns.RULES`) and the
article's `DocContext` and returns (value, precision, relative) or None when
the match is not a date after all. A missing year is taken from the
publication date, in the direction the sentence's tense points; without a
publication date such a value stays None.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.date_calendar import (
    date_of_month_day,
    date_with_weekday,
    last_completed_quarter,
    month_value,
    safe_date,
    week_value,
    year_of_quarter,
    year_value,
)
from pipeline.extract.date_context import DocContext, Groups, Resolved
from pipeline.extract.date_lexicon import (
    DECADE_WORDS,
    MONTHS,
    QUARTER_WORDS,
    TENS,
    WEEKDAYS,
    count_value,
    ordinal_value,
)

# Words before a four-digit number that make it a quantity, not a year.
_QUANTIFIERS = ("about", "around", "nearly", "some", "at least", "more than", "less than", "fewer than",
                "almost", "approximately", "estimated", "a total of", "rs", "rs.", "no.", "number", "$",
                "usd", "inr", "page", "section", "article", "over")
# A plural noun right after a four-digit number counts it ("2082 shops", "1500 people") when the number
# cannot be a past year or the noun names what is counted, not what a year qualifies ("1989 sales").
_COUNTED_NOUN = re.compile(r"\s+[a-z]+(?<!ss)s\b")
_COUNTED_THINGS = re.compile(
    r"\s+(?:people|persons|men|women|children|troops|soldiers|policemen|police|workers|residents|villagers|"
    r"students|families|houses|homes|huts|shops|vehicles|cars|buses|trucks|cattle|refugees|prisoners|"
    r"militants|rioters|protesters|devotees|pilgrims|activists|passengers|kilometres|km|metres|feet|tonnes|"
    r"acres|hectares|rupees|dollars)\b"
)
_YEAR_LEAD = re.compile(r"(?:\bthe|\bin|\bof|\bsince|\bby|\bduring|\bfrom|\buntil|\btill|\bbefore|\bafter|"
                        r"\bfor|\bto|\band|\bor|\bwith|\bagainst|\bthan|\bon|\bat|\bfiscal|\bmid-?|'s|,)\s*$")
_ENDED = re.compile(r"\s*,?\s*end(?:ed|ing)\b")
# "the quarter ended April 30": the end month says which quarter, whatever the company's fiscal calendar.
_ENDED_IN = re.compile(r"\s*,?\s*ended\s+(?P<mon>[a-z]+)\.?\s+[0-9]")
_REL_YEAR_STEP = {"this": 0, "last": -1, "next": 1, "the current": 0, "the previous": -1, "the past": -1,
                  "the same": 0}


def _month(name: str | None) -> int:
    """1-12 from a month name or abbreviation ("Sept.")."""
    return MONTHS[(name or "").rstrip(".").strip()]


def _two_digit_year(text: str, anchor: dt.date | None) -> int:
    """A four-digit year from "25": this century unless that is more than a year ahead."""
    if len(text) == 4:
        return int(text)
    this_year = anchor.year if anchor else dt.date.today().year
    year = this_year - this_year % 100 + int(text)
    return year - 100 if year > this_year + 1 else year


def _day(year: int, month: int, day: int) -> Resolved:
    """A resolved absolute day, or None for an impossible date."""
    date = safe_date(year, month, day)
    return (date.isoformat(), "day", False) if date else None


def iso(g: Groups, ctx: DocContext) -> Resolved:
    """2025-10-09."""
    return _day(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))


def numeric(g: Groups, ctx: DocContext) -> Resolved:
    """10/09/2025: month first (US order) unless the article writes days first or it cannot be.

    When both orders are possible and only the day-first reading is not after the
    publication date, a report of what happened ("arrested on 04/03/2025" in a
    March article) is read day first; when neither is after it, the nearer one
    ("killed on 2/3/2024" in an article of 5 March is 2 March): news tells of recent days.
    """
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    year_ = _two_digit_year(g["y"] or "", ctx.anchor)
    day_first = ctx.day_first or g["sep"] == "." or a > 12
    if not day_first and a != b and b <= 12 and ctx.anchor is not None:
        us, other = safe_date(year_, a, b), safe_date(year_, b, a)
        if us and other and other <= ctx.anchor and (us < other or ctx.anchor < us) and ctx.tense() != "future":
            day_first = True
    month, day = (b, a) if day_first else (a, b)
    return _day(year_, month, day)


def numeric_short(g: Groups, ctx: DocContext) -> Resolved:
    """on 24/03, (17/01): day and month without a year, in the year that puts it nearest the
    publication date (before it for a report). Day first where the article writes days first or the
    first number cannot be a month; month first where the second cannot be; otherwise the reading
    nearest the publication date."""
    a, b = int(g["a"] or 0), int(g["b"] or 0)
    if ctx.anchor is None:
        return None, "day", True
    if ctx.day_first or a > 12:
        orders = [(b, a)]
    elif b > 12:
        orders = [(a, b)]
    else:
        orders = [(b, a), (a, b)]
    direction = ctx.tense()
    anchor = ctx.anchor
    dates = [d for month, day in orders if (d := date_of_month_day(anchor, month, day, direction))]
    if not dates:
        return None
    date = min(dates, key=lambda d: (abs((d - anchor).days), d > anchor))
    return date.isoformat(), "day", True


def month_day(g: Groups, ctx: DocContext) -> Resolved:
    """Oct. 9, 2025 / 9 October / the ninth of October: the year from the text or the publication date."""
    month, day = _month(g["mon"]), ordinal_value(g["d"] or "")
    if day is None or not 1 <= day <= 31:
        return None
    if g["y"]:
        return _day(int(g["y"]), month, day)
    if safe_date(2000, month, day) is None:  # 31 June in any year (2000 is a leap year)
        return None
    if ctx.anchor is None:
        return None, "day", True
    date = None
    if g.get("wd"):  # "Saturday, April 25": the year in which that day is a Saturday
        date = date_with_weekday(ctx.anchor, month, day, WEEKDAYS[(g["wd"] or "").rstrip(".")])
    if date is None:
        direction = {"last": "past", "next": "future"}.get(g.get("rel") or "") or ctx.tense()
        date = date_of_month_day(ctx.anchor, month, day, direction)
    return (date.isoformat(), "day", True) if date else None


def week_of(g: Groups, ctx: DocContext) -> Resolved:
    """the week of May 8: the ISO week holding that day."""
    resolved = month_day({"mon": g["mon"] or g["mon2"], "d": g["d"] or g["d2"], "y": g["y"]}, ctx)
    if resolved is None:
        return None
    value, _, relative = resolved
    if value is None:
        return None, "week", relative
    return week_value(dt.date.fromisoformat(value)), "week", relative


def month_year(g: Groups, ctx: DocContext) -> Resolved:
    """October 2025, June last year."""
    month = _month(g["mon"])
    if g["y"]:
        return month_value(int(g["y"]), month), "month", False
    if ctx.anchor is None:
        return None, "month", True
    return month_value(ctx.anchor.year + _REL_YEAR_STEP[g["rel"] or "this"], month), "month", True


def year(g: Groups, ctx: DocContext) -> Resolved:
    """2021, fiscal 1989, mid-1996; not a count ("about 2000 troops")."""
    if ctx.before(24).rstrip().endswith(_QUANTIFIERS):
        return None
    after = ctx.after(24)
    future = ctx.anchor is not None and int(g["y"] or 0) > ctx.anchor.year + 1
    if (_COUNTED_THINGS.match(after) or (future and _COUNTED_NOUN.match(after))) \
            and not _YEAR_LEAD.search(ctx.before(12)):
        return None  # "burnt 2082 shops", "1500 people": counts; "the 2002 riots", "1989 sales" stay years
    return g["y"], "year", False


def year_words(g: Groups, ctx: DocContext) -> Resolved:
    """nineteen ninety-six, the year two thousand."""
    if g["t"]:
        return str(1900 + TENS[g["t"]] + (count_value(g["o"] or "") or 0)), "year", False
    return str(2000 + (count_value(g["o2"] or "") or 0)), "year", False


def decade(g: Groups, ctx: DocContext) -> Resolved:
    """the 1990s -> 199, the '80s -> 198, the nineties -> 199; the 1800s -> 18 (a century)."""
    if g["d4"]:
        if g["d4"].endswith("00") and g["d4"] < "2000":
            return g["d4"][:2], "year", False  # "the 1600s" is the seventeenth century; "the 2000s" a decade
        return g["d4"][:3], "year", False
    if g["d2"]:
        return "19" + g["d2"][0], "year", False
    return f"19{DECADE_WORDS[g['dw'] or '']}", "year", False


def century(g: Groups, ctx: DocContext) -> Resolved:
    """the 20th century -> 19."""
    number = ordinal_value(g["c"] or "")
    return (f"{number - 1:02d}", "year", False) if number and 1 <= number <= 21 else None


def _quarter_number(text: str | None) -> int:
    """1-4 from "3", "third" or "3rd"."""
    return int(text) if text and text.isdigit() else QUARTER_WORDS[text or "first"]


def _quarter_year(g: Groups, ctx: DocContext, explicit: str | None, rel: str | None) -> int | None:
    """The year of a quarter: explicit, relative to this year, or the nearest to the publication date."""
    if explicit:
        return int(explicit)
    if ctx.anchor is None:
        return None
    if rel:
        return ctx.anchor.year + _REL_YEAR_STEP[" ".join(rel.split())]
    return year_of_quarter(ctx.anchor, _quarter_number(g["q"]))


def _reported_quarter(ctx: DocContext, year_: int, number: int) -> bool:
    """True when the quarter is one whose results are reported: over by the publication date,
    said to have ended ("its third quarter ended June 30") or told in the past tense. A quarter
    still running or to come ("expects a loss in the fourth quarter") is a forecast.
    """
    if ctx.anchor is None or (year_, number) <= last_completed_quarter(ctx.anchor):
        return True
    return bool(_ENDED.match(ctx.after(12))) or ctx.tense() == "past"


def quarter(g: Groups, ctx: DocContext) -> Resolved:
    """the third quarter (of 1989), this year's third quarter, the year-ago fourth quarter, Q3 2025."""
    number = _quarter_number(g["q"])
    year_text = g.get("y1") or g.get("y2")
    year_ = _quarter_year(g, ctx, year_text, g.get("rel") or g.get("rel2"))
    if year_ is None:
        return None, "year", True
    if g.get("ago") or g.get("ago2"):
        year_ -= 1
    elif _reported_quarter(ctx, year_, number):
        ctx.quarter = (year_, number)  # what "the quarter" and "a year earlier" refer to from here on
        ctx.quarter_sentence = ctx.sentence
    return year_value(year_, f"-Q{number}"), "year", not year_text


def _quarter_ended(ctx: DocContext) -> tuple[int, int] | None:
    """(year, quarter) of "the quarter ended <month> <day>": the calendar quarter holding most of its
    three months (the one of the month before the end month), in the year before the publication date.
    """
    found = _ENDED_IN.match(ctx.after(24))
    month = MONTHS.get(found.group("mon")) if found else None
    if month is None or ctx.anchor is None:
        return None
    year_ = ctx.anchor.year if month <= ctx.anchor.month else ctx.anchor.year - 1
    year_, middle = (year_, month - 1) if month > 1 else (year_ - 1, 12)
    return year_, (middle - 1) // 3 + 1


def quarter_context(ctx: DocContext, years_back: int = 0) -> Resolved:
    """The quarter an earnings article is about ("the quarter"), `years_back` years before."""
    if ctx.quarter is None and ctx.anchor is None:
        return None, "year", True
    ended = None if ctx.in_quarter_context() else _quarter_ended(ctx)  # a fiscal quarter named just before wins
    year_, number = ended or ctx.quarter or last_completed_quarter(ctx.anchor)  # type: ignore[arg-type]
    if not years_back:  # "the quarter" itself: earnings talk goes on ("... a year earlier")
        ctx.quarter, ctx.quarter_sentence = (year_, number), ctx.sentence
    return year_value(year_ - years_back, f"-Q{number}"), "year", True


def period(g: Groups, ctx: DocContext) -> Resolved:
    """the 1995 period, the year-ago period, the latest period."""
    if g["y"]:
        if ctx.quarter:
            return f"{g['y']}-Q{ctx.quarter[1]}", "year", False
        return g["y"], "year", False
    return quarter_context(ctx, 1 if g["ago"] or g["ago2"] else 0)


def half(g: Groups, ctx: DocContext) -> Resolved:
    """the first half of 1996 -> 1996-H1; the last half of the '70s -> 197."""
    if g["dec"]:
        return "19" + g["dec"][0], "year", False
    if g["dec4"]:
        return g["dec4"][:3], "year", False
    number = 1 if g["h"] in ("first", "1st") else 2
    if g["y"]:
        return f"{g['y']}-H{number}", "year", False
    if ctx.anchor is None:
        return None, "year", True
    return year_value(ctx.anchor.year + _REL_YEAR_STEP[g["rel"] or "this"], f"-H{number}"), "year", True

