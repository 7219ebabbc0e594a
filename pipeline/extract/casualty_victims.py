"""Who a harm word's victims are: the phrase it governs, read forwards from an active verb
("gunmen killed [a man and his two sons]") or backwards from a passive one ("[three soldiers and
two civilians] were killed"), split into coordinated groups that `casualty_phrases` counts.

Also: companions after the verb ("was killed with four others"), the antecedent of an object
relative ("one hostage whom they killed"), "them" resolved to the last number of people, and tolls
("the death toll rose to 12"). Victims that two verbs share or split are `casualty_shared`'s.
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_gaps import gapped_group, whole_ranges, whom_first
from pipeline.extract.casualty_lexicon import (
    ASIDE,
    AUX_CHAIN,
    COORDINATED_VERB,
    OBJECT_BOUNDARY,
    PASSIVE_AUX,
    SUBJECT_BOUNDARY,
    TRIGGER,
    kind,
)
from pipeline.extract.casualty_nouns import PERSON_NOUNS
from pipeline.extract.casualty_phrases import (
    LIST_WORD,
    TAIL,
    Numbers,
    Skip,
    Victims,
    conjuncts,
    group_victims,
    headline_like,
    implicit_one,
    spaces,
    without_breakdown,
)
from pipeline.extract.casualty_subjects import subject_victims

_WITH = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+(?:(?:along\s+with|together\s+with|alongside)\s+(?=(?:\S+\s+)?"
    r"(?:others?|other\s|another|his|her|their|an?\s|\d|one|two|three|four|five|six|seven|eight|nine|ten))|"
    r"with\s+(?=(?:\S+\s+)?(?:others?|another|\d|two|three|four|five|six|seven|eight|nine|ten)\b))",
    re.IGNORECASE,
)
# The words that lead from "toll" to its figure: "rose to 12", "at 11", "of three", "is 5", "stands at", "touched
# the 500-mark" (South Asian English).
_TOLL_TO = re.compile(
    r"(?:\bto|\bat|\bas|\bof|\bis|\bwas|\breach(?:ed|es)?|\bhits?|\bnow|\bclimbed|\bsoared|\btops|\btopped|"
    r"\bcross(?:es|ed)|\bpasses|\bpassed|\btouch(?:es|ed)|:|toll)\s*$", re.IGNORECASE
)
_THE = re.compile(r"\s+the\s*$", re.IGNORECASE)
_MARK = re.compile(r"-mark\b", re.IGNORECASE)
# "the toll has gone up to 9", "went up to": the number's "up to" belongs to the verb
_GONE_UP = re.compile(r"\b(?:gone|go|goes|going|went|shot|jumped|moved)\s*$", re.IGNORECASE)
_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
# a toll anchor that ends with its own "at": "fatalities stand at [5]"
_TOLL_AT = re.compile(r"\bat$", re.IGNORECASE)
_COUNTED = re.compile(r"(?:numbered|numbers|number|totalled|totaled|totals)$", re.IGNORECASE)  # "the dead numbered 25"
_HARM_PARTICIPLE_NEXT = re.compile(r"\s*(?:injured|wounded|hurt|killed|dead|missing|abducted|kidnapped)\b",
                                   re.IGNORECASE)
_SAYING = r"(?:said|says|say|told|reported|reports|added|stated|claimed|confirmed)\b"
_SPEAKER_VERB = re.compile(rf"\s*{_SAYING}", re.IGNORECASE)
# A relative pronoun: what follows describes a victim ("a journalist who reported on the war")
_RELATIVE_WORD = r"(?:who|whom|that|which|whose)\b"
_RELATIVE = re.compile(rf"\b{_RELATIVE_WORD}", re.IGNORECASE)
# A speaker's noun and verb after a count: "three officials said" (not a relative clause: "who reported on")
_NOUN = rf"\s+(?!{_RELATIVE_WORD})[\w'’-]+"
_NOUN_THEN_SPEAKER = re.compile(rf"(?:{_NOUN}){{1,3}}?{_SPEAKER_VERB.pattern}", re.IGNORECASE)
_CO_SPEAKERS = re.compile(rf"\s+and\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+{_SPEAKER_VERB.pattern}", re.IGNORECASE)
# ... inside a described person's phrase, which may run to the end of the sentence: "a nurse told AFP."
_SPEAKER_INSIDE = re.compile(rf"\b{_SAYING}", re.IGNORECASE)
# ... after the first speaker's noun: "two witnesses and a nurse told"
_NOUN_THEN_CO_SPEAKERS = re.compile(rf"(?:{_NOUN}){{0,3}}?{_CO_SPEAKERS.pattern}", re.IGNORECASE)
# A short place phrase and "and": "in Guma and ", "near the river, and ".
# ("in stabbing and one in firing" names no place)
_PLACE_THEN_AND = re.compile(
    r"(?:[Ii]n|[Nn]ear|[Aa]t)\s+(?:the\s+[\w'’-]+(?:\s+[\w'’-]+)?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*,?\s+"
    r"and\s+")
_ANOTHER = re.compile(r"\s+and\s+(?:another|a\s+further|an\s+additional)\s+(?=\S)", re.IGNORECASE)
_OF_THE_HURT = re.compile(
    r"\s+of\s+(?:(?:the|those)\s+(?:injured|wounded|hurt)|whom|them)\s+"
    r"(?:(?:later|subsequently|eventually|also|had|has|have|then|reportedly)\s+)*", re.IGNORECASE
)
_DETERMINER = re.compile(r"(?:the|a|an|his|her|their|its|one|another)\b", re.IGNORECASE)
_THEM = re.compile(r"(?:all\s+(?:of\s+)?)?them(?:\s+all)?", re.IGNORECASE)
_FOUND = re.compile(
    r"\b(?:found|recovered|discovered|dumped|retrieved|pulled|exhumed|identified|buried|lying)\b",
    re.IGNORECASE,
)
# A second verb sharing the harm verb's object: "killed and mutilated a member"
_SHARED_OBJECT = re.compile(r"\s+and\s+(?:then\s+|later\s+)?([a-z]+ed)\s+(?=(?:the|a|an|his|her|their|two|three|\d)\b)",
                            re.IGNORECASE)
# An object relative clause ending at the verb: "(one hostage) whom they killed", "(the man) that police shot dead"
_OBJECT_RELATIVE = re.compile(
    r"\b(?:whom|that)\s+(?:they|he|she|police|troops|soldiers|gunmen|militants|the\s+[\w-]+)\s+"
    r"(?:(?:had|have|has|later|then|allegedly|reportedly)\s+)*$", re.IGNORECASE)
_KILLED_AND = re.compile(
    r"\b(?:killed|murdered|executed|beheaded|slaughtered|shot\s+dead)\s+and\s+(?:then\s+)?[a-z]+ed\s+"
    r"(?:the|his|her|their)\s+(?:dead\s+)?$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|their|its|all)\s+$", re.IGNORECASE)
_BODIES = ("bod", "corpse", "remains", "dead bod")
_DEFINITE_BODIES = re.compile(r"\b(?:the|these|those|their|its|all)\s+(?:(?:dead|charred|burnt|burned|mutilated|"
                              r"decomposed|unclaimed|unidentified|bullet-riddled|beheaded)\s+){0,2}$", re.IGNORECASE)
_BODY_ADJECTIVES = re.compile(r"\s+(?:(?:more|other|dead|charred|burnt|burned|mutilated|decomposed|unclaimed|"
                              r"unidentified|bullet-riddled|beheaded)\s+){0,2}", re.IGNORECASE)
# Participles that never take an object ("six dead", "ten died").
_INTRANSITIVE = re.compile(
    r"dead|died|die|dies|deaths?|fatalit|bodies|corpses|perish|missing\b|lost|los(?:e|es|ing)\b|succumbed|embrac|attain|"
    r"la(?:id|y|ys|ying)\s+down|with\s", re.IGNORECASE
)


# A determiner right after an active harm verb opens its object: the words before it are its agent.
_DETERMINED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|this|that|these|those)\s+\w", re.IGNORECASE)


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
        if anchor.group(0).lower().startswith(_BODIES) and _KILLED_AND.search(text, max(0, anchor.start() - 60),
                                                                        anchor.start()):
            # "killed and burnt the body of a trader": the trader, killed
            return _object_victims(text, anchor.end(), ceiling, numbers, governed=True)
        if anchor.group(0).lower().startswith(_BODIES) and not _FOUND.search(text):
            # "the body of" counts the dead only when bodies are found, or when it counts them:
            # "relatives brought the bodies of 11 villagers to the town"
            # (not "the bodies of the 11 villagers", told before)
            if not anchor.group(0).lower().startswith(("bodies", "dead bodies", "corpses")):
                return []
            objects = _object_victims(text, anchor.end(), ceiling, numbers, governed=True)
            return [g for g in objects if g.qualifier != "implicit"
                    and not _DEFINITE_BEFORE.search(text, max(0, g.start - 8), g.start)]
        counted = _counted_bodies(text, anchor, numbers)
        if counted is not None:
            return [counted]  # "police found 13 bodies of villagers": the number before "bodies"
        return _object_victims(text, anchor.end(), ceiling, numbers, governed=True)
    if voice == "t":
        inverted = _INVERTED_TOLL.search(text, max(0, anchor.start() - 40), anchor.start())
        if inverted:  # "raising to nine the death toll", "taking to nine the number of officers killed"
            return _toll_victims(text, inverted.start("to"), anchor.start(), numbers)
        # other harm words may come first; "the number of police killed": the toll names its victims
        group = _TOLL_GROUP.search(anchor.group(0))
        return _toll_victims(text, anchor.end(), len(text), numbers, group.group(1) if group else None)
    if anchor.group(0).lower() in ("bodies", "corpses") and _DEFINITE_BODIES.search(
            text, max(0, anchor.start() - 40), anchor.start()):
        return []  # "crowds gathered as the unidentified bodies were brought in": bodies told before, no count of them
    near = max(floor, anchor.start() - TAIL)
    chain = AUX_CHAIN.search(text, near, anchor.start())
    chain = chain or COORDINATED_VERB.search(text, near, anchor.start())  # "was stabbed in the chest and killed"
    passive = chain is not None and PASSIVE_AUX.search(chain.group(0)) is not None
    if not passive and not _INTRANSITIVE.match(anchor.group(0)):
        victims = _object_victims(text, anchor.end(), ceiling, numbers)
        if victims:
            return victims + gapped_group(text, anchor, victims, ceiling, numbers)
        if _DETERMINED_OBJECT.match(text, anchor.end()) and _category != "displaced":
            # "He apprehended the hand of the ISI": an active verb whose object is no person (those who
            # "fled the fighting" are its subject)
            return []
    if not passive and re.search(r"(?:\band|,)\s*$", _blank_asides(text[floor:anchor.start()])):
        return []  # "killed six and wounded 22": coordinated verbs, the words before are not victims
    relative = None if passive else _OBJECT_RELATIVE.search(text, max(floor, anchor.start() - 40), anchor.start())
    if relative is not None:
        # "apart from a guard whom they killed", "the man that gunmen shot dead": the antecedent
        antecedent = subject_victims(text, floor, relative.start(), numbers)
        one = None if antecedent else implicit_one(text, _phrase_start(text, floor, relative.start()), relative.start())
        return antecedent or ([one] if one else [])
    victims = (whom_first(text, anchor, numbers) or subject_victims(text, floor, anchor.start(), numbers)
               or _of_the_hurt(text, anchor, numbers))
    if not victims and (passive or _INTRANSITIVE.match(anchor.group(0))) and index and _reduced_relative(
            text, anchors[index - 1], floors[index - 1]):
        # "a couple abducted at gunpoint have been killed", "three soldiers injured in an ambush died": the
        # earlier participle is inside the subject
        victims = subject_victims(text, floors[index - 1], anchor.start(), numbers)
    if not victims:
        return victims
    companions = _companions(text, anchor.end(), ceiling, numbers)
    return victims + companions + gapped_group(text, anchor, victims, ceiling, numbers)


def _counted_bodies(text: str, anchor: re.Match[str], numbers: Numbers) -> Victims | None:
    """The number right before "bodies of" / "corpses of" ("13 (charred) bodies of villagers")."""
    if not anchor.group(0).lower().startswith(("bodies", "corpses", "dead bodies")):
        return None
    q = numbers.last_within(max(0, anchor.start() - 30), anchor.start())
    if q is None or not _BODY_ADJECTIVES.fullmatch(text, q.end, anchor.start()):
        return None
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, text[anchor.start():anchor.end()])


def _of_the_hurt(text: str, anchor: re.Match[str], numbers: Numbers) -> list[Victims]:
    """"Two of the wounded later died", "five injured, one of whom died": the number before "of"."""
    q = numbers.last_within(max(0, anchor.start() - 60), anchor.start())
    if q is None or kind(anchor)[1] != "killed" or not _OF_THE_HURT.fullmatch(text, q.end, anchor.start()):
        return []
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, None)]


def _reduced_relative(text: str, participle: re.Match[str], floor: int) -> bool:
    """True for a participle right after its noun, with no auxiliary ("students kidnapped last week")."""
    if kind(participle)[0] != "p" or not participle.group(0).lower().endswith("ed"):
        return False
    chain = AUX_CHAIN.search(text, max(floor, participle.start() - TAIL), participle.start())
    return chain is None and re.search(r"[A-Za-z]\s+$", text[floor:participle.start()]) is not None


def _companions(text: str, start: int, stop: int, numbers: Numbers) -> list[Victims]:
    """Victims joined after the verb: "died Sunday with three others", "along with his driver"."""
    joined = _WITH.match(text, start, stop)
    if joined is None:
        return []
    return _object_victims(text, joined.end(), stop, numbers)


def _phrase_start(text: str, floor: int, end: int) -> int:
    """Where the noun phrase ending at `end` starts: at its determiner ("Police identified [the man]"),
    else after the last subject boundary before it."""
    phrase = _DETERMINED_PHRASE.search(text, max(floor, end - 60), end)
    if phrase is not None:
        return phrase.start()
    boundaries = list(SUBJECT_BOUNDARY.finditer(text, floor, end))
    return boundaries[-1].end() if boundaries else floor


_DETERMINED_PHRASE = re.compile(r"\b(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*$", re.IGNORECASE)


# A toll's figure told before it: "raising to nine the death toll", "taking to 12 the number of those killed".
_INVERTED_TOLL = re.compile(
    r"\b(?:rais|tak|bring|push|increas)(?:e|es|ed|ing|s)?\s+(?P<to>to)\s+[\w,.-]+(?:\s+[\w-]+)?\s+(?:the\s+)?"
    r"(?:total\s+)?$", re.IGNORECASE)


# The victims a "number of ..." toll counts: "the number of police killed", "the number of soldiers dead".
_TOLL_GROUP = re.compile(r"\bnumber\s+of\s+(?!those\b|people\b|persons\b)([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                         r"(?:killed|dead)$", re.IGNORECASE)


def _toll_victims(text: str, start: int, stop: int, numbers: Numbers, group: str | None = None) -> list[Victims]:
    """"the death toll rose to 12": the first number after "toll" in the same clause (`group`: the victims the
    toll names, "police" in "the number of police killed")."""
    q = numbers.first_starting(start, stop)
    if q is not None and q.qualifier == "at_most" and _GONE_UP.search(text, start, q.start):
        # "the toll has gone up to 9": the verb's "up to", not a bound
        up_to = _UP_TO.match(text, q.start)
        at = up_to.end() if up_to else q.start
        return [Victims(at, q.end, q.stated, q.stated, q.stated, "exact", q.stated, None)]
    if q is None:
        return []
    lead_end = q.start
    the = _THE.search(text, start, q.start) if _MARK.match(text, q.end) else None
    if the is not None:
        lead_end = the.start()  # "touched the 500-mark": the verb leads to the figure across "the"
    if re.search(r"[.;]", text[start:q.start]) or not (
            _TOLL_TO.search(text, start, lead_end)
            or (not text[start:q.start].strip() and (_TOLL_AT.search(text, max(0, start - 3), start)
                                                     or _COUNTED.search(text, max(0, start - 9), start)))):
        return []  # "the toll in the attack on three positions has increased": not the toll's figure
    # the toll may list its groups: "fatalities stand at 3 rebel fighters and two soldiers"
    listed = _object_victims(text, q.start, stop, numbers)
    if len(listed) > 1 and not any(_harm_between(g.noun or "") for g in listed) and not _harm_between(
            text[listed[0].end:listed[-1].end]) and not _OTHER_GROUP.search(text, listed[0].end, listed[-1].end) \
            and not any(_OTHER_GROUP.search(g.noun or "") for g in listed[1:]):
        return listed
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, group)]


# Words that set a later number apart from a toll's list: "climbed to 41, with another 60 in hospital"
_OTHER_GROUP = re.compile(r"\b(?:with|another|others?|while|whereas|hospitals?|hospitali[sz]ed)\b", re.IGNORECASE)


def _harm_between(words: str) -> bool:
    """True when a harm word lies in `words` ("17 and 25 injured": two categories, not one list)."""
    lowered = words.lower()
    return TRIGGER.search(lowered) is not None


def _object_victims(
    text: str, start: int, stop: int, numbers: Numbers, *, governed: bool = False
) -> list[Victims]:
    """Victim groups read forwards from an active verb, up to the first clause boundary.

    `governed`: the verb can only be active ("kills", "killing of"), so a participle after its
    object is a reduced relative ("kill two teachers abducted in May"), not the next verb.
    """
    shared = _SHARED_OBJECT.match(text, start, stop)
    if shared and not _harm_between(shared.group(1)):
        start = shared.end()  # "killed and mutilated a member of the community": the object of both verbs
    if re.match(r"\s*(?:and\b|,|or\b)", text[start:stop]):
        return []  # "four people killed and 16 injured": a coordination, not an object
    chunk_end = next((b.start() for b in OBJECT_BOUNDARY.finditer(text, start, stop)
                      if not numbers.inside(b.start())), stop)
    found: list[Victims] = []
    groups = whole_ranges(conjuncts(text, start, chunk_end), numbers)
    listed = len(groups) > 1 and LIST_WORD.search(text, start, chunk_end) is not None
    if groups and _THEM.fullmatch(text[groups[0][0]:groups[0][1]]):
        antecedent = _antecedent(text, start, numbers)
        return [antecedent] if antecedent else []
    headline = headline_like(text)
    for group_start, group_end in groups:
        item = headline and _headline_item(text, group_start, group_end, numbers)
        if found and not listed and not item:
            # "killing 45, a spokesman said": a comma alone does not continue the list, except for a
            # count or a person in headline grammar ("Clashes kill 12 rebels, three soldiers")
            break
        first = not found
        if _HARM_PARTICIPLE_NEXT.match(text, group_end) and not governed:
            break  # "six people killed several more hurt": the group is the next verb's subject
        victims = group_victims(
            text, group_start, group_end, numbers, allow_name=first or listed, bare_nouns=first or item
        )
        if isinstance(victims, Skip):
            continue  # "killed 12 people and 80 cows": not people, but the list goes on
        if victims is None:
            break  # "killed 3 herders and stole goats": the list of victims has ended
        found.append(victims)
    while len(found) > 1 and _speaks(text, found[-1]):
        # "killed 5 soldiers and 12 militants, the army said": the army is the speaker ("killing 11
        # soldiers, a military officer and residents said", "wounding dozens, two witnesses and a nurse told
        # Reuters": the officer and the witnesses are speakers too)
        found.pop()
    if _named_apposition(text, found):
        found = found[:1]  # "killed three scholars, Ali, Omar and Musa": the names are the three
    found = without_breakdown(found)
    if found and chunk_end < stop:  # "killed the owner, together with four other men"
        found += (_companions(text, chunk_end - 1, stop, numbers) or _another(text, chunk_end, stop, numbers)
                  or _after_place(text, chunk_end, stop, numbers))
    return found


def _speaks(text: str, group: Victims) -> bool:
    """True for a group after a comma that is the subject of a verb of saying: "the army said", "three officials
    told AFP", "two witnesses and a nurse said" (not "two passengers said to be traders")."""
    if group.qualifier != "implicit" and not re.search(r",\s*(?:and\s+)?$", text[max(0, group.start - 6):group.start]) \
            and not _NOUN_THEN_CO_SPEAKERS.match(text, group.end):
        return False  # a count said to speak follows the list's comma ("wounding 12, three officials said")
    inside = _SPEAKER_INSIDE.search(text, group.start, group.end) if group.qualifier == "implicit" else None
    if inside is not None and _RELATIVE.search(text, group.start, inside.start()):
        inside = None  # "a journalist who reported on the war" is a victim described
    speaker = _SPEAKER_VERB.match(text, group.end) or _NOUN_THEN_SPEAKER.match(text, group.end) or inside
    return (speaker is not None and not re.match(r"\s+to\b", text[speaker.end():])) or \
        _NOUN_THEN_CO_SPEAKERS.match(text, group.end) is not None


