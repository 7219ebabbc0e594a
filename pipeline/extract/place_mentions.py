"""Place names found in text: runs of capitalised words looked up in the gazetteer.

Only capitalised runs are candidates ("Rio de Janeiro", "Deir ez-Zor", "J&K"), each
looked up longest-first, so lower-case words ("bay", "police", "reading") never
become places. Articles written entirely in lower case (some archives are) fall
back to a restricted lookup of the names `gazetteer.lower_case_ok` trusts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.event_type_cues import word_set
from pipeline.extract.gazetteer import Gazetteer, Place, fold

_CAP = r"(?:[A-Z]&[A-Z]\b|[A-ZÀ-ÖØ-Þ][\w'’ʿ]*(?:-[\w'’ʿ]+)*)"
# Lower-case particles inside names: "Rio de Janeiro", "Deir ez-Zor", "Jammu and Kashmir".
_PARTICLES = (
    "de del da do dos das di du la le les el al ad ar as an az ash at ath en er ed et of y e bin ibn van "
    "der den ez es um umm wa and sur am im upon los las"
)
# "d'" and "l'" join the next capitalised word: "Cote d'Ivoire", "Val d'Oise".
_RUN = re.compile(rf"{_CAP}(?:[ \t]+(?:(?:{'|'.join(_PARTICLES.split())})[ \t-]+|[dl]['’])?{_CAP})*")
_WORD = re.compile(r"[^\s]+")
_PARTICLE_SET = word_set(_PARTICLES)
# Words that, after a name, say what kind of unit it is ("Borno State", "Kirundo Province").
_UNIT_WORDS = word_set(
    """state province region governorate district division department county oblast prefecture
    municipality township upazila tehsil lga agency territory commune sector city town village woreda
    kebele tambon amphoe zone parish chieftaincy locality taluka mandal barangay raion colonia corregimiento
    arrondissement changwat gaunpalika nagarpalika wereda upazilla"""
)
# Of those, the words that say the name is a settlement rather than a division.
_TOWN_WORDS = word_set("city town village township locality")
# And those that name a second-level division, where a district outranks a same-named province.
_DISTRICT_WORDS = word_set("district county tehsil upazila lga municipality commune woreda amphoe territory")
# Sources too noisy to make a capitalised word part of a place name by themselves: a
# village or district that shares its name with a word of a longer name ("Boko" in
# "Boko Haram") leaves that longer name a non-place.
_WEAK_SOURCES = frozenset({"village", "district"})
# Words that may stand next to a name in a run without making the run a longer name.
_NEUTRAL = _UNIT_WORDS | word_set(
    """the north south east west northern southern eastern western central upper lower greater
    northeast northwest southeast southwest north-east north-west south-east south-west
    in on at near across inside outside from throughout around"""  # opening a sentence: "In Kabul"
)
# Capitalised unit phrases that may follow a name in a run without making it part of a
# longer name: "Konduga Local Government Area", "Bhardaha Village Development Committee".
_UNIT_PHRASE = re.compile(
    r"\b(?:Local Government(?: Area| Council)?|(?:Village )?Development Committee|Rural Municipality"
    r"|Municipal (?:Council|Corporation)|Union Parishad|Police Station)\b"
)
_ROUTE_WORDS = word_set("road highway motorway expressway route railway bridge border crossing axis corridor")
_LOWER_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_POSSESSIVE = re.compile(r"['’]s$")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
# "the Red Sea", "the Atlantic": a sea or ocean, not the Sudanese state or the US town that
# shares its name ("Red Sea State", "Atlantic County" keep their unit word and stay places).
_WATER_LAST_WORDS = word_set("sea ocean")
_WATER_NAMES = word_set("atlantic pacific mediterranean")
_LOWER_MAX_CHARS = 2500  # the lead of a lower-case article: its dateline and first paragraphs


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A span of the text that names one or more gazetteer places."""

    start: int  # offsets in the sentence (or text) it was found in
    end: int
    text: str
    places: tuple[Place, ...]
    unit: str = ""  # the unit word after the name ("state", "province", "town"), lower case
    partial: bool = False  # part of a longer capitalised name ("Hassan" in "Hassan Dabouq")
    framed: bool = False  # a lower-case name trusted by its frame alone ("in qorveh,"): the place of last resort

    @property
    def unit_hint(self) -> bool:
        """Whether a unit word follows the name."""
        return bool(self.unit)

    @property
    def town_hint(self) -> bool:
        """Whether the unit word names a settlement ("town", "village"), not a division."""
        return self.unit in _TOWN_WORDS

    @property
    def district_hint(self) -> bool:
        """Whether the unit word names a second-level division ("district", "county")."""
        return self.unit in _DISTRICT_WORDS


