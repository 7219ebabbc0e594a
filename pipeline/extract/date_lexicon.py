"""Word lists for date expressions: months, weekdays, number and ordinal words, seasons.

Everything here is lower-case because the date patterns run over a lower-cased
copy of the body (newspaper corpora are sometimes lower-cased upstream, so
capitalisation cannot be relied on). Each table is paired with the regular
expression fragment that matches its keys, longest first, so the patterns and
the lookups cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}

WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"),
            ("thursday", "thurs", "thur", "thu"), ("friday", "fri"), ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}

_CARDINAL_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)
CARDINALS: dict[str, int] = {word: number for number, word in enumerate(_CARDINAL_WORDS)} | {
    "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "thirty": 30, "forty": 40, "fifty": 50,
}

# Counts too vague to resolve: "several years ago" is TIMEX3 PAST_REF.
VAGUE_COUNTS = frozenset({"several", "a few", "few", "some", "many", "a number of"})

TENS: dict[str, int] = {
    word: number * 10
    for number, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2
    )
}

_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth",
)
ORDINALS: dict[str, int] = {word: number for number, word in enumerate(_ORDINAL_WORDS, 1)} | {
    "thirtieth": 30, "thirty-first": 31,
} | {f"twenty-{word}": 20 + number for number, word in enumerate(_ORDINAL_WORDS[:9], 1)}

# Decades spelled out: "the nineties" is 199X in the twentieth century.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The month each season starts in (northern hemisphere, as TimeBank assumes).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

QUARTER_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

UNITS = ("day", "week", "month", "year", "decade")


def word_set(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of `text` (word lists read best as prose)."""
    return frozenset(text.split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the given words, longest first so prefixes never win early."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def count_value(text: str) -> int | None:
    """The number a count phrase names ("two", "a", "12"), or None when vague or unknown."""
    text = " ".join(text.split())
    if text.isdigit():
        return int(text)
    if text in CARDINALS:
        return CARDINALS[text]
    tens, _, ones = text.partition("-")
    if tens in TENS and ones in CARDINALS:
        return TENS[tens] + CARDINALS[ones]
    return None


def ordinal_value(text: str) -> int | None:
    """The day number of "9", "9th", "ninth" or "twenty-first", or None."""
    text = " ".join(text.split())
    digits = re.sub(r"(?:st|nd|rd|th)$", "", text)
    if digits.isdigit():
        return int(digits)
    return ORDINALS.get(text.replace(" ", "-"))
