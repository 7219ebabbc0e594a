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
from dataclasses import dataclass

from pipeline.extract.casualty_context import Context, describe, negated_mentions
from pipeline.extract.casualty_counts import incident_counts
from pipeline.extract.casualty_lexicon import (
    ANCHOR,
    ASIDE,
    AUX_BEFORE,
    CONJUNCTION,
    COORDINATED_VERB,
    LABEL_BEFORE,
    NOT_PEOPLE,
    NOT_PERSON_HEADS,
    OBJECT_BOUNDARY,
    PLURAL_PEOPLE,
    SINGULAR_AUX,
    SUBJECT_BOUNDARY,
    TRIGGER,
)
from pipeline.extract.numbers import Quantity, find_quantities
from pipeline.extract.types import ActorMention, CasualtyMention, Sentence

__all__ = ["extract_casualties", "incident_counts"]

# Leading words a victim group may have before its number: "his two sons", "another 5".
_LEAD = re.compile(
    r"(?:(?:the|his|her|their|its|our|all|another|other|only|a\s+total\s+of|total\s+of|an?\s+additional|"
    r"additional|a\s+further|further|also|some|respectively|nearly)\s+)*",
    re.IGNORECASE,
)
_SINGULAR_DET = re.compile(r"(?:a|an|one|the|his|her|this|that|another|its|their|our)\s+(?=\S)", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:he|she|him)$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_INCLUDING_TAIL = re.compile(r"\b(?:including|among\s+them|mostly|many\s+of\s+them)\b.*$", re.IGNORECASE | re.DOTALL)
_NEGATIVE = re.compile(r"(?:no|none|nobody|neither|nor)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Victims:
    """One victim group of an anchor: its span in the sentence and its count."""

    start: int
    end: int
    low: int
    best: int
    high: int | None
    qualifier: str
    stated: int
    noun: str | None


def extract_casualties(
    body: str, sentences: list[Sentence], actors: list[ActorMention] | None = None
) -> list[CasualtyMention]:
    """Every count of people harmed in `body`, in text order."""
    mentions: list[CasualtyMention] = []
    for sentence in sentences:
        if not TRIGGER.search(sentence.text):
            continue  # cheap prefilter: most sentences name no harm at all
        own_actors = [a for a in actors or () if sentence.start <= a.char_start < sentence.end]
        mentions.extend(_sentence_mentions(body, sentence, own_actors))
    return mentions


def _sentence_mentions(body: str, sentence: Sentence, actors: list[ActorMention]) -> list[CasualtyMention]:
    """The casualty mentions of one sentence."""
    text = sentence.text
    quantities = [q for q in find_quantities(text) if _may_count_people(text, q)]
    anchors = list(ANCHOR.finditer(text))
    found: list[CasualtyMention] = []
    taken: set[tuple[str, int]] = set()
    for index, anchor in enumerate(anchors):
        kind = anchor.lastgroup or "p_killed"
        voice, category = kind.split("_", 1)
        previous_end = anchors[index - 1].end() if index else 0
        next_start = anchors[index + 1].start() if index + 1 < len(anchors) else len(text)
        for victims in _victims_of(text, anchor, voice, quantities, previous_end, next_start):
            if (category, victims.start) in taken:
                continue  # one number, one mention per category ("killed and beheaded 3")
            taken.add((category, victims.start))
            context = describe(text, anchor, victims.start, victims.end, actors, voice)
            found.append(_mention(body, sentence, category, victims, context))
    found.extend(negated_mentions(body, sentence))
    return found


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
    after = _WORD.findall(text[q.end:q.end + 30].lower())
    if after and after[0] == "of" and len(after) > 1 and q.vague:
        after = after[1:]  # "dozens of soldiers": look at the noun
    return not (after and after[0].rstrip(".,") in NOT_PEOPLE) and not text[q.end:q.end + 2].startswith("%")


def _victims_of(
    text: str, anchor: re.Match[str], voice: str, quantities: list[Quantity], previous_end: int, next_start: int
) -> list[Victims]:
    """The victim groups an anchor governs."""
    if voice in ("a", "n", "c"):
        return _object_victims(text, anchor.end(), next_start, quantities)
    if voice == "t":
        return _toll_victims(text, anchor.end(), next_start, quantities)
    before = text[previous_end:anchor.start()]
    aux = AUX_BEFORE.search(before)
    if aux is None and _can_be_active(anchor.group(0)):
        victims = _object_victims(text, anchor.end(), next_start, quantities)
        if victims:
            return victims
    return _subject_victims(text, previous_end, anchor.start(), quantities)


def _can_be_active(word: str) -> bool:
    """True for past forms that also take an object: "gunmen killed two", "shot dead a man"."""
    lowered = word.lower()
    return lowered.endswith("ed") or lowered.startswith(("shot", "gunned")) or lowered == "slew"


def _toll_victims(text: str, start: int, stop: int, quantities: list[Quantity]) -> list[Victims]:
    """"the death toll rose to 12": the first number within a short reach after "toll"."""
    for q in quantities:
        if start <= q.start <= min(stop, start + 60) and not re.search(r"[.;]", text[start:q.start]):
            return [_from_quantity(text, q, None)]
    return []


def _object_victims(text: str, start: int, stop: int, quantities: list[Quantity]) -> list[Victims]:
    """Victim groups read forwards from an active verb, up to the first clause boundary."""
    chunk_end = next((b.start() for b in OBJECT_BOUNDARY.finditer(text, start, stop)
                      if not _inside(b.start(), quantities)), stop)
    groups = _conjuncts(text, start, chunk_end)
    found: list[Victims] = []
    for group_start, group_end in groups:
        victims = _group_victims(text, group_start, group_end, quantities, allow_name=True)
        if victims is None:
            break  # "killed 5 residents and rustled cattle": the list of victims has ended
        found.append(victims)
    return [v for v in found if v.best > 0 or v.qualifier != "implicit"]


def _subject_victims(text: str, floor: int, anchor_start: int, quantities: list[Quantity]) -> list[Victims]:
    """Victim groups read backwards from a passive or intransitive verb."""
    before = text[floor:anchor_start]
    aux = AUX_BEFORE.search(before) or COORDINATED_VERB.search(before)
    end = floor + (aux.start() if aux else len(before))
    end = floor + len(re.sub(r"\s*\b(?:who|that|which)\s*$", "", text[floor:end], flags=re.IGNORECASE))
    # Asides and "including ..." up to the verb describe the victims, they do not end the phrase.
    segment = _INCLUDING_TAIL.sub(lambda m: " " * len(m.group(0)), ASIDE.sub(_blank, text[floor:end]))
    boundaries = [b for b in SUBJECT_BOUNDARY.finditer(segment) if not _inside(floor + b.start(), quantities)]
    start = floor + boundaries[-1].end() if boundaries else floor
    end = floor + len(segment.rstrip())
    groups = _conjuncts(text, start, end)
    found: list[Victims] = []
    listed = len(groups) > 1 and bool(re.search(r"\band\b|&", text[start:end], re.IGNORECASE))
    for group_start, group_end in reversed(groups):
        victims = _group_victims(text, group_start, group_end, quantities, allow_name=False)
        if victims is None or (found and not listed):
            break
        found.append(victims)
    if not found and aux is not None and SINGULAR_AUX.match(_aux_word(aux)):
        implicit = _implicit_subject(text, start, end)
        if implicit is not None:
            found.append(implicit)
    return list(reversed(found))


def _inside(position: int, quantities: list[Quantity]) -> bool:
    """True when `position` falls inside a quantity ("at least", "as many as" are not boundaries)."""
    return any(q.start <= position < q.end for q in quantities)


def _blank(match: re.Match[str]) -> str:
    """Spaces the length of the match, so offsets survive removing an aside."""
    return " " * len(match.group(0))


def _aux_word(aux: re.Match[str]) -> str:
    """The auxiliary of an AUX_BEFORE or COORDINATED_VERB match, spaces normalised."""
    return " ".join((aux.groupdict().get("aux") or aux.group(0).split()[0]).lower().split())


def _implicit_subject(text: str, start: int, end: int) -> Victims | None:
    """One victim for a singular passive ("the secretary ... has been killed"), unless not a person."""
    phrase = text[start:end].strip(" ,")
    words = _WORD.findall(phrase)
    if not words:
        return None
    head = _head(phrase)
    if head in NOT_PERSON_HEADS or _NEGATIVE.match(phrase):
        return None
    offset = text.index(phrase, start) if phrase else start
    return Victims(offset, offset + len(phrase), 1, 1, 1, "implicit", 1, phrase[:80] or None)


def _conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each coordinated group in text[start:end], asides blanked out."""
    chunk = ASIDE.sub(_blank, text[start:end])
    spans: list[tuple[int, int]] = []
    position = 0
    for separator in CONJUNCTION.finditer(chunk):
        spans.append((position, separator.start()))
        position = separator.end()
    spans.append((position, len(chunk)))
    groups = []
    for group_start, group_end in spans:
        piece = chunk[group_start:group_end]
        stripped = piece.strip()
        if stripped:
            offset = group_start + piece.index(stripped)
            groups.append((start + offset, start + offset + len(stripped)))
    return groups


def _group_victims(
    text: str, start: int, end: int, quantities: list[Quantity], allow_name: bool
) -> Victims | None:
    """The count one coordinated group names, or None when it names no people."""
    lead = _LEAD.match(text, start, end)
    lead_end = lead.end() if lead else start
    for q in quantities:
        if start <= q.start <= lead_end and q.end <= end + 1:
            return _from_quantity(text, q, text[q.end:end].strip() or None)
    phrase = text[start:end]
    head = _head(phrase)
    if head is None or head in NOT_PERSON_HEADS or _NEGATIVE.match(phrase):
        return None
    if _SINGULAR_DET.match(phrase) and len(_WORD.findall(phrase)) > 1 and not _plural(head, phrase):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)
    if _PRONOUN.match(phrase.strip()):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)
    if allow_name and phrase[:1].isupper() and not phrase.isupper() and not _plural(head, phrase):
        return Victims(start, end, 1, 1, 1, "implicit", 1, phrase)
    return None


def _from_quantity(text: str, q: Quantity, noun: str | None) -> Victims:
    """A victim group from a number."""
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, noun)


def _head(phrase: str) -> str | None:
    """The head noun of a noun phrase: its last word before "of"/"from"/"who", lower-cased."""
    core = re.split(r"\s+(?:of|from|in|at|on|who|whom|which|with|near|,)\s+|,", phrase, maxsplit=1)[0]
    words = _WORD.findall(core)
    return words[-1].lower().strip(".'’") if words else None


def _plural(head: str, phrase: str) -> bool:
    """True when a head noun names several people ("soldiers", "men", "police")."""
    if head in PLURAL_PEOPLE or head.endswith("men"):
        return True
    if not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return False
    original = _WORD.findall(re.split(r"\s+(?:of|from)\s+", phrase, maxsplit=1)[0])
    return not (original and original[-1][:1].isupper() and len(original) > 1 and original[-2][:1].isupper())
