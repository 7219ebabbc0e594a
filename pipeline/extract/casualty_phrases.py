"""How many people one victim phrase names: "three soldiers" 3, "a man" 1, "his two sons" 2,
"a Chinese couple" 2, "83 cows" none (not people), "the attack" none (not a person).

Used by `casualties.py` on each coordinated group of the phrase an anchor governs.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from pipeline.extract.casualty_lexicon import ASIDE, CONJUNCTION, NOT_PEOPLE, words
from pipeline.extract.casualty_nouns import INSTITUTION_HEADS, NOT_PERSON_HEADS, PLURAL_PEOPLE
from pipeline.extract.casualty_persons import DETERMINER, head_noun, is_one_person, plural
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
    r"additional|a\s+further|further|also|some|respectively|a\s+(?:staggering|whopping|record)|an\s+estimated|"
    r"an?\s+(?:(?:entire|whole)\s+)?(?:family|group|couple|gang|team|"
    r"crowd|total|band|party|crew)\s+of|(?:(?:entire|whole)\s+)?(?:family|group|crew)\s+of)\s+)*",
    re.IGNORECASE,
)
_AGE_FIRST = re.compile(r"\d{1,2}\s*-?\s*(?:years?|yrs?)\s*-?\s*old\s+(?=[a-z])", re.IGNORECASE)
_PREPOSITION_START = re.compile(
    r"(?:on|in|at|near|during|after|before|from|by|with|since|for|to|into|across|around|amid|following)\b",
    re.IGNORECASE,
)
_WITH_START = re.compile(r"with\s+(?=(?:a|an|the|his|her|their)\s)", re.IGNORECASE)
_VERB_START = re.compile(r"(?:was|were|is|are|has|have|had|been|be)\b", re.IGNORECASE)
# A modal or a decision before any relative pronoun makes a clause of the phrase, not a victim: "[the
# state will give (has agreed to give) Rs five lakh to the families of the workers] killed in the blast"
# (but "the man who would testify")
_MODAL_CLAUSE = re.compile(
    r"^(?:(?!\b(?:who|whom|whose|that|which)\b).)*?\b(?:(?:will|would|shall|should|must)\s+\w|"
    r"(?:decided|agreed|announced|promised)\s+to\s+\w)", re.IGNORECASE)
_NEGATIVE = re.compile(
    # after a sentence adverb too: "fortunately, no deaths or [injuries] were recorded"
    r"(?:(?:however|but|yet|fortunately|luckily|thankfully)\s*,?\s+)?"
    r"(?:no|none|nobody|neither|nor|nothing|(?:hardly|barely|scarcely)\s+any)\b", re.IGNORECASE)
# A negated head at the end of a coordinated subject: "minor damage and no one [was injured]".
_NEGATED_TAIL = re.compile(r"\b(?:no|nobody|none|not\s+(?:a|one|a\s+single))(?:\s+[\w'’-]+)?\s*$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")
_NUMBER_START = re.compile(r"(\S+)\s+(?:of\s+)?([\w'’-]+)")
_TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning evening"
    " early earlier late later overnight afternoon night"  # "three injured early this morning"
)
_FINAL = (".", "!", "?", '"', "”", "'", "’", ")")
_PAIRS = {"couple": 2, "pair": 2, "twins": 2, "duo": 2, "brothers": 2, "sisters": 2}
HEADLINE_WORDS = 16  # a sentence this short may be a headline ("Soldier, wife die in shelling")
_LONG_HEADLINE_WORDS = 30  # an unpunctuated line up to this long is a headline too
REACH = 240  # characters before a verb where its victims are looked for
TAIL = 100  # characters before a verb where its auxiliaries are looked for
LIST_WORD = re.compile(r"\band\b|&|\bas\s+well\s+as\b|\balong\s+with\b|\btogether\s+with\b|\balongside\b",
                       re.IGNORECASE)


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


# Nouns of people at large, whose count a list after it may break down.
_GENERAL_NOUNS = words("people persons individuals victims dead casualties")


def without_breakdown(groups: list[Victims]) -> list[Victims]:
    """The groups of a list in text order, without a breakdown that restates the first group's count ("23
    people, 17 civilians and 6 soldiers": 23, not 46); a list whose counts do not add up is kept whole."""
    counted = len(groups) >= 3 and all(g.qualifier != "implicit" for g in groups)
    general = counted and (head_noun(groups[0].noun or "") or "").lower() in _GENERAL_NOUNS
    if general and groups[0].best == sum(g.best for g in groups[1:]):
        return groups[:1]  # (not "five soldiers, three policemen and two civilians", 10 by chance of the sums)
    return groups


@functools.lru_cache(maxsize=256)  # asked once per harm word: counting a long sentence's words each time was quadratic
def headline_like(text: str) -> bool:
    """True for a sentence that may be in headline grammar: a short one, or a longer line without
    final punctuation ("Soldier killed as troops repel attack on border posts in three districts")."""
    count = len(text.split())
    return count <= HEADLINE_WORDS or (count <= _LONG_HEADLINE_WORDS and not text.rstrip().endswith(_FINAL))


