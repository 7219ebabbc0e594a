"""How the actors a story names vote for the country of its incident.

Groups that act at home (parties, militias, rebels, civilians, protesters) vote more than
state forces, which also fight abroad, and police more than armies; a generic actor
("protesters", "police") whose country was only inferred votes little, and none when the
text names its country only as a currency's ("the US dollar") or not at all. A state's fire
named by its nationality ("Indian shelling") comes across a border: no sign of the place.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.extract.catalogue import REMOTE_FIRE, form_actors
from pipeline.extract.gazetteer import fold
from pipeline.extract.place_context import names_currency
from pipeline.extract.types import ActorMention, Sentence

# Votes of the actors' countries: groups that act at home (parties, militias, rebels,
# civilians, protesters) vote more than state forces, which also fight abroad.
_ACTOR_VOTES = {
    "political_militia": 1.0, "identity_militia": 1.0, "rebel_group": 0.8, "civilians": 1.0,
    "protesters": 1.0, "rioters": 1.0, "state_forces": 0.4, "government": 0.4,
}
_OTHER_ACTOR_VOTE = 0.3
_POLICE = re.compile(r"\b(?:police|policemen|policeman|constables?|gendarmes?|gendarmerie)\b", re.I)
_GENERIC_ACTOR = 0.3


def remote_fire(actor: ActorMention) -> bool:
    """True for a state's fire named by its nationality ("Indian shelling", "Israeli air strikes")."""
    words = re.split(r"[\s-]+", actor.text.lower().strip())
    return words[-1] in REMOTE_FIRE or " ".join(words[-2:]) in REMOTE_FIRE


def _local_noun(actor: ActorMention) -> bool:
    """True when the actor was named by a common noun that the catalogue reads as its only in its
    own country ("militiamen" for Brazil's police militias, "rangers" for Pakistan's). Acronyms
    ("TMF", "AL") are kept: they are rare enough elsewhere to be evidence."""
    found = form_actors(actor.text, whole=True)
    entries = [e for e in found if e.name == actor.actor_name]
    if not entries or not all(e.local for e in entries):
        return False
    # a form several countries' entries share ("UN peacekeepers": each country's mission) is no
    # evidence of any one of them either
    return all(e.form == e.form.lower() for e in entries) or len({e.iso3 for e in found if e.local}) > 1


def actor_votes(
    actors: list[ActorMention],
    lead: list[Sentence],
    currencies: set[str],
    demonyms: dict[str, str],
    named: set[str],
    max_sentences: int,
) -> dict[str, float]:
    """Country -> votes of the distinct actors named in the lead (its first `max_sentences`), by how local
    their kind is;
    a generic actor ("protesters") whose country the text only names as a currency's, or does not
    name at all, has none."""
    votes: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    by_index = {sentence.index: sentence for sentence in lead}
    for actor in actors:
        if not actor.country_iso3 or actor.actor_name in seen or actor.sentence_index >= max_sentences:
            continue
        if lead and 0 <= actor.sentence_index < lead[0].index:
            continue  # the agency of a wire dateline ("(Reuters) -") is no actor of the story
        sentence = by_index.get(actor.sentence_index)
        if sentence and names_currency(sentence.text, actor.char_end - sentence.start):
            continue  # "the US dollar" is no actor
        if remote_fire(actor):
            continue  # "Indian shelling", "Israeli strikes" come across borders: no sign of the place
        seen.add(actor.actor_name)
        # the story's opening sentence (after a page's date line or a wire dateline) counts in full
        scale = 1.0 if actor.sentence_index <= (lead[0].index if lead else 0) else 0.5
        if actor.generic:
            # A generic actor's country is a guess: the text's own ("police"), or, in a text that
            # names no country, the catalogue's for a local form ("militiamen": Brazil's militias),
            # which is no evidence of where the incident was.
            if actor.country_iso3 in currencies or (actor.country_iso3 not in named and _local_noun(actor)):
                continue
            scale *= _GENERIC_ACTOR  # "protesters", "police": their country was inferred from this text
        words = actor.text.split()
        # The nationality the text gives the actor ("Pakistani Taleban") is its country here.
        stated = demonyms.get(fold(words[0])) if len(words) > 1 else None
        vote = _ACTOR_VOTES.get(actor.actor_type, _OTHER_ACTOR_VOTE)
        if actor.actor_type == "state_forces" and _POLICE.search(actor.text):
            vote = _ACTOR_VOTES["civilians"]  # police work at home, unlike armies
        votes[stated or actor.country_iso3] += vote * scale
    return votes
