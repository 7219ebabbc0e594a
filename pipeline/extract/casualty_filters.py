"""Which numbers and harm words are not casualty figures: years, dates, ages, units and money
("15 tonnes", "Ramesh, 52,"), participles used as adjectives ("eight displaced Syrians",
"the wounded soldier"), which describe victims rather than report harm, and figurative harm ("felt
hurt", "healing the wounds").
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_lexicon import LABEL_BEFORE, MODALS, MONTHS, NOT_PEOPLE, words
from pipeline.extract.casualty_nouns import PLURAL_PEOPLE
from pipeline.extract.numbers import NUMBER_PATTERN, Quantity, parse_number

_WORD = re.compile(r"[\w'’.-]+")
# a modifier before a thing noun that heads its phrase ("6,400 tear-gas shells", "several militant
# groups"); not "two suspected cattle thieves", where the thing word is itself a modifier, nor a harm
# participle ("three killed days after the truce")
_THING_AFTER = re.compile(
    r"\s+(?!(?:killed|injured|wounded|murdered|slain|shot|arrested|detained|abducted|kidnapped|displaced|"
    r"rescued|freed|released|evacuated|hospitali[sz]ed|dead|more|other|others|of|and|or)\b)[a-z][a-z-]+"
    r"\s+([a-z]+)\b(?!\s+(?!(?:and|or|in|on|at|to|into|from|for|of|were|was|had|have|has|near|with|by|"
    r"including|across|around|during|that|which)\b)[a-z])",
    re.IGNORECASE)
# "three village heads": heads of people, not of cattle, after a modifier; "six people may have been
# killed", "hundreds march": a month name after a noun is a verb or a modal
_PEOPLE_AFTER_MODIFIER = frozenset({"heads"}) | MONTHS
_YEAR = re.compile(r"(?:19|20)\d\d")
_AGE = re.compile(r"[A-Z][\w'’.-]*\s*[,(]\s*$")
_LOWER_AGE = re.compile(r"\b([a-z][a-z'’.-]*[a-z])\s*([,(])\s*$")
_CLOSING = {",": ",", "(": ")"}
_COUNT_AFTER = re.compile(r"\s*(?:including|among|mostly|most|many|all|of\s+whom|some|several)\b", re.I)
# Nouns that make a preceding participle an adjective: "a 61-year-old displaced woman died".
_PERSON_NOUNS = words(
    """person persons people man men woman women child children civilian civilians family families soldier
    soldiers villager villagers resident residents boy boys girl girls"""
)
_FUNCTION_WORDS = words(
    """by in on at and or but during when while after as with from near to for since so of were was are
    is yesterday today tonight overnight earlier later too across into inside outside following amid
    before because including"""
)
_NEVER_ATTRIBUTIVE = words("dead died die dies")
_DETERMINERS = words("the a an of other all")
# Nouns that make "death" a topic, not a harm: "the cause of death", "the time of death".
_ABOUT_DEATH = re.compile(r"\b(?:cause|causes|manner|time|date|place|certificate|certificates)\s+of\s*$", re.I)
# A court's sentence is not a killing: "sentenced five to death", "the death penalty".
_SENTENCED_TO = re.compile(r"\b(?:sentenc|condemn)\w*(?:\s+[\w'’-]+){0,4}\s+to\s*$", re.I)
_DEATH_AS_PUNISHMENT = re.compile(r"\s+(?:sentences?|penalty|penalties|row|warrants?)\b", re.I)
# "Bodies" that speak or act are organisations: "five Christian bodies also demanded", "student bodies",
# "other bodies are planning a meeting".
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:religious|political|muslim|hindu|sikh|christian|jewish|islamic|student|students'|trade|civic|"
    r"professional|social|statutory|regulatory|governing|international|regional|voluntary|advisory|"
    r"representative|government|civil\s+society|community|learned|academic|official)\s+$"
    # bodies that call, lead or back something: "a bandh called by traders' bodies", "a march led by student bodies"
    r"|\b(?:called|organi[sz]ed|backed|supported|led|sponsored|convened)\s+by\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:(?:are|were|have|had|will|would)\s+(?:also\s+)?(?:been\s+)?)?"  # "bodies are holding meetings"
    r"(?:said|say|says|demanded|demand|urged|urge|called|met|decided|asked|sought|prayed|"
    r"requested|condemned|representing|like|such\s+as|holding|organising|organizing|planning|"
    r"meeting|demanding|urging|protesting|working|campaigning|appealed|appealing|joined|joining)\b",
    re.I,
)
_CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}$")
_MAGNITUDE = re.compile(r"\s*(?:million|billion|lakh|crore|m|bn)\b", re.I)
# Money is not people: "Rs 25,000 to each wounded person", "$3,000 for each victim".
_MONEY_BEFORE = re.compile(r"(?:[$£€₹¥]|\b(?:rs|inr|usd|pkr|npr|lkr|ksh|kes|ngn|tk|eur|gbp)\.?)\s*$", re.I)


# "one of the largest mass abductions", "one of the deadliest attacks": an incident ranked among
# others, not one person ("one of the most senior commanders was killed" is one)
_ONE_OF_THE_MOST = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:(?:most|least)\s+[a-z-]+|worst|[a-z]+est)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|raids?|ambush(?:es)?|abductions?|kidnappings?|bombings?|blasts?|explosions?|"
    r"strikes?|massacres?|killings?|shootings?|incidents?|clashes|episodes?|days?|weeks?|years?|nights?|"
    r"tragedies|tragedy|disasters?|events?|violence|crises|crisis|outbreaks?|spells?|waves?|periods?)\b",
    re.IGNORECASE)


def _thing(word: str) -> bool:
    """True for a noun of things that heads a phrase after a modifier ("militant groups", "tear-gas shells")."""
    return (word in NOT_PEOPLE or word in _WOUNDS) and word not in _PEOPLE_AFTER_MODIFIER


# Wounds counted with their kind are one body's ("escaped with some burn injuries", "three bullet wounds"), not a
# count of the wounded.
_WOUNDS = frozenset({"injuries", "wounds", "burns"})


# The later ages of a list after "aged": "two brothers, aged 14 and 16" (the first is a label after "aged").
_AGE_LIST = re.compile(r"\b(?:aged|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|and|or|to|&|-|–)\s*$", re.IGNORECASE)


def may_count_people(text: str, q: Quantity) -> bool:
    """False for numbers that label or measure something: years, dates, ages, units, money."""
    if q.qualifier == "exact" and _YEAR.fullmatch(text[q.start:q.end]):
        return False
    if _CLOCK.search(text, q.start, q.end) and not _MAGNITUDE.match(text, q.end):
        return False  # "at about 7.45 in the evening": a time of day, not seven people
    before = text[max(0, q.start - 24):q.start]
    if LABEL_BEFORE.search(before) or _MONEY_BEFORE.search(before) or _AGE_LIST.search(before):
        return False
    if _AGE.search(before) and re.match(r"\s*[,)]", text[q.end:q.end + 2]):
        return False  # "Ramesh, 52, a shop owner": an age after a name
    lower_age = _LOWER_AGE.search(before)
    if lower_age and q.best < 100 and lower_age.group(1) not in _FUNCTION_WORDS \
            and text[q.end:q.end + 1] == _CLOSING[lower_age.group(2)] \
            and not _COUNT_AFTER.match(text, q.end + 1):
        return False  # "habib ali, 16, was stabbed", "mohammed javed (24)": an age after a name in lower-cased text
    after = _WORD.findall(text[q.end:q.end + 30].lower())
    if text[q.start:q.end].lower() == "one" and after and after[0] in MODALS:
        return False  # "one cannot build a temple amidst dead bodies": the generic pronoun, no count
    if text[q.start:q.end].lower() == "one" and _ONE_OF_THE_MOST.match(text, q.end):
        return False  # "in one of the largest mass abductions in years": a ranking, not one person
    if text[q.start:q.end].lower() == "both" and (not after or after[0] in _FUNCTION_WORDS):
        return False  # "residents of A and B both in C": a floating "both", not a count
    if text[q.start:q.end].lower() == "both" and len(after) > 1 and after[1] == "and" and after[0].endswith("s"):
        return False  # "the killing of both sikhs and christians": "both ... and" joins two groups, not two people
    if after and after[0] == "of" and len(after) > 1 and q.vague:
        after = after[1:]  # "dozens of soldiers": look at the noun
    thing = _THING_AFTER.match(text, q.end)
    if thing and _thing(thing.group(1).lower()):
        return False  # "6,400 tear-gas shells", "five armoured vehicles": a compound or participle before the thing
    return not (after and after[0].rstrip(".,") in NOT_PEOPLE) and not text[q.end:q.end + 2].startswith("%")


# feelings and healing, not bodily harm: "left the hindus feeling hurt", "sentiments were hurt",
# "healing the wounds" of a riot
_FIGURATIVE_HURT = re.compile(
    r"\b(?:feel(?:s|ing)?|felt|sentiments?|feelings?|pride|ego)\s+(?:(?:were|was|are|is|being|been|deeply|very|so)\s+)*"
    r"hurt$|\bheal(?:s|ed|ing)?\s+(?:the\s+|their\s+|its\s+|old\s+)*wounds$",
    re.IGNORECASE,
)

# A number of the wounded pulled out or taken in: "pulled (14 injured) people from the rubble".
_RESCUED_BEFORE = re.compile(
    r"\b(?:pulled|rescued|evacuated|airlifted|treated|treating|received|admitted|carried|took|taken|rushed|"
    r"brought)\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?"
    rf"(?:{NUMBER_PATTERN}|dozens|scores|hundreds)\s+$",
    re.IGNORECASE,
)
# The wounded brought to hospital: "(five badly hurt) passengers, including a boy, had been
# moved to a clinic", "(two wounded) prisoners were rushed to hospital".
_TO_HOSPITAL = re.compile(
    r"\s+[a-z][\w-]*(?:\s*,[^,.;]{0,50},)?\s+(?:were|had\s+been|have\s+been|are)\s+(?:\w+\s+)?"
    r"(?:taken|rushed|admitted|brought|airlifted|evacuated|moved|transferred|referred|being\s+treated|treated|"
    r"hospitali[sz]ed|receiving)\b",
    re.IGNORECASE,
)


_DEAD_BEFORE = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|dead)\b(?!.*[;.])", re.IGNORECASE)
_WITH_HARM = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DIED_AFTER = re.compile(r"(?:\s+[\w,]+){0,4}?\s+(?:died|dead|death|succumbed|killed|bod(?:y|ies))\b", re.IGNORECASE)


def attributive(text: str, anchor: re.Match[str]) -> bool:
    """True for a participle used as an adjective: "eight displaced Syrians", "the wounded soldier";
    and for "death" as a topic ("the cause of death was a gunshot") or a punishment ("sentenced
    to death", "the death penalty"): none of them reports harm."""
    if anchor.group(0).lower() in ("bodies", "body") and (
        _ORGANISATION_BEFORE.search(text, max(0, anchor.start() - 30), anchor.start())
        or _ORGANISATION_AFTER.match(text, anchor.end())
    ):
        return True
    if _FIGURATIVE_HURT.search(text, max(0, anchor.start() - 24), anchor.end()):
        return True
    if anchor.group(0).lower() == "death" and (
        _ABOUT_DEATH.search(text, max(0, anchor.start() - 16), anchor.start())
        or _SENTENCED_TO.search(text, max(0, anchor.start() - 60), anchor.start())
        or _DEATH_AS_PUNISHMENT.match(text, anchor.end())
    ):
        return True
    if anchor.lastgroup == "p_injured2":
        # "the bodies of five men with gunshot wounds", "a man with gunshot wounds was found dead": the dead, not
        # the wounded
        return bool(_DEAD_BEFORE.search(text, max(0, anchor.start() - 50), anchor.start())
                    or _DIED_AFTER.match(text, anchor.end()))
    if anchor.group(0).lower() in ("wounds", "injuries") and _WITH_HARM.search(
            text, max(0, anchor.start() - 40), anchor.start()) and _DIED_AFTER.match(text, anchor.end()):
        return True  # "a man with gunshot wounds was found dead": a detail of a death
    if not (anchor.lastgroup or "").startswith("p_") or anchor.group(0).lower() in _NEVER_ATTRIBUTIVE:
        return False
    if anchor.lastgroup == "p_injured" and (_TO_HOSPITAL.match(text, anchor.end()) or _RESCUED_BEFORE.search(
            text, max(0, anchor.start() - 40), anchor.start())):
        # "Two wounded prisoners were rushed to a clinic", "Firemen carried 11 injured residents out of the
        # building": the wounded, counted (not "rushed the injured Sah to a clinic": someone told of already)
        return False
    # a scare-quoted participle is a label too: "four 'missing' persons were executed"
    before = text[max(0, anchor.start() - 20):anchor.start()].rstrip("‘'“\"").split()
    after = re.match(r"[’'”\"]?\s+([A-Za-z][\w-]*)", text[anchor.end():])
    if not before or after is None:
        return False
    word, noun = before[-1].lower(), after.group(1).lower()
    if noun in _FUNCTION_WORDS or noun in NOT_PEOPLE:
        return False
    if noun in _PERSON_NOUNS:
        # "a 61-year-old displaced woman died"; but after a noun "killed" is a verb in a headline,
        # "Troops killed woman, child", as "killed" rarely describes a person before its noun
        return not (anchor.lastgroup == "p_killed" and word.isalpha() and word not in _DETERMINERS
                    and parse_number(word) is None)
    if word in _DETERMINERS:
        return True  # "the wounded soldier", "the injured were taken"
    # after a number only a plural noun makes it an adjective: "20 displaced people", not "33 wounded across"
    return parse_number(word) is not None and (noun.endswith(("s", "men", "people", "children"))
                                              or noun in PLURAL_PEOPLE)

