"""How many people one victim phrase names: "three soldiers" 3, "a man" 1, "his two sons" 2,
"a Chinese couple" 2, "83 cows" none (not people), "the attack" none (not a person).

Used by `casualties.py` on each coordinated group of the phrase an anchor governs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from pipeline.extract.casualty_lexicon import NOT_PEOPLE, NOT_PERSON_HEADS, PLURAL_PEOPLE, words
from pipeline.extract.numbers import VAGUE, Quantity, parse_number


@dataclass(frozen=True, slots=True)
class Victims:
    """One victim group: its span in the sentence and its count."""

    start: int
    end: int
    low: int
    best: int
    high: int | None
    qualifier: str
    stated: int
    noun: str | None


class Skip:
    """Marker: the group counts things that are not people, but a list of victims may go on."""


SKIP: Final = Skip()

# Leading words a victim group may have before its number: "his two sons", "another 5".
_LEAD = re.compile(
    r"(?:(?:the|his|her|their|its|our|all|another|other|only|a\s+total\s+of|total\s+of|an?\s+additional|"
    r"additional|a\s+further|further|also|some|respectively|an?\s+(?:family|group|couple|gang|team|"
    r"crowd|total|band)\s+of|(?:family|group)\s+of)\s+)*",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"(?:a|an|one|the|his|her|this|that|another|its|their|our|each)\s+(?=\S)", re.IGNORECASE
)
_PRONOUN = re.compile(r"(?:he|she|him)$", re.IGNORECASE)
_PREPOSITION_START = re.compile(
    r"(?:on|in|at|near|during|after|before|from|by|with|since|for|to|into|across|around|amid|following)\b",
    re.IGNORECASE,
)
_WITH_START = re.compile(r"with\s+(?=(?:a|an|the|his|her|their)\s)", re.IGNORECASE)
_VERB_START = re.compile(r"(?:was|were|is|are|has|have|had|been|be)\b", re.IGNORECASE)
_NEGATIVE = re.compile(r"(?:no|none|nobody|neither|nor|nothing)\b", re.IGNORECASE)
# A negated head at the end of a coordinated subject: "minor damage and no one [was injured]".
_NEGATED_TAIL = re.compile(r"\b(?:no|nobody|none|not\s+(?:a|one|a\s+single))(?:\s+[\w'’-]+)?\s*$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")
_NUMBER_START = re.compile(r"(\S+)\s+(?:of\s+)?([\w'’-]+)")
_TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning evening"
)
_PAIRS = {"couple": 2, "pair": 2, "twins": 2, "duo": 2, "brothers": 2, "sisters": 2}
# Words that end the head noun of a phrase read from its start.
_AFTER_HEAD = words(
    """of from in at on who whom which that with near by to for after during when while as and or but said
    says were was are is have has had been being"""
)
# Words that may follow the head of a noun phrase without making it a clause.
_NP_CONTINUATION = words(
    """of from in at on who whom which that with near by to for after during when while as and or over
    along alongside inside outside across around between among under behind within without was were is
    are has have had been"""
)
_STOPWORDS = words(
    """the a an this that these those it its they them their there here not no nor but if then than so
    also very just only even still yet all any some each every both either neither such own same other
    what which who whom whose when where why how total most many much half none several few more less"""
)
_FINITE = words("used lived worked served owned ruled")
# -ed/-ing words that are adjectives before a noun ("armed men"), not verbs after it.
_ADJECTIVE_PARTICIPLES = words(
    """armed unarmed unidentified suspected alleged displaced wounded injured detained retired elected
    married uniformed masked hooded renowned noted unnamed unknown veiled beloved aged talented
    ordained appointed serving leading ruling opposing fighting visiting"""
)


_NAME_PARTICLES = words("al al- el bin ibn bint abu de da del della di van von der le la du dos das y and of")
_DETERMINER_WORDS = words("a an the his her their its our this that one another")


class Numbers:
    """The numbers of a sentence that may count people, in text order, looked up by position
    (binary search: a sentence can hold hundreds of them)."""

    def __init__(self, quantities: list[Quantity]) -> None:
        self.items = sorted(quantities, key=lambda q: q.start)
        self.starts = [q.start for q in self.items]

    def first_starting(self, low: int, high: int) -> Quantity | None:
        """The first number starting in [low, high]."""
        i = bisect_left(self.starts, low)
        return self.items[i] if i < len(self.items) and self.starts[i] <= high else None

    def inside(self, position: int) -> bool:
        """True when `position` falls inside a number ("at least" and "as many as" are no boundaries)."""
        i = bisect_right(self.starts, position) - 1
        return i >= 0 and self.items[i].end > position

    def last_within(self, low: int, high: int) -> Quantity | None:
        """The last number lying wholly in [low, high)."""
        i = bisect_right(self.starts, high) - 1
        while i >= 0 and self.starts[i] >= low:
            if self.items[i].end <= high:
                return self.items[i]
            i -= 1
        return None


def spaces(match: re.Match[str]) -> str:
    """Spaces the length of the match, so offsets survive removing an aside."""
    return " " * len(match.group(0))


def group_victims(
    text: str, start: int, end: int, numbers: Numbers, allow_name: bool, bare_nouns: bool
) -> Victims | Skip | None:
    """The count group text[start:end] names; SKIP for a count of non-people; None for no people.

    `allow_name`: a capitalised name counts one ("shot dead Sheikh Ali"); `bare_nouns`: a singular
    noun without determiner counts one, as in headlines ("Woman killed in shelling") and in lists
    before a plural verb ("a clerk and election observer were killed").
    """
    lead = _LEAD.match(text, start, end)
    lead_end = lead.end() if lead else start
    q = numbers.first_starting(start, lead_end)
    if q is not None and q.end <= end + 1:
        return _counted(text, q, end)
    absolute = _WITH_START.match(text, start, end)  # "with the village chief killed at a fair"
    if absolute and not bare_nouns and not allow_name:
        start = absolute.end()
    phrase = text[start:end]
    if _PREPOSITION_START.match(phrase) or _VERB_START.match(phrase):
        return None  # "On 4 May 2020", "in the village", "were a policeman": not a victim phrase
    counted_thing = _NUMBER_START.match(phrase)
    if counted_thing and counted_thing.group(2).lower() in NOT_PEOPLE and _is_number(counted_thing.group(1)):
        return SKIP
    if re.fullmatch(r"(?:another|the\s+other|one\s+other)(?:\s+(?:one|person))?", phrase.strip(), re.I):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)  # "a teacher was killed and another hurt"
    head = head_noun(phrase)
    if head is None or head in NOT_PERSON_HEADS or _NEGATIVE.match(phrase) or _NEGATED_TAIL.search(phrase):
        return None
    if head in _PAIRS and (_DETERMINER.match(phrase) or bare_nouns):
        return Victims(start, end, 2, 2, 2, "implicit", 2, phrase)
    if head in NOT_PEOPLE or head in _TIME_WORDS:
        return None
    if _is_one_person(phrase, head, allow_name, bare_nouns):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)
    return None


def _is_number(word: str) -> bool:
    """True for a number or a vague amount word ("83", "dozens")."""
    lowered = word.lower()
    return parse_number(lowered) is not None or lowered in VAGUE or f"{lowered} of" in VAGUE


def _is_one_person(phrase: str, head: str, allow_name: bool, bare_nouns: bool) -> bool:
    """True for "a soldier", "the victim", "he", a name or a bare singular noun (each when allowed)."""
    if plural(head, phrase):
        return False
    if _DETERMINER.match(phrase) and len(_WORD.findall(phrase)) > 1:
        # "a shoot-out broke out" is a clause; "a man was found", "an elder allied to" are victims
        return _noun_phrase_only(phrase, head)
    if _PRONOUN.match(phrase.strip()):
        return True
    if allow_name and phrase[:1].isupper() and not phrase.isupper() and _name_only(words_of(phrase)):
        return True
    words = _WORD.findall(phrase)
    content = head.isalpha() and len(head) > 2 and words[0].lower() not in _NP_CONTINUATION | _STOPWORDS
    core = re.split(r"\s+(?:of|from|in|at|on|with)\s+", phrase, maxsplit=1)[0]  # "chief of the committee"
    return (bare_nouns and content and len(_WORD.findall(core)) <= 5 and _noun_phrase_only(phrase, head)
            and not _headline_clause(words, head))


def _headline_clause(words: list[str], head: str) -> bool:
    """True for a clause in headline grammar: "Farmers vote in local polls" (a plural noun, then the
    "head", a verb, and more words; "Arms dealer" alone stays a noun phrase) or "Town hall hit by
    rockets" (a passive with its agent)."""
    lowered = [w.lower() for w in words]
    first = lowered[0]
    return "by" in lowered or (len(lowered) > 2 and lowered[1] == head and len(first) > 3 and first.endswith("s")
            and not first.endswith(("'s", "ss", "us", "sis")))