def spaces(match: re.Match[str]) -> str:
    """Spaces the length of the match, so offsets survive removing an aside."""
    return " " * len(match.group(0))


def group_victims(
    text: str, start: int, end: int, numbers: Numbers, allow_name: bool, bare_nouns: bool
) -> Victims | Skip | None:
    """The count group text[start:end] names; SKIP for a count of non-people; None for no people.

    `allow_name`: a capitalised name counts one ("shot dead Sheikh Ali"); `bare_nouns`: a singular
    noun without determiner counts one, as in headlines ("Woman killed in shelling") and in lists
    before a plural verb ("a driver and polling officer were killed").
    """
    if (excepted := all_but(text, start, end)) is not None:
        return excepted
    lead = _LEAD.match(text, start, end)
    lead_end = lead.end() if lead else start
    q = numbers.first_starting(start, lead_end)
    if q is not None and q.end <= end + 1:
        if text[q.start:q.end].lower() == "both":
            rest = text[q.end:end].strip()
            if rest and not plural(head_noun(rest) or "", rest):
                # "both Krishna [and Ayodhya]", "both the driver [and the conductor]": the first of the pair
                return Victims(q.start, end, 1, 1, 1, "implicit", 1, rest[:80])
        return _counted(text, q, end)
    absolute = _WITH_START.match(text, start, end)  # "with the headman shot at a wedding"
    if absolute and not bare_nouns and not allow_name:
        start = absolute.end()
    age = _AGE_FIRST.match(text, start, end)
    if age:  # "9 year old boy killed": the age leads a description of one person
        start = age.end()
    phrase = text[start:end]
    if _PREPOSITION_START.match(phrase) or _VERB_START.match(phrase) or _MODAL_CLAUSE.match(phrase):
        return None  # "On 12 June 2019", "in the village", "were a policeman": not a victim phrase
    counted_thing = _NUMBER_START.match(phrase)
    if counted_thing and counted_thing.group(2).lower() in NOT_PEOPLE and _is_number(counted_thing.group(1)):
        return SKIP
    if re.fullmatch(r"(?:another|the\s+other|one\s+other)(?:\s+(?:one|person))?", phrase.strip(), re.I):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)  # "a guard was shot and another hurt"
    head = head_noun(phrase)
    if (head is None or not_a_person(head, phrase) or _NEGATIVE.match(phrase) or _NEGATED_TAIL.search(phrase)
            or _DANGLING.search(phrase)):
        return None
    if head in _PAIRS and (DETERMINER.match(phrase) or bare_nouns):
        return Victims(start, end, 2, 2, 2, "implicit", 2, phrase)
    if head in NOT_PEOPLE or head in _TIME_WORDS:
        return None
    if is_one_person(phrase, head, allow_name, bare_nouns):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)
    return None


def not_a_person(head: str, phrase: str) -> bool:
    """True for a head noun that names no person: a thing, an abstraction, a function word of a clause,
    or an institution that no "of" phrase makes part of a person's title."""
    if head in NOT_PERSON_HEADS:
        return True
    if head.endswith(_ABSTRACT_ENDINGS) and head not in _ABSTRACT_LOOKING_PEOPLE:
        return True  # "the execution of development schemes", "the usual enthusiasm was missing"
    if (head.endswith("ing") and len(head) > 5 and head not in _PERSON_ING
            and re.search(rf"\b{head}\s+of\b", phrase, re.IGNORECASE)):
        return True  # "the arrest of X and the banning of SIMI": an act, not a person
    return head in INSTITUTION_HEADS and _OF.search(phrase) is None


_OF = re.compile(r"\bof\b", re.IGNORECASE)
# Endings of abstract nouns ("development", "situation", "security", "assistance", "violence", "democracy"); the
# few such words that name people are listed.
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ity", "ance", "ence", "ism", "ness", "acy")
_ABSTRACT_LOOKING_PEOPLE = frozenset(
    "witness celebrity personality dignity sergeant attendant commandant lieutenant".split())
_PERSON_ING = frozenset({"sibling", "siblings", "offspring", "underling", "darling", "viking"})
# a phrase cut off before its noun is a clause leading up to the harm word, not a victim: "a silence to
# mourn the [death]", "gave Rs 3 lakh to those [killed]" (but "a councillor was among the [dead]")
_DANGLING = re.compile(r"(?<!\bamong\s)\b(?:the|a|an|his|her|their|its|to|of|those)$", re.IGNORECASE)


def _is_number(word: str) -> bool:
    """True for a number or a vague amount word ("83", "dozens")."""
    lowered = word.lower()
    return parse_number(lowered) is not None or lowered in VAGUE or f"{lowered} of" in VAGUE


