"""Quantities in news prose: cardinal numbers in digits and words, vague amounts, qualifiers.

`find_quantities(text)` yields every quantity with its span and an interval
`low <= best <= high` (`high` None when open-ended):

- digits and words: "6", "1,200", "2.5 million", "six", "twenty-one",
  "one hundred and five", "a dozen", "half a dozen", "a couple of";
- qualifiers: "at least 5" (5/5/-), "more than 70" (71/71/-), "about 20" (18/20/22),
  "nearly 15" (13/15/15), "up to 30" (1/30/30), "fewer than 10" (1/9/9);
- "20-odd", "1,000 odd": the figure and some more, read as "at least 20"; "half of the 40": 20, "a third
  of the 30": 10, "two-thirds of the 90": 60;
- ranges: "between 10 and 15", "10-15", "10 to 15", "10 or 15": low/high are the ends and
  best is the low end, ACLED's most conservative reading;
- vague words by ACLED's published rules for the best figure: "a few"/"several"/"some" 3,
  "many"/"numerous"/"an unknown number" 10, "tens" 10, "dozens" 12, "scores" 20,
  "hundreds" 100, "thousands" 1000; a multiple told as several or a few of a unit ("several
  hundred", "a few dozen") its smallest plural (200, 24); low/high hold the interval the word
  implies, widened where needed so that low <= best (ACLED's 12 for "dozens" is below the literal 24).

`stated` is the figure the text writes (70 in "more than 70"): ACLED and WAD code the
written figure of an open bound, so the incident summary uses it (see casualties.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
WORD_VALUES["fourty"] = 40  # a misspelling common enough in news copy
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_RE = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_RE = "|".join((*_TENS, "fourty"))
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_100 = rf"(?:(?:{_TENS_RE})(?:(?:-|\s+)(?:{_DIGIT_WORD})\b)?|(?:{_UNIT_RE}))"
_HUNDREDS = rf"(?:(?:a|{_BELOW_100})\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?|{_BELOW_100})"
# A number in words: "twenty-one", "one hundred and five", "three thousand two hundred".
WORD_NUMBER = rf"(?:{_HUNDREDS}(?:\s+(?:thousand|million|billion)(?:,?\s+(?:and\s+)?{_HUNDREDS})?)?)"
# A number in digits: "12", "1,200", "1 200" is not one (too ambiguous), "2.5 million", "3k"; the South Asian
# grouping and scales too ("1,50,000", "1.5 lakh" = 150,000, "2 crore" = 20 million).
DIGIT_NUMBER = (r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
                r"(?:\s*(?:million|thousand|hundred|lakhs?|crores?|bn|m|k)\b)?")
NUMBER_PATTERN = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})"

# Fixed idioms naming an exact amount.
_IDIOMS = {
    "a couple of": 2, "a couple": 2, "a pair of": 2, "both": 2, "a dozen": 12, "half a dozen": 6,
    "a score of": 20, "a hundred": 100, "a thousand": 1000,
}
# Vague amounts: (low, best, high); best follows ACLED's coding rules.
VAGUE: dict[str, tuple[int, int, int | None]] = {
    "a few": (2, 3, 9), "few": (2, 3, 9), "several": (3, 3, 9), "some": (2, 3, None),
    "a handful of": (2, 3, 9), "a number of": (2, 3, None), "multiple": (2, 3, None),
    "many": (3, 10, None), "numerous": (3, 10, None), "scores of": (20, 20, 99), "scores": (20, 20, 99),
    "an unknown number of": (1, 10, None), "unknown number of": (1, 10, None),
    "an unspecified number of": (1, 10, None), "unspecified number of": (1, 10, None),
    "an undisclosed number of": (1, 10, None), "undisclosed number of": (1, 10, None),
    "an undetermined number of": (1, 10, None), "unconfirmed number of": (1, 10, None),
    "tens of": (10, 10, 99), "tens": (10, 10, 99), "dozens of": (12, 12, 99), "dozens": (12, 12, 99),
    "hundreds of": (100, 100, 999), "hundreds": (100, 100, 999),
    # "several hundred people", "a few thousand": the multiple's smallest plural, like "dozens" (12)
    "several dozen": (24, 24, 99), "a few dozen": (24, 24, 99), "several hundred": (200, 200, 999),
    "a few hundred": (200, 200, 999), "several thousand": (2000, 2000, 9999), "a few thousand": (2000, 2000, 9999),
    "thousands of": (1000, 1000, 9999), "thousands": (1000, 1000, 9999),
    "tens of thousands of": (10000, 10000, 99999), "tens of thousands": (10000, 10000, 99999),
    "hundreds of thousands of": (100000, 100000, 999999), "hundreds of thousands": (100000, 100000, 999999),
    "lakhs of": (100000, 100000, 9999999),  # South Asian: hundreds of thousands
}
_QUALIFIERS = {
    "at_least": r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of|"
                r"minimum(?:\s+of)?",
    "more_than": r"more\s+than|over|above|upwards\s+of|in\s+excess\s+of|greater\s+than|well\s+over|"
                 r"just\s+over",
    "about": r"about|around|approximately|roughly|some|an\s+estimated|estimated|nearly|almost|close\s+to|"
             r"just\s+under|just\s+short\s+of|approx\.?|circa|perhaps|possibly",
    "at_most": r"up\s+to|(?:as\s+)?many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|not\s+more\s+than|"
               r"a\s+maximum\s+of",
    "less_than": r"fewer\s+than|less\s+than|under|below",
}
_NEARLY = re.compile(r"nearly|almost|close|just", re.IGNORECASE)
_QUALIFIER_RE = "|".join(_QUALIFIERS.values())
_QUALIFIER_KIND = [
    (name, re.compile(rf"(?:{pattern})$", re.IGNORECASE)) for name, pattern in _QUALIFIERS.items()
]
_IDIOM_RE = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_IDIOMS, key=len, reverse=True))
_VAGUE_RE = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(VAGUE, key=len, reverse=True))
_N = rf"(?:(?:{NUMBER_PATTERN})\s+dozens?|{NUMBER_PATTERN}|{_IDIOM_RE})"

_QUANTITY = re.compile(
    rf"""(?:(?<![\w.,:/-])|(?<=\d-)(?=[a-zA-Z]))(?:
        (?P<part>half|(?:a|one)[\s-]+(?:third|quarter|fifth)|two[\s-]+thirds|three[\s-]+quarters)\s+of\s+
        (?:the\s+|those\s+|these\s+|its\s+|their\s+)?(?P<half>{NUMBER_PATTERN})
      | between\s+(?P<b_low>{_N})\s+(?:and|to|-)\s+(?P<b_high>{_N})
      | from\s+(?P<f_low>{_N})\s+to\s+(?P<f_high>{_N})
      | (?:(?P<qual>{_QUALIFIER_RE})\s+)?(?:
            (?P<r_low>{DIGIT_NUMBER})\s*[-–—]\s*(?P<r_high>{DIGIT_NUMBER})(?!\s*[-–—]\s*\d)
          | (?P<t_low>{NUMBER_PATTERN})\s+(?:to|or)\s+(?P<t_high>{_N})
          | (?P<n>{_N})(?P<odd>-odd|(?<=\d)\s+odd(?=\s))?)
      | (?<!\bso\s)(?<!\btoo\s)(?<!\bhow\s)(?P<vague>{_VAGUE_RE})
    )(?![\w/]|[.,:]\d|-(?!mark\b)[a-z])""",  # ("the toll crossed the 500-mark": 500)
    re.IGNORECASE | re.VERBOSE,
)
_QUANTITY_LOWER = re.compile(_QUANTITY.pattern, re.VERBOSE)


# A scale word ending a range's high end: "two to three dozen", "five to six hundred".
_SCALE_END = re.compile(r"\s(dozens?|hundred|thousand|million)$", re.IGNORECASE)
_RANGE_GROUPS = (("b_low", "b_high"), ("f_low", "f_high"), ("r_low", "r_high"), ("t_low", "t_high"))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity found in a text: span, interval, the qualifier and the figure as written."""

    start: int
    end: int
    low: int
    best: int
    high: int | None
    qualifier: str  # exact, at_least, more_than, about, at_most, less_than, range, vague
    stated: int  # the figure the text writes (70 in "more than 70"); ACLED's best for vague words

    @property
    def vague(self) -> bool:
        """True for words like "several" or "dozens" that name no exact figure."""
        return self.qualifier == "vague"


