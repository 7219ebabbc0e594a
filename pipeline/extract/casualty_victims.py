"""Who a harm word's victims are: the phrase it governs, read forwards from an active verb
("gunmen killed [a man and his two sons]") or backwards from a passive one ("[three soldiers and
two civilians] were killed"), split into coordinated groups that `casualty_phrases` counts.

Also: victims shared by coordinated verbs ("was kidnapped and killed"), companions after the verb
("was killed with four others"), "them" resolved to the last number of people, and tolls ("the
death toll rose to 12").
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_lexicon import (
    ASIDE,
    AUX_CHAIN,
    AUX_WORD,
    CONJUNCTION,
    COORDINATED_VERB,
    OBJECT_BOUNDARY,
    PASSIVE_AUX,
    PLURAL_AUX,
    SINGULAR_AUX,
    SUBJECT_BOUNDARY,
    TRIGGER_STEMS,
)
from pipeline.extract.casualty_phrases import (
    Numbers,
    Skip,
    Victims,
    group_victims,
    implicit_one,
    nearest_number,
    spaces,
)

_RELATIVE_TAIL = re.compile(r"\s*,?\s*\b(?:who|that|which)\s*$", re.IGNORECASE)
_INCLUDING_TAIL = re.compile(
    r"\b(?:including|among\s+them|mostly|many\s+of\s+them)\b.*$", re.IGNORECASE | re.DOTALL
)
_WITH = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+(?:(?:along\s+with|together\s+with|alongside)\s+(?=(?:\S+\s+)?"
    r"(?:others?|other\s|another|his|her|their|\d|one|two|three|four|five|six|seven|eight|nine|ten))|"
    r"with\s+(?=(?:\S+\s+)?(?:others?|another|\d|two|three|four|five|six|seven|eight|nine|ten)\b))",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 16  # a sentence this short may be a headline ("Soldier, wife die in shelling")
_REACH = 240  # characters before a verb where its victims are looked for
_TAIL = 100  # characters before a verb where its auxiliaries are looked for
_DETERMINER_START = re.compile(r"(?:a|an|the|his|her|their|one|another)\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A verb after the number of a subject phrase: "Eight children were among [11 civilians] killed".
_VERB_INSIDE = re.compile(r"\b(?:was|were|are|is|has|have|had)\b", re.IGNORECASE)
# The words that lead from "toll" to its figure: "rose to 12", "at 11", "of three", "is 5", "stands at".
_TOLL_TO = re.compile(
    r"(?:\bto|\bat|\bas|\bof|\bis|\bwas|\breached|\bhit|\bnow|\bclimbed|\bsoared|:|toll)\s*$", re.IGNORECASE
)
_LIST_WORD = re.compile(r"\band\b|&|\bas\s+well\s+as\b|\balong\s+with\b|\btogether\s+with\b|\balongside\b",
                        re.IGNORECASE)
_HARM_PARTICIPLE_NEXT = re.compile(r"\s*(?:injured|wounded|hurt|killed|dead|missing|abducted|kidnapped)\b",
                                   re.IGNORECASE)
_THEM = re.compile(r"(?:all\s+(?:of\s+)?)?them(?:\s+all)?", re.IGNORECASE)
_ANTECEDENT_START = re.compile(r"\b(?:of|and|at|on|to|for|with|against|from)\b|,", re.IGNORECASE)
_FOUND = re.compile(
    r"\b(?:found|recovered|discovered|dumped|retrieved|pulled|exhumed|identified|buried|lying)\b",
    re.IGNORECASE,
)
_BODIES = ("bod", "corpse", "remains", "dead bod")
# Two harm verbs sharing victims: "kidnapped and killed", "detained and later found killed" ("killed
# or injured" does not: it says neither for sure).
_COORDINATION = re.compile(
    r"^\s*(?:,\s*)?and\s+(?:(?:then|later|subsequently|eventually|also|found|reportedly)\s+){0,3}$|^\s*,\s*$",
    re.IGNORECASE,
)
# Participles that never take an object ("six dead", "ten died").
_INTRANSITIVE = re.compile(
    r"dead|died|die|dies|deaths?|fatalit|bodies|corpses|perished|lost|succumbed", re.IGNORECASE
)


def kind(anchor: re.Match[str]) -> tuple[str, str]:
    """(voice, category) of an anchor from its group name, e.g. "a_killed2" -> ("a", "killed")."""
    voice, category = (anchor.lastgroup or "p_killed").split("_", 1)
    return voice, category.rstrip("0123456789")


def victims_of(
    text: str, anchors: list[re.Match[str]], index: int, numbers: Numbers, floors: list[int]
) -> list[Victims]:
    """The victim groups anchor `index` governs; `floors[i]` is where anchor i's phrase may start."""
    anchor, floor = anchors[index], floors[index]
    voice, _category = kind(anchor)
    ceiling = anchors[index + 1].start() if index + 1 < len(anchors) else len(text)
    if voice == "s":  # "his death", "a man's body [was found]": one victim named by the phrase itself
        if anchor.group(0).lower().endswith("body") and not _FOUND.search(text):
            return []
        return [Victims(anchor.start(), anchor.end(), 1, 1, 1, "implicit", 1, anchor.group(0))]
    if voice in ("a", "n", "c", "i"):
        if anchor.group(0).lower().startswith(_BODIES) and not _FOUND.search(text):
            return []  # "the body of" counts the dead only when bodies are found
        return _object_victims(text, anchor.end(), ceiling, numbers)
    if voice == "t":
        return _toll_victims(text, anchor.end(), len(text), numbers)  # other harm words may come first
    near = max(floor, anchor.start() - _TAIL)
    chain = AUX_CHAIN.search(text, near, anchor.start())
    chain = chain or COORDINATED_VERB.search(text, near, anchor.start())  # "was shot in the head and killed"
    passive = chain is not None and PASSIVE_AUX.search(chain.group(0)) is not None
    if not passive and not _INTRANSITIVE.match(anchor.group(0)):
        victims = _object_victims(text, anchor.end(), ceiling, numbers)
        if victims:
            return victims
    if not passive and re.search(r"(?:\band|,)\s*$", _blank_asides(text[floor:anchor.start()])):
        return []  # "killed six and wounded 22": coordinated verbs, the words before are not victims
    victims = _subject_victims(text, floor, anchor.start(), numbers)
    if not victims and passive and index and _reduced_relative(text, anchors[index - 1], floors[index - 1]):
        # "a couple abducted at gunpoint have been killed": the earlier participle is inside the subject
        victims = _subject_victims(text, floors[index - 1], anchor.start(), numbers)
    return victims + _companions(text, anchor.end(), ceiling, numbers) if victims else victims