_SHARE = re.compile(r"\b(?:per\s*cent|percent|proportion|majority|minority\s+of|most\s+of|half\s+of)\b|%",
                    re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"(?:they|them|we|us|you|those|these|both|all|others|many)", re.IGNORECASE)


# A name of one to three capitalised words ("Abbas", "Karim Younis").
_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}")


def implicit_one(text: str, start: int, end: int) -> Victims | None:
    """One victim for a singular passive ("the secretary ... has been killed"), unless not a person."""
    phrase = text[start:end].strip(" ,-–—")
    if not phrase or _VERB_START.match(phrase) or _MODAL_CLAUSE.match(phrase):
        return None  # "[there] is a cultural poverty ..., the ferment [is missing]": a clause, not a victim
    if _PLURAL_PRONOUN.fullmatch(phrase) or _SHARE.search(phrase):
        return None  # "They had been arrested", "40 per cent of them were wounded": not one person
    head = head_noun(phrase)
    if ((head is not None and not_a_person(head, phrase)) or _NEGATIVE.match(phrase) or _NEGATED_TAIL.search(phrase)
            or _DANGLING.search(phrase)):
        return None
    if head and plural(head, phrase) and not (_NAME.fullmatch(phrase) and head not in PLURAL_PEOPLE):
        return None  # (but a name before the singular verb: "Abbas was killed", "Idris has been shot")
    offset = text.index(phrase, start)
    return Victims(offset, offset + len(phrase), 1, 1, 1, "implicit", 1, phrase[:80])


def nearest_number(text: str, start: int, end: int, numbers: Numbers) -> Victims | None:
    """The last number of a subject phrase when the words after it are few ("officials confirm
    64 people [were killed]", "four villagers on the Indian side [had been killed]")."""
    q = numbers.last_within(start, end)
    if q is None or re.search(r"\bby\s*$", text[max(0, q.start - 4):q.start], re.IGNORECASE):
        return None  # "abducted by five assailants": the agents, not the victims
    tail = text[q.end:end]
    if len(_WORD.findall(tail)) <= 20 and not re.search(r"[;:]", tail) and not _OTHERS_AFTER.search(tail):
        return _counted(text, q, end)
    return None


# "8 killed, 5 from one side and 3 from the other, and [others injured]": the number is another group's
_OTHERS_AFTER = re.compile(r"\b(?:and|or)\s+(?:many\s+|several\s+|some\s+|a\s+few\s+)?others\b", re.IGNORECASE)


# "all but two of the 14 soldiers", "all except one of the twelve passengers": the whole less the exceptions
_ALL_BUT = re.compile(r"\ball\s+(?:but|except)\s+(?P<but>\d+|[a-z]+)\s+of\s+(?:the|those|its|their)\s+"
                      r"(?P<whole>\d+|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)


def all_but(text: str, start: int, end: int) -> Victims | None:
    """The group "all but N of the M" names when it overlaps text[start:end]: M - N people, else None."""
    match = _ALL_BUT.search(text, max(0, start - 16), min(len(text), end + 24))
    if match is None or not (match.start() < end and start < match.end()):
        return None
    but, whole = parse_number(match.group("but")), parse_number(match.group("whole"))
    if but is None or whole is None or whole <= but:
        return None
    rest = whole - but
    return Victims(match.start("whole"), match.end("whole"), rest, rest, rest, "exact", rest,
                   _noun(text, match.end("whole"), max(end, match.end())))


def _counted(text: str, q: Quantity, end: int) -> Victims:
    """A victim group from a number, naming the words after it up to `end`."""
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, _noun(text, q.end, end))


def _noun(text: str, start: int, end: int) -> str | None:
    """The words after a number that name the victims ("civilians", "Pakistani soldiers")."""
    words = re.sub(r"^\s*of\s+", " ", text[start:end]).split()
    return " ".join(words[:5]) or None


_PLURAL_WHO = re.compile(r"\s*(?:the\s+|many\s+|some\s+)?([A-Za-z-]+)\s+(?:who|that)\s", re.IGNORECASE)


def conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each coordinated group in text[start:end], asides blanked out."""
    chunk = ASIDE.sub(spaces, text[start:end])
    relative = _PLURAL_WHO.match(chunk)
    if relative and plural(relative.group(1).lower(), relative.group(1)):
        # "civilians who are Gumuz and Sinasha": one uncounted group, the "and" is inside the clause
        stripped = chunk.strip(" -–—")
        offset = start + chunk.index(stripped)
        return [(offset, offset + len(stripped))]
    groups = []
    position = 0
    for separator in [*CONJUNCTION.finditer(chunk), None]:
        piece_end = separator.start() if separator else len(chunk)
        piece = chunk[position:piece_end]
        stripped = piece.strip(" -–—")
        if stripped:
            offset = position + piece.index(stripped)
            groups.append((start + offset, start + offset + len(stripped)))
        position = separator.end() if separator else len(chunk)
    return groups
