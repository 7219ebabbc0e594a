"""The actor catalogue: every surface form we recognise, in one token trie.

Built once at import from the curated files in `data/` (each documents its sources):
`countries.csv` (names, demonyms, capitals), `actors.csv` (named actors),
`actors_descriptors.csv` (kind nouns such as "troops", "gunmen"), `actors_titles.csv`
(words that introduce a person), `actors_defaults.csv` (a country's main insurgency) and
`actors_theatres.csv` (names ACLED gives an actor in one theatre: "Operation Restoring Hope").

Forms are stored as tuples of lower-cased tokens (see `tokens`), so one pass over a
sentence's tokens with dictionary look-ups finds every form, longest first, whatever the
size of the catalogue: no per-entry regular expression.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract.countries import COUNTRIES, acled_country, state_name

DATA = Path(__file__).with_name("data")

# Words ([^\W_]+) and single punctuation marks. Full stops and apostrophes join words and are
# dropped, so "U.S." / "U S" and "Pakistan's" / "Pakistan s" share their tokens; commas, brackets,
# quotes and hyphens stay as tokens and stop a form from matching across them ("Pakistan-Taliban
# talks" is not "Pakistan Taliban"). Hyphenated forms are also stored with spaces (see `variants`).
TOKEN = re.compile(r"[^\W_]+|[^\w\s.'’‘]")

# ACLED's naming pattern for each descriptor family: (template, actor_type, inter code).
FAMILIES: dict[str, tuple[str, str, int]] = {
    "military": ("Military Forces of {state}", "state_forces", 1),
    "police": ("Police Forces of {state}", "state_forces", 1),
    "prison_guards": ("Police Forces of {state} Prison Guards", "state_forces", 1),
    "government": ("Government of {state}", "government", 1),
    "protesters": ("Protesters ({country})", "protesters", 6),
    "rioters": ("Rioters ({country})", "rioters", 5),
    # Party activists, supporters, youths: a crowd, protesting or rioting as the event says.
    "crowd": ("Protesters ({country})", "protesters", 6),
    "civilians": ("Civilians ({country})", "civilians", 7),
    "armed_group": ("Unidentified Armed Group ({country})", "political_militia", 3),
    "gang": ("Unidentified Gang ({country})", "political_militia", 3),
    "militant": ("Unidentified Armed Group ({country})", "political_militia", 3),
    "rebel": ("Unidentified Armed Group ({country})", "political_militia", 3),
    "separatist": ("Unidentified Armed Group ({country})", "political_militia", 3),
    "communal": ("Unidentified Communal Group ({country})", "identity_militia", 4),
    "clan": ("Unidentified Clan Militia ({country})", "identity_militia", 4),
    "tribal": ("Unidentified Tribal Militia ({country})", "identity_militia", 4),
    "vigilante": ("Vigilante Group ({country})", "identity_militia", 4),
    "private_security": ("Private Security Forces ({country})", "external_forces", 8),
}

# ACLED names the Islamic State by country, except where a regional province operates.
IS_REGIONS = {
    "NGA": "Islamic State (West Africa)",
    "NER": "Islamic State (West Africa)",
    "TCD": "Islamic State (West Africa)",
    "CMR": "Islamic State (West Africa)",
    "MLI": "Islamic State (Greater Sahara)",
    "BFA": "Islamic State (Greater Sahara)",
    "COD": "Islamic State (Central Africa)",
    "UGA": "Islamic State (Central Africa)",
}


def words(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of `text`: word lists stay readable."""
    return frozenset(text.split())


