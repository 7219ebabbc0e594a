"""The incident's two main actors the way ACLED lists them, and ACLED inter codes.

`main_actors` first codes kind nouns whose country was only guessed ("police") to the
incident's country, then applies ACLED's conventions per event type:
- Protests: `Protesters (X)`, and the intervening force as actor2 only when it intervened;
- Riots: `Rioters (X)` against the force, the civilians or the group they attacked;
- Violence against civilians: the perpetrator against `Civilians (X)`; unknown attackers are
  `Unidentified Armed Group (X)`;
- Battles: the two armed sides; a lone side's opponent is the country's forces or its main
  insurgency;
- Explosions/Remote violence: who fired or planted, and what was hit, when said;
- otherwise the two most salient armed actors.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.actor_events import event_cues
from pipeline.extract.catalogue import NAMED, TRIE, family_name, fill, tokens
from pipeline.extract.countries import COUNTRIES
from pipeline.extract.types import ActorMention, Sentence

_ARMED = frozenset({1, 2, 3, 4, 8})
_BY_STATE = {c.state_name: c.iso3 for c in COUNTRIES.values()}
_BY_STATE_SORTED = sorted(_BY_STATE, key=len, reverse=True)
_PATTERN_CODES = (
    ("Protesters", 6),
    ("Rioters", 5),
    ("Civilians", 7),
    ("Unidentified Armed Group", 3),
    ("Unidentified Gang", 3),
    ("Private Security Forces", 8),
    ("Vigilante Group", 4),
    ("Unidentified Communal Group", 4),
    ("Unidentified Clan Militia", 4),
    ("Unidentified Tribal Militia", 4),
    ("Islamic State", 2),
)
_IDENTITY = re.compile(r"(?:Communal|Ethnic|Clan|Tribal|Caste) Militia")


def state_country(name: str) -> str | None:
    """iso3 of a state actor's name: "Military Forces of the Philippines" -> PHL."""
    for prefix in ("Military Forces of ", "Police Forces of ", "Government of "):
        if name.startswith(prefix):
            rest = name[len(prefix) :]
            return next(
                (_BY_STATE[s] for s in _BY_STATE_SORTED if rest == s or rest.startswith(s + " ")), None
            )
    return None


def inter_code(actor_name: str | None, event_country: str | None = None) -> int | None:
    """ACLED inter code of an actor name (1 state, 2 rebels, 3 political militia, 4 identity militia,
    5 rioters, 6 protesters, 7 civilians, 8 external/other); a state's forces acting outside their
    country are external (8). None for persons, media and unknown names."""
    if not actor_name:
        return None
    home = state_country(actor_name)
    if home is not None:
        return 8 if event_country and home != event_country else 1
    entry = NAMED.get(actor_name)
    if entry is not None:
        if entry.actor_type in ("state_forces", "government") and entry.inter == 1:
            return 8 if event_country and entry.iso3 and entry.iso3 != event_country else 1
        return entry.inter
    for prefix, code in _PATTERN_CODES:
        if actor_name.startswith(prefix):
            return code
    if _IDENTITY.search(actor_name):
        return 4
    return 3 if actor_name.endswith("Militia") else None


def descriptor_family(text: str) -> str | None:
    """The kind-noun family of a mention's text ("police officers" -> police), if it is one."""
    node: object = TRIE
    for token in tokens(text)[-3:] if len(tokens(text)) > 3 else tokens(text):
        node = node.get(token) if isinstance(node, dict) else None
        if node is None:
            return None
    ending = node.get("") if isinstance(node, dict) else None
    families = [e.name for e in ending or [] if e.kind == "descriptor"]
    return families[0] if families else None


def recode(mention: ActorMention, country: str | None) -> tuple[str, int | None]:
    """(name, inter) of a mention, a guessed country replaced by the incident's."""
    if not mention.generic or country is None:
        return mention.actor_name, mention.inter_code if mention.inter_code is not None else inter_code(
            mention.actor_name, country
        )
    family = descriptor_family(mention.text)
    if family is not None:
        name, _, inter = family_name(family, country)
        return name, inter_code(name, country) or inter
    if mention.actor_name.startswith("Islamic State"):
        return fill("Islamic State ({country})", country), 2
    return mention.actor_name, mention.inter_code