_LETTERS = re.compile(r"[a-z]{3}")


def mostly_lower_case(text: str) -> bool:
    """True for text written (nearly) without capitals, where capitalisation cannot mark names."""
    sample = text[:1000]
    capitals = len(_CAPITAL.findall(sample))
    if capitals == 0:  # a short line too: "three dead in blast at pakistan court" names no capitalised run
        return _LETTERS.search(sample) is not None
    return len(sample) > 50 and capitals <= len(sample) // 150


def _acronym(gazetteer: Gazetteer, surface: str) -> tuple[Place, ...]:
    """Places a short all-capital form names ("US", "DRC", "J&K"): matched case-sensitively."""
    bare = surface.removesuffix("'s").removesuffix("’s").replace(".", "")
    if bare.isupper() and len(bare) <= 5:
        return gazetteer.acronyms.get(bare, ())
    return ()


def _may_start_name(gazetteer: Gazetteer, word: str) -> bool:
    """Whether a word can begin a gazetteer name (as written, without a possessive, as an
    acronym, or hyphenated where the name is one word: "Petion-Ville")."""
    key = fold(word)
    if key.split(" ", 1)[0] in gazetteer.first or _acronym(gazetteer, word):
        return True
    if "-" in word and key.replace(" ", "") in gazetteer.first:
        return True
    return word.endswith(("'s", "’s")) and fold(word[:-2]).split(" ", 1)[0] in gazetteer.first


def _run_mentions(gazetteer: Gazetteer, text: str, run: re.Match[str]) -> list[PlaceMention]:
    """Longest gazetteer names inside one capitalised run, left to right.

    A name is `partial` when the run holds other capitalised words that are neither
    places nor particles, unit or direction words: "Hassan" in "Hassan Dabouq",
    "Uganda" in "Liberation of Uganda".
    """
    whole = run.group(0)
    if " " not in whole and not _may_start_name(gazetteer, whole):
        return []  # the common case: one capitalised word that starts no place name
    spans = [(run.start() + m.start(), run.start() + m.end()) for m in _WORD.finditer(whole)]
    words = [text[start:end] for start, end in spans]
    keys = [fold(word) for word in words]
    matches: list[tuple[int, int, str, tuple[Place, ...]]] = []
    index = 0
    while index < len(words):
        match = _longest_at(gazetteer, text, spans, words, keys, index)
        if match is None:
            index += 1
            continue
        matches.append(match)
        index = match[1]
    covered = {
        i
        for first, stop, _, places in matches
        if any(place.source not in _WEAK_SOURCES for place in places)
        for i in range(first, stop)
    }
    matched = {i for first, stop, _, _ in matches for i in range(first, stop)}
    pieces = {i: _route_parts(gazetteer, text, spans[i], word) for i, word in enumerate(words) if i not in matched}
    pieces = {i: found for i, found in pieces.items() if found}
    covered.update(pieces)
    for phrase in _UNIT_PHRASE.finditer(whole):
        covered.update(i for i, (start, _) in enumerate(spans) if phrase.start() <= start - run.start() < phrase.end())
    loose = [
        i for i, word in enumerate(words)
        if i not in covered and word.lower() not in _NEUTRAL and word not in _PARTICLE_SET
    ]
    # Two names back to back ("Boko Haram", "Berlin Christmas") are one longer name.
    joined = {i for i in range(len(matches) - 1) if matches[i][1] == matches[i + 1][0]}
    found = []
    for number, (first, stop, hint, places) in enumerate(matches):
        start, end = spans[first][0], spans[stop - 1][1]
        surface = text[start:end]
        partial = any(not first <= i < stop for i in loose) or number in joined or number - 1 in joined
        # "Simara of Bara district": a coder's "village of district", not a longer name
        division_of = hint and hint not in _TOWN_WORDS and first > 0 and words[first - 1] == "of"
        partial = partial and not division_of and not surface.endswith(("'s", "’s"))
        if not hint and _water_body(text, start, surface):
            continue
        if not hint and _TOWN_OF.search(text, max(0, start - 12), start):
            hint = "town"  # "the northern city of Kirkuk": the city, not its same-named province
        if not hint and surface == whole and _not_a_town(text, start, surface, places):
            continue
        found.append(PlaceMention(start, end, surface, places, hint, partial))
    for i, parts in pieces.items():
        partial = any(j != i for j in loose)
        found.extend(PlaceMention(start, end, part, places, "", partial) for start, end, part, places in parts)
    found.sort(key=lambda mention: mention.start)
    return found


