"""ACLED inter codes of actor names, and re-coding of mentions to the incident's country.

`inter_code(name, event_country)`: 1 state forces, 2 rebels, 3 political militias,
4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; a
state's forces acting outside their own country are external (8), as ACLED codes them.

`recode(mention, country, unknown_perpetrator)`: a kind noun whose country was only
guessed from the article ("police") is named again for the incident's country, which the
places module knows better; so is a named actor read without it (a template, a local form,
a form of several actors: "ADF" in the Congo is not Cameroon's Ambazonia Defence Forces);
unattributed "militants" stay unidentified when the article says nobody knows who they were.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.catalogue import NAMED, TRIE, Entry, family_name, fill, form_actors, tokens
from pipeline.extract.countries import COUNTRIES
from pipeline.extract.types import ActorMention

_BY_STATE = {c.state_name: c.iso3 for c in COUNTRIES.values()}
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
    # state forces of a country the article does not name ("Security forces killed eight militants")
    ("Military Forces", 1),
    ("Police Forces", 1),
)
_IDENTITY = re.compile(r"(?:Communal|Ethnic|Clan|Tribal|Caste) Militia")
INSURGENT_FAMILIES = frozenset({"militant", "rebel", "separatist"})


@functools.lru_cache(maxsize=8192)
def state_country(name: str) -> str | None:
    """iso3 of a state actor's name: "Military Forces of the Philippines" -> PHL."""
    for prefix in ("Military Forces of ", "Police Forces of ", "Government of "):
        if name.startswith(prefix):
            words = name[len(prefix) :].split()
            # The longest leading words that are a state name; a unit may follow ("... Rangers").
            for k in range(len(words), 0, -1):
                iso3 = _BY_STATE.get(" ".join(words[:k]))
                if iso3:
                    return iso3
            return None
    return None


@functools.lru_cache(maxsize=16384)
def inter_code(actor_name: str | None, event_country: str | None = None) -> int | None:
    """ACLED inter code of an actor name; None for persons, media and unknown names."""
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


# Words that take a soldier or policeman out of the armed forces: ACLED counts them as civilians.
OFF_DUTY = frozenset({"retired", "former", "ex", "off"})


@functools.lru_cache(maxsize=8192)
def descriptor_family(text: str) -> str | None:
    """The kind-noun family of a mention's text ("police officers" -> police), if it is one;
    "civilians" for a retired, former or off-duty soldier or policeman, or a police informer."""
    words = tokens(text)
    if words and words[-1] in ("informer", "informers"):
        return "civilians"  # "a police informer" is a civilian
    if words and words[0] in OFF_DUTY:
        family = descriptor_family(" ".join(words[1:]).replace("duty ", "", 1))
        return "civilians" if family in ("military", "police", "prison_guards") else family
    for start in range(len(words)):
        node: object = TRIE
        for token in words[start:]:
            node = node.get(token) if isinstance(node, dict) else None
            if node is None:
                break
        ending = node.get("") if isinstance(node, dict) else None
        families = [e.name for e in ending or [] if e.kind == "descriptor"]
        if families:
            return families[0]
    return None


def named_actor_mention(mention: ActorMention) -> bool:
    """True for a mention that names its actor: a named actor (even one whose country was read
    from the article) or a kind noun with its country stated, not a bare "police" or "gunmen"."""
    return not mention.generic or bool(form_actors(mention.text))


def recode(
    mention: ActorMention, country: str | None, unknown_perpetrator: bool, criminal: bool = False
) -> tuple[str, int | None]:
    """(name, inter) of a mention in the incident's country; `criminal` articles code unknown
    gunmen as a gang."""
    name = mention.actor_name
    entries = form_actors(mention.text) if mention.generic else ()
    if entries:
        # A named actor read without the incident's country.
        if country is None or mention.country_iso3 == country:
            return name, inter_code(name, country)
        here = _named_in(entries, name, country)
        if here is None and (family := descriptor_family(mention.text)) is not None:
            # another country's local name ("state police" is Mexico's State Police): the kind of force, here
            here = family_name(family, country)[0]
        return (here, inter_code(here, country)) if here else (name, None)
    family = descriptor_family(mention.text) if mention.generic else None
    renamed = False
    if family in INSURGENT_FAMILIES and unknown_perpetrator:
        family, renamed = "armed_group", True
    if family == "armed_group" and criminal:
        family, renamed = "gang", True
    if not renamed and (not mention.generic or country is None or mention.country_iso3 == country):
        # Stated, or guessed right: the name stands.
        return name, inter_code(name, country) if mention.inter_code is not None else None
    if family is not None:
        name, _, inter = family_name(family, country)
        return name, inter_code(name, country) or inter
    return name, None


def _named_in(entries: tuple[Entry, ...], name: str, country: str) -> str | None:
    """The actor a form names in `country`: its entry for that country, its template completed for
    it, or the entry already read when that one is not a local form; None when the form names no
    actor there (a local name read for another country)."""
    for entry in entries:
        if entry.iso3 == country:
            return fill(entry.name, country)
    for entry in entries:
        if "{" in entry.name:
            return fill(entry.name, country)
    if any(entry.name == name and not entry.local for entry in entries):
        return name
    return None
