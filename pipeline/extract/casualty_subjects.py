"""Victims read backwards from a passive or intransitive harm verb: "[three soldiers and two
civilians] were killed", "[the chairman], who was shot dead", headline grammar ("Soldier, wife die
in shelling"), and a number as the subject ("officials say [57] were killed").

Used by `casualty_victims.py`.
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_cues import VICTIMS_WHO
from pipeline.extract.casualty_lexicon import (
    ASIDE,
    AUX_CHAIN,
    COORDINATED_VERB,
    PLURAL_AUX,
    SINGULAR_AUX,
    SUBJECT_BOUNDARY,
    TRIGGER,
)
from pipeline.extract.casualty_persons import head_noun, plural
from pipeline.extract.casualty_phrases import (
    LIST_WORD,
    REACH,
    TAIL,
    Numbers,
    Skip,
    Victims,
    conjuncts,
    group_victims,
    headline_like,
    implicit_one,
    nearest_number,
    spaces,
    without_breakdown,
)

_FINITE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|got|gets?)\b", re.IGNORECASE)
# A plural noun and a participle before a phrase that ended the subject: "hostages taken (during)".
_PARTICIPLE_TAIL = re.compile(r"\s+(?:[\w'’-]+\s+){1,3}?(?:[a-z]+ed|taken|held|seen|caught)\s+", re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r"\s*,?\s*\b(?:who|that|which)\s*$", re.IGNORECASE)
# (up to a new clause: "killed 12 people including a police officer ..., as thousands of residents fled")
_INCLUDING_TAIL = re.compile(
    r"\b(?:including|among\s+them|mostly|many\s+of\s+them)\b"
    # (the comma may be inside an aside blanked before: ", the UN said Wednesday, as thousands ...")
    r"(?:(?!(?:,|\s\s)\s*(?:as|while|when|whereas|and|but|after|since|because)\s)[^;])*",
    re.IGNORECASE | re.DOTALL,
)
_DETERMINER_START = re.compile(r"(?:a|an|the|his|her|their|one|another)\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A verb after the number of a subject phrase: "Five women were among [14 villagers] killed".
# (or a clause's intransitive verb: "[Six passengers escaped] and three others were found dead")
_VERB_INSIDE = re.compile(r"\b(?:was|were|are|is|has|have|had|escaped|survived|fled|returned|surrendered)\b",
                          re.IGNORECASE)
_WHOSE = re.compile(r"\bwhose\b(?![^,;:]*\bwhose\b)", re.IGNORECASE)  # the last "whose" before the verb
_THEY = re.compile(r"\s*they\s*", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:when|as|while)\s*$", re.IGNORECASE)  # "were riding home when they were shot"
# The subject of a sentence's first clause, up to its finite verb.
_CLAUSE_SUBJECT = re.compile(r"\s*(?P<subject>[^,;:()]+?)\s+(?:were|had\s+been|have\s+been|are)\b", re.IGNORECASE)
_PREPOSITION_AFTER_CLAUSE = re.compile(r"\s*(?:in|on|at|during|after|before)\b", re.IGNORECASE)
# Boundary words that are also past participles ("a constable attacked with swords"), and the
# prepositions that make them describe the noun before them rather than act.
_PARTICIPLE_BOUNDARY = re.compile(r"attacked|stormed|fired", re.IGNORECASE)
_PLACE_OR_AGENT = re.compile(r"\s+(?:with|by|in|at|on|near|outside|inside|during)\b", re.IGNORECASE)
_ANTECEDENT_START = re.compile(r"\b(?:of|and|at|on|to|for|with|against|from)\b|,", re.IGNORECASE)
# After a comma, a plural clause may describe a whole list ("three guards, a driver and a clerk, who were shot").
_ANTECEDENT_START_AFTER_COMMA = re.compile(r"\b(?:of|at|on|to|for|with|against|from)\b", re.IGNORECASE)


def subject_victims(text: str, floor: int, anchor_start: int, numbers: Numbers) -> list[Victims]:
    """Victim groups read backwards from a passive or intransitive verb."""
    near = max(floor, anchor_start - TAIL)  # these patterns end at the verb: search only just before it
    chain = COORDINATED_VERB.search(text, near, anchor_start) or AUX_CHAIN.search(text, near, anchor_start)
    end = chain.start() if chain else anchor_start
    aux = chain.group(0) if chain else ""
    floor = max(floor, anchor_start - REACH)
    whose = _WHOSE.search(text, floor, end)
    if whose is not None and not re.search(r"[,;:]", text[whose.end():end]) \
            and not _FINITE_AUX.search(text, whose.end(), end):
        # "15 women whose sons were arrested": the sons are the subject, not the women (but "a judge whose court
        # has handled such cases was killed": the clause has its own verb, the judge was killed)
        floor = whose.end()
    relative = _RELATIVE_TAIL.search(text, max(floor, end - 12), end)
    end = relative.start() if relative else end
    named = _before_names(text, floor, end, numbers) if relative is not None else None
    if named is not None:  # the clause is about the named people, and so about the counted noun
        end, relative = named, None
    # Asides and "including ..." up to the verb describe the victims, they do not end the phrase;
    # but in "including three students who were killed" the victims are the included ones.
    if relative is None:
        segment = _INCLUDING_TAIL.sub(spaces, ASIDE.sub(spaces, text[floor:end]))
    else:
        segment = _BRACKETS.sub(spaces, text[floor:end])
    boundaries = [b for b in SUBJECT_BOUNDARY.finditer(segment) if not numbers.inside(floor + b.start())]
    if relative is not None:  # "friends of [a man] who died": the relative clause is about the last noun
        whole_list = relative.group(0).lstrip().startswith(",") and PLURAL_AUX.search(aux) is not None
        antecedent = _ANTECEDENT_START_AFTER_COMMA if whole_list else _ANTECEDENT_START
        boundaries += [b for b in antecedent.finditer(segment)
                       if not numbers.inside(floor + b.start())]
        boundaries.sort(key=lambda b: b.end())
    start = floor + boundaries[-1].end() if boundaries else floor
    end = floor + len(segment.rstrip())
    groups = conjuncts(text, start, end)
    # headline grammar, "Soldier, wife die in shelling": no auxiliary, no determiners, a short line
    # "reported killed", "feared dead" keep headline grammar; "was killed" does not
    headline = _FINITE_AUX.search(aux) is None and headline_like(text)
    listed = len(groups) > 1 and (headline or LIST_WORD.search(segment, start - floor) is not None)
    bare_nouns = headline or (PLURAL_AUX.search(aux) is not None and listed)
    found: list[Victims] = []
    for group_start, group_end in reversed(groups):
        victims = group_victims(text, group_start, group_end, numbers, allow_name=bare_nouns and listed,
                                bare_nouns=bare_nouns)
        verb_inside = isinstance(victims, Victims) and _verb_inside(text, victims, group_end, bool(found))
        uncounted = victims is None or verb_inside or (isinstance(victims, Victims) and victims.qualifier == "implicit")
        if not found and uncounted:
            inner = nearest_number(text, group_start, group_end, numbers)
            if inner is not None:  # "officials say 57", "were among five people": the number is the subject
                found.append(inner)
                break
        if isinstance(victims, Skip) or (victims is None and headline and listed
                                         and _bare_plural(text[group_start:group_end])):
            continue  # "Candidate, supporters killed": the uncounted plural leaves the counted one
        if victims is None or (found and (not listed or verb_inside)):
            break  # "[Three men were shot on Friday] and one of them died": a clause, not a conjunct
        found.append(victims)
    if any(g.qualifier != "implicit" for g in found):
        # "14 fighters belonging to the ADF and the FDLR were killed": names beside numbers are not victims
        found = [g for g in found if not _bare_name(text, g)]
    if not found:
        nearest = nearest_number(text, start, end, numbers)
        found = [nearest] if nearest else []
    if not found and boundaries and PLURAL_AUX.search(aux):
        found = _reduced_relative_subject(text, floor, floor + boundaries[-1].start(), numbers)
    described = _participle_described(text, floor, boundaries, end)
    if not found and described and PLURAL_AUX.search(aux):
        nearest = nearest_number(text, *described, numbers)
        found = [nearest] if nearest else []
    if not found and SINGULAR_AUX.search(aux):
        implicit = (_antecedent(text, start, end) or (implicit_one(text, *described) if described else None)
                    or implicit_one(text, start, end))
        found = [implicit] if implicit else []
    if (not found and relative is not None and SINGULAR_AUX.search(aux)
            and relative.group(0).strip(" ,").lower() == "who"):
        found = _person_before_organisation(text, floor, boundaries)
    if not found and _THEY.fullmatch(text, start, end) and _WHEN.search(text, max(0, start - 8), start):
        found = list(reversed(_they(text, start, numbers)))
    if len(found) == 1 and not aux:
        found = [_partitive_whole(text, found[0], anchor_start, numbers) or found[0]]
    return without_breakdown(list(reversed(found)))


# "Nine of the 14 people [killed]": the participle counts the whole after "of the", the first number is a part.
_OF_THE = re.compile(r"\s+(?:out\s+)?of\s+the\s+", re.IGNORECASE)
_PARTITIVE_NOUN_WORDS = 3


def _partitive_whole(text: str, part: Victims, anchor_start: int, numbers: Numbers) -> Victims | None:
    """The whole of a partitive before a bare participle ("Nine of the 14 people killed were ..."), else None."""
    of_the = _OF_THE.match(text, part.end)
    if of_the is None:
        return None
    whole = numbers.first_starting(of_the.end(), anchor_start)
    if whole is None or whole.start != of_the.end():
        return None
    noun = text[whole.end:anchor_start].strip() or None
    if noun is not None and (len(noun.split()) > _PARTITIVE_NOUN_WORDS or TRIGGER.search(noun.lower())):
        return None  # "Two of the five soldiers wounded in the ambush died": the whole's own harm, not this one
    return Victims(whole.start, whole.end, whole.low, whole.best, whole.high, whole.qualifier, whole.stated, noun)


def _verb_inside(text: str, victims: Victims, group_end: int, later: bool) -> bool:
    """True for a verb after the group's number ("Five women were among [14 villagers] killed"), or, in
    an earlier conjunct read as one person, a verb of its own: "[a puja was held at Durgapur] and 85
    were arrested" joins a clause, not a second group of victims ("a soldier who was on patrol" is one)."""
    if not (later and victims.qualifier == "implicit"):
        return _VERB_INSIDE.search(text, victims.end, group_end) is not None
    verb = _VERB_INSIDE.search(text, victims.start, group_end)
    return verb is not None and _RELATIVE_PRONOUN.search(text, victims.start, verb.start()) is None


