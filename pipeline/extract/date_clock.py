"""Resolver for a clock time attached to a weekday: "9 a.m. Tuesday", "5 a.m. EST Friday".

TIMEX3 gives such an expression the day and the time, "2000-04-04T09:00". The
day is found as for the weekday alone (`date_relative.weekday`); the time zone
word is part of the span but not of the value, which stays in local time as
the article writes it.
"""

from __future__ import annotations

from pipeline.extract.date_context import DocContext, Groups, Resolved
from pipeline.extract.date_relative import weekday


def clock_hour(hour: int, meridiem: str) -> int:
    """The 24-hour hour of `hour` a.m. or p.m. ("12 a.m." is midnight, "12 p.m." noon)."""
    hour %= 12
    return hour + 12 if meridiem.startswith("p") else hour


def clock_weekday(g: Groups, ctx: DocContext) -> Resolved:
    """9 a.m. Tuesday: the weekday's date with the clock time appended."""
    resolved = weekday({"wd": g["wd"], "rel": g["rel"]}, ctx)
    if resolved is None or resolved[0] is None:
        return resolved
    day, precision, relative = resolved
    hour = clock_hour(int(g["h"] or 0), g["ap"] or "a")
    return f"{day}T{hour:02d}:{int(g['min'] or 0):02d}", precision, relative