_TOWN_OF = re.compile(r"\b(?:city|town|village)\s+of\s+$")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(the|el|al)\s$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:and|or|in|on|at|of|to|from|with|near|where|which|that|was|were|is)\b)")


def _not_a_town(text: str, start: int, surface: str, places: tuple[Place, ...]) -> bool:
    """Whether a one-word town name is something else by the word before it: a building after
    "the" ("gathered outside the Saray"; towns take no article, countries and regions may), or
    part of an Arabic name after a lower-case "el"/"al" ("el Mina", Tripoli's port, is not Mexico's Mina)."""
    if " " in surface or not all(place.kind == "city" or place.source == "district" for place in places):
        return False  # a country or a region may take "the" ("the Gambia", "the Bekaa")
    if any(place.name.lower().startswith(("the ", "el ", "al ")) for place in places):
        return False  # "the Hague", "El Fasher": the article is the name's own
    article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    if article is None:
        return False
    # a name that ends its noun phrase ("outside the Saray and ..."), not one that qualifies a noun ("the
    # Nowshera press club")
    return article.group(1) != "the" or _PHRASE_END.match(text, start + len(surface)) is not None


def _water_body(text: str, start: int, surface: str) -> bool:
    """Whether a name after "the" is a sea or an ocean ("the Red Sea", "the Pacific")."""
    if text[max(0, start - 4) : start].lower() != "the ":
        return False
    last = surface.rsplit(" ", 1)[-1].lower()
    return last in _WATER_LAST_WORDS or surface.lower() in _WATER_NAMES


def _route_parts(
    gazetteer: Gazetteer, text: str, span: tuple[int, int], word: str
) -> list[tuple[int, int, str, tuple[Place, ...]]]:
    """The places of a hyphenated route ("the Sidon-Beirut highway", "the Chtaura-Masnaa
    road"): each capitalised part that is a name on its own. Other hyphenated words are
    names of their own ("Gourma-Rharous"), whose parts may be other places."""
    parts = word.split("-")
    following = [w.lower().strip(".,;:)") for w in text[span[1] : span[1] + 24].split()[:2]]
    if len(parts) < 2 or not _ROUTE_WORDS.intersection(following):  # "the X-Y road", "the X-Y main road"
        return []
    if not all(part[:1].isupper() for part in parts):
        return []
    found = []
    offset = span[0]
    for part in parts:
        places = gazetteer.lookup(fold(part)) if len(part) >= 3 else ()
        if places:
            found.append((offset, offset + len(part), part, places))
        offset += len(part) + 1
    return found


def _abbreviation(text: str, span: tuple[int, int], word: str) -> bool:
    """Whether a short all-capital word is an organisation's abbreviation ("the BLA attacked",
    "(NAN)") rather than a place written in capitals, as in a dateline ("GAZA (Reuters) -")."""
    if not word.isupper() or len(word) > 4:
        return False
    following = text[span[1] : span[1] + 3].lstrip(" ")
    return text[span[0] - 1 : span[0]] == "(" or following[:1] not in ("(", ",", "-", ":", "—", "–")