_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whom|whose|that|which)\b", re.IGNORECASE)


# ", Amit Kumar and Sunil Rao," between a counted noun and its relative clause: the people's names.
# Items with a determiner or a number are victims of their own ("three soldiers, a policeman and a
# civilian, who were killed" lists three groups).
_NAME_ITEM = (r"(?!(?:a|an|the|his|her|their|its|our|my|some|other|several|many)\b)"
              r"[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*){0,2}")
_NAMES_BEFORE_RELATIVE = re.compile(rf",\s*{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+and\s+{_NAME_ITEM}\s*,?\s*$",
                                    re.IGNORECASE)
_COUNTED_NOUN_WORDS = 10  # "two members of the students' federation (SF), A and B, who": one noun phrase
_CLAUSE_INSIDE = re.compile(r"[,;:]|\b(?:was|were|is|are|has|have|had|who|which|that)\b", re.IGNORECASE)


def _before_names(text: str, floor: int, end: int, numbers: Numbers) -> int | None:
    """Where the counted noun ends when names stand beside it before a relative clause ("[Two
    student leaders], Amit and Sunil, who were arrested"); None when no such names."""
    names = _NAMES_BEFORE_RELATIVE.search(text, floor, end)
    if names is None:
        return None
    counted = numbers.last_within(floor, names.start())
    if counted is None:
        return None
    between = _BRACKETS.sub(" ", text[counted.end:names.start()])
    if len(between.split()) > _COUNTED_NOUN_WORDS or _CLAUSE_INSIDE.search(between):
        return None
    return names.start()


