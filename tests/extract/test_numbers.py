"""Tests for pipeline/extract/numbers.py: numbers in digits and words, qualifiers, ranges, vague words."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.numbers import Quantity, find_quantities, parse_number


def only(text: str) -> Quantity:
    """The single quantity found in `text` (the test fails when there is not exactly one)."""
    found = list(find_quantities(text))
    assert len(found) == 1, found
    return found[0]


def interval(text: str) -> tuple[int, int, int | None]:
    """(low, best, high) of the single quantity in `text`."""
    q = only(text)
    return q.low, q.best, q.high


@pytest.mark.parametrize(
    ("text", "value"),
    [("6", 6), ("1,200", 1200), ("2.5 million", 2_500_000), ("3k", 3000), ("six", 6), ("Six", 6),
     ("twenty-one", 21), ("twenty one", 21), ("ninety-nine", 99), ("one hundred and five", 105),
     ("fourty", 40), ("fourty-three", 43),
     ("a hundred", 100), ("three thousand two hundred", 3200), ("a dozen", 12), ("half a dozen", 6),
     ("two dozen", 24), ("a couple of", 2)],
)
def test_parse_number_reads_digits_and_words(text: str, value: int) -> None:
    """Digits with separators and scales, number words and idioms parse to their integer."""
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "and", "soldiers", "twenty-ish", "1,2,3x"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    """Words that are not numbers give None, not 0."""
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5 lakh", 150_000), ("3 lakhs", 300_000), ("2 crore", 20_000_000), ("1,50,000", 150_000),
     ("12,40,500", 1_240_500)],
)
def test_parse_number_reads_south_asian_scales_and_grouping(text: str, value: int) -> None:
    """Lakh and crore scale a figure, and the lakh grouping of digits ("1,50,000") is one number."""
    assert parse_number(text) == value


def test_south_asian_figures_are_whole_quantities_in_prose() -> None:
    """'over 2.5 lakh people' is one open quantity of 250,000, not 2.5 rounded; '1,20,000 fled' is 120,000."""
    q = only("over 2.5 lakh people were moved to camps")
    assert (q.stated, q.qualifier) == (250_000, "more_than")
    assert only("some 1,20,000 villagers fled").stated == 120_000


@pytest.mark.parametrize(
    ("text", "value"),
    [("half of the 40 hostages", 20), ("a third of the 30 passengers", 10), ("two-thirds of the 90 villagers", 60),
     ("one quarter of those 200 residents", 50), ("three quarters of the 8 guards", 6)],
)
def test_a_share_of_a_whole_is_that_many(text: str, value: int) -> None:
    """'a third of the 30 passengers' is 10 people, not 30; halves, quarters and two-thirds alike."""
    q = only(text)
    assert (q.best, q.qualifier) == (value, "exact")


def test_lakhs_of_is_a_vague_hundreds_of_thousands() -> None:
    """'lakhs of' reads like 'hundreds of thousands of': 100,000 at best, open to ten times that."""
    assert interval("lakhs of people lined the route") == (100_000, 100_000, 9_999_999)


def test_word_number_with_hyphen_is_one_number_not_a_range() -> None:
    """'Twenty-eight people' is 28, not the range twenty to eight."""
    assert interval("Twenty-eight people died") == (28, 28, 28)


def test_at_least_is_open_above() -> None:
    """'at least 12' is 12 as low and best, with no upper bound."""
    assert interval("at least 12 people") == (12, 12, None)


def test_more_than_starts_above_the_figure_but_keeps_the_stated_one() -> None:
    """'more than 70' has low 71 (the contract example) and remembers 70 as written."""
    q = only("more than 70 people")
    assert (q.low, q.best, q.high, q.qualifier, q.stated) == (71, 71, None, "more_than", 70)


def test_nearly_and_about_keep_the_figure_as_best() -> None:
    """'nearly 15' stays at or under 15; 'about 20' spans both sides of 20."""
    low, best, high = interval("nearly 15 villagers")
    assert low < best == high == 15
    low, best, high = interval("about 20 villagers")
    assert low < best == 20 < (high or 0)


def test_up_to_and_fewer_than_are_bounded_above() -> None:
    """'up to 30' has 30 as its high; 'fewer than 10' stays under 10."""
    assert interval("up to 30 people")[1:] == (30, 30)
    assert interval("fewer than 10 people")[1:] == (9, 9)


@pytest.mark.parametrize("text", ["1,000-odd karsewaks", "Thirty-odd villagers", "30 odd villagers"])
def test_odd_after_a_figure_means_at_least_that_figure(text: str) -> None:
    """'1,000-odd', 'thirty-odd': the figure and some more, coded as written with no upper bound."""
    q = only(text)
    assert (q.best, q.high, q.qualifier) == (q.stated, None, "at_least")
    assert text[q.start:q.end].lower().endswith("odd")


def test_odd_alone_is_no_quantity() -> None:
    """'an odd number of votes' names no figure."""
    assert list(find_quantities("an odd number of votes")) == []


@pytest.mark.parametrize(
    "text", ["between 10 and 15 people", "10-15 people", "10 to 15 people", "from 10 to 15 people"]
)
def test_ranges_take_the_low_end_as_best(text: str) -> None:
    """A range keeps both ends and uses the low end as best, ACLED's conservative reading."""
    q = only(text)
    assert (q.low, q.best, q.high, q.qualifier) == (10, 10, 15, "range")


