"""Dispatch from a date pattern's rule name to the function that resolves its value."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract import date_absolute as ab
from pipeline.extract import date_clock as clock
from pipeline.extract import date_named as named
from pipeline.extract import date_relative as rel
from pipeline.extract.date_context import DocContext, Groups, Resolved

RESOLVERS: dict[str, Callable[[Groups, DocContext], Resolved]] = {
    "iso": ab.iso,
    "numeric": ab.numeric,
    "numeric_short": ab.numeric_short,
    "mdy": ab.month_day,
    "dmy": ab.month_day,
    "dmy_word": ab.month_day,
    "clock_weekday": clock.clock_weekday,
    "month_year": ab.month_year,
    "week_of": ab.week_of,
    "day_only": rel.day_only,
    "quarter": ab.quarter,
    "quarter_q": ab.quarter,
    "half": ab.half,
    "season": rel.season,
    "decade": ab.decade,
    "century": ab.century,
    "year_words": ab.year_words,
    "period": ab.period,
    "year_ago_adj": rel.year_ago_adj,
    "ago": rel.ago,
    "rel_unit": rel.rel_unit,
    "the_unit": rel.the_unit,
    "year": ab.year,
    "dayword": rel.dayword,
    "ref_day": rel.ref_day,
    "day_of_run": named.day_of_run,
    "weekday": rel.weekday,
    "month": rel.month,
    "ref": named.reference,
    "year_end": named.year_end,
    "holiday": named.holiday,
    "quarter_ref": rel.quarter_ref,
}


def resolve(rule: str, groups: Groups, ctx: DocContext) -> Resolved:
    """(value, precision, relative) of one match, or None when it is not a date."""
    return RESOLVERS[rule](groups, ctx)