_STEPS_BACK = 2


def _person_before_organisation(text: str, floor: int, boundaries: list[re.Match[str]]) -> list[Victims]:
    """The person "who" stands for when the last noun is no person: "the bail plea of [the president] of
    the traders' federation, who was arrested" (the federation was not arrested)."""
    for k in range(len(boundaries) - 1, max(0, len(boundaries) - 1 - _STEPS_BACK), -1):
        person = implicit_one(text, floor + boundaries[k - 1].end(), floor + boundaries[k].start())
        if person is not None:
            return [person]
    return []


def _antecedent(text: str, start: int, end: int) -> Victims | None:
    """The person a relative clause describes when the words before the verb end that clause: "[An
    official] who was in charge when seven died in rioting last month has been killed"."""
    if not _PREPOSITION_AFTER_CLAUSE.match(text, start, end):
        return None
    relative = next(reversed(list(VICTIMS_WHO.finditer(text, 0, start))), None)  # the last "who" before the phrase
    if relative is None or re.search(r"[;:]", text[relative.end():start]):
        return None
    boundaries = list(SUBJECT_BOUNDARY.finditer(text, 0, relative.start()))
    return implicit_one(text, boundaries[-1].end() if boundaries else 0, relative.start())


def _they(text: str, position: int, numbers: Numbers) -> list[Victims]:
    """The people "they" stands for after "when", "as" or "while": the subject of the sentence's first
    clause ("The mayor and his driver were riding home when they were shot dead"), when it names people."""
    clause = _CLAUSE_SUBJECT.match(text, 0, position)
    if clause is None:
        return []
    found = []
    for group_start, group_end in conjuncts(text, clause.start("subject"), clause.end("subject")):
        victims = group_victims(text, group_start, group_end, numbers, allow_name=True, bare_nouns=True)
        if not isinstance(victims, Victims):
            return []  # "Troops and supplies were moving when they were hit": not all people
        found.append(victims)
    return found if len(found) > 1 or any(g.qualifier != "implicit" for g in found) else []


