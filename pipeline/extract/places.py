"""Where the incident happened: country (ISO3), and admin area and town where stated.

Every place named in the lead sentences votes for the countries it may lie in.
A vote weighs more for a bigger unit (a country or province over a village), a
bigger town, a name that is not shared with other countries, a place after a
locative preposition ("in", "near") or in a coder's "Town, District" pair, and an
earlier sentence (`place_readings`, `place_context`); a country named as an actor's
("forces of Armenia"), across a border or firing across one weighs little, and a
name inside an actor's name ("Boko Haram") too. Places that agree with each other
add up ("Punjab" is Pakistan's when "Multan" is also named), and a place inside a
division the text also names ("Mainapokhari" in "Bardiya district") counts double,
so the country the text keeps pointing to wins. Demonyms ("Pakistani soldiers
killed"), the actors' countries (`place_actors`) and words of one country's public life
(`place_cues`: "Lok Sabha", "bandh") decide when no place is named. The location is the first
town after "in", "near" or in a coder's list; a province named like its capital stands for the
town when no other is named (`place_namesakes`: "a bomb exploded in Kandahar"). A text that names no
place but fire from across a border with one other side ("Indian shelling") is that side's.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.clean.boilerplate import drop_share_rows, is_boilerplate_line
from pipeline.extract.gazetteer import Place, fold, gazetteer, skeleton
from pipeline.extract.place_actors import actor_votes, remote_fire
from pipeline.extract.place_capitals import capital_named
from pipeline.extract.place_context import (
    context_weight,
    hints,
    names_currency,
    names_event,
    names_institution,
    names_statement,
    names_treatment,
)
from pipeline.extract.place_cues import MAX_CUE_VOTE, cue_votes
from pipeline.extract.place_dateline import dateline_places, is_page_line, opening_dateline, without_page_line
from pipeline.extract.place_fuzzy import misspelt_places
from pipeline.extract.place_localities import within_locality
from pipeline.extract.place_mentions import PlaceMention, find_places, find_places_lower, mostly_lower_case
from pipeline.extract.place_namesakes import namesake
from pipeline.extract.place_readings import nest_key, nested, readings
from pipeline.extract.place_units import framed_places, unit_places
from pipeline.extract.sentences import dateline_end, is_wire_dateline
from pipeline.extract.types import ActorMention, Sentence

_MAX_SENTENCES = 12
_LEAD_CHARS = 4000
_SENTENCE_WEIGHTS = (2.0, 1.4, 1.2)
_REPEAT = 0.5  # weight of a name's repeated mentions
_LOCATIVE_CONTEXT = 1.5  # context weight of a name after "in", "near" or in a "(Town, District)" list
_COHERENCE = 0.6  # bonus per further distinct name pointing to the same country
_SUPPORT_MIN = 0.6  # a name whose vote is below this (a partial name, an obscure reading) adds no coherence
_CONTAINER_MIN = 0.25  # a name across a border ("near the border with Nigeria") contains no other
_NESTED = 2.0  # bonus of a reading inside a division the text also names (or of that division)
# Actor types whose whole name is never the incident's place, though a town may share it ("Red Cross").
_NAMED_BODIES = frozenset({"international_org", "media"})
_IN_ACTOR = 0.2  # weight of a name inside an actor's name of another country
_OWNER = 0.5  # weight of a country named as the owner of a force ("Iran's Revolutionary Guards")


def _lead(sentences: list[Sentence]) -> list[Sentence]:
    """The first sentences, cut to a character budget: where news and coders name the place. A page's
    date line ("This story is from May 14, 2004") and its furniture (`is_boilerplate_line`) are no
    sentences of the story: the dateline after the date line opens the lead."""
    lead: list[Sentence] = []
    budget = _LEAD_CHARS
    dateline: Sentence | None = None
    for sentence in sentences[:_MAX_SENTENCES]:
        if budget <= 0:
            break
        if is_page_line(sentence.text) or is_boilerplate_line(sentence.text):
            continue  # page furniture left in a text record's body: "Advertisement", a wire story's credits
        if is_wire_dateline(sentence.text) and not lead:
            dateline = sentence
            continue
        if dateline is not None:  # "KABUL (Reuters) - ..." is read as the opening sentence it heads
            gap = " " * (sentence.start - dateline.end)
            sentence = Sentence(sentence.index, dateline.start, sentence.end, dateline.text + gap + sentence.text)
            dateline = None
        text = sentence.text[:budget]
        lead.append(Sentence(sentence.index, sentence.start, sentence.start + len(text), text))
        budget -= len(text)
    return lead


def _mentions(lead: list[Sentence]) -> list[tuple[int, Sentence, PlaceMention]]:
    """(sentence position, sentence, mention) for the place names of the lead sentences;
    when there are none, for the names they misspell by a letter (`place_fuzzy`)."""
    table = gazetteer()
    # The case is judged on the whole lead (`mostly_lower_case` reads its first 1,000 characters), not its
    # first sentences, which may be a few words ("bangalore: downcast."); a row of share buttons,
    # "Facebook Twitter Linkedin Mail", says nothing of the story's case.
    lower = bool(lead) and mostly_lower_case(without_page_line(" ".join(drop_share_rows(s.text) for s in lead)))
    finder = find_places_lower if lower else find_places
    found = [(rank, s, m) for rank, s in enumerate(lead) for m in finder(table, s.text)]
    if lower:  # the dateline's place, by any of its names ("bangalore: ..."), and names a unit word marks
        # ("kalat district"), unless already found
        known = {(rank, m.start) for rank, _, m in found}
        dated = [(rank, sentence, m) for rank, sentence in enumerate(lead[:2])
                 for m in dateline_places(table, sentence.text) if (rank, m.start) not in known]
        known |= {(rank, m.start) for rank, _, m in dated}
        marked = [(rank, sentence, m) for rank, sentence in enumerate(lead)
                  for m in unit_places(table, sentence.text) if (rank, m.start) not in known]
        known |= {(rank, m.start) for rank, _, m in marked}
        filed = any(opening_dateline(without_page_line(sentence.text)) for sentence in lead[:2])
        framed = [(rank, sentence, m) for rank, sentence in enumerate(lead)
                  for m in framed_places(table, sentence.text, open_frames=not filed) if (rank, m.start) not in known]
        found = sorted([*found, *dated, *marked, *framed], key=lambda item: (item[0], item[2].start))
    if not found and not lower:
        found = [(rank, s, m) for rank, s in enumerate(lead) for m in misspelt_places(table, s.text)]
    # ("Kanda Bazar" is a market of a South Asian town, not Tokyo's Kanda)
    return [(rank, s, local) for rank, s, m in found if (local := within_locality(s.text, m)) is not None]


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


def _names_a_body(actors: list[ActorMention], sentence: Sentence, mention: PlaceMention) -> bool:
    """True when the mention is the name of an organisation or a medium, which is no place."""
    start, end = sentence.start + mention.start, sentence.start + mention.end
    return any(a.actor_type in _NAMED_BODIES and a.char_start <= start and end <= a.char_end for a in actors)


def _fired_from(actors: list[ActorMention], sentence: Sentence, mention: PlaceMention) -> bool:
    """True when the mention names the state behind remote fire ("Israel strikes", "Russia's
    shelling"): an actor whose name the mention opens and whose kind noun is such fire."""
    start = sentence.start + mention.start
    return any(actor.char_start == start and remote_fire(actor) for actor in actors)


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
    previous: tuple[Sentence | None, int, bool] = (None, -1, False)
    for _, sentence, mention in found:
        previous_end, after_country = previous[1:] if previous[0] is sentence else (-1, False)
        previous = (sentence, mention.end, any(place.kind == "country" for place in mention.places))
        if fold(mention.text) in demonyms and not mention.unit_hint:
            contexts.append(0.0)  # "Somali" is a people before it is Ethiopia's Somali Region
            continue
        if _names_a_body(actors, sentence, mention):
            contexts.append(0.0)  # "according to the Red Cross" (a town in North Carolina too): the ICRC
            continue
        context = context_weight(sentence.text, mention, previous_end, after_country)
        owner = _in_actor(actors, sentence, mention)
        countries = {p.iso3 for p in mention.places if p.kind == "country"}
        if owner is not None and not countries and owner not in {p.iso3 for p in mention.places}:
            context *= _IN_ACTOR  # part of an organisation's or person's name, not its place
        elif countries and _fired_from(actors, sentence, mention):
            context *= _IN_ACTOR  # "Israel strikes kill 40 in Gaza": the state that fired, not the place hit
        elif countries and owner is not None and _POSSESSIVE.search(mention.text):
            context *= _OWNER  # "a commander of Iran's Revolutionary Guards": whose force, not where
        elif not countries and names_institution(sentence.text, mention):
            context *= _IN_ACTOR  # "a case before the Allahabad High Court": a court's name, a hint of its country
        contexts.append(context)
    pairs = list(zip(found, contexts, strict=True))
    inside = nested([mention for (_, _, mention), context in pairs if context >= _CONTAINER_MIN])
    for (rank, _, mention), context in pairs:
        if context <= 0:
            continue
        key = fold(mention.text)
        options = readings(mention)
        total = sum(weight for _, weight in options.values())
        position = _SENTENCE_WEIGHTS[rank] if rank < len(_SENTENCE_WEIGHTS) else 1.0
        for iso3, (_, weight) in options.items():
            bonus = _NESTED if (nest_key(mention), iso3) in inside else 1.0
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
    """(admin1, location) of the incident in the chosen country: the first town after "in", "near" or
    in a coder's list (else the first town named; a town that names an earlier event, "the Godhra
    carnage", last), and the division named before any town (not in a dateline), else the one the
    town chosen lies in ("bangalore: ... in ahmedabad" is Gujarat's, not Karnataka's); with no town,
    the division named first (a wire dateline's last, and none when the story places the incident in a part
    of the country: "BEIRUT (Reuters) - ... in southern Lebanon")."""
    divisions: list[tuple[bool, bool, str]] = []  # (named before any town, named in a wire dateline, name)
    towns: list[tuple[bool, str, str | None]] = []
    events: list[tuple[bool, str, str | None]] = []  # towns that name an earlier event ("the Godhra carnage")
    filed: list[tuple[bool, str, str | None]] = []  # a wire dateline's town ("MOGADISHU, May 16 (Reuters) -")
    framed: list[tuple[bool, str, str | None]] = []  # lower-case towns known by their frame alone ("in qorveh,")
    namesakes: list[tuple[bool, str, str | None]] = []  # the towns provinces are named after ("in Kandahar")
    canonical: dict[str, str] = {}  # a division as named -> its gazetteer name
    regions: dict[int, int] = {}  # sentence index -> where its region ("West Bank", "Darfur") stands in `towns`
    wide: set[str] = set()  # the regions among `towns`, which a town named in another sentence narrows down
    placed: set[int] = set()  # ids of the mentions a located container names ("in Kashmir's [Pulwama] district")
    containers = _containers(found)
    elsewhere = False  # "in southern Lebanon": a part of the country, not a wire dateline's capital
    named_divisions = {skeleton(reading[0].admin1 or reading[0].name) for _, _, mention in found
                       if (reading := readings(mention).get(iso3)) is not None and reading[0].kind == "admin1"}
    for (_, sentence, mention), context in zip(found, contexts, strict=True):
        reading = readings(mention).get(iso3)
        if reading is not None and reading[0].kind == "country" and (
                _PART_OF_COUNTRY.search(sentence.text, max(0, mention.start - 20), mention.start)
                or _ITS_DIVISION.match(sentence.text, mention.end)):
            elsewhere = True  # (or a division the gazetteer lacks: "in Colombia's Catatumbo region")
        if reading is None or reading[0].kind in ("country", "mission") or context <= 0:
            continue  # (a UN mission's name, "MINUSMA", places the incident in its country only)
        place = _within(reading[0], mention, named_divisions)
        inner = containers.get(id(mention))
        if inner is not None and place.kind != "admin1" and iso3 in readings(inner) and not _FACILITY.match(
                sentence.text, inner.end):
            if context >= _LOCATIVE_CONTEXT:
                placed.add(id(inner))  # "in north Kashmir's Baramulla district": the district is where it was
            continue  # "Kashmir's Kulgam district", "Baghdad's Sadr City": the place is the one named next
        if place.kind == "admin1":
            if inner is not None and context >= _LOCATIVE_CONTEXT:
                placed.add(id(inner))  # "in Jharkhand's Gumla district": the district is where it was
            # a dateline's division ("new delhi: ... in ahmedabad") is where the story was filed
            wire = mention.end <= dateline_end(sentence.text)  # "KYIV, Ukraine (AP) —": a capital division
            dateline = wire or (sentence.text[mention.end:mention.end + 1] == ":"
                                and not sentence.text[:mention.start].strip())
            name = _POSSESSIVE.sub("", mention.text)  # "Punjab's Lahore city": the division is Punjab
            # (nor is where a statement was made: "told reporters in Delhi that ... in Srinagar")
            stated = dateline or mention.framed or names_statement(sentence.text, mention)
            divisions.append((not towns and not stated, wire, name))
            canonical.setdefault(name, place.admin1 or place.name)
            town = None if stated else namesake(sentence.text, mention, place)
            if town is not None:  # "a bomb exploded in Kandahar": the city, when no other town is named
                namesakes.append((True, _town_name(name, town.name), place.admin1 or town.admin1))  # its own division
        elif names_treatment(sentence.text, mention) or names_institution(sentence.text, mention):
            # "taken to a hospital in Maiduguri": where the wounded went, not where they were hurt; "the Allahabad
            # High Court": a court's name
            continue
        else:
            # a wire dateline's town, or where a statement was made ("claimed in Mumbai that"): the incident's
            # only when no other town is named
            filed_here = (_WIRE_DATELINE.match(sentence.text, mention.end) and not sentence.text[:mention.start].strip()
                          ) or mention.end <= dateline_end(sentence.text) or names_statement(sentence.text, mention)
            kept = filed if filed_here else events if names_event(sentence.text, mention) else \
                framed if mention.framed else towns
            # "Baghdad's Sadr City": the town is Baghdad, without the possessive
            written = _POSSESSIVE.sub("", mention.text)
            at = context >= _LOCATIVE_CONTEXT or id(mention) in placed
            entry = (at, _town_name(written, place.name), place.admin1)
            region = regions.get(sentence.index)
            if kept is towns and place.kind != "region" and region is not None:
                # "in the West Bank city of Nablus", "Darfur's El Fasher": the town inside the region named before it
                towns.insert(region, entry)
                regions.pop(sentence.index)
                continue
            if kept is towns and place.kind == "region":
                regions.setdefault(sentence.index, len(towns))
                wide.add(entry[1])
            kept.append(entry)
    # a division by its gazetteer name, however the text writes it ("gujarat", "Gujarat": Gujarāt), so that
    # the warehouse groups one division under one name
    # (a wire dateline's last: "SANAA, Yemen (AP) — ... hit the port in Hodeida province")
    named = next((canonical[name] for _, _, name in sorted(divisions, key=lambda entry: entry[1])), None)
    first = next((canonical[name] for before, _, name in divisions if before), None)
    # a division's namesake town in another division than the one named first is no fallback of the incident's
    namesakes = [town for town in namesakes if not first or skeleton(first) == skeleton(town[2] or "")]
    if elsewhere and all(wire for _, wire, _ in divisions):
        # "BEIRUT (Reuters) - An Israeli drone strike in southern Lebanon ...": the capital is where it was filed
        divisions, filed, named, first = [], [], None, None
    if not towns and not namesakes and filed and named:
        return named, None  # "MOGADISHU (Reuters) - ... a base in Galgaduud region": filed elsewhere
    # "shot dead in Kashmir" (a headline), then "in Pulwama district": the town, not the region
    if any(located and name not in wide for located, name, _ in towns):
        towns = [town for town in towns if town[1] not in wide]
    towns = towns or namesakes or filed or events or framed
    located = [town for town in towns if town[0]] or towns
    location, division = (located[0][1], located[0][2]) if located else (None, None)
    if location is None:
        return named, None
    if first and division and skeleton(first) != skeleton(division):
        # "a village in Sennar province ... fighting in Khartoum" (a later, background sentence): the
        # town lies outside the division the incident was placed in, so it is not the incident's
        return first, None
    return first or division or named or next((name for _, _, name in towns if name), None), location


# A part of a country named by its direction: "in southern Lebanon", "in the north-east of Nigeria".
_PART_OF_COUNTRY = re.compile(
    r"\b(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+(?:of\s+)?$", re.IGNORECASE)


# A division named after its country's possessive: "Colombia's Catatumbo region".
_ITS_DIVISION = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:region|province|state|district|department|governorate|county)\b")


