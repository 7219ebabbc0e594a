"""Day ranges written with one month ("April 24 and 25", "12-13 March"): one mention per end day.

TimeML marks each day of such a range as its own TIMEX3 ("April 24" and "25"),
so a range found by the "mdy" or "dmy" pattern is cut in two: the first day
with the month (or the weekday) before it, and the last day with whatever
follows it (the month, the year). Days in between ("12, 13 and 14 March") are
not split out: they are rare, and the two ends carry the range.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.date_lexicon import ordinal_value

_RANGE_RULES = frozenset({"mdy", "dmy"})


def split_day_range(
    match: re.Match[str], rule: str, value: str | None
) -> tuple[tuple[int, int, str | None], tuple[int, int, str | None]] | None:
    """((start, end, value), (start, end, value)) of the first and last day of a day range, else None.

    `value` is the resolved value of the whole match (the first day's); the last
    day takes its year and month. None when the match is no range, when the
    value is not a day, or when the last day does not follow the first.
    """
    if rule not in _RANGE_RULES or value is None or len(value) != 10:
        return None
    last = f"{rule}__d2"
    if match.group(last) is None:
        return None
    first_day, last_day = ordinal_value(match.group(f"{rule}__d") or ""), ordinal_value(match.group(last))
    if first_day is None or last_day is None or last_day <= first_day:
        return None
    try:
        end_value = dt.date.fromisoformat(value).replace(day=last_day).isoformat()
    except ValueError:
        return None  # "June 30-31": no such last day
    return (match.start(), match.end(f"{rule}__d"), value), (match.start(last), match.end(), end_value)
