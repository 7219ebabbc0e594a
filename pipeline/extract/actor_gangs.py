"""Criminal gangs of the Americas named by the report but absent from the catalogue.

ACLED names the many local gangs of Latin America and the Caribbean that it does not list
among its major cartels by their own name followed by "Gang" ("Los Salazar Gang", "Tropa
del Infierno Gang"). Reports name them as the group someone belongs to: "members of Los
Salazar", "an alleged member of Tropa del Infierno", "members of Los Pinas Cartel".
`gang_name` reads that name from the first sentences when the incident is in the region;
a name the catalogue knows (the Sinaloa Cartel, the Red Command), a country or an institution
("members of Congress", "of the National Guard") is no gang.
"""

from __future__ import annotations

import re

from pipeline.extract.actor_people import ORG_HEADS
from pipeline.extract.catalogue import form_actors, words
from pipeline.extract.countries import country_of
from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import Sentence

# Countries whose organised-crime violence ACLED codes with named gangs.
AMERICAS = words("MEX GTM HND SLV NIC CRI PAN BLZ COL VEN ECU PER BOL BRA PRY URY ARG CHL JAM HTI DOM TTO PRI GUY")
_PARTICLE = r"(?:del|de|la|las|los|el|da|do|dos|das)"
_WORD = r"(?!(?:Gangs?|Cartel)\b)[A-Z][\w'’-]+"
_MEMBER = re.compile(rf"\b(?i:members? of (?:the )?)(?P<name>{_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{0,3}})")
_LIMIT = 600  # characters read: the group is named in the lead


def gang_name(sentences: list[Sentence], iso3: str | None) -> str | None:
    """ACLED's name for a gang the lead names ("Los Salazar Gang"), in the Americas; else None."""
    if iso3 not in AMERICAS or not sentences:
        return None
    text = " ".join(s.text for s in story_sentences(sentences)[:2])[:_LIMIT]
    if "ember" not in text:  # "member", "Members"
        return None
    for found in _MEMBER.finditer(text):
        name = found["name"]
        if name.isupper() or name.split()[-1].lower() in ORG_HEADS or country_of(name) is not None:
            continue  # an acronym's organisation ("the UPOEG"), "the National Guard", "Congress"
        if not form_actors(name, whole=True) and not form_actors(f"{name} Cartel", whole=True):
            return f"{name} Gang"
    return None