# What follows the town of a wire story's dateline: "KABUL, May 16 (Reuters) -", "GAZA (AP) -",
# "KABUL, Afghanistan (AP) -".
_WIRE_DATELINE = re.compile(
    r",?\s*(?:[A-Z][A-Za-z.']+(?:\s[A-Z][A-Za-z.']+){0,2},?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?"
    r"\([A-Za-z .]{2,30}\)\s*[-–—]")


_POSSESSIVE = re.compile(r"['’]s$")


def _containers(found: list[tuple[int, Sentence, PlaceMention]]) -> dict[int, PlaceMention]:
    """The mentions written as a possessive right before another place ("Kashmir's Kulgam"), by id, with
    the place they contain."""
    starts = {(rank, mention.start): mention for rank, _, mention in found}
    return {id(mention): starts[rank, mention.end + 1] for rank, _, mention in found
            if _POSSESSIVE.search(mention.text) and (rank, mention.end + 1) in starts}


# A building or site named after a place: "Istanbul's Ataturk airport" is in Istanbul.
_FACILITY = re.compile(
    r"\s+(?:international\s+)?(?:airport|stadium|university|college|hospital|mosque|church|temple|shrine|"
    r"market|bazaar|square|bridge|road|street|avenue|highway|prison|jail|camp|base|hotel|station|port|"
    r"school|park|palace|mall)\b", re.IGNORECASE)