def parse_number(text: str) -> int | None:
    """The integer a number in digits or words names ("1,200", "2.5 million", "twenty-one"), or None."""
    token = " ".join(text.strip().lower().split())
    if not token:
        return None
    if token in _IDIOMS:
        return _IDIOMS[token]
    dozens = re.fullmatch(r"(.+?)\s+dozens?", token)
    if dozens:  # "two dozen"
        count = parse_number(dozens.group(1))
        return None if count is None else count * 12
    if token[0].isdigit():
        return _parse_digits(token)
    return _parse_words(token)


def _parse_digits(token: str) -> int | None:
    """"1,200" -> 1200; "2.5 million" -> 2500000; "3k" -> 3000."""
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*([a-z]*)", token)
    if not match:
        return None
    try:
        value = float(match.group(1).replace(",", ""))
    except ValueError:
        return None
    scale = {"": 1, "hundred": 100, "thousand": 1000, "k": 1000, "million": 10**6, "m": 10**6,
             "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "bn": 10**9}.get(match.group(2))
    if scale is None or value > 1e12:
        return None
    return round(value * scale)


def _parse_words(token: str) -> int | None:
    """"one hundred and five" -> 105; "twenty-one" -> 21; None when a word is not a number."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", token.replace(",", " ")):
        if word in ("and", ""):
            continue
        seen = True
        if word == "a":
            current = 1
        elif word in WORD_VALUES:
            current += WORD_VALUES[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current if seen else None


def find_quantities(
    text: str, start: int = 0, end: int | None = None, *, lowered: bool = False
) -> Iterator[Quantity]:
    """Every quantity in text[start:end], left to right, with offsets into `text`.

    `lowered=True` says `text` is already lower-cased: a case-sensitive pattern, three times faster.
    """
    pattern = _QUANTITY_LOWER if lowered else _QUANTITY
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        quantity = _from_match(match)
        if quantity is not None:
            yield quantity


# The shares of a whole a text names: "half of the 40", "two-thirds of the 90".
_SHARES = {"half": 1 / 2, "a third": 1 / 3, "a quarter": 1 / 4, "a fifth": 1 / 5, "two thirds": 2 / 3,
           "three quarters": 3 / 4}


def _from_match(match: re.Match[str]) -> Quantity | None:
    """Build the Quantity one alternative of `_QUANTITY` matched."""
    start, end = match.span()
    groups = match.groupdict()
    if groups["vague"]:
        low, best, high = VAGUE[" ".join(groups["vague"].lower().split())]
        of = re.search(r"\s+of$", groups["vague"], re.IGNORECASE)
        return Quantity(start, end - (len(of.group(0)) if of else 0), low, best, high, "vague", best)
    if groups["half"]:  # "half of the 40 hostages": 20; "a third of the 30 passengers": 10
        whole = parse_number(groups["half"])
        share = _SHARES[" ".join(groups["part"].lower().replace("-", " ").split()).replace("one ", "a ")]
        part = None if whole is None else round(whole * share)
        return None if part is None else Quantity(start, end, part, part, part, "exact", part)
    for low_key, high_key in _RANGE_GROUPS:
        if groups[low_key]:
            return _range(start, end, groups[low_key], groups[high_key])
    value = parse_number(groups["n"] or "")
    if value is None:
        return None
    qual = " ".join((groups["qual"] or "").lower().split())
    qualifier = next((name for name, pattern in _QUALIFIER_KIND if qual and pattern.match(qual)), "exact")
    if groups["odd"] and qualifier == "exact":
        qualifier = "at_least"  # "1,000-odd": the figure and some more, coded as written
    low, best, high = _interval(qualifier, value, qual)
    return Quantity(start, end, low, best, high, qualifier, value)


def _range(start: int, end: int, first: str, second: str) -> Quantity | None:
    """"10-15", "two to three dozen": the ends as low/high, best the low end (conservative); None for
    non-ranges."""
    low, high = parse_number(first), parse_number(second)
    if low is None or high is None:
        return None
    scale = _SCALE_END.search(second)
    if scale and not _SCALE_END.search(first) and low < 100:
        # "two to three dozen", "five to six hundred": the scale is both ends'
        low *= 12 if scale.group(1).lower().startswith("dozen") else _SCALES[scale.group(1).lower()]
    if high < low:  # "10 or 5": unordered alternatives
        low, high = high, low
    if high > 20 * max(low, 1):  # "7-2012", a score or a date, not a range of people
        return None
    return Quantity(start, end, low, low, high, "range", low)


def _interval(qualifier: str, value: int, about_word: str) -> tuple[int, int, int | None]:
    """(low, best, high) a qualified figure implies."""
    if qualifier == "at_least":
        return value, value, None
    if qualifier == "more_than":
        return value + 1, value + 1, None
    if qualifier == "about":
        if _NEARLY.match(about_word):  # "nearly 15": a little under the figure
            return max(0, value - max(1, value // 10)), value, value
        spread = max(1, value // 10)
        return max(0, value - spread), value, value + spread
    if qualifier == "at_most":
        return min(1, value), value, value
    if qualifier == "less_than":
        below = max(0, value - 1)
        return min(1, below), below, below
    return value, value, value
