"""Character-level normalisation: Unicode, invisible characters, mojibake, entities.

For records given as `text` the contract allows at most whitespace changes, so
`normalise_record_text` only repairs what is broken (mojibake, entities) and
leaves clean text byte-identical apart from outer whitespace and line endings,
and the line breaks of hard-wrapped text (`unwrap`), which become spaces (or go,
inside a compound split at its hyphen).
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata

import ftfy

# Sequences that only appear when UTF-8 was decoded as cp1252/latin-1 ("donâ€™t", "Â ").
_MOJIBAKE = re.compile("[ÂÃâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\xa0¡-¿]")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HORIZONTAL_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Hard wrapping: lines broken at a fixed width (plain-text wire copy, e-mail, old archives).
_MAX_WRAP_WIDTH = 100  # wider lines are paragraphs, not a wrapped column
_WIDTH_SLACK = 2  # the longest line may fall short of the column by this much
_FULL_SHARE = 0.7  # of the lines followed by another (a list item aside), the share that must be full
_SENTENCE_END = frozenset(".!?:;\"”’'")  # (a closing bracket ends an aside, seldom a sentence)
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-\n[^\W\d_]")  # "hard-\nliners": a compound the column split
_LIST_MARKS = frozenset("-•*")  # a line opening with one is a list item, not a wrapped line's rest
# a break mid-sentence: before a lower-case word after these (or a letter or digit), or after a word that never
# ends a sentence ("by a\nTaliban mortar")
_RUNS_ON = frozenset(",)]-_")
_ENDS_MID_SENTENCE = re.compile(
    r"(?:^|[\s(])(?:a|an|the|of|in|on|at|by|to|for|from|with|and|or|near|into|after|before|between|against|during|"
    r"than|that|which|whose|because|its|their|his|her)\Z")
_CASED = 100  # letters per capital, at most, in a text of capitalised sentences (not a lower-cased archive's)
_CASED_SAMPLE = 200  # letters enough to tell (a line or two may name one place, or none)
_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL = re.compile(r"[A-Z]")


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
    text = unwrap(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.strip()


def hard_wrapped(text: str) -> bool:
    """True for text whose lines were broken at a fixed width: nearly every line followed by another is
    as long as the column allows, its next word having not fitted ("greedy" wrapping), and some line
    breaks mid-sentence before a lower-case word or after "a", "of", "by". Headlines one per line, list
    items and paragraphs one per line are not."""
    return bool(_wrapped_breaks(text))


def _wrapped_breaks(text: str) -> list[int]:
    """The offsets of the line breaks after full lines, if `text` is hard-wrapped (else none)."""
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    if width > _MAX_WRAP_WIDTH:
        return []
    inner = mid_sentence = 0
    breaks: list[int] = []
    cased = _CAPITAL.search(text) is not None  # in lower-cased text every line opens in lower case
    offset = 0
    for line, following in itertools.pairwise(lines):
        offset += len(line) + 1
        words, line = following.split(), line.rstrip()
        if not line or not words or words[0][0] in _LIST_MARKS:
            continue
        inner += 1
        if len(line) + 1 + len(words[0]) > width - _WIDTH_SLACK:
            breaks.append(offset - 1)
            # a sentence running on in lower case, or after "a", "of", "by": no list of headlines breaks so
            mid_sentence += line[-1] not in _SENTENCE_END and (
                (cased and words[0][0].islower()) or _ENDS_MID_SENTENCE.search(line) is not None)
    return breaks if inner >= 2 and mid_sentence >= 1 and len(breaks) >= _FULL_SHARE * inner else []


def unwrap(text: str) -> str:
    """`text` with the line breaks of hard wrapping turned into spaces, so a sentence broken across lines
    reads as one (a compound broken at its hyphen closes up); blank lines between paragraphs and the break
    after a short line (a paragraph's last, a list item, a headline) stay. In a text of capitalised sentences, a break
    before a lower-case word or after "a", "of", "by" is a wrap wherever it falls ("small\narms near Kruta
    Balka", "by a\nTaliban mortar": two lines are too few to tell a column)."""
    if "\n" not in text:
        return text
    breaks = _wrapped_breaks(text)
    if breaks:
        return _join_column(text, breaks)
    joins = _mid_sentence_breaks(text)
    if not joins:
        return text
    letters, capitals = len(_LETTER.findall(text)), len(_CAPITAL.findall(text))
    if capitals == 0 or (letters >= _CASED_SAMPLE and capitals * _CASED < letters):
        return text  # a lower-cased text's lines may be headlines over their story
    chars = list(text)
    for index, joined in joins:
        chars[index] = joined
    return "".join(chars)


def unwrap_column(text: str) -> str:
    """`text` with a hard-wrapped column's line breaks joined, as `unwrap` joins them; other text as it is
    (a page's lines, headlines and furniture among them, are not joined mid-sentence)."""
    breaks = _wrapped_breaks(text)
    return _join_column(text, breaks) if breaks else text


def _join_column(text: str, breaks: list[int]) -> str:
    """`text` with the line breaks at `breaks` turned into spaces; a compound split at its hyphen ("hard-\nliners")
    closes up again."""
    chars = list(text)
    for index in breaks:
        chars[index] = "" if _HYPHEN_BREAK.match(text, index - 2) else " "
    return "".join(chars)


def _mid_sentence_breaks(text: str) -> list[tuple[int, str]]:
    """(offset, replacement) of each line break that falls mid-sentence: before a lower-case word (a space; none
    inside a compound split at its hyphen, "hard-\nliners") or after "a", "of", "by" (a space)."""
    joins: list[tuple[int, str]] = []
    index = text.find("\n", 1)  # (a break that opens the text ends nothing)
    while index != -1:
        before, after = text[index - 1], text[index + 1 : index + 2]
        if after.isascii() and after.islower():
            if before == "-" and text[index - 2 : index - 1].isalpha():
                joins.append((index, ""))
            elif before.isalnum() or before in _RUNS_ON:
                joins.append((index, " "))
        elif (after.isupper() or after.isdigit()) and _ENDS_MID_SENTENCE.search(text, max(0, index - 9), index):
            joins.append((index, " "))
        index = text.find("\n", index + 1)
    return joins
