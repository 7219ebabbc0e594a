"""Cardinal numbers in digits and words, with their qualifiers.

Seed version: digits and small number words. The casualty work replaces it.
"""

from __future__ import annotations

import re

_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_PATTERN = r"\d[\d,]*|" + "|".join(sorted(_WORDS, key=len, reverse=True))
_NUMBER = re.compile(rf"\b(?:{NUMBER_PATTERN})\b", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """The integer a number token names, or None."""
    token = text.strip().lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return _WORDS.get(token)