def _reduced_relative_subject(text: str, floor: int, boundary: int, numbers: Numbers) -> list[Victims]:
    """"[Five hostages] taken during the raid were found dead": the counted noun before a participle
    whose phrase ("during the raid") ended the search."""
    q = numbers.last_within(floor, boundary)
    if q is None or not _PARTICIPLE_TAIL.fullmatch(text, q.end, boundary):
        return []
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, None)]


def _participle_described(text: str, floor: int, boundaries: list[re.Match[str]], end: int) -> tuple[int, int] | None:
    """The noun phrase a participle describes when the last word that ended the subject search is
    that participle and a place or an agent follows it: "[a constable] attacked with swords was
    hurt", "[the trader] attacked near the bus stand has died"."""
    if not boundaries or not _PARTICIPLE_BOUNDARY.fullmatch(boundaries[-1].group(0)):
        return None
    if not _PLACE_OR_AGENT.match(text, floor + boundaries[-1].end(), end):
        return None
    np_start = floor + boundaries[-2].end() if len(boundaries) > 1 else floor
    return np_start, floor + boundaries[-1].start()


def _bare_plural(phrase: str) -> bool:
    """True for a plural noun phrase without a number ("supporters", "his guards")."""
    head = head_noun(phrase)
    return head is not None and plural(head, phrase)


def _bare_name(text: str, group: Victims) -> bool:
    """True for an implicit victim that is only a capitalised name in mid-sentence ("LEI")."""
    return (group.qualifier == "implicit" and group.start > 0 and text[group.start:group.start + 1].isupper()
            and not _DETERMINER_START.match(text, group.start))
