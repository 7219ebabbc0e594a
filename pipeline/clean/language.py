"""Language identification of article bodies.

English is recognised by the share of its function words, which is fast,
works on lower-cased text and on short notes; anything else is named by
py3langid (an offline model shipped in the package), loaded only when needed.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in is was for on that with by as at from it his her he she they their were
    have has had been be are this an or which said who after but not will would after into over
    people its more than two one all during when also against since police killed""".split()
)
_MIN_WORDS = 8


def detect_language(text: str) -> str:
    """An ISO 639-1 code ('en', 'fr', ...); 'en' for texts too short to tell."""
    words = _WORD.findall(text[:4000].lower())
    if len(words) < _MIN_WORDS:
        return "en"
    share = sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    if share >= 0.15:
        return "en"
    return _langid(text[:4000])


# A short note made mostly of names ("Gunmen abducted one Zaria Grace Chapel
# Choir Leader ...") can score a hair above English for an English-lexified language such
# as Nigerian Pidgin; real French, Spanish or Pidgin prose leads English by 70 and more.
# Within this margin (natural-log score) the text is read as English.
_ENGLISH_MARGIN = 10.0


def _langid(text: str) -> str:
    """The language py3langid finds most likely (its model loads on first use), English on a near tie."""
    import py3langid

    scores = py3langid.rank(text)
    code, best = scores[0]
    english = next((score for lang, score in scores if lang == "en"), None)
    if english is not None and best - english < _ENGLISH_MARGIN:
        return "en"
    return str(code)
