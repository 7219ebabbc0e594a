"""Casualty mentions: every reported count of people killed, injured, missing, kidnapped,
arrested or displaced, with the words it came from.

How a mention is found: a harm word ("killed", "wounding", "death toll", "fatalities") is
an anchor; its victims are read from the phrase it governs, forwards for an active verb
("gunmen killed [a man and his two sons]") and backwards for a passive one ("[three soldiers
and two civilians] were killed"). The phrase is split into coordinated groups, asides
("including two children", parentheses) are dropped so parts are not counted twice, and
each group gives one mention: its number (see `numbers.py` for qualifiers and vague words),
or 1 for a singular noun phrase ("a soldier", "the victim", a name) or a singular passive
("was shot dead"). Numbers that measure something else ("15 tonnes", "83 cows", years,
dates, ages) are not victims.

Each mention then gets its context from `casualty_context.py`: a status (reported,
cumulative, background, threat, hypothetical, negated, denied), who claims it, and its link
to the article's other figures (part, more, update, total). `incident_counts` (in
`casualty_counts.py`, re-exported here) turns the mentions into the incident's killed and
injured.

Span: for a number, `text` is the number with its qualifier ("more than 70"); for an
implicit count, the noun phrase ("a soldier").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.casualty_context import Context, describe, negated_mentions
from pipeline.extract.casualty_counts import incident_counts
from pipeline.extract.casualty_lexicon import (
    ANCHOR,
    ANCHOR_LOWER,
    ASIDE,
    AUX_CHAIN,
        CONJUNCTION,
    COORDINATED_VERB,
    LABEL_BEFORE,
    NOT_PEOPLE,
    OBJECT_BOUNDARY,
    PASSIVE_AUX,
    PLURAL_AUX,
    PLURAL_PEOPLE,
    SINGULAR_AUX,
    SUBJECT_BOUNDARY,
    TRIGGER_BACK,
    TRIGGER_STEMS,
)
from pipeline.extract.casualty_phrases import SKIP, Victims, group_victims, implicit_one, nearest_number, spaces
from pipeline.extract.numbers import Quantity, find_quantities, parse_number
from pipeline.extract.types import ActorMention, CasualtyMention, Sentence

__all__ = ["extract_casualties", "incident_counts"]

_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[\w'’.-]+")
_RELATIVE_TAIL = re.compile(r"\s*\b(?:who|that|which)\s*$", re.IGNORECASE)
_INCLUDING_TAIL = re.compile(r"\b(?:including|among\s+them|mostly|many\s+of\s+them)\b.*$",
                             re.IGNORECASE | re.DOTALL)
_WITH = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+(?:along\s+with|together\s+with|alongside|with)\s+(?=(?:\S+\s+)?"
                   r"(?:others?|other\s|another|his|her|their|\d|one|two|three|four|five|six|seven|eight|nine|ten))",
                   re.IGNORECASE)
_HEADLINE_WORDS = 16
_REACH = 240  # characters around a harm word where its victims are looked for
_TAIL = 100  # characters before a verb where its auxiliaries are looked for
_DETERMINER_START = re.compile(r"(?:a|an|the|his|her|their|one|another)\b", re.IGNORECASE)
_THEM = re.compile(r"(?:all\s+(?:of\s+)?)?them(?:\s+all)?", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_AGE = re.compile(r"[A-Z][\w'’.-]*\s*[,(]\s*$")
_ANTECEDENT_START = re.compile(r"\bof\b|\band\b|,", re.IGNORECASE)
_FOUND = re.compile(r"\b(?:found|recovered|discovered|dumped|retrieved|pulled|exhumed|identified|buried|lying)\b", re.I)
_PERSON_NOUNS = frozenset(
    """person persons people man men woman women child children civilian civilians family families soldier
    soldiers villager villagers resident residents boy boys girl girls persons""".split()
)
_FUNCTION_WORDS = frozenset(
    """by in on at and or but during when while after as with from near to for since so of were was are
    is yesterday today tonight overnight earlier later too across into inside outside following amid
    before because including""".split()
)
# Two harm verbs sharing victims: "kidnapped and killed", "detained and later found killed" ("killed
# or injured" does not: it says neither for sure).
_COORDINATION = re.compile(
    r"^\s*(?:,\s*)?and\s+(?:(?:then|later|subsequently|eventually|also|found|reportedly)\s+){0,3}$|^\s*,\s*$",
    re.IGNORECASE,
)
# Participles that never take an object ("six dead", "ten died").
_INTRANSITIVE = re.compile(r"dead|died|die|dies|deaths?|fatalit|bodies|corpses|perished|lost|succumbed",
                           re.IGNORECASE)


def extract_casualties(
    body: str, sentences: list[Sentence], actors: list[ActorMention] | None = None
) -> list[CasualtyMention]:
    """Every count of people harmed in `body`, in text order."""
    mentions: list[CasualtyMention] = []
    for sentence in sentences:
        lowered = sentence.text.lower()
        windows = _trigger_windows(lowered)
        if not windows:
            continue  # cheap prefilter: most sentences name no harm at all
        own_actors = [a for a in actors or () if sentence.start <= a.char_start < sentence.end]
        mentions.extend(_sentence_mentions(body, sentence, own_actors, lowered, windows))
    return mentions


def _sentence_mentions(
    body: str, sentence: Sentence, actors: list[ActorMention], lowered: str, windows: list[tuple[int, int]]
) -> list[CasualtyMention]:
    """The casualty mentions of one sentence (`lowered` is its lower-cased text)."""
    text = sentence.text
    same_length = len(lowered) == len(text)  # lower() keeps offsets for all but a few characters
    scan, pattern = (lowered, ANCHOR_LOWER) if same_length else (text, ANCHOR)
    brackets = [m.span() for m in _BRACKETS.finditer(text)]
    anchors = [a for start, end in windows for a in pattern.finditer(scan, start, end)
               if not _attributive(text, a) and not any(s <= a.start() < e for s, e in brackets)]
    quantities = [q for start, end in _windows(anchors, len(text))
                  for q in find_quantities(scan, start, end, lowered=same_length) if _may_count_people(text, q)]
    asides = [m.span() for m in ASIDE.finditer(text)]
    victims = [_victims_of(text, anchors, i, quantities, asides) for i in range(len(anchors))]
    _share_coordinated(text, anchors, victims)
    found: list[CasualtyMention] = []
    taken: set[tuple[str, int]] = set()
    reported: dict[str, list[Victims]] = {}
    for anchor, groups in zip(anchors, victims, strict=True):
        voice, category = _kind(anchor)
        earlier = list(reported.get(category, ()))
        for group in groups:
            if (category, group.start) in taken:
                continue  # one number, one mention per category ("killed and beheaded 3")
            taken.add((category, group.start))
            context = describe(text, anchor, group.start, group.end, actors, voice, sentence.start)
            if context.link == "new" and _restates(group, earlier):
                context = replace(context, link="same", reason="restated in the sentence")
            if context.status == "reported":
                reported.setdefault(category, []).append(group)
            found.append(_mention(body, sentence, category, group, context))
    found.extend(negated_mentions(body, sentence))
    return found


def _trigger_windows(text: str) -> list[tuple[int, int]]:
    """Stretches around trigger words where harm expressions can be: the anchor pattern is long,
    so it runs only there (a speed measure; every anchor contains a trigger word)."""
    hits = sorted(i for stem in TRIGGER_STEMS for i in _occurrences(text, stem))
    windows: list[tuple[int, int]] = []
    for hit in hits:
        start = text.rfind(" ", 0, max(0, hit - TRIGGER_BACK)) + 1
        end = min(len(text), hit + 60)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _occurrences(text: str, stem: str) -> list[int]:
    """Positions of `stem` in `text` (plain substring search)."""
    found = []
    position = text.find(stem)
    while position != -1:
        found.append(position)
        position = text.find(stem, position + 1)
    return found


def _windows(anchors: list[re.Match[str]], length: int) -> list[tuple[int, int]]:
    """Stretches around the harm words where their victims can be: numbers elsewhere are not read."""
    windows: list[tuple[int, int]] = []
    for anchor in anchors:
        start, end = max(0, anchor.start() - _REACH), min(length, anchor.end() + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _restates(group: Victims, earlier: list[Victims]) -> bool:
    """True when a figure repeats one given earlier in the sentence for another verb ("five people
    were killed when gunmen attacked, killing five"), or vaguely restates it ("many of them")."""
    exact = [g for g in earlier if g.qualifier != "vague"]
    return any(g.stated == group.stated for g in exact) or (group.qualifier == "vague" and bool(exact))


def _kind(anchor: re.Match[str]) -> tuple[str, str]:
    """(voice, category) of an anchor from its group name, e.g. "a_killed2" -> ("a", "killed")."""
    voice, category = (anchor.lastgroup or "p_killed").split("_", 1)
    return voice, category.rstrip("0123456789")


def _mention(body: str, sentence: Sentence, category: str, victims: Victims, context: Context) -> CasualtyMention:
    """The CasualtyMention of one victim group, with offsets into the body."""
    start, end = sentence.start + victims.start, sentence.start + victims.end
    return CasualtyMention(
        start, end, body[start:end], category, victims.low, victims.best, victims.high,
        status=context.status, claimed_by=context.claimed_by, sentence_index=sentence.index,
        qualifier=victims.qualifier, victim=victims.noun, reason=context.reason, link=context.link,
        stated=victims.stated,
    )


def _may_count_people(text: str, q: Quantity) -> bool:
    """False for numbers that label or measure something: years, dates, ages, units, money."""
    if q.qualifier == "exact" and _YEAR.fullmatch(text[q.start:q.end]):
        return False
    before = text[max(0, q.start - 24):q.start]
    if LABEL_BEFORE.search(before) or before.endswith(("$", "£", "€", "Rs", "Rs.")):
        return False
    if _AGE.search(before) and re.match(r"\s*[,)]", text[q.end:q.end + 2]):
        return False  # "Ujjal, 40, a bus passenger": an age after a name
    after = _WORD.findall(text[q.end:q.end + 30].lower())
    if text[q.start:q.end].lower() == "both" and (not after or after[0] in _FUNCTION_WORDS):
        return False  # "residents of A and B both in C": a floating "both", not a count
    if after and after[0] == "of" and len(after) > 1 and q.vague:
        after = after[1:]  # "dozens of soldiers": look at the noun
    return not (after and after[0].rstrip(".,") in NOT_PEOPLE) and not text[q.end:q.end + 2].startswith("%")


def _attributive(text: str, anchor: re.Match[str]) -> bool:
    """True for a participle used as an adjective: "eight displaced Syrians", "the wounded soldier"."""
    if not (anchor.lastgroup or "").startswith("p_") or anchor.group(0).lower() in ("dead", "died", "die", "dies"):
        return False
    before = text[max(0, anchor.start() - 20):anchor.start()].split()
    after = re.match(r"\s+([A-Za-z][\w-]*)", text[anchor.end():])
    if not before or after is None:
        return False
    word, noun = before[-1].lower(), after.group(1).lower()
    if noun in _FUNCTION_WORDS or noun in NOT_PEOPLE:
        return False
    if noun in _PERSON_NOUNS:
        return True  # "a 48-year-old displaced person died"
    if word in ("the", "a", "an", "of", "other", "all"):
        return True  # "the wounded soldier", "the injured were taken"
    # after a number only a plural noun makes it an adjective: "20 displaced people", not "33 wounded across"
    return parse_number(word) is not None and (noun.endswith(("s", "men", "people")) or noun in PLURAL_PEOPLE)


def _victims_of(
    text: str, anchors: list[re.Match[str]], index: int, quantities: list[Quantity], asides: list[tuple[int, int]]
) -> list[Victims]:
    """The victim groups anchor `index` governs."""
    anchor = anchors[index]
    voice, _category = _kind(anchor)
    # the previous harm word ends the victim phrase, unless it sits in an aside ("a helper, who
    # suffered burn injuries, died")
    previous = [a for a in anchors[:index] if not any(s <= a.start() < e for s, e in asides)]
    floor = previous[-1].end() if previous else 0
    ceiling = anchors[index + 1].start() if index + 1 < len(anchors) else len(text)
    if voice == "s":  # "his death", "a man's body [was found]": one victim named by the phrase itself
        if anchor.group(0).lower().endswith("body") and not _FOUND.search(text):
            return []
        return [Victims(anchor.start(), anchor.end(), 1, 1, 1, "implicit", 1, anchor.group(0))]
    if voice in ("a", "n", "c"):
        if anchor.group(0)[:3].lower() in ("bod", "cor", "rem", "dea") and anchor.group(0).lower().startswith(
                ("bod", "corpse", "remains", "dead bod")) and not _FOUND.search(text):
            return []  # "the body of" counts the dead only when bodies are found
        return _object_victims(text, anchor.end(), ceiling, quantities)
    if voice == "t":
        return _toll_victims(text, anchor.end(), ceiling, quantities)
    chain = AUX_CHAIN.search(text, max(floor, anchor.start() - _TAIL), anchor.start())
    passive = chain is not None and PASSIVE_AUX.search(chain.group(0)) is not None
    if not passive and not _INTRANSITIVE.match(anchor.group(0)):
        victims = _object_victims(text, anchor.end(), ceiling, quantities)
        if victims:
            return victims
    if not passive and re.search(r"(?:\band|,)\s*$", text[floor:anchor.start()]):
        return []  # "killed six and wounded 22": coordinated verbs, the words before are not victims
    victims = _subject_victims(text, floor, anchor.start(), quantities)
    return victims + _companions(text, anchor.end(), ceiling, quantities) if victims else victims


def _companions(text: str, start: int, stop: int, quantities: list[Quantity]) -> list[Victims]:
    """Victims joined after the verb: "was killed Friday with four others", "along with his driver"."""
    joined = _WITH.match(text, start, stop)
    if joined is None:
        return []
    return _object_victims(text, joined.end(), stop, quantities)


def _share_coordinated(text: str, anchors: list[re.Match[str]], victims: list[list[Victims]]) -> None:
    """Coordinated verbs share victims: "was kidnapped and killed", "killed and wounded several"."""
    for i in range(len(anchors) - 1):
        if not _COORDINATION.match(text[anchors[i].end():anchors[i + 1].start()]):
            continue
        if not victims[i + 1] and victims[i]:
            victims[i + 1] = victims[i]
        elif not victims[i] and victims[i + 1]:
            victims[i] = victims[i + 1]


def _toll_victims(text: str, start: int, stop: int, quantities: list[Quantity]) -> list[Victims]:
    """"the death toll rose to 12": the first number after "toll" in the same clause."""
    for q in quantities:
        if start <= q.start <= stop and not re.search(r"[.;]", text[start:q.start]):
            return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, None)]
    return []


