"""Cues in an article's wording that decide who the second actor is.

The event-type module says what happened; these cues say what ACLED lists beside the
first actor: did a force intervene in the protest or riot ("police dispersed", "tear gas",
"lathi-charged")? Were the people harmed civilians ("a man", "villagers", "passengers")?
When no event type is known, a rough one from the same wording (protest, riot, attack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.types import Sentence

_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear[ -]?gas\w*|baton\w*|lathi\w*|cane[ -]?charg\w*|water[ -]?cannon\w*|"
    r"rubber bullets?|"
    r"arrest\w*|detain\w*|clash\w*|removed|fired (?:shots|in the air|at)|opened fire|beat(?:en)?|broke up|"
    r"forcibly removed|intervened|pushed back|crackdown|charged)\b",
    re.IGNORECASE,
)
_CIVILIANS = re.compile(
    r"\b(?:civilians?|villagers?|residents?|locals?|"
    r"(?:a|an|one|two|the|old|young) (?:man|woman|boy|girl|child)|"
    r"men|women|children|child|farmers?|shopkeepers?|traders?|businessm[ae]n|passengers?|pilgrims?|"
    r"worshipp?ers?|pedestrians?|monks?|priests?|students?|teachers?|journalists?|reporters?|drivers?|labou?rers?|workers?|family|"
    r"famil(?:y|ies)|houses?|homes?|bystanders?|passers-by|pedestrians?|persons?|people|"
    r"elders?|leaders?|activists?|supporters?|members?|victims?)\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:kill\w*|injur\w*|wound\w*|attack\w*|shot|beat(?:en)?|hack\w*|stabb\w*|assault\w*|abduct\w*|"
    r"kidnap\w*|lynch\w*|torch\w*|burn\w*|vandali[sz]\w*|loot\w*|murder\w*|hurt|died|dead)\b",
    re.IGNORECASE,
)
_PROTEST = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es)?|sit-in|strike|picket\w*|"
    r"gherao\w*|dharna|hartal|bandh|agitat\w*|chant\w*)\b",
    re.IGNORECASE,
)
_RIOT = re.compile(
    r"\b(?:riot\w*|mob|vandali[sz]\w*|torch\w*|set (?:on )?fire|pelt\w*|stone[ -]?throw\w*|ransack\w*|"
    r"clash(?:ed|es)? (?:between|with)|rampag\w*)\b",
    re.IGNORECASE,
)
_AIR = re.compile(
    r"\b(?:air ?strikes?|air ?raids?|drone strikes?|warplanes?|jets|bombers|aircraft|helicopters?)\b",
    re.IGNORECASE,
)
# The article says nobody knows who did it: "unidentified militants", "no group has claimed".
_UNKNOWN = re.compile(
    r"\b(?:unidentified|unknown|not known|unclear who|yet to be identified|no (?:group|one|organi[sz]ation) "
    r"(?:has |had )?(?:yet )?(?:claimed|come forward)|those responsible|no claim)\b",
    re.IGNORECASE,
)
# Organised crime: ACLED codes its unknown gunmen as an unidentified gang.
_CRIMINAL = re.compile(
    r"\b(?:drugs?|drug[ -]traffick\w*|narco\w*|cartels?|gangs?|gangsters?|criminal (?:group|gang|cell)s?|"
    r"drive-by|hitm[ae]n|sicarios?|extortion\w*|dealers?|threatening message|organi[sz]ed crime)\b",
    re.IGNORECASE,
)
_BATTLE = re.compile(
    r"\b(?:clash\w*|gunfight|exchange of fire|encounter|fighting|battle\w*|fought)\b", re.IGNORECASE
)
_ATTACK = re.compile(
    r"\b(?:shot dead|gunned down|killed|abduct\w*|kidnap\w*|attacked|murder\w*)\b", re.IGNORECASE
)
_REMOTE = re.compile(
    r"\b(?:air ?strikes?|drone|shell\w*|mortars?|rockets?|artillery|IEDs?|bomb\w*|blast|explosi\w*|grenade|"
    r"landmine|mine)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class EventCues:
    """What the wording says about the incident's second actor."""

    intervention: bool
    civilian_victims: bool
    likely_event: str | None
    air_strike: bool = False
    unknown_perpetrator: bool = False
    criminal: bool = False


def event_cues(sentences: list[Sentence]) -> EventCues:
    """The cues of an article, read from its first sentences (where the incident is told)."""
    text = " ".join(s.text for s in sentences[:4])
    harm = _HARM.search(text) is not None
    civilians = harm and _CIVILIANS.search(text) is not None
    air = _AIR.search(text) is not None
    unknown = _UNKNOWN.search(" ".join(s.text for s in sentences)) is not None
    criminal = _CRIMINAL.search(text) is not None
    return EventCues(
        _INTERVENTION.search(text) is not None, civilians, _likely(text, harm), air, unknown, criminal
    )


def _likely(text: str, harm: bool) -> str | None:
    """A rough ACLED event type from the wording, for when none is known."""
    if _RIOT.search(text):
        return "Riots"
    if _PROTEST.search(text):
        return "Riots" if harm and _RIOT.search(text) else "Protests"
    if _REMOTE.search(text):
        return "Explosions/Remote violence"
    if _BATTLE.search(text):
        return "Battles"
    if _ATTACK.search(text):
        return "Violence against civilians"
    return None
