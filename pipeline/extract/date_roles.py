"""What the words around a date mention say about its role in a full article.

A full article often names, by its date, the earlier event everyone knows and
today's news follows from: "the ambush on the pilgrims' convoy on July 10",
"since the July 10 massacre", "the carnage of Wednesday". Such a date is
a reference, like a background toll: `date_incident` prefers any other date
the article gives. "Rioting since Saturday night", on the other hand, gives
the start of the violence reported, which is the incident's (start) date,
unlike the start of any other period ("shut since 14 October"). Functions
here take the mention's text and its sentence's text before and after it,
lower-cased.
"""

from __future__ import annotations

import re

from pipeline.extract.date_patterns import POSSESSIVE

# Nouns naming an event as a known, single thing: "the massacre", "the Godhra incident", "the bandh"; the
# violent ones first.
_VIOLENT_NOUNS = (
    r"attacks?|massacres?|carnage|incident|tragedy|killings?|riots?|violence|blasts?|bombings?|burning|"
    r"clashes|mayhem|pogrom|arson|explosions?|ambush|assault|raid|bloodbath|holocaust|demolition"
)
_EVENT_NOUNS = rf"{_VIOLENT_NOUNS}|strike|bandh|hartal|shutdown|protests?|demonstrations?"
# "the <date> <up to three words> attack": "the july 10 anantnag ambush".
_THE_BEFORE = re.compile(r"\bthe\s+$")


def _reference_patterns(nouns: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before and after a date that name a known event of `nouns` by its day.

    Before: "the <up to four words> attack [<where>] [on|of] <date>": "the anantnag bus massacre on", "the
    carnage of", "the ambush on the yatra convoy near anantnag last monday", "the torching of the pilgrims'
    bus on"; a verb after the noun ("the
    attack took place on") is news. After: "the <date> <up to three words> attack" ("the july 10 attack").
    """
    before = re.compile(
        rf"\b(?:the|that|this)\s+(?:[\w'’.-]+\s+){{0,4}}?(?:{nouns})"
        rf"(?:\s+(?:on|at|in|near|against|outside|inside|to|of)(?:\s+[\w'’.-]+){{1,4}}?){{0,2}}\s+(?:(?:on|of)\s+)?$"
    )
    after = re.compile(rf"^(?:{POSSESSIVE})?\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{nouns})\b")
    return before, after


_REFERENCE = _reference_patterns(_EVENT_NOUNS)
_VIOLENCE_REFERENCE = _reference_patterns(_VIOLENT_NOUNS)


def _names_event(patterns: tuple[re.Pattern[str], re.Pattern[str]], before: str, text: str, after: str) -> bool:
    """True when the words around a date match a reference's patterns."""
    if patterns[0].search(before):
        return True
    # The article may be part of the mention ("the 9 October" is one date expression).
    return bool((text.startswith("the ") or _THE_BEFORE.search(before)) and patterns[1].match(after))


def event_reference(before: str, text: str, after: str) -> bool:
    """True when the date `text` names a known event by its day ("the massacre of February 27"), not the news."""
    return _names_event(_REFERENCE, before, text, after)


# A sentence that opens with the event and its day, then tells what it did: "The strike on Friday hit the
# market", "The attack on Tuesday killed ...": the news told again, not a known event named by its day.
_OPENING_EVENT = re.compile(rf"^(?:the|this|that)\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})\s+(?:on|of)\s+$")
_TOLD_VERB = re.compile(
    r"^(?:\s+(?:night|morning|evening|afternoon))?\s+(?:also\s+)?(?:hit|struck|killed|wounded|injured|left|"
    r"targeted|destroyed|damaged|tore|ripped|came|began|started|took\s+place|happened|occurred)\b")


def opening_news(prefix: str, after: str) -> bool:
    """True when the date's sentence opens with the event on that day and goes on to what it did (`prefix` is
    the whole sentence before the date, lower-cased): "The strike on Friday hit the market"."""
    return bool(_OPENING_EVENT.match(prefix) and _TOLD_VERB.match(after))


def violence_reference(before: str, text: str, after: str) -> bool:
    """True when the date names a known violent event ("the carnage of February 27"), not a strike or protest:
    the day of the violence that arrests and protests in its aftermath follow, never their own."""
    return _names_event(_VIOLENCE_REFERENCE, before, text, after)


# "violence since", "the rioting in the district since", "riots ever since", "fighting between the army and
# the RSF in Omdurman since" (its sides and place told, no comma between).
_VIOLENCE_SINCE = re.compile(
    r"\b(?:violence|riots?|rioting|clashes|fighting|unrest|killings?|attacks?|disturbances|firing|shelling|"
    r"bombing|bombardment|carnage|mayhem)(?:\s+[\w'’.-]+){0,9}?\s+(?:ever\s+)?since\s+$"
)


def violence_start(before: str) -> bool:
    """True when the date opens a period of violence ("rioting since Saturday night"): its start, not a bound."""
    return bool(_VIOLENCE_SINCE.search(before))


# A demonstration's grievance told with its day: "traders protested over the looting of their shops last week",
# "blocked the highway demanding the arrest of the men who killed a student on May 30": the harm's day, not the
# protest's (the words from a protest word through "over", "against", "demanding" or "condemning" to a harm).
_GRIEVANCE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|marched|march|rall(?:y|ied|ies)|agitat\w*|sit-?ins?|dharnas?|bandh|hartal|"
    r"blocked|blockaded|gherao\w*|shut\s+down)\b[^.;:]*?\b(?:over|against|demanding|demand|condemn\w*|denounc\w*|"
    r"seeking)\s+[^.;:]*?\b(?:kill\w*|murder\w*|loot\w*|attack\w*|arrest\w*|assault\w*|rape\w*|death|deaths|"
    r"lynch\w*|shooting|shot|beat\w*|stabb\w*|abduct\w*|kidnap\w*|burn\w*|torch\w*|vandal\w*|firing)\b[^.;:]*$")


def grievance_day(prefix: str) -> bool:
    """True when a date comes in a demonstration's grievance (`prefix`: the lower-cased sentence before it):
    "traders protested over the looting of their shops last week" dates the looting."""
    return _GRIEVANCE.search(prefix) is not None