def _object_victims(text: str, start: int, stop: int, quantities: list[Quantity]) -> list[Victims]:
    """Victim groups read forwards from an active verb, up to the first clause boundary."""
    if re.match(r"\s*(?:and\b|,|or\b)", text[start:stop]):
        return []  # "five people killed and 19 injured": a coordination, not an object
    chunk_end = next((b.start() for b in OBJECT_BOUNDARY.finditer(text, start, stop)
                      if not _inside(b.start(), quantities)), stop)
    found: list[Victims] = []
    groups = _conjuncts(text, start, chunk_end)
    listed = len(groups) > 1 and re.search(r"\band\b|&|\bas\s+well\s+as\b", text[start:chunk_end], re.I) is not None
    if groups and _THEM.fullmatch(text[groups[0][0]:groups[0][1]]):
        antecedent = _antecedent(text, start, quantities)
        return [antecedent] if antecedent else []
    for group_start, group_end in groups:
        if found and not listed:
            break  # "killing 45, a spokesman said": a comma alone does not continue the list
        victims = group_victims(text, group_start, group_end, quantities, allow_name=not found, bare_nouns=not found)
        if victims is SKIP:
            continue  # "killed 12 people and 80 cows": not people, but the list goes on
        if victims is None:
            break  # "killed 5 residents and rustled cattle": the list of victims has ended
        found.append(victims)
    return found