@pytest.mark.parametrize(
    ("text", "best"),
    [("several soldiers", 3), ("a few soldiers", 3), ("many soldiers", 10), ("dozens of soldiers", 12),
     ("hundreds were hurt", 100), ("tens of people", 10), ("scores of people", 20), ("thousands fled", 1000),
     ("an unknown number of fighters", 10)],
)
def test_vague_words_follow_acled_best_figures(text: str, best: int) -> None:
    """Vague amounts get ACLED's coded figure as best, inside their own interval."""
    q = only(text)
    assert q.vague and q.best == best and q.low <= q.best <= (q.high if q.high is not None else q.best)


@pytest.mark.parametrize(
    ("text", "best"),
    [("several hundred people", 200), ("a few hundred people", 200), ("several thousand fled", 2000),
     ("a few dozen houses", 24), ("several dozen soldiers", 24)],
)
def test_several_of_a_unit_is_its_smallest_plural(text: str, best: int) -> None:
    """'several hundred' is one vague amount of at least 200, not 'several' (3) before the word 'hundred'."""
    q = only(text)
    assert q.vague and q.best == best and q.low <= q.best <= (q.high if q.high is not None else q.best)


def test_vague_span_leaves_out_the_of() -> None:
    """The span of 'dozens of soldiers' is 'dozens'."""
    text = "killed dozens of soldiers"
    q = only(text)
    assert text[q.start:q.end] == "dozens"


@pytest.mark.parametrize("text", ["the 18th of May", "a 16-year-old boy", "at 22:00 local time", "3.5kg"])
def test_ordinals_ages_and_times_are_not_quantities(text: str) -> None:
    """Ordinals, hyphenated ages and clock times yield no quantity."""
    assert list(find_quantities(text)) == []


def test_lowered_scan_finds_the_same_quantities() -> None:
    """The fast path for lower-cased text finds what the case-insensitive one finds."""
    text = "At Least Twenty-One people and Dozens of others"
    fast = [(q.start, q.end, q.best) for q in find_quantities(text.lower(), lowered=True)]
    assert fast == [(q.start, q.end, q.best) for q in find_quantities(text)]


WORDS = ["at", "least", "more", "than", "about", "nearly", "up", "to", "between", "and", "or", "-", "twenty",
         "one", "hundred", "a", "dozen", "dozens", "of", "several", "1,200", "2.5", "million", "70", "7", ",",
         "some", "few", "many", "thousand", "half", "k", "  "]
texts = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=50).map(" ".join),
                  st.lists(st.sampled_from(WORDS), max_size=50).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_quantities_never_raise_and_are_ordered_intervals(text: str) -> None:
    """On any text: no exception, spans inside the text, low <= best <= high, quickly."""
    started = time.perf_counter()
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert 0 <= q.low <= q.best
        assert q.high is None or q.best <= q.high
    assert time.perf_counter() - started < 0.5


def test_half_of_a_figure_is_its_half() -> None:
    """'half of the 40 hostages' is 20; 'half of them' names no figure; 'half a dozen' stays 6."""
    assert interval("half of the 40 hostages") == (20, 20, 20)
    assert list(find_quantities("half of them")) == []
    assert interval("half a dozen people") == (6, 6, 6)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("two to three dozen", 24, 36),
        ("five to six hundred", 500, 600),
        ("one or two million", 1_000_000, 2_000_000),
        ("two to three", 2, 3),
    ],
)
def test_a_scale_after_a_range_scales_both_ends(text: str, low: int, high: int) -> None:
    """'Two to three dozen' is 24 to 36 (best 24), 'five to six hundred' 500 to 600, not 2 to 36."""
    quantity = only(text)
    assert (quantity.low, quantity.best, quantity.high) == (low, low, high)