def _after_place(text: str, start: int, stop: int, numbers: Numbers) -> list[Victims]:
    """Counts coordinated after a place that ends the first: "killed three farmers in Guma and two herders in
    Agatu" (a count must follow the "and": "in Guma and wounded two" is another verb's)."""
    place = _PLACE_THEN_AND.match(text, start, stop)
    if place is None or numbers.first_starting(place.end(), place.end() + 1) is None:
        return []
    return _object_victims(text, place.end(), stop, numbers)


def _headline_item(text: str, start: int, end: int, numbers: Numbers) -> bool:
    """True for a group that continues a headline's comma list of victims: a count ("four soldiers"),
    a person with a possessive ("his two sons", "her husband") or a bare person noun ("child")."""
    if numbers.first_starting(start, start + 1):
        return True
    words = text[start:end].lower().split()
    if len(words) > 1 and words[0] in ("his", "her", "their"):
        return True
    return len(words) <= 2 and bool(words) and words[-1] in PERSON_NOUNS


def _named_apposition(text: str, found: list[Victims]) -> bool:
    """True for a counted group followed, after a comma, by no more names than it counts: the
    names say who the counted are ("three scholars, Ali Musa, Omar Ali and Musa Omar")."""
    if len(found) < 2 or found[0].qualifier == "implicit" or len(found) - 1 > found[0].best:
        return False
    names = found[1:]
    return "," in text[found[0].end:names[0].start] and all(
        g.qualifier == "implicit" and text[g.start:g.start + 1].isupper() and not _DETERMINER.match(text, g.start)
        for g in names)


def _another(text: str, start: int, stop: int, numbers: Numbers) -> list[Victims]:
    """A further count for the same verb after an adverbial: "killed two people on Monday and
    another three on Tuesday"."""
    more = _ANOTHER.search(text, start, stop)
    q = numbers.first_starting(more.end(), more.end() + 1) if more else None
    if more is None or q is None or re.search(r"[.;,]", text[start:more.start()]):
        return []
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, None)]


def _antecedent(text: str, position: int, numbers: Numbers) -> Victims | None:
    """The people "them" refers to: the last number of people before it in the sentence
    ("pulled nine men off the bus and then shot them")."""
    q = numbers.last_within(0, position)
    if q is None:
        return None
    return Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, "them")


def _blank_asides(segment: str) -> str:
    """`segment` with its asides replaced by spaces."""
    return ASIDE.sub(spaces, segment)