def _longest_at(
    gazetteer: Gazetteer,
    text: str,
    spans: list[tuple[int, int]],
    words: list[str],
    keys: list[str],
    index: int,
) -> tuple[int, int, str, tuple[Place, ...]] | None:
    """(first word, stop word, unit word or "", places) of the longest name starting at word `index`.

    Each word is folded once and candidate names are joined from the folded words;
    a run word that starts no indexed name is skipped at once.
    """
    if words[index] in _PARTICLE_SET:
        return None
    acronym = _acronym(gazetteer, words[index])
    if not _may_start_name(gazetteer, words[index]):
        return (index, index + 1, "", acronym) if acronym else None
    abbreviation = _abbreviation(text, spans[index], words[index])
    for stop in range(min(len(words), index + gazetteer.max_words), index, -1):
        last = words[stop - 1]
        if last in _PARTICLE_SET:
            continue
        if last.endswith(("'s", "’s")) and fold(last[:-2]) in gazetteer.stopwords:
            continue  # "Centre's" is the possessive of a common word, not the town "Centres"
        if stop == index + 1 and abbreviation:
            return (index, stop, "", acronym) if acronym else None  # "the BLA attacked": no town Bla
        end = spans[stop - 1][1]
        following = text[end : end + 16].split()
        unit = following[0].lower().strip(".,;:)") if following else ""
        hint = unit if unit in _UNIT_WORDS else ""
        key = " ".join(keys[index:stop])
        candidates = [key]
        if last.endswith(("'s", "’s")):  # "Baghdad's": the name without the possessive
            candidates.insert(0, " ".join([*keys[index : stop - 1], fold(last[:-2])]))
        if hint:  # "Rivers state": the name with its unit word, when that is the indexed form
            candidates.insert(0, f"{candidates[0]} {unit}")
        elif stop - index > 1 and keys[stop - 1] in _UNIT_WORDS:  # "Beni Territory": the unit word is in the name
            hint = keys[stop - 1]
        if key.count(" ") == 1 and len(key) >= 9:  # "Petion-Ville" is also written "Petionville"
            candidates.append(key.replace(" ", ""))
        # Every form that is indexed counts: "Diffa region" (an alternate name) and "Diffa" (the main one).
        places = tuple(dict.fromkeys(place for candidate in candidates for place in gazetteer.lookup(candidate)))
        if places:
            return index, stop, hint, places
        if stop == index + 1 and acronym:
            return index, stop, hint, acronym
    return None


def find_places(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """Every place named in `text` (mixed-case prose)."""
    found: list[PlaceMention] = []
    for run in _RUN.finditer(text):
        found.extend(_run_mentions(gazetteer, text, run))
    return found


def _word_at(text: str, word: str, cursor: int) -> int:
    """Offset of the next whole-word occurrence of `word` at or after `cursor` (-1 if none)."""
    position = text.find(word, cursor)
    while position >= 0:
        before = text[position - 1] if position else " "
        after = text[position + len(word) : position + len(word) + 1] or " "
        if not before.isalpha() and not after.isalpha():
            return position
        position = text.find(word, position + 1)
    return -1


_APOSTROPHE = re.compile("['’]")


def find_places_lower(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """Places named in lower-case text, from the trusted names only (`gazetteer.lower_case_ok`)."""
    text = text[:_LOWER_MAX_CHARS]
    words = _LOWER_TOKEN.findall(text)
    # the keys fold an apostrophe away ("people's republic of china"); a name's last word may be a possessive
    # ("kashmir's police")
    keys = owners = words
    if "'" in text or "’" in text:
        keys = [_APOSTROPHE.sub("", word) for word in words]
        owners = [_POSSESSIVE.sub("", word) for word in words]
    prefixes = gazetteer.lower_prefixes  # (its single words are the names' first words)
    found: list[PlaceMention] = []
    cursor = 0
    skip_to = 0
    for index in [i for i, key in enumerate(keys) if key in prefixes or (owners is not keys and owners[i] in prefixes)]:
        if index < skip_to:
            continue
        # as far as a name goes on ("democratic republic of congo" is one, not "republic of congo"), then back
        reach, head = index + 1, keys[index]
        while reach < len(words) and f"{head} {keys[reach]}" in prefixes:
            head, reach = f"{head} {keys[reach]}", reach + 1
        if reach < len(words) and owners is not keys and f"{head} {owners[reach]}" in prefixes:
            reach += 1  # "north kivu's"
        for stop in range(reach, index, -1):
            head = " ".join([*keys[index:stop - 1], ""])
            rows = gazetteer.lower.get(head + keys[stop - 1])
            last = words[stop - 1]
            if not rows and owners[stop - 1] != keys[stop - 1]:
                rows = gazetteer.lower.get(head + owners[stop - 1])
                last = last[:len(owners[stop - 1])]  # (the mention ends before the possessive)
            if not rows:
                continue
            start = _word_at(text, words[index], cursor)
            end = _word_at(text, words[stop - 1], start) + len(last) if start >= 0 else -1
            if start < 0 or end < start:
                break
            places = tuple(Place._make(gazetteer.rows[i]) for i in rows)
            found.append(PlaceMention(start, end, text[start:end], places))
            cursor, skip_to = end, stop
            break
    return found