def _town_name(written: str, name: str) -> str:
    """A town as the text writes it, but in the gazetteer's spelling (or capitalised) when the text writes it in
    one case only, as datelines and lower-cased archives do ("KABUL", "ahmedabad": Kabul, Ahmedabad;
    "bangalore": Bangalore), so that one town reads the same from every source."""
    if not (written.isupper() or written.islower()):
        return written
    if name.isascii() and fold(name) == fold(written):
        return name
    return " ".join(word[:1].upper() + word[1:].lower() for word in written.split(" "))


def _within(place: Place, mention: PlaceMention, divisions: set[str]) -> Place:
    """The reading of a name of several places of one country that lies in a division the text names: "Bijapur
    district of Chhattisgarh" is Chhattisgarh's Bijapur, not Karnataka's; else a town named like a district
    is that district's seat ("gorakhpur:" is Uttar Pradesh's, not a Haryana village GeoNames gives a city's
    population)."""
    if place.kind == "admin1":
        return place
    if not divisions or skeleton(place.admin1 or "") in divisions:
        if place.kind != "city":
            return place
        namesakes = gazetteer().lookup(fold(place.name))  # (a lower-case text's mention keeps its towns only)
        # the divisions whose district the town's name is: its seat lies there
        seats = {skeleton(p.admin1 or "") for p in namesakes if p.kind == "admin2" and p.iso3 == place.iso3}
        if not seats or skeleton(place.admin1 or "") in seats:
            return place
        return next((other for other in namesakes if other.iso3 == place.iso3 and other.kind == "city"
                     and skeleton(other.admin1 or "") in seats), place)
    return next((other for other in mention.places if other.iso3 == place.iso3 and other.kind == place.kind
                 and skeleton(other.admin1 or "") in divisions), place)


