"""Which way a date without a year or a bare weekday points: past or future.

News reports the past, so most callers default to "past"; a future cue ("will
meet on Monday", "is scheduled for", "as early as") makes it "future". The
cue nearest the expression wins, looking a clause back and a few words ahead
("on Sunday issued", "on Monday will"). A reporting verb counts only right
before the date ("..., the source said on Tuesday"): further away it dates the
statement, not the event. Participles after "be" ("will be held") are not past,
and neither is an "-ed" word further back (often an adjective: "armed men") or
one right after a determiner ("a delayed payment").
The windows are short because sentence splitting of lower-cased text can
leave very long sentences; words are classified by set lookups, which is much
faster than a regular expression with a suffix pattern.

A full stop after an initial or a common abbreviation ("Daniel P. Davison",
"9 a.m.", "Mr.") is no clause boundary. A future word after a determiner is a
noun or an adjective ("unveiled the proposal Sept. 14"), not a cue. "until" right
before the date points ahead ("postponed until Tuesday") unless it opens the
clause or follows "up"/"not" ("Until Thursday, they had ..."); after a verb of a
spell that lasted it points back ("the violence continued till Sunday evening").
"""

from __future__ import annotations

import re

from pipeline.extract.date_lexicon import word_set

_BACK = 100  # characters looked at before the expression
_AHEAD = 16  # characters looked at after it
_REPORT_REACH = 16  # a reporting verb further back than this does not date the expression
_ED_REACH = 14  # nor does a word in "-ed"

_FUTURE = word_set(
    """will 'll shall would scheduled slated expect expected expects plan plans planned planning intend
    intends intended upcoming forthcoming proposed next begin begins start starts payable effective await
    awaits awaiting deadline"""
)
# Cues made of two words: the second word, keyed by the first.
_FUTURE_PAIRS = {"going": "to", "set": "to", "likely": "to", "aim": "to", "aims": "to", "hope": "to",
                 "hopes": "to", "supposed": "to", "is": "to", "are": "to", "to": "be", "ahead": "of",
                 "early": "as", "soon": "as"}
_REPORT = word_set("said says told added stated announced confirmed claimed reported")
_PAST = word_set(
    """was were had did began met left took came went fell rose held brought made gave led won lost sent
    found became struck shot fled hit broke stole wrote spoke saw knew thought paid sold bought fought ago
    last earlier since"""
)
# "-ed" words that are not past tenses; the "un-" ones are adjectives before a noun ("an unspecified date",
# "unidentified gunmen"), never a verb.
_NOT_PAST = word_set(
    """need indeed hundred red bed seed feed speed united based armed alleged called so-called concerned
    wanted detailed limited proposed expected scheduled planned intended related named unidentified unnamed
    undisclosed unspecified unconfirmed unarmed unexpected unprecedented unrelated unexplained unexploded
    unmanned unemployed undated unscheduled unannounced"""
)
_BE = frozenset({"be", "been", "being"})
_DETERMINERS = word_set("the a an its their his her our this that")
# Future words that are nouns or adjectives after a determiner ("the plan", "a deadline").
_FUTURE_NOUNS = word_set("plan plans deadline start begin proposed expected scheduled planned intended")
# Verbs before "to be" that describe rather than announce: "believed to be", "said to be".
_SAID_TO_BE = word_set("believed said thought suspected alleged reported feared known understood claimed presumed "
                       "appeared seemed")
_UNTIL = frozenset({"until", "till"})
_NOT_AHEAD = frozenset({"up", "not"})  # "up until Thursday", "not until Tuesday" look back
# Verbs of a spell that lasted, a few words before "until": "continued till Sunday", "from then onwards,
# till Sunday", "remained in force until Saturday".
_LASTED = word_set("continued lasted remained persisted raged stayed onwards onward")
# Words before a full stop that make it an abbreviation, not a clause boundary (besides 1-2 letter words).
_ABBREVIATIONS = word_set(
    """mr mrs ms dr st gen lt col sgt capt maj gov sen rep rev prof inc corp ltd co bros jr sr no vs etc jan
    feb mar apr jun jul aug sep sept oct nov dec est edt gmt"""
)
_WORDS = re.compile(r"[a-z']+|[;:!?\n\"“”,]|\.(?=\s)")
_HARD_STOPS = frozenset(';:!?\n"“”.')  # a clause boundary stops the look-back
_SOFT_STOPS = frozenset({",", "and", "but"})  # ... and, for the look-ahead, these too


def _kind(word: str, previous: str, following: str) -> str | None:
    """"future", "report", "past" or None for one word in its context."""
    if (word in _FUTURE_NOUNS and previous in _DETERMINERS) or (word == "next" and following == "to"):
        return None  # "the plan", "next to the embassy"
    if word == "to" and following == "be" and previous in _SAID_TO_BE:
        return None  # "gunmen believed to be bandits attacked ... on Sunday": a description, no future
    if word in _FUTURE or _FUTURE_PAIRS.get(word) == following:
        return "future"
    if word in _REPORT:
        return "report"
    if word in _NOT_PAST or previous in _BE or (previous in _DETERMINERS and word.endswith("ed")):
        return None  # "will be held": a participle; "a delayed payment": an adjective. The tense is elsewhere
    if word in _PAST:
        return "past"
    return "ed" if word.endswith("ed") and len(word) > 3 else None


def _before(low: str, start: int, floor: int) -> tuple[str | None, int]:
    """(tense, distance) of the nearest cue before `start` within its clause."""
    tokens = [(t.group(), t.end()) for t in _WORDS.finditer(low, max(floor, start - _BACK), start)]
    for i in range(len(tokens) - 1, -1, -1):
        word, end = tokens[i]
        previous = tokens[i - 1][0] if i else ""
        if word in _HARD_STOPS:
            if word == "." and (len(previous) <= 2 or previous in _ABBREVIATIONS):
                continue  # "Daniel P. Davison", "9 a.m.": an abbreviation
            break
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        gap = start - end
        if word in _UNTIL:
            # a spell verb a few words back: "continued till", "remained in force until"
            lasted = any(w in _LASTED for w, _ in tokens[max(0, i - 4):i])
            if lasted:
                return "past", gap  # "the violence continued till Sunday evening": a spell that is over
            if gap <= _REPORT_REACH and previous not in _NOT_AHEAD and previous and previous not in _HARD_STOPS:
                return "future", gap
            continue
        kind = _kind(word, previous, following)
        if kind is None or (kind == "report" and gap > _REPORT_REACH) or (kind == "ed" and gap > _ED_REACH):
            continue
        return ("future" if kind == "future" else "past"), gap
    return None, _BACK + 1


def _after(low: str, end: int) -> tuple[str | None, int]:
    """(tense, distance) of the first verb cue shortly after `end`, before any clause boundary."""
    previous = ""
    for token in _WORDS.finditer(low, end, min(len(low), end + _AHEAD)):
        word = token.group()
        if word in _HARD_STOPS or word in _SOFT_STOPS:
            break
        if word in ("will", "would"):
            return "future", token.start() - end
        kind = _kind(word, previous, "")
        if kind in ("past", "ed", "report"):
            return "past", token.start() - end
        previous = word
    return None, _AHEAD + 1


def tense_near(low: str, start: int, end: int, floor: int = 0) -> str | None:
    """"future" or "past" from the cue nearest the expression low[start:end], else None."""
    before, before_gap = _before(low, start, floor)
    after, after_gap = _after(low, end)
    if after and after_gap < before_gap:
        return after
    return before