# Short forms that are ordinary English words when a text is all lower case.
_LOWERCASE_STOP = words(
    "us is it an as at be by do go he if in me my no of on or so to up we who fact let rota man can "
    "aid all are dawn sad bar pa pm ana cma pdf sac fan may net spa wam site act art "
    # a word of the text, not the acronym or capital it spells: "a car" (CAR), "male" (Malé), "mend your
    # ways" (MEND), "aaj tak" (a channel, not TAK), "saba" (a name)
    "car male mend tak saba"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One catalogue form and what it names."""

    kind: str  # actor, country, demonym, capital, descriptor, title
    name: str  # canonical name or template (actor), family (descriptor), title kind (title)
    actor_type: str
    inter: int | None
    iso3: str | None
    local: bool  # only in articles about `iso3`
    case: str  # exact: letters must match; title: capitalised when the form is; any
    form: str  # the form as written in the data file


Node = dict[str, "Node | list[Entry]"]


def tokens(text: str) -> list[str]:
    """The lower-cased tokens of `text` as the catalogue stores them."""
    return [t.lower() for t in TOKEN.findall(text)]


def variants(form: str) -> set[tuple[str, ...]]:
    """Token tuples a form is stored under: as written, and with hyphens read as spaces; a named
    militia also as its members ("Dogon militia": "Dogon militias", "Dogon militiamen")."""
    found = {tuple(tokens(form)), tuple(tokens(form.replace("-", " ")))}
    for written in list(found):
        if len(written) > 1 and written[-1] == "militia":
            found |= {(*written[:-1], plural) for plural in ("militias", "militiamen")}
    return found


def case_rule(form: str, kind: str) -> str:
    """How strictly a form's capitalisation must match: exact, title or any."""
    letters = [c for c in form if c.isalpha()]
    if kind in ("descriptor", "title") or form == form.lower():
        return "any"
    if len(letters) <= 5 and len(tokens(form)) <= 2:
        return "exact"  # acronyms and short names ("LeT", "IS-K", "Fano"): "let" is a verb
    return "title"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _entries() -> list[Entry]:
    """Every form of every data file."""
    out: list[Entry] = []

    def add(kind: str, form: str, name: str, actor_type: str, inter: int | None, iso3: str | None) -> None:
        local = form.startswith("~")
        form = form.lstrip("~").strip()
        if form:
            out.append(Entry(kind, name, actor_type, inter, iso3, local, case_rule(form, kind), form))

    for country in COUNTRIES.values():
        for form in (country.name, *country.aliases):
            add("country", form, country.iso3, "country", None, country.iso3)
        for form in country.demonyms:
            add("demonym", form, country.iso3, "nationality", None, country.iso3)
        if country.capital:
            add("capital", country.capital, country.iso3, "capital", None, country.iso3)
    for row in _rows("actors.csv"):
        inter = int(row["inter"]) if row["inter"] else None
        for form in row["aliases"].split("|"):
            actor_type = "political_militia" if row["type"] == "party" else row["type"]
            add("actor", form, row["name"], actor_type, inter, row["iso3"] or None)
    for row in _rows("actors_descriptors.csv"):
        _, actor_type, inter = FAMILIES[row["family"]]
        add("descriptor", row["phrase"], row["family"], actor_type, inter, None)
    for row in _rows("actors_titles.csv"):
        add("title", row["phrase"], row["kind"], "person", None, None)
    return out


def build_trie(entries: list[Entry]) -> Node:
    """A nested dict keyed by token; the key "" of a node holds the entries ending there."""
    root: Node = {}
    for entry, form_tokens in ((e, t) for e in entries for t in variants(e.form)):
        node = root
        for token in form_tokens:
            child = node.setdefault(token, {})
            assert isinstance(child, dict)
            node = child
        ending = node.setdefault("", [])
        assert isinstance(ending, list)
        if entry not in ending:
            ending.append(entry)
    return root


ENTRIES: list[Entry] = _entries()
TRIE: Node = build_trie(ENTRIES)
FIRST_TOKENS: frozenset[str] = frozenset(TRIE)
_DEFAULT_ROWS = _rows("actors_defaults.csv")
DEFAULTS: dict[tuple[str, str], str] = {(r["iso3"], r["family"]): r["name"] for r in _DEFAULT_ROWS}
# Country -> (first year, side) of the "shelling_since_YYYY" defaults, oldest first.
SHELLING_SINCE: dict[str, list[tuple[int, str]]] = {}
for (_iso3, _family), _name in sorted(DEFAULTS.items()):
    if _family.startswith("shelling_since_"):
        SHELLING_SINCE.setdefault(_iso3, []).append((int(_family.rsplit("_", 1)[1]), _name))
# A default group -> the year it took the field: before it, unnamed fighters are not its (a year-dependent side of
# shelling is SHELLING_SINCE's).
DEFAULT_SINCE: dict[str, int] = {}
for _row in _DEFAULT_ROWS:
    if _row["since"] and not _row["family"].startswith("shelling_since_"):
        DEFAULT_SINCE[_row["name"]] = min(int(_row["since"]), DEFAULT_SINCE.get(_row["name"], 9999))


def before_its_time(name: str | None, year: int | None) -> bool:
    """True for a country's default group in a year before it took the field (the TTP in 2002)."""
    return name is not None and year is not None and year < DEFAULT_SINCE.get(name, year)


# Kind nouns of a state's fire from afar ("U.S. airstrikes", "Israeli strikes", "Russian shelling"):
# they name an actor only after a nationality, and say nothing of where the fire landed.
REMOTE_FIRE = frozenset({
    "airstrikes", "airstrike", "air strikes", "air strike", "drone strike", "drone strikes", "air raids", "air raid",
    "strikes", "strike", "missile strikes", "missile strike", "missiles", "missile", "shelling", "bombardment",
    "bombardments", "drone", "drones", "drone attack", "drone attacks", "firing", "cross-border firing",
})
# Nouns of violence a side's name can qualify: "police firing", "a Taliban attack", "army shelling" ("strike"
# and "action" are left out: "a VHP strike" is a shutdown, "the government's action" a decision).
VIOLENCE_NOUNS = frozenset({
    "attack", "attacks", "firing", "fire", "gunfire", "bullets", "bullet", "shelling", "airstrike", "airstrikes",
    "raid", "raids", "operation", "operations", "offensive", "ambush", "bombing", "bombings", "assault", "assaults",
    "onslaught", "crackdown", "lathicharge", "lathi-charge", "lathi-charges", "lathicharges",
})


def names_violence(word: str, following: str = "") -> bool:
    """True when a (lower-case) word, with the word after it, is a noun of violence: "firing", "air strike"."""
    return word in VIOLENCE_NOUNS or f"{word} {following}" in REMOTE_FIRE


# A state's attacks named by its nationality, not fire from afar: "a Ukrainian counterattack".
COUNTERATTACKS = frozenset({"counterattack", "counterattacks", "counter-attack", "counter-attacks", "counteroffensive",
                            "counter-offensive"})
# Named actors by canonical name, for inter codes and types of names built elsewhere.
NAMED: dict[str, Entry] = {e.name: e for e in ENTRIES if e.kind == "actor" and "{" not in e.name}
# Parties and their wings: their supporters' clashes are riots, not battles between armed groups.
PARTIES: frozenset[str] = frozenset(r["name"] for r in _rows("actors.csv") if r["type"] == "party")
THEATRES: dict[tuple[str, str], tuple[str, int]] = {
    (r["iso3"], r["name"]): (r["theatre_name"], int(r["since"])) for r in _rows("actors_theatres.csv")
}


def theatre_name(name: str, iso3: str | None, year: int | None = None) -> str:
    """ACLED's name for actor `name` in incidents in country `iso3` in `year` ("Operation Restoring Hope"
    for Saudi forces in Yemen since 2015); the name itself elsewhere, and before the theatre name existed
    (al-Qaeda in a 2002 Indian report is not AQIS, founded in 2014). An unknown year is taken as recent."""
    theatre = THEATRES.get((iso3 or "", name))
    return theatre[0] if theatre is not None and (year is None or year >= theatre[1]) else name


@functools.lru_cache(maxsize=4096)
def form_actors(text: str, whole: bool = False) -> tuple[Entry, ...]:
    """The actor entries of the longest catalogue form that `text` starts with ("ADF fighters" ->
    the entries of "ADF"), or with `whole` of `text` itself; empty when there is none."""
    node: object = TRIE
    found: tuple[Entry, ...] = ()
    words = tokens(text)
    for k, token in enumerate(words):
        node = node.get(token) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            return () if whole else found
        ending = node.get("")
        actors = tuple(e for e in ending if e.kind == "actor") if isinstance(ending, list) else ()
        if actors and (not whole or k == len(words) - 1):
            found = actors
    return found


def case_ok(entry: Entry, surface: str, lowercase_text: bool) -> bool:
    """True when `surface` is written the way `entry` requires."""
    if entry.case == "any":
        return True
    if lowercase_text:
        # The article lost its capitals: accept names, but not short forms that are English words.
        return entry.case == "title" or (len(entry.form) >= 3 and surface.lower() not in _LOWERCASE_STOP)
    if entry.case == "exact":
        return re.sub(r"[\W_]", "", surface) == re.sub(r"[\W_]", "", entry.form)
    return surface[:1].isupper() or not entry.form[:1].isupper()


@functools.lru_cache(maxsize=4096)
def family_name(family: str, iso3: str | None) -> tuple[str, str, int]:
    """(ACLED name, actor_type, inter) of a descriptor family in country `iso3` (None: unknown)."""
    if iso3 and family in ("militant", "rebel", "separatist") and (iso3, family) in DEFAULTS:
        return named_actor(DEFAULTS[(iso3, family)], iso3)
    template, actor_type, inter = FAMILIES[family]
    return fill(template, iso3), actor_type, inter


def named_actor(name: str, iso3: str | None) -> tuple[str, str, int]:
    """(name, actor_type, inter) of a named actor, its template filled for country `iso3`."""
    entry = NAMED.get(name)
    actor_type = entry.actor_type if entry else "rebel_group"
    inter = entry.inter if entry and entry.inter is not None else 2
    return name, actor_type, inter


@functools.lru_cache(maxsize=8192)
def fill(template: str, iso3: str | None) -> str:
    """A template with its country, or without the country part when unknown."""
    if "{" not in template:
        return template
    if template.startswith("Islamic State") and iso3 in IS_REGIONS:
        return IS_REGIONS[iso3]
    if iso3 and iso3 in COUNTRIES:
        return template.format(state=state_name(iso3), country=acled_country(iso3))
    return template.replace(" of {state}", "").replace(" ({country})", "").replace(" Prison Guards", "")