def _antecedent(text: str, position: int, quantities: list[Quantity]) -> Victims | None:
    """The people "them" refers to: the last number of people before it in the sentence
    ("dragged 11 men from the mosque and then executed them")."""
    earlier = [q for q in quantities if q.end <= position]
    if not earlier:
        return None
    q = earlier[-1]
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, "them")


def _subject_victims(text: str, floor: int, anchor_start: int, quantities: list[Quantity]) -> list[Victims]:
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
    segment = ASIDE.sub(spaces, text[floor:end])
    if relative is None:
        segment = _INCLUDING_TAIL.sub(spaces, segment)
    boundaries = [b for b in SUBJECT_BOUNDARY.finditer(segment) if not _inside(floor + b.start(), quantities)]
    if relative is not None:  # "friends of [a man] who died": the relative clause is about the last noun
        boundaries += [b for b in _ANTECEDENT_START.finditer(segment) if not _inside(floor + b.start(), quantities)]
        boundaries.sort(key=lambda b: b.end())
    start = floor + boundaries[-1].end() if boundaries else floor
    end = floor + len(segment.rstrip())
    groups = _conjuncts(text, start, end)
    # headline grammar, "Soldier, wife die in shelling": no auxiliary, no determiners, a short line
    headline = not aux.strip() and len(text.split()) <= _HEADLINE_WORDS
    listed = len(groups) > 1 and (headline or re.search(r"\band\b|&", segment[start - floor:], re.I) is not None)
    bare_nouns = headline or (PLURAL_AUX.search(aux) is not None and listed)
    found: list[Victims] = []
    for group_start, group_end in reversed(groups):
        victims = group_victims(text, group_start, group_end, quantities, allow_name=bare_nouns and listed,
                                bare_nouns=bare_nouns)
        if not found and (victims is None or (isinstance(victims, Victims) and victims.qualifier == "implicit")):
            inner = nearest_number(text, group_start, group_end, quantities)
            if inner is not None:  # "officials say 69", "were among five people": the number is the subject
                found.append(inner)
                break
        if victims is SKIP:
            continue
        if victims is None or (found and not listed):
            break
        found.append(victims)
    if any(g.qualifier != "implicit" for g in found):
        # "20 militants belonging to the TTP and LEI were killed": names beside numbers are not victims
        found = [g for g in found if g.qualifier != "implicit" or g.start == 0 or not text[g.start:g.start + 1].isupper()
                 or _DETERMINER_START.match(text, g.start)]
    if not found:
        nearest = nearest_number(text, start, end, quantities)
        found = [nearest] if nearest else []
    if not found and SINGULAR_AUX.search(aux):
        implicit = implicit_one(text, start, end)
        found = [implicit] if implicit else []
    return list(reversed(found))


def _inside(position: int, quantities: list[Quantity]) -> bool:
    """True when `position` falls inside a quantity ("at least", "as many as" are not boundaries)."""
    return any(q.start <= position < q.end for q in quantities)


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
