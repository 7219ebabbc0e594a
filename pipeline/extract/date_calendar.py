"""Calendar arithmetic and TIMEX3 value formatting for resolved dates.

Pure functions over `datetime.date`: which year a month or day without a year
falls in, which day a weekday names, ISO weeks, quarters and seasons. The
direction argument says where to look from the anchor: "past", "future" or
None (the nearer occurrence, with the past preferred, as news mostly reports
what has happened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pipeline.extract.date_lexicon import SEASON_START

# A future occurrence wins an undirected choice only when it is this many times nearer than the past one.
FUTURE_BIAS = 3
# A day without a year follows the tense only this far: "extended to Nov. 6" in late October is
# next week, not eleven months ago, whatever the verb's tense.
TENSE_REACH_DAYS = 300


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 June) or is out of range."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) `delta` months after the given month."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def last_day(value: str, precision: str) -> dt.date | None:
    """The last day of a month ("2001-12") or year ("1984") value, None for any other value."""
    try:
        if precision == "year" and len(value) == 4:
            return dt.date(int(value), 12, 31)
        if precision == "month" and len(value) == 7:
            year, month = add_months(int(value[:4]), int(value[5:7]), 1)
            return dt.date(year, month, 1) - dt.timedelta(days=1)
    except ValueError:
        return None
    return None


def shift_days(day: dt.date, delta: int) -> dt.date | None:
    """`day` plus `delta` days, or None past the calendar's ends."""
    try:
        return day + dt.timedelta(days=delta)
    except OverflowError:
        return None


def year_value(year: int, suffix: str = "") -> str | None:
    """A four-digit TIMEX3 year with an optional suffix ("-Q3", "-SU"), or None outside years 1-9999."""
    return f"{year:04d}{suffix}" if 1 <= year <= 9999 else None


def week_value(day: dt.date) -> str:
    """The ISO week of `day` as a TIMEX3 value: 2025-W43."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str | None:
    """2025-10, or None outside years 1-9999."""
    return year_value(year, f"-{month:02d}")


def _choose(past_gap: int, future_gap: int, direction: str | None) -> str:
    """"past" or "future": the direction given, else the nearer, preferring the past."""
    if direction in ("past", "future"):
        return direction
    return "future" if future_gap * FUTURE_BIAS < past_gap else "past"


def year_of_month(anchor: dt.date, month: int, direction: str | None) -> int:
    """The year of a month named without one ("in December" in a January article is last year's)."""
    past_year = anchor.year if month <= anchor.month else anchor.year - 1
    future_year = anchor.year if month >= anchor.month else anchor.year + 1
    now = anchor.year * 12 + anchor.month
    past_gap, future_gap = now - (past_year * 12 + month), future_year * 12 + month - now
    return past_year if _choose(past_gap, future_gap, direction) == "past" else future_year


def nearest_yearly(
    anchor: dt.date, day_in: Callable[[int], dt.date | None], direction: str | None
) -> dt.date | None:
    """The occurrence of a yearly day (`day_in(year)`) nearest the anchor in the given direction."""
    past = next((d for y in (anchor.year, anchor.year - 1, anchor.year - 2)
                 if (d := day_in(y)) and d <= anchor), None)
    future = next((d for y in (anchor.year, anchor.year + 1, anchor.year + 2)
                   if (d := day_in(y)) and d >= anchor), None)
    if past is None or future is None:
        return past or future
    past_gap, future_gap = (anchor - past).days, (future - anchor).days
    if (direction == "past" and past_gap > TENSE_REACH_DAYS) or (
            direction == "future" and future_gap > TENSE_REACH_DAYS):
        direction = None
    return past if _choose(past_gap, future_gap, direction) == "past" else future


def date_of_month_day(anchor: dt.date, month: int, day: int, direction: str | None) -> dt.date | None:
    """The date of a month and day named without a year, nearest the anchor in the given direction."""
    return nearest_yearly(anchor, lambda year: safe_date(year, month, day), direction)


def date_with_weekday(anchor: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    """The date of "Saturday, April 25" without a year: the year within reach where it is that weekday.

    None when no nearby year fits (the weekday or the date is then probably a typo).
    """
    fits = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := safe_date(y, month, day)) and d.weekday() == weekday and abs((d - anchor).days) < 300]
    return min(fits, key=lambda d: abs((d - anchor).days)) if fits else None


def easter(year: int) -> dt.date | None:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return safe_date(year, month, day + 1)


def thanksgiving(year: int) -> dt.date | None:
    """US Thanksgiving: the fourth Thursday of November."""
    first = safe_date(year, 11, 1)
    if first is None:
        return None
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def weekday_date(
    anchor: dt.date, weekday: int, direction: str | None, strict: bool = False
) -> dt.date | None:
    """The day a weekday names: on or before the anchor unless the direction is "future".

    A weekday equal to the anchor's is the anchor itself unless `strict` ("last
    Thursday" in a Thursday article is a week earlier).
    """
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7 or (7 if strict else 0)
        return shift_days(anchor, ahead)
    back = (anchor.weekday() - weekday) % 7 or (7 if strict else 0)
    return shift_days(anchor, -back)


def quarter_of(day: dt.date) -> int:
    """1-4."""
    return (day.month - 1) // 3 + 1


def year_of_quarter(anchor: dt.date, quarter: int) -> int:
    """The year of a quarter named without one: this year's, unless it is nearer in the past year."""
    start_month = quarter * 3 - 2
    return year_of_month(anchor, start_month, None) if quarter > quarter_of(anchor) else anchor.year


def last_completed_quarter(anchor: dt.date) -> tuple[int, int]:
    """(year, quarter) of the latest quarter that ended before the anchor: what earnings news reports."""
    quarter = quarter_of(anchor) - 1
    return (anchor.year, quarter) if quarter else (anchor.year - 1, 4)


def year_of_season(anchor: dt.date, season: str, step: int) -> int:
    """The year of a season: this year's (step 0), the previous (-1) or the next (+1) occurrence."""
    start = SEASON_START[season]
    in_it = start <= anchor.month < start + 3 or (season == "WI" and anchor.month <= 2)
    # Winter starting in December belongs to the year it starts in.
    current = anchor.year - 1 if season == "WI" and anchor.month <= 2 else anchor.year
    if step == 0:
        return current
    if step < 0:
        return current - 1 if in_it or start > anchor.month else current
    return current + 1 if in_it or start <= anchor.month else current
