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


@dataclass(slots=True)
class DocContext:
    """The state of one article's date resolution, updated mention by mention."""

    body: str
    low: str
    anchor: dt.date | None
    day_first: bool = False  # numeric dates are D/M/Y in this article
    cased: bool = True  # the body has capitals (some corpora are lower-cased upstream)
    ref_day: dt.date | None = None
    ref_year: int | None = None  # the last year named outright ("in 1995 ... that year")
    ref_year_sentence: int = -9  # the sentence it was named in
    quarter: tuple[int, int] | None = None  # (year, quarter) last named outright
    floor: int = 0  # where the current sentence starts
    sentence: int = -1  # the index of the current sentence
    start: int = 0  # where the current match starts
    end: int = 0

    def tense(self) -> str | None:
        """"past", "future" or None for the current match, from the words before it."""
        return tense_near(self.low, self.start, self.end, self.floor)

    def is_capitalised(self) -> bool:
        """True when the current match starts with a capital letter in the original body."""
        return self.body[self.start:self.start + 1].isupper()

    def before(self, width: int = 30) -> str:
        """The lower-cased text just before the current match."""
        return self.low[max(self.floor, self.start - width):self.start]

    def after(self, width: int = 30) -> str:
        """The lower-cased text just after the current match."""
        return self.low[self.end:self.end + width]

    def day_reference(self) -> dt.date | None:
        """The day "the next day" counts from: the last day mentioned, else the publication day."""
        return self.ref_day or self.anchor

    def recent_year(self) -> int | None:
        """The year named outright in this sentence or the one before, which "a year later" counts from."""
        return self.ref_year if self.sentence - self.ref_year_sentence <= 1 else None

    def note(self, value: str | None, precision: str | None, relative: bool) -> None:
        """Remember a resolved value as the reference for later anaphoric expressions.

        Any day is a reference for "the next day"; only years named outright are
        references for "that year", so "a year earlier" does not chain backwards.
        """
        if not value or not value[:4].isdigit():
            return
        if precision == "day":
            self.ref_day = dt.date.fromisoformat(value[:10])
        if not relative:
            self.ref_year, self.ref_year_sentence = int(value[:4]), self.sentence
