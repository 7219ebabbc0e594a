"""What resolving one date expression needs to know about its article.

`DocContext` carries the publication day (the anchor of relative dates), the
lower-cased body, and the running references a reader keeps while reading:
the last day and year mentioned ("the next day", "that year") and the last
quarter ("the quarter", "a year earlier" in earnings news).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.extract.date_tense import tense_near

# (value, precision, relative to the publication date); None rejects the match as not a date.
Resolved = tuple[str | None, str | None, bool] | None
Groups = dict[str, str | None]

PRESENT_REF, PAST_REF, FUTURE_REF = "PRESENT_REF", "PAST_REF", "FUTURE_REF"
# "A year earlier" means the same quarter a year before only this many sentences after a quarter is named.
_QUARTER_REACH = 3


@dataclass(slots=True)
class DocContext:
    """The state of one article's date resolution, updated mention by mention."""

    body: str
    low: str
    anchor: dt.date | None
    day_first: bool | None = None  # numeric dates are D/M/Y in this article (None: not looked up yet)
    cased: bool = True  # the body has capitals (some corpora are lower-cased upstream)
    ref_day: dt.date | None = None
    ref_month: dt.date | None = None  # the first day of the last month mentioned
    ref_year: int | None = None  # the last year named outright ("in 1995 ... that year")
    ref_year_sentence: int = -9  # the sentence it was named in
    quarter: tuple[int, int] | None = None  # (year, quarter) last named outright
    quarter_sentence: int = -99  # the sentence it was named in
    floor: int = 0  # where the current sentence starts
    sentence: int = -1  # the index of the current sentence
    start: int = 0  # where the current match starts
    end: int = 0
    cue_tense: str | None = None  # the tense the last cue near a date gave, in sentence `cue_sentence`
    cue_sentence: int = -1

    def tense(self) -> str | None:
        """"past", "future" or None for the current match, from the words around it.

        A date with no cue of its own in a sentence where an earlier date had one
        points the same way: "flights would start on March 30, with a third from
        August 6" (the verb is too far back for the second date's own look-back).
        """
        found = tense_near(self.low, self.start, self.end, self.floor)
        if found is not None:
            self.cue_tense, self.cue_sentence = found, self.sentence
            return found
        return self.cue_tense if self.cue_sentence == self.sentence else None

    def is_capitalised(self, at: int | None = None) -> bool:
        """True when the body has a capital letter at `at` (by default where the current match starts)."""
        at = self.start if at is None else at
        return self.body[at:at + 1].isupper()

    def before(self, width: int = 30) -> str:
        """The lower-cased text just before the current match."""
        return self.low[max(self.floor, self.start - width):self.start]

    def after(self, width: int = 30) -> str:
        """The lower-cased text just after the current match."""
        return self.low[self.end:self.end + width]

    def day_reference(self) -> dt.date | None:
        """The day "the next day" counts from: the last day mentioned, else the publication day."""
        return self.ref_day or self.anchor

    def reference(self, unit: str) -> dt.date | None:
        """The point "the following <unit>" counts from: the last mention of that unit, else the anchor."""
        if unit == "year" and self.ref_year is not None:
            return dt.date(self.ref_year, 7, 1)
        if unit == "month" and self.ref_month is not None:
            return self.ref_month
        return self.ref_day or self.anchor

    def in_quarter_context(self) -> bool:
        """True when a quarter was named in this sentence or the few before: earnings talk."""
        return self.quarter is not None and self.sentence - self.quarter_sentence <= _QUARTER_REACH

    def recent_year(self) -> int | None:
        """The year named outright in this sentence or the one before, which "a year later" counts from."""
        return self.ref_year if self.sentence - self.ref_year_sentence <= 1 else None

    def note(self, value: str | None, precision: str | None, relative: bool) -> None:
        """Remember a resolved value as the reference for later anaphoric expressions.

        Any day is a reference for "the next day"; only years named outright are
        references for "that year", so "a year earlier" does not chain backwards.
        """
        if not value or len(value) < 4 or not value[:4].isdigit() or value[4:5] not in ("", "-"):
            return  # a reference value, or a decade ("199") or century ("19")
        if precision == "day":
            self.ref_day = dt.date.fromisoformat(value[:10])
        if precision in ("day", "month") and value[5:7].isdigit():
            self.ref_month = dt.date(int(value[:4]), int(value[5:7]), 1)
        if not relative:
            self.ref_year, self.ref_year_sentence = int(value[:4]), self.sentence