def _name_only(words: list[str]) -> bool:
    """True when every word is capitalised but for name particles ("Sheikh Ali", "Abu al-Masri");
    "Farmers vote in polls" is a clause, not a name."""
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def words_of(phrase: str) -> list[str]:
    """The words of a phrase."""
    return _WORD.findall(phrase)


def _noun_phrase_only(phrase: str, head: str) -> bool:
    """False when words after the head make the phrase a clause: "a shoot-out broke out"."""
    words = [w.lower().strip(".,'’") for w in _WORD.findall(phrase)]
    if head not in words:
        return True
    rest = words[words.index(head) + 1:]
    if not rest or rest[0] in _NP_CONTINUATION or rest[0].endswith("'s"):
        return True
    # "an elder allied to", "a leader commanding": participles after the head
    return rest[0].endswith(("ed", "ing")) and rest[0] not in _FINITE


def implicit_one(text: str, start: int, end: int) -> Victims | None:
    """One victim for a singular passive ("the secretary ... has been killed"), unless not a person."""
    phrase = text[start:end].strip(" ,-–—")
    if not phrase:
        return None
    head = head_noun(phrase)
    if head in NOT_PERSON_HEADS or _NEGATIVE.match(phrase) or _NEGATED_TAIL.search(phrase):
        return None
    if head and plural(head, phrase):
        return None
    offset = text.index(phrase, start)
    return Victims(offset, offset + len(phrase), 1, 1, 1, "implicit", 1, phrase[:80])


