"""Properties of date extraction on any input: no exceptions, bounded time, valid offsets and values."""

from __future__ import annotations

import datetime as dt
import functools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import extract_dates, incident_date
from pipeline.extract.sentences import split_sentences
from schemas.common import TIMEX_VALUE
from tests.timing import best_cpu_seconds

# Every value must be one the date_mentions table accepts: the schema's own pattern, not a copy.
VALUE = re.compile(TIMEX_VALUE)
# Words and fragments that date patterns react to, so generated text exercises them densely.
VOCABULARY = [
    "on", "the", "last", "next", "this", "early", "late", "mid-", "a", "two", "several", "ago", "earlier",
    "later", "year", "years", "year-ago", "week", "weekend", "month", "day", "quarter", "third", "half", "of",
    "fiscal", "Monday", "friday", "Oct.", "october", "May", "may", "march", "Sept", "9", "31", "2025", "1999",
    "0000", "9999", "19th", "1990s", "'80s", "nineteen", "ninety-six", "yesterday", "today", "night",
    "summer", "fall", "now", "recently", "the past", "future", "Christmas", "Easter", "q3", "10/09/2025",
    "2025-02-30", "12.31.99", ",", ".", "said", "will", "would", "be", "held", "killed", "in", "and", "\n",
    "Thanksgiving", "year-end", "a.m.", "p.m.", "pm", "4:30", "12.30", "EDT",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=60).map("".join),
)
published = st.one_of(
    st.none(),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2030, 12, 31)),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=texts, when=published)
def test_any_text_gives_valid_mentions(body: str, when: dt.datetime | None) -> None:
    """Any string and publication date: no exception, offsets inside the body, text == slice, values valid."""
    sentences = split_sentences(body)
    mentions = extract_dates(body, sentences, when)
    for m in mentions:
        assert 0 <= m.char_start < m.char_end <= len(body)
        assert body[m.char_start:m.char_end] == m.text
        assert m.precision in (None, "day", "week", "month", "year")
        if m.value is not None:
            assert VALUE.fullmatch(m.value), m.value
        if m.precision == "day" and m.value is not None:  # a day, or a day and a clock time (TIMEX3)
            dt.date.fromisoformat(m.value[:10])
            assert len(m.value) == 10 or dt.time.fromisoformat(m.value[11:]) is not None
    ends = [m.char_end for m in mentions]
    assert all(a <= b.char_start for a, b in zip(ends, mentions[1:], strict=False)), "mentions overlap"
    day, precision = incident_date(mentions, [], sentences, when)
    assert (day is None) == (precision is None)


@settings(max_examples=100, deadline=None)
@given(body=st.lists(st.sampled_from(VOCABULARY), min_size=200, max_size=400).map(" ".join))
def test_time_per_sentence_is_bounded(body: str) -> None:
    """Even a long run of date words is processed in a fraction of a second (backtracking would take seconds)."""
    extract_dates("on Monday", split_sentences("on Monday"), dt.datetime(2025, 10, 30))  # lazy loads, not timed
    assert best_cpu_seconds(lambda: extract_dates(body, split_sentences(body), dt.datetime(2025, 10, 30))) < 0.25


def test_adversarial_repetitions_do_not_backtrack_catastrophically() -> None:
    """Long repetitions of pattern prefixes stay fast (no exponential backtracking)."""
    for body in ("the " * 2000 + "quarter", "1 and " * 1000 + "May", "year-ago " * 1000, "9" * 5000,
                 "early " * 2000 + "2025", "the comparable " * 800 + "third quarter", "- " * 3000):
        assert best_cpu_seconds(functools.partial(_extract, body)) < 0.5, body[:40]


def _extract(body: str) -> object:
    return extract_dates(body, split_sentences(body), dt.datetime(2025, 10, 30))
