"""Communal, clan and tribal militias named after their community, the way ACLED names them.

ACLED's identity militias (inter code 4) that reports do not name are named after the
community they come from: the village, town, clan or tribe ("Odejo Communal Militia
(Nigeria)", "Hawadle Clan Militia (Somalia)", "Al Awad Tribal Militia (Yemen)"); a sub-clan
after its clan ("Habar Gedir-Ayr Sub-Clan Militia (Somalia)"); two armed families of one
town fighting each other are that town's communal militia on both sides, and clans the
report does not name are "Unidentified Clan Militia (X)". `communal_sides` reads those
names from the first sentences, in the plain wordings reports use for such fighting:
- "(communal) militias from X (and Y)", "militias from the X (and Y) clans";
- "militia(men|members) from the X sub-clan of (the) Y clan";
- "X (and Y) tribal militias", "X tribesmen";
- "clash(es) (erupted) between two/rival (armed) families at (the village of) X"; "inter-clan clashes".
Groups from two communities that clash are the two sides; one community's group that fights is
the first side against whoever it fought; groups that attack someone are the first side, and
the other is whoever they attacked. Names are the text's, completed with the
country as ACLED writes it; a country or a named actor ("from Boko Haram") is no community.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.catalogue import form_actors
from pipeline.extract.countries import acled_country, country_of
from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import Sentence

# A capitalised name of up to four words, with Arabic and Somali particles ("Al Dahshal Ba al Harith").
_NAME = r"[A-Z][\w'’-]+(?: (?:(?:al|el|ba|bin|ibn|de|du|la) )?[A-Z][\w'’-]+){0,3}"
_FROM = re.compile(
    r"\b(?i:(?:communal |armed |ethnic )?(?:militias?|militiamen|militia members) from )"
    rf"(?:the )?(?P<a>{_NAME})(?: and (?:the )?(?P<b>{_NAME}))?(?P<clan> (?:sub[- ])?clans?\b)?"
)
_SUBCLAN = re.compile(
    rf"\b(?i:(?:militias?|militiamen|militia members) from the )(?P<sub>{_NAME}) (?i:sub[- ]clan of (?:the )?)"
    rf"(?P<clan>{_NAME}) (?i:clan)"
)
_TRIBES = re.compile(rf"(?P<a>{_NAME})(?: and (?P<b>{_NAME}))? (?i:tribal militias?|tribesmen|tribal fighters)")
_FAMILIES = re.compile(
    r"\b(?i:clash\w* (?:took place |erupted |broke out )?between (?:two|2|rival) (?:armed )?families )"
    rf"(?:in|at) (?:the )?(?:(?:city|town|village) of )?(?P<a>{_NAME})"
)
_CLANS = re.compile(
    r"\b(?i:inter-?clan (?:clash|fight|violence)|militias from rival clans|clan (?:clashes|fighting)|"
    r"(?:clash\w*|fight\w*|battles?) between (?:two |rival |the )*clans|(?:two |the )?(?:rival|warring) clans)")
# "ethnic fighting between Tiv farmers and the Jukun", "tribal violence between the Nuer and the Anyuak"
_ETHNIC_BETWEEN = re.compile(
    r"\b(?P<kind>(?i:(?:inter-?)?ethnic|tribal|(?:inter-?)?communal))\s+(?i:clash(?:es)?|fighting|violence)\s+"
    rf"(?i:between)\s+(?:the\s+)?(?P<a>{_NAME})(?:\s+[a-z]+)?\s+(?i:and)\s+(?:the\s+)?(?P<b>{_NAME})\b"
)
# "violence between the Tiv and Jukun ethnic communities", "fighting between the Nuer and Dinka tribes": the kind
# told after the names
_BETWEEN_KIND = re.compile(
    r"\b(?i:clash(?:es)?|fighting|violence)\s+(?i:between)\s+(?:the\s+)?"
    rf"(?P<a>{_NAME})\s+(?i:and)\s+(?:the\s+)?(?P<b>{_NAME})\s+"
    r"(?:(?P<kind>(?i:ethnic|tribal|communal))\s+(?i:groups|communities|militias)|(?P<unit>(?i:tribes|communities)))\b"
)
_KINDS = {"ethnic": "Ethnic Militia", "tribal": "Tribal Militia", "communal": "Communal Militia",
          "tribes": "Tribal Militia", "communities": "Communal Militia"}
_FIGHT = re.compile(r"\b(?:clash\w*|fought|fight\w*|battle\w*|exchanged fire|exchange of fire)\b", re.IGNORECASE)
_LIMIT = 600  # characters read: the sides are named in the lead


@dataclass(frozen=True, slots=True)
class Sides:
    """The communal sides of an incident: the first, the second when the text names it, whether
    the first fought (rather than attacked someone), and whether it fought itself (two families
    of one town, clans the report does not name)."""

    first: str
    second: str | None
    fight: bool
    mutual: bool = False


def communal_sides(sentences: list[Sentence], iso3: str | None) -> Sides | None:
    """The communal, clan or tribal militias the lead names, as ACLED names them; None when it names none."""
    if iso3 is None or not sentences:
        return None
    text = " ".join(s.text for s in story_sentences(sentences)[:2])[:_LIMIT]
    if not any(cue in text for cue in (" from ", "between", "trib", "clan")):
        return None
    country = acled_country(iso3)
    families = _FAMILIES.search(text)
    if families is not None:
        return Sides(f"{families['a']} Communal Militia ({country})", None, True, True)
    sub = _SUBCLAN.search(text)
    if sub is not None:
        return Sides(f"{sub['clan']}-{sub['sub']} Sub-Clan Militia ({country})", None, bool(_FIGHT.search(text)))
    ethnic = _ETHNIC_BETWEEN.search(text)
    if ethnic is not None and _community(ethnic["a"]) and _community(ethnic["b"]):
        # "ethnic fighting between Tiv farmers and the Jukun": each community's militia
        kind = _KINDS[ethnic["kind"].lower().replace("-", "").removeprefix("inter")]
        return Sides(f"{ethnic['a']} {kind} ({country})", f"{ethnic['b']} {kind} ({country})", True)
    told = _BETWEEN_KIND.search(text)
    if told is not None and _community(told["a"]) and _community(told["b"]):
        kind = _KINDS[(told["kind"] or told["unit"]).lower()]
        return Sides(f"{told['a']} {kind} ({country})", f"{told['b']} {kind} ({country})", True)
    found = _FROM.search(text)
    kind = "Communal Militia"
    if found is not None and found["clan"]:
        if "sub" in found["clan"]:
            return None  # sub-clans are named after their parent clan, which this wording does not give
        kind = "Clan Militia"
    elif found is None:
        found, kind = _TRIBES.search(text), "Tribal Militia"
    if found is not None and _community(found["a"]):
        fight = _FIGHT.search(text) is not None
        first = f"{found['a']} {kind} ({country})"
        second = f"{found['b']} {kind} ({country})" if found["b"] and fight and _community(found["b"]) else None
        return Sides(first, second, fight)
    if _CLANS.search(text):
        return Sides(f"Unidentified Clan Militia ({country})", None, True, True)
    return None


def _community(name: str) -> bool:
    """True for a name that can be a community's: not a country or a named actor ("from Boko Haram")."""
    return country_of(name) is None and not form_actors(name, whole=True)
