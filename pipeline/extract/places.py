"""Where the incident happened: country (ISO3), and admin area and town where stated.

Every place named in the lead sentences votes for the countries it may lie in.
A vote weighs more for a bigger unit (a country or province over a village), a
bigger town, a name that is not shared with other countries, a place after a
locative preposition ("in", "near") or in a coder's "Town, District" pair, and an
earlier sentence; a country named as an actor's ("forces of Armenia") weighs
little. Places that agree with each other add up ("Punjab" is Pakistan's when
"Multan" is also named), so the country the text keeps pointing to wins.
Demonyms ("Pakistani troops") and the actors' countries only decide when no
place is named at all.
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict

from pipeline.extract.gazetteer import Place, fold, gazetteer
from pipeline.extract.place_context import context_weight, hints, names_currency
from pipeline.extract.place_mentions import PlaceMention, find_places, find_places_lower, mostly_lower_case
from pipeline.extract.types import ActorMention, Sentence

_MAX_SENTENCES = 12
_LEAD_CHARS = 4000
_SENTENCE_WEIGHTS = (2.0, 1.4, 1.2)
# Base weight of a reading by kind; divisions are scaled by their country's size, so
# a province of a populous country outweighs a same-named one of a micro-state.
_KIND_WEIGHTS = {"country": 3.0, "admin1": 2.2, "region": 2.0, "admin2": 1.6, "mission": 2.0}
# GeoNames alternate names include many odd forms ("Rand" for Des Plaines): trust them less.
_SOURCE_WEIGHTS = {"alternate": 0.35, "curated": 1.25, "district": 0.5, "village": 0.3}
_BIG_CITY, _BIG_CITY_BONUS = 300_000, 0.5
_REPEAT = 0.5  # weight of a name's repeated mentions
_LOCATIVE_CONTEXT = 1.5  # context weight of a name after "in", "near" or in a "(Town, District)" list
_COHERENCE = 0.6  # bonus per further distinct name pointing to the same country
_SUPPORT_MIN = 0.6  # a name whose vote is below this (a partial name, an obscure reading) adds no coherence
# Votes of the actors' countries: groups that act at home (parties, militias, rebels,
# civilians, protesters) vote more than state forces, which also fight abroad.
_ACTOR_VOTES = {
    "political_militia": 1.0, "identity_militia": 1.0, "rebel_group": 0.8, "civilians": 1.0,
    "protesters": 1.0, "rioters": 1.0, "state_forces": 0.4, "government": 0.4,
}
_OTHER_ACTOR_VOTE = 0.3
_GENERIC_ACTOR = 0.3
_NESTED = 2.0  # bonus of a reading inside a division the text also names (or of that division)
_DIVISION_KINDS = frozenset({"admin1", "admin2", "region"})
_IN_ACTOR = 0.2  # weight of a name inside an actor's name of another country


@functools.lru_cache(maxsize=65536)
def _place_weight(place: Place) -> float:
    """Prior weight of one reading of a name, by the kind, size and source of the place."""
    if place.kind == "city":
        weight = min(2.6, max(0.8, 0.6 + 0.4 * math.log10(max(place.population, 1000) / 1000)))
        if place.population >= _BIG_CITY:
            weight += _BIG_CITY_BONUS
    else:
        weight = _KIND_WEIGHTS.get(place.kind, 1.5)
        if place.kind in ("admin1", "admin2", "region"):
            size = math.log10(max(place.population, 100_000) / 10_000_000)  # 0 for 10 million people
            weight = max(0.8 * weight, min(1.2 * weight, weight + 0.25 * size))
    return weight * _SOURCE_WEIGHTS.get(place.source, 1.0)


@functools.lru_cache(maxsize=65536)
def _best_by_country(places: tuple[Place, ...], unit_hint: bool, town_hint: bool) -> dict[str, Place]:
    """The most weighty reading of a name in each country it may be in; a unit word after
    the name ("Konta town", "Poonch district") keeps the readings of its kind, if any."""
    best: dict[str, Place] = {}
    cities = any(p.kind == "city" for p in places)
    divisions = any(p.kind != "city" for p in places)
    for place in places:
        if town_hint and cities and place.kind != "city":
            continue
        if unit_hint and not town_hint and divisions and place.kind == "city":
            continue
        current = best.get(place.iso3)
        if current is None or _place_weight(place) > _place_weight(current):
            best[place.iso3] = place
    return best


def _lead(sentences: list[Sentence]) -> list[Sentence]:
    """The first sentences, cut to a character budget: where news and coders name the place."""
    lead: list[Sentence] = []
    budget = _LEAD_CHARS
    for sentence in sentences[:_MAX_SENTENCES]:
        if budget <= 0:
            break
        text = sentence.text[:budget]
        lead.append(Sentence(sentence.index, sentence.start, sentence.start + len(text), text))
        budget -= len(text)
    return lead


def _mentions(lead: list[Sentence]) -> list[tuple[int, Sentence, PlaceMention]]:
    """(sentence position, sentence, mention) for the place names of the lead sentences."""
    table = gazetteer()
    lower = bool(lead) and mostly_lower_case(" ".join(s.text for s in lead[:3]))
    finder = find_places_lower if lower else find_places
    return [(rank, s, m) for rank, s in enumerate(lead) for m in finder(table, s.text)]


def _in_actor(actors: list[ActorMention], sentence: Sentence, mention: PlaceMention) -> str | None:
    """The country ("" if none) of a longer actor name the mention lies inside ("Boko Haram
    jihadists", "Ariana Grande"), or None when it lies in no actor's name."""
    start, end = sentence.start + mention.start, sentence.start + mention.end
    for actor in actors:
        if actor.actor_type == "person" or actor.generic:
            continue  # persons' names are found less surely, generic actors' countries are guessed
        if actor.char_start <= start and end <= actor.char_end and actor.char_end - actor.char_start > end - start:
            return actor.country_iso3 or ""
    return None


def _nested(mentions: list[PlaceMention]) -> set[tuple[str, str]]:
    """(folded name, country) pairs where the name may be a place inside a division
    another name of the text is, or that division: "Mainapokhari" and "Bardiya district"
    agree on Nepal, "Multan" and "Punjab" on Pakistan."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        key = fold(mention.text)
        for place in mention.places:
            if place.kind in _DIVISION_KINDS:
                named[place.iso3, key].add(key)
                named[place.iso3, fold(place.name)].add(key)
    found: set[tuple[str, str]] = set()
    if not named:
        return found
    for mention in mentions:
        key = fold(mention.text)
        for place in mention.places:
            for division in (place.admin1, place.admin2):
                others = named.get((place.iso3, fold(division))) if division else None
                if others and others - {key}:
                    found.add((key, place.iso3))
                    found.update((other, place.iso3) for other in others)
    return found


def _score(
    found: list[tuple[int, Sentence, PlaceMention]], contexts: list[float], actors: list[ActorMention]
) -> dict[str, float]:
    """Country -> weighted, coherence-boosted votes of the mentions; `contexts` receives
    each mention's context weight (0 for skipped ones).

    A name said again adds only half its vote each time: repeating one
    ambiguous word ("Sabha" in "Lok Sabha") must not outweigh several places that agree.
    """
    votes: dict[tuple[str, str], list[float]] = defaultdict(list)
    demonyms = gazetteer().demonyms
    previous: tuple[Sentence | None, int] = (None, -1)
    nested = _nested([mention for _, _, mention in found])
    for rank, sentence, mention in found:
        previous_end = previous[1] if previous[0] is sentence else -1
        previous = (sentence, mention.end)
        key = fold(mention.text)
        if key in demonyms and not mention.unit_hint:
            contexts.append(0.0)
            continue  # "Somali" is a people before it is Ethiopia's Somali Region
        readings = _best_by_country(mention.places, mention.unit_hint, mention.town_hint)
        total = sum(_place_weight(place) for place in readings.values())
        context = context_weight(sentence.text, mention, previous_end)
        owner = _in_actor(actors, sentence, mention)
        if owner is not None and owner not in readings and "country" not in {p.kind for p in readings.values()}:
            context *= _IN_ACTOR  # part of an organisation's or person's name, not its place
        contexts.append(context)
        position = _SENTENCE_WEIGHTS[rank] if rank < len(_SENTENCE_WEIGHTS) else 1.0
        for iso3, place in readings.items():
            weight = _place_weight(place)
            bonus = _NESTED if (key, iso3) in nested else 1.0
            votes[iso3, key].append(weight * (weight / total) * context * position * bonus)
    scores: dict[str, float] = defaultdict(float)
    support: dict[str, int] = defaultdict(int)
    for (iso3, _), said in votes.items():
        said.sort(reverse=True)
        scores[iso3] += said[0] + _REPEAT * sum(said[1:])
        if said[0] >= _SUPPORT_MIN:
            support[iso3] += 1
    return {iso3: score * (1 + _COHERENCE * (support[iso3] - 1)) for iso3, score in scores.items()}


def _location(
    found: list[tuple[int, Sentence, PlaceMention]], contexts: list[float], iso3: str
) -> tuple[str | None, str | None]:
    """(admin1, location) of the incident in the chosen country: the division named first,
    and the first town after "in", "near" or in a coder's list (else the first town named)."""
    admin1: str | None = None
    towns: list[tuple[bool, str]] = []
    for (_, _, mention), context in zip(found, contexts, strict=True):
        place = _best_by_country(mention.places, mention.unit_hint, mention.town_hint).get(iso3)
        if place is None or place.kind == "country" or context <= 0:
            continue
        if place.kind == "admin1":
            admin1 = admin1 or mention.text
        else:
            towns.append((context >= _LOCATIVE_CONTEXT, mention.text))
            admin1 = admin1 or place.admin1
    located = [text for locative, text in towns if locative] or [text for _, text in towns]
    return admin1, (located[0] if located else None)


def _actor_votes(actors: list[ActorMention], lead: list[Sentence], currencies: set[str]) -> dict[str, float]:
    """Country -> votes of the distinct actors named in the lead, by how local their kind is;
    a generic actor ("protesters") whose country the text only names as a currency's has none."""
    votes: dict[str, float] = defaultdict(float)
    seen: set[str] = set()
    by_index = {sentence.index: sentence for sentence in lead}
    for actor in actors:
        if not actor.country_iso3 or actor.actor_name in seen or actor.sentence_index >= _MAX_SENTENCES:
            continue
        sentence = by_index.get(actor.sentence_index)
        if sentence and names_currency(sentence.text, actor.char_end - sentence.start):
            continue  # "the US dollar" is no actor
        seen.add(actor.actor_name)
        scale = 1.0 if actor.sentence_index <= 0 else 0.5
        if actor.generic:
            if actor.country_iso3 in currencies:
                continue
            scale *= _GENERIC_ACTOR  # "protesters", "police": their country was inferred from this text
        votes[actor.country_iso3] += _ACTOR_VOTES.get(actor.actor_type, _OTHER_ACTOR_VOTE) * scale
    return votes


def incident_place(
    sentences: list[Sentence], actors: list[ActorMention]
) -> tuple[str | None, str | None, str | None]:
    """(country_iso3, admin1, location) of the incident the text reports; None where unknown."""
    lead = _lead(sentences)
    found = _mentions(lead)
    contexts: list[float] = []
    scores = _score(found, contexts, actors)
    currencies = {
        place.iso3
        for (_, sentence, mention), context in zip(found, contexts, strict=True)
        if context == 0 and names_currency(sentence.text, mention.end)
        for place in mention.places
        if place.kind == "country"
    }
    for votes in (hints(lead, gazetteer().demonyms), _actor_votes(actors, lead, currencies)):
        for code, vote in votes.items():
            scores[code] = scores.get(code, 0.0) + vote
    best = max(scores, key=lambda code: scores[code]) if scores else None
    if best is None or scores[best] <= 0:
        return None, None, None
    admin1, location = _location(found, contexts, best)
    return best, admin1, location
