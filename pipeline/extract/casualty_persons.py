"""Whether a victim phrase without a number names one person: "a soldier", "the victim", "he", a
name ("Sheikh Ali"), or, in headlines and lists, a bare singular noun ("Soldier, wife die"); and
the head noun and number of a phrase. Clauses are not persons: "a shoot-out broke out",
"Farmers vote in polls", "Town hall hit by rockets".

Used by `casualty_phrases.py` for the groups of a victim phrase.
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_lexicon import MODALS, words
from pipeline.extract.casualty_nouns import ADVERBS, PLURAL_PEOPLE

DETERMINER = re.compile(
    r"(?:a|an|one|the|his|her|this|that|another|its|their|our|each)\s+(?=\S)", re.IGNORECASE
)
_WORD = re.compile(r"[\w'’.-]+")
_PRONOUN = re.compile(r"(?:he|she|him|himself|herself)$", re.IGNORECASE)
# A victim phrase that is only a pronoun for one person ("he was arrested"), matched whole.
PERSON_PRONOUN = re.compile(r"(?:he|him|she|her|himself|herself)", re.IGNORECASE)
# Words that end the head noun of a phrase read from its start.
_AFTER_HEAD = words(
    """of from in at on who whom whose which that with near by to for after during when while as and or but said
    despite says were was are is have has had been being """
    # adjectives after their noun: "the men responsible", "the officials concerned"
    "responsible concerned present alive"
) | ADVERBS
# Words that may follow the head of a noun phrase without making it a clause.
_NP_CONTINUATION = words(
    """of from in at on who whom which that with near by to for after during when while as and or over despite
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
    ordained appointed serving leading ruling opposing fighting visiting deteriorating worsening escalating
    mounting growing rising spreading"""
)
_NAME_PARTICLES = words("al al- el bin ibn bint abu de da del della di van von der le la du dos das y and of")
_DETERMINER_WORDS = words("a an the his her their its our this that one another")


def is_one_person(phrase: str, head: str, allow_name: bool, bare_nouns: bool) -> bool:
    """True for "a soldier", "the victim", "he", a name or a bare singular noun (each when allowed)."""
    if plural(head, phrase):
        return False
    words = _WORD.findall(phrase)
    if len(words) > 1 and words[0].lower() == "one" and words[1].lower() in MODALS:
        return False  # "One cannot build peace on dead bodies": the generic pronoun
    if DETERMINER.match(phrase) and len(words) > 1:
        # "a shoot-out broke out" is a clause; "a man was found", "an elder allied to" are victims
        return _noun_phrase_only(phrase, head)
    if _PRONOUN.match(phrase.strip()):
        return True
    if allow_name and phrase[:1].isupper() and not phrase.isupper() and _name_only(words_of(phrase)):
        return True
    words = _WORD.findall(phrase)
    content = head.isalpha() and len(head) > 2 and words[0].lower() not in _NP_CONTINUATION | _STOPWORDS
    if words[0] in _CLAUSE_ADVERBS:
        return False  # "criminals arrested recently revealed ...": an adverb opens a clause, not a noun phrase
    core = re.split(r"\s+(?:of|from|in|at|on|with)\s+", phrase, maxsplit=1)[0]  # "chief of the committee"
    return (bare_nouns and content and len(_WORD.findall(core)) <= 5 and _noun_phrase_only(phrase, head)
            and not _headline_clause(words, head))


_CLAUSE_ADVERBS = frozenset(
    "recently reportedly allegedly subsequently eventually immediately previously initially finally "
    "apparently currently formerly later earlier also".split())


def _headline_clause(words: list[str], head: str) -> bool:
    """True for a clause in headline grammar: "Farmers vote in local polls" (a plural noun, then the
    "head", a verb, and more words; "Arms dealer" alone stays a noun phrase) or "Town hall hit by
    rockets" (a passive with its agent)."""
    lowered = [w.lower() for w in words]
    first = lowered[0]
    return "by" in lowered or (len(lowered) > 2 and lowered[1] == head and len(first) > 3 and first.endswith("s")
            and not first.endswith(("'s", "’s", "ss", "us", "sis")))


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
    if not rest or rest[0] in _NP_CONTINUATION or rest[0].endswith(("'s", "’s")):
        return True
    # "an elder allied to", "a leader commanding": participles after the head
    return rest[0].endswith(("ed", "ing")) and rest[0] not in _FINITE


_SENTENCE_ADVERB = re.compile(rf"\s*(?:[a-z]+ly|later|earlier|{'|'.join(sorted(ADVERBS))})\s*,", re.IGNORECASE)


def head_noun(phrase: str) -> str | None:
    """The head noun of a noun phrase read from its start, lower-cased: "a Chinese couple abducted
    in Quetta" -> "couple"; "the head of the village" -> "head"."""
    opening = _SENTENCE_ADVERB.match(phrase)  # "meanwhile, on Monday evening a student [was killed]"
    words = [w.strip(".,'’") for w in _WORD.findall(phrase[opening.end() if opening else 0:])]
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


_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents", "ians", "ees")
_ONE_WITH_ARTICLE = frozenset({"personnel", "police", "policemen"})
_SINGULAR_ARTICLE = re.compile(r"\s*(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:personnel|police|policemen)\b", re.IGNORECASE)


def plural(head: str, phrase: str) -> bool:
    """True when a head noun names several people ("soldiers", "men", "police")."""
    if head in _ONE_WITH_ARTICLE and _SINGULAR_ARTICLE.match(phrase):
        return False  # "a personnel of Frontier Corps was killed" (South Asian English): one person
    if head in PLURAL_PEOPLE or head.endswith("men"):
        return True
    if not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return False
    words = _WORD.findall(phrase)
    if (words and words[0].lower().strip(".,") == head and len(words) > 1 and words[1][:1].islower()
            and len(head) > 6 and head.endswith(_AGENT_PLURALS)):
        return True  # "Supporters of two candidates": an agent noun capitalised only as the first word (not "Abbas")
    capitalised = [w for w in words if w[:1].isupper()]
    return not (len(capitalised) > 1 and any(w.lower().strip(".,") == head for w in capitalised))
