"""Character-level normalisation: Unicode, invisible characters, mojibake, entities.

For records given as `text` the contract allows at most whitespace changes, so
`normalise_record_text` only repairs what is broken (mojibake, entities) and
leaves clean text byte-identical apart from outer whitespace and line endings.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy

# Sequences that only appear when UTF-8 was decoded as cp1252/latin-1 ("donâ€™t", "Â ").
_MOJIBAKE = re.compile("[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\xa0¡-¿]")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HORIZONTAL_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


def repair(text: str) -> str:
    """Fix mojibake and decode HTML entities, only where they occur."""
    if _MOJIBAKE.search(text):
        text = ftfy.fix_text(text, normalization="NFC", unescape_html=False, fix_line_breaks=False, uncurl_quotes=False)
    if _ENTITY.search(text):
        text = html.unescape(text)
    return text


def normalise_record_text(text: str) -> str:
    """The body of a record given as `text`: repaired, spaces unified, outer whitespace trimmed.

    Idempotent: removing an invisible character can bring two halves of a
    mojibake sequence together, so the steps repeat (at most three times)
    until the text no longer changes.
    """
    for _ in range(3):
        cleaned = _normalise_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def _normalise_once(text: str) -> str:
    """One pass of normalise_record_text."""
    text = _INVISIBLE.sub("", text)
    text = repair(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HORIZONTAL_SPACE.sub(" ", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.strip()