def _reduced_relative(text: str, participle: re.Match[str], floor: int) -> bool:
    """True for a participle right after its noun, with no auxiliary ("students kidnapped last week")."""
    if kind(participle)[0] != "p" or not participle.group(0).lower().endswith("ed"):
        return False
    chain = AUX_CHAIN.search(text, max(floor, participle.start() - _TAIL), participle.start())
    return chain is None and re.search(r"[A-Za-z]\s+$", text[floor:participle.start()]) is not None


def _companions(text: str, start: int, stop: int, numbers: Numbers) -> list[Victims]:
    """Victims joined after the verb: "was killed Friday with four others", "along with his driver"."""
    joined = _WITH.match(text, start, stop)
    if joined is None:
        return []
    return _object_victims(text, joined.end(), stop, numbers)


def share_coordinated(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """Coordinated verbs share victims: "was kidnapped and killed", "killed and wounded several"."""
    for i in range(len(anchors) - 1):
        if not _COORDINATION.match(text[anchors[i].end():anchors[i + 1].start()]):
            continue
        if not victims[i + 1] and victims[i]:
            victims[i + 1] = victims[i]
        elif not victims[i] and victims[i + 1]:
            victims[i] = victims[i + 1]


def _toll_victims(text: str, start: int, stop: int, numbers: Numbers) -> list[Victims]:
    """"the death toll rose to 12": the first number after "toll" in the same clause."""
    q = numbers.first_starting(start, stop)
    if q is None or re.search(r"[.;]", text[start:q.start]) or not _TOLL_TO.search(text, start, q.start):
        return []  # "the toll in the attack on three positions has increased": not the toll's figure
    # the toll may list its groups: "fatalities stand at 5 militia troops and one soldier"
    listed = _object_victims(text, q.start, stop, numbers)
    if len(listed) > 1 and not any(_harm_between(g.noun or "") for g in listed) and not _harm_between(
            text[listed[0].end:listed[-1].end]):
        return listed
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, None)]


def _harm_between(words: str) -> bool:
    """True when a harm word lies in `words` ("22 and 30 injured": two categories, not one list)."""
    lowered = words.lower()
    return any(stem in lowered for stem in TRIGGER_STEMS)