# The other side of a border a country's forces fire across, in the conflicts where there is only one:
# India's shelling falls on Pakistan's side of the Line of Control, and Pakistan's on India's.
_ACROSS = {"IND": "PAK", "PAK": "IND"}
_SMALL_TOWN = 50_000  # people: a town this small is often a namesake of a village the gazetteer lacks
_SUPPORTED = 1.5  # demonym and actor votes that make a country the text's own
_LONE_SMALL_TOWN = 0.5  # weight left to a country named by small towns alone against such a country


def _small_towns_only(found: list[tuple[int, Sentence, PlaceMention]], contexts: list[float]) -> set[str]:
    """The countries whose every reading among the counted mentions is a town of fewer than `_SMALL_TOWN`."""
    small: dict[str, bool] = {}
    for (_, _, mention), context in zip(found, contexts, strict=True):
        if context <= 0:
            continue
        for iso3, (place, _) in readings(mention).items():
            is_small = place.kind == "city" and place.population < _SMALL_TOWN
            small[iso3] = small.get(iso3, True) and is_small
    return {code for code, only in small.items() if only}


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
    demonyms = gazetteer().demonyms
    stated = hints(lead, demonyms)
    named = set(scores) | set(stated)
    by_actors = actor_votes(actors, lead, currencies, demonyms, named, _MAX_SENTENCES)
    support = {code: stated.get(code, 0.0) + by_actors.get(code, 0.0) for code in set(stated) | set(by_actors)}
    if support and max(support.values()) >= _SUPPORTED:
        # "Wagner mercenaries and Malian soldiers killed dozens in the village of Moura": a small town the
        # gazetteer knows only in a country nothing else in the text names (Portugal's Moura) gives way
        for code in _small_towns_only(found, contexts) - {c for c, vote in support.items() if vote > 0}:
            scores[code] *= _LONE_SMALL_TOWN
    for votes in (stated, by_actors):
        for code, vote in votes.items():
            scores[code] = scores.get(code, 0.0) + vote
    ranked = [*sorted(scores.values(), reverse=True)[:2], 0.0, 0.0]
    if ranked[0] - max(ranked[1], 0.0) <= MAX_CUE_VOTE:  # else no cue could change the winner
        for code, vote in cue_votes(" ".join(sentence.text for sentence in lead)).items():
            scores[code] = scores.get(code, 0.0) + vote
    best = max(scores, key=lambda code: scores[code]) if scores else None
    if best is None or scores[best] <= 0:
        # "a shepherd wounded by Indian shelling", naming no place: fire from across a border whose other side
        # can only be one country's
        fired = [code for code, vote in stated.items() if vote < 0 and code in _ACROSS]
        return (_ACROSS[fired[0]], None, None) if len(fired) == 1 else (None, None, None)
    admin1, location = _location(found, contexts, best)
    if location is None and (capital := capital_named(" ".join(s.text for s in lead[:3]), best)) is not None \
            and (admin1 is None or skeleton(admin1) in (skeleton(capital.admin1 or ""), skeleton(capital.name))):
        # "TRIPOLI (AP) - Clashes in the Libyan capital ...": the capital, named by its role
        return best, admin1 or capital.admin1, capital.name
    return best, admin1, location