def _country(actors: list[ActorMention]) -> str | None:
    """The country the explicit national actors point to, when the places do not say."""
    votes = Counter(m.country_iso3 for m in actors if m.country_iso3 and not m.generic and m.inter_code)
    return votes.most_common(1)[0][0] if votes else None


def main_actors(
    actors: list[ActorMention],
    sentences: list[Sentence],
    event_type: str | None,
    sub_event_type: str | None,
    country_iso3: str | None,
) -> tuple[str | None, str | None]:
    """(actor1, actor2) of the article's incident, ACLED style; None where there is none."""
    country = country_iso3 or _country(actors)
    coded = [
        (m, *recode(m, country))
        for m in actors
        if m.text.lower() not in ("he", "she", "him", "i", "we", "they", "them")
    ]
    cues = event_cues(sentences)
    kind = event_type or cues.likely_event
    pairs = [(m, n) for m, n, inter in coded if inter in _ARMED]
    armed = _ranked(pairs)

    def of(family: str) -> str:
        return family_name(family, country)[0]

    if kind == "Protests":
        force = _first([(m, n) for m, n, inter in coded if inter == 1])
        intervened = sub_event_type in ("Protest with intervention", "Excessive force against protesters")
        return of("protesters"), (force or of("police")) if intervened or cues.intervention else None
    if kind == "Riots":
        force = _first([(m, n) for m, n, inter in coded if inter == 1])
        if force and cues.intervention:
            return of("rioters"), force
        if cues.civilian_victims or sub_event_type == "Mob violence":
            return of("rioters"), of("civilians") if cues.civilian_victims else of("rioters")
        return of("rioters"), force
    if kind == "Violence against civilians":
        perpetrator = _pick(pairs, armed, "perpetrator") or of("armed_group")
        return perpetrator, of("civilians")
    if kind == "Battles":
        first = _pick(pairs, armed, "perpetrator") or (armed[0] if armed else None)
        second = next((n for n in armed if n != first), None)
        return _with_opponent(first, second, country)
    if kind == "Explosions/Remote violence":
        first = _pick(pairs, armed, "perpetrator") or (armed[0] if armed else of("armed_group"))
        target = _pick(pairs, [n for n in armed if n != first], "target")
        if target is None and cues.civilian_victims:
            target = of("civilians")
        return first, target
    first = armed[0] if armed else None
    second = next((n for n in armed if n != first), None)
    return first, second


def _with_opponent(
    first: str | None, second: str | None, country: str | None
) -> tuple[str | None, str | None]:
    """A battle's two sides; a lone side's opponent is the country's forces or main insurgency."""
    if first is None or second is not None or country is None:
        return first, second
    if inter_code(first, country) == 1:
        return first, family_name("militant", country)[0]
    return first, family_name("military", country)[0]


def _ranked(pairs: list[tuple[ActorMention, str]]) -> list[str]:
    """Distinct names by salience: mentions with a role of violence first, then frequency, then order."""
    score: Counter[str] = Counter()
    order: dict[str, int] = {}
    for k, (m, name) in enumerate(pairs):
        score[name] += (
            1 + 2 * (m.role in ("perpetrator", "claimant")) + (m.role == "target") + (not m.generic)
        )
        order.setdefault(name, k)
    return sorted(score, key=lambda n: (-score[n], order[n]))


def _first(pairs: list[tuple[ActorMention, str]]) -> str | None:
    return pairs[0][1] if pairs else None


def _pick(pairs: list[tuple[ActorMention, str]], names: list[str], role: str) -> str | None:
    """The most salient of `names` (ranked) that some mention gives `role`, else None."""
    with_role = {n for m, n in pairs if m.role == role}
    return next((n for n in names if n in with_role), None)