def _object_victims(text: str, start: int, stop: int, numbers: Numbers) -> list[Victims]:
    """Victim groups read forwards from an active verb, up to the first clause boundary."""
    if re.match(r"\s*(?:and\b|,|or\b)", text[start:stop]):
        return []  # "five people killed and 19 injured": a coordination, not an object
    chunk_end = next((b.start() for b in OBJECT_BOUNDARY.finditer(text, start, stop)
                      if not numbers.inside(b.start())), stop)
    found: list[Victims] = []
    groups = _conjuncts(text, start, chunk_end)
    listed = len(groups) > 1 and _LIST_WORD.search(text, start, chunk_end) is not None
    if groups and _THEM.fullmatch(text[groups[0][0]:groups[0][1]]):
        antecedent = _antecedent(text, start, numbers)
        return [antecedent] if antecedent else []
    headline = len(text.split()) <= _HEADLINE_WORDS
    for group_start, group_end in groups:
        if found and not listed and not (headline and numbers.first_starting(group_start, group_start + 1)):
            # "killing 45, a spokesman said": a comma alone does not continue the list, except for a
            # count in headline grammar ("Clashes kill 19 militants, four soldiers")
            break
        first = not found
        if _HARM_PARTICIPLE_NEXT.match(text, group_end):
            break  # "eight people killed many more injured": the group is the next verb's subject
        victims = group_victims(text, group_start, group_end, numbers, allow_name=first, bare_nouns=first)
        if isinstance(victims, Skip):
            continue  # "killed 12 people and 80 cows": not people, but the list goes on
        if victims is None:
            break  # "killed 5 residents and rustled cattle": the list of victims has ended
        found.append(victims)
    if found and chunk_end < stop:  # "killed the owner, together with four other men"
        found += _companions(text, chunk_end - 1, stop, numbers)
    return found


def _antecedent(text: str, position: int, numbers: Numbers) -> Victims | None:
    """The people "them" refers to: the last number of people before it in the sentence
    ("dragged 11 men from the mosque and then executed them")."""
    q = numbers.last_within(0, position)
    if q is None:
        return None
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, "them")


def _subject_victims(text: str, floor: int, anchor_start: int, numbers: Numbers) -> list[Victims]:
    """Victim groups read backwards from a passive or intransitive verb."""
    near = max(floor, anchor_start - _TAIL)  # these patterns end at the verb: search only just before it
    chain = COORDINATED_VERB.search(text, near, anchor_start) or AUX_CHAIN.search(text, near, anchor_start)
    end = chain.start() if chain else anchor_start
    aux = chain.group(0) if chain else ""
    floor = max(floor, anchor_start - _REACH)
    relative = _RELATIVE_TAIL.search(text, max(floor, end - 12), end)
    end = relative.start() if relative else end
    # Asides and "including ..." up to the verb describe the victims, they do not end the phrase;
    # but in "including two teenagers who were killed" the victims are the included ones.
    if relative is None:
        segment = _INCLUDING_TAIL.sub(spaces, ASIDE.sub(spaces, text[floor:end]))
    else:
        segment = _BRACKETS.sub(spaces, text[floor:end])
    boundaries = [b for b in SUBJECT_BOUNDARY.finditer(segment) if not numbers.inside(floor + b.start())]
    if relative is not None:  # "friends of [a man] who died": the relative clause is about the last noun
        boundaries += [b for b in _ANTECEDENT_START.finditer(segment)
                       if not numbers.inside(floor + b.start())]
        boundaries.sort(key=lambda b: b.end())
    start = floor + boundaries[-1].end() if boundaries else floor
    end = floor + len(segment.rstrip())
    groups = _conjuncts(text, start, end)
    # headline grammar, "Soldier, wife die in shelling": no auxiliary, no determiners, a short line
    headline = AUX_WORD.search(aux) is None and len(text.split()) <= _HEADLINE_WORDS
    listed = len(groups) > 1 and (headline or _LIST_WORD.search(segment, start - floor) is not None)
    bare_nouns = headline or (PLURAL_AUX.search(aux) is not None and listed)
    found: list[Victims] = []
    for group_start, group_end in reversed(groups):
        victims = group_victims(text, group_start, group_end, numbers, allow_name=bare_nouns and listed,
                                bare_nouns=bare_nouns)
        uncounted = victims is None or (isinstance(victims, Victims) and (
            victims.qualifier == "implicit" or _VERB_INSIDE.search(text, victims.end, group_end) is not None))
        if not found and uncounted:
            inner = nearest_number(text, group_start, group_end, numbers)
            if inner is not None:  # "officials say 69", "were among five people": the number is the subject
                found.append(inner)
                break
        if isinstance(victims, Skip):
            continue
        if victims is None or (found and not listed):
            break
        found.append(victims)
    if any(g.qualifier != "implicit" for g in found):
        # "20 militants belonging to the TTP and LEI were killed": names beside numbers are not victims
        found = [g for g in found if not _bare_name(text, g)]
    if not found:
        nearest = nearest_number(text, start, end, numbers)
        found = [nearest] if nearest else []
    if not found and SINGULAR_AUX.search(aux):
        implicit = implicit_one(text, start, end)
        found = [implicit] if implicit else []
    return list(reversed(found))


def _bare_name(text: str, group: Victims) -> bool:
    """True for an implicit victim that is only a capitalised name in mid-sentence ("LEI")."""
    return (group.qualifier == "implicit" and group.start > 0 and text[group.start:group.start + 1].isupper()
            and not _DETERMINER_START.match(text, group.start))


def _blank_asides(segment: str) -> str:
    """`segment` with its asides replaced by spaces."""
    return ASIDE.sub(spaces, segment)


def _conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each coordinated group in text[start:end], asides blanked out."""
    chunk = ASIDE.sub(spaces, text[start:end])
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
