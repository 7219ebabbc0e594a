"""The actors found in a sentence, and how one catalogue hit becomes one of them.

`Context` holds what the whole article says about its actors (its country), `Found` one actor
of a sentence before roles are read. `resolve` picks the entry a hit names among same-spelled
ones; `named`, `descriptor` and `state` build the `Found` of a named actor, a kind noun with a
country, and a country or capital acting as a state.

A form whose entries belong to different countries ("ADF": the Allied Democratic Forces of
the Congo and Uganda, or Cameroon's Ambazonia Defence Forces) is resolved by the article's
country; when the article names none of theirs, the first entry is kept and flagged
`generic`, so that `actor_codes.recode` can re-read it once the incident's country is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.actor_scan import Hit
from pipeline.extract.catalogue import Entry, family_name, fill


@dataclass(slots=True)
class Context:
    """What the whole article tells about its actors."""

    country: str | None  # the article's main country, from its names, demonyms and actors
    countries: set[str] = field(default_factory=set)  # every country the article names
    lowercase: bool = False  # the article lost its capitals


@dataclass(slots=True)
class Found:
    """An actor found in a sentence, before roles: token range and sentence offsets."""

    first: int
    last: int
    start: int
    end: int
    name: str
    actor_type: str
    iso3: str | None
    inter: int | None
    family: str | None = None  # descriptor family, when the name comes from a kind noun
    generic: bool = False  # the country was not stated but taken from the article
    kind: str = "named"  # named, descriptor, state, person, organisation, pronoun


def _actor_entries(hit: Hit, ctx: Context) -> list[Entry]:
    """The actor entries of a hit that the article's country allows: local forms need it to be
    theirs (or unknown)."""
    return [e for e in hit.entries if e.kind == "actor" and (not e.local or ctx.country in (None, e.iso3))]


def resolve(hit: Hit, ctx: Context) -> Entry | None:
    """The actor entry a hit names: the article's country's when the form has one, else the first
    (a national entry before a local one)."""
    actors = _actor_entries(hit, ctx)
    if not actors:
        return None
    mine = [e for e in actors if e.iso3 and e.iso3 == ctx.country]
    if mine:
        return mine[0]
    return min(actors, key=lambda e: e.local)


def ambiguous(hit: Hit, entry: Entry, ctx: Context) -> bool:
    """True when the hit's form also names another actor and the article's country did not decide."""
    if len(hit.entries) == 1 or (entry.iso3 is not None and entry.iso3 == ctx.country):
        return False
    return any(e.name != entry.name for e in _actor_entries(hit, ctx))


def named(hit: Hit, entry: Entry, ctx: Context, first: int | None = None, start: int | None = None) -> Found:
    """A named actor, with the Taliban told apart by the article's country."""
    name, actor_type = entry.name, entry.actor_type
    iso3 = entry.iso3 or ctx.country
    if name == "Taliban" and ctx.country == "PAK" and "AFG" not in ctx.countries and entry.form == "Taliban":
        # In reporting about Pakistan alone, "the Taliban" are the Pakistani Taliban (TTP).
        name, iso3 = "TTP: Tehreek-i-Taliban Pakistan", "PAK"
    # A template completed with the article's country, a local form kept while the country is
    # unknown, or a form of several actors may need re-coding once the incident's country is known.
    generic = "{" in name or (entry.local and ctx.country is None) or ambiguous(hit, entry, ctx)
    name = fill(name, ctx.country)
    return Found(
        hit.first if first is None else first,
        hit.last,
        hit.start if start is None else start,
        hit.end,
        name,
        actor_type,
        iso3,
        entry.inter,
        None,
        generic,
    )


def descriptor(hit: Hit, entry: Entry, iso3: str | None, generic: bool, first: int, start: int) -> Found:
    """A kind noun coded with a country."""
    name, actor_type, inter = family_name(entry.name, iso3)
    return Found(first, hit.last, start, hit.end, name, actor_type, iso3, inter, entry.name, generic, "descriptor")


def state(hit: Hit, iso3: str, violent: bool) -> Found:
    """A country or capital acting: its government, or its military when the verb is force."""
    name, actor_type, inter = family_name("military" if violent else "government", iso3)
    return Found(hit.first, hit.last, hit.start, hit.end, name, actor_type, iso3, inter, None, False, "state")