def nearest_number(text: str, start: int, end: int, numbers: Numbers) -> Victims | None:
    """The last number of a subject phrase when the words after it are few ("officials confirm
    64 people [were killed]", "six civilians on the Pakistani side [had been killed]")."""
    q = numbers.last_within(start, end)
    if q is None or re.search(r"\bby\s*$", text[max(0, q.start - 4):q.start], re.IGNORECASE):
        return None  # "abducted by five assailants": the agents, not the victims
    tail = text[q.end:end]
    if len(_WORD.findall(tail)) <= 20 and not re.search(r"[;:]", tail):
        return _counted(text, q, end)
    return None


def _counted(text: str, q: Quantity, end: int) -> Victims:
    """A victim group from a number, naming the words after it up to `end`."""
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, _noun(text, q.end, end))


def _noun(text: str, start: int, end: int) -> str | None:
    """The words after a number that name the victims ("civilians", "Pakistani soldiers")."""
    words = re.sub(r"^\s*of\s+", " ", text[start:end]).split()
    return " ".join(words[:5]) or None


def head_noun(phrase: str) -> str | None:
    """The head noun of a noun phrase read from its start, lower-cased: "a Chinese couple abducted
    in Quetta" -> "couple"; "the head of the village" -> "head"."""
    words = [w.strip(".,'’") for w in _WORD.findall(phrase)]
    head: str | None = None
    for word in words:
        lowered = word.lower()
        if head is not None and (lowered in _AFTER_HEAD or lowered in _NP_CONTINUATION
                                 or _is_trailing_participle(lowered)):
            break
        if lowered in _DETERMINER_WORDS:
            continue
        head = lowered
    return head


def _is_trailing_participle(word: str) -> bool:
    """True for "abducted" in "a couple abducted in Quetta": a verb form after the head noun."""
    return word.endswith(("ed", "ing")) and word not in _ADJECTIVE_PARTICIPLES and len(word) > 4


def plural(head: str, phrase: str) -> bool:
    """True when a head noun names several people ("soldiers", "men", "police")."""
    if head in PLURAL_PEOPLE or head.endswith("men"):
        return True
    if not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return False
    words = _WORD.findall(phrase)
    capitalised = [w for w in words if w[:1].isupper()]
    return not (len(capitalised) > 1 and any(w.lower().strip(".,") == head for w in capitalised))
