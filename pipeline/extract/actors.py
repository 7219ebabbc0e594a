"""Actor mentions coded to ACLED-style canonical names, and the incident's two main actors.

`extract_actors(body, sentences)` finds every actor mention in an article:
1. each sentence's tokens go once through the catalogue trie (`actor_scan`);
2. the article's country is voted from the countries, demonyms, capitals and national
   actors it names; kind nouns ("police") take it when they state none;
3. hits are combined and read in context (`actor_compose`): "Pakistani troops" is
   `Military Forces of Pakistan`, "Pakistan said" the `Government of Pakistan`, "in Pakistan"
   no actor;
4. persons and organisations outside the catalogue come from capitalisation
   (`actor_people`), pronouns from the nearest compatible actor before them;
5. each mention gets its role (`actor_roles`).

`main_actors` and `inter_code` live in `actor_main` and are re-exported here;
`incident_mentions` names the mentions again once the incident's country is known.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from pipeline.clean.boilerplate import drop_share_rows
from pipeline.extract.actor_codes import inter_code, recode
from pipeline.extract.actor_compose import compose
from pipeline.extract.actor_context import PRONOUNS, SOURCE_VERBS, clause_subjects
from pipeline.extract.actor_found import Context, Found
from pipeline.extract.actor_main import main_actors
from pipeline.extract.actor_people import People, people_and_orgs
from pipeline.extract.actor_restated import Restatements
from pipeline.extract.actor_roles import role_of
from pipeline.extract.actor_scan import Hit, Tokens, lower_tokens, might_match, scan
from pipeline.extract.catalogue import NAMED, before_its_time, family_name, theatre_name
from pipeline.extract.types import ActorMention, Sentence

__all__ = ["extract_actors", "incident_mentions", "inter_code", "main_actors"]

_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_CAPITAL = re.compile(r"[A-Z]")
_PRONOUN_WORDS = frozenset(PRONOUNS)
# Actor types whose country says where an article is about (media and bodies travel).
_NATIONAL = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "government"})
_GROUP_TYPES = frozenset(
    {
        "state_forces",
        "rebel_group",
        "political_militia",
        "identity_militia",
        "government",
        "international_org",
        "organisation",
        "external_forces",
        "state",
    }
)


# A former member of a group ("two ex-BLA militants", "a former Taliban commander") is a civilian to
# ACLED: "ex-" or "former" before the name, and a person of the group after it (not "the former Al-Shabaab
# stronghold", a place, nor "the former FARC rebel group", the group itself).
_FORMER = re.compile(r"\b(?:ex\s*-\s*|former\s+)$", re.IGNORECASE)
_FIGHTER_AFTER = re.compile(
    r".*?\b(?:militants?|rebels?|fighters?|members?|commanders?|insurgents?|cadres?|combatants?|leaders?|"
    r"guerr?illas?|jihadists?|terrorists?)\b"
    # (a kind noun before a group's noun describes the group: "the former FARC rebel group")
    r"(?!\s+(?:group|movement|organi[sz]ation|outfit|faction|army)\b)", re.IGNORECASE)
# Kind nouns that describe a name right after them: "paramilitary Rapid Support Forces", "rebel group X".
_APPOSITIVE = frozenset(
    """paramilitary paramilitaries group groups militia militias outfit organisation organization movement
    rebel rebels faction insurgents militants jihadists separatists""".split()
)
# Plain people a "they" may stand for: "Residents said they heard gunfire".
_PEOPLE_TYPES = frozenset({"civilians", "protesters", "rioters"})


def extract_actors(body: str, sentences: list[Sentence]) -> list[ActorMention]:
    """Every actor mention in `body`, in order."""
    # Lower-cased upstream (a few capitals in boilerplate aside): no capitalisation cues. A row of share
    # buttons ("Facebook Twitter Linkedin Mail") kept in a copied story says nothing of its case.
    cased = drop_share_rows(body)
    lowercase = len(_CAPITAL.findall(cased)) * 400 < len(cased)
    prepared: list[tuple[Sentence, Tokens, list[Hit]]] = []
    for sentence in sentences:
        text = sentence.text
        low = lower_tokens(text)
        if might_match(low) or (not lowercase and _CAPITAL.search(text, 1)) or not _PRONOUN_WORDS.isdisjoint(low):
            toks = Tokens(text, low)
            prepared.append((sentence, toks, scan(text, toks, lowercase)))
    ctx = _context(prepared, lowercase)
    lower_words = set() if lowercase else set(_LOWER_WORD.findall(body))
    people = People()
    restated = Restatements(body)
    mentions: list[ActorMention] = []
    for sentence, toks, hits in prepared:
        found = compose(toks, hits, ctx)
        found += people_and_orgs(sentence.text, toks, hits, found, ctx, people, lower_words)
        found += _pronouns(toks, found, mentions, body, sentence.start)
        found = _without_appositive_kinds(toks, sorted(found, key=lambda f: f.start))
        for f in found:
            if f.inter in (2, 3) and _FORMER.search(sentence.text, max(0, f.start - 8), f.start) \
                    and not f.name.startswith("Ex-") and _FIGHTER_AFTER.match(sentence.text, f.start, f.end + 16):
                # "two ex-BLA militants", "a former rebel": no longer the group's, civilians to ACLED
                name, actor_type, inter = family_name("civilians", f.iso3)
                f = dataclasses.replace(f, name=name, actor_type=actor_type, inter=inter)
            start, end = sentence.start + f.start, sentence.start + f.end
            mentions.append(restated.read(
                ActorMention(
                    start,
                    end,
                    body[start:end],
                    f.name,
                    f.actor_type,
                    f.iso3,
                    role_of(toks, f),
                    sentence.index,
                    f.inter,
                    f.generic,
                )
            ))
    return mentions


def _without_appositive_kinds(toks: Tokens, found: list[Found]) -> list[Found]:
    """The found actors but a kind noun right before a named one, which it only describes: "Sudan's
    paramilitary Rapid Support Forces", "the Syrian rebel group Jaish al-Islam" are the named group alone
    (not "protesting HTS policies": a verb, not a kind)."""
    nexts: list[Found | None] = [*found[1:], None]
    return [f for f, after in zip(found, nexts[: len(found)], strict=True)
            if not (f.kind == "descriptor" and after is not None and after.kind == "named"
                    and after.first == f.last + 1 and f.name != after.name and toks.low[f.last] in _APPOSITIVE)]


def incident_mentions(
    mentions: list[ActorMention], country: str | None, year: int | None = None
) -> list[ActorMention]:
    """The mentions named for the incident's country, once the places module knows it: a kind noun
    whose country was guessed ("police") takes the incident's, a form of several actors or a
    template is resolved for it, and foreign forces under a coalition take its name there (from the
    year it took it, when the incident's `year` is known)."""
    if country is None:
        return mentions
    out: list[ActorMention] = []
    renamed: dict[str, ActorMention] = {}  # a re-coded name -> its re-coded mention, for the pronouns after it
    for m in mentions:
        if m.generic and m.text.lower() in _PRONOUN_WORDS and m.actor_name in renamed:
            # "the state police spokesman said: 'We have deployed a team'": the pronoun's antecedent, re-coded
            new = renamed[m.actor_name]
            out.append(dataclasses.replace(m, actor_name=new.actor_name, country_iso3=new.country_iso3,
                                           inter_code=new.inter_code))
            continue
        name, inter = recode(m, country, False) if m.generic else (m.actor_name, m.inter_code)
        if m.generic and before_its_time(name, year):  # "militants" in 2002 Pakistan: not yet the TTP's
            name, _, inter = family_name("armed_group", country)
        name = theatre_name(name, country, year)
        if name == m.actor_name or (m.generic and inter is None):
            out.append(m)
            continue
        entry = NAMED.get(name)
        home = (entry.iso3 if entry is not None else None) or (country if m.generic else m.country_iso3)
        out.append(dataclasses.replace(m, actor_name=name, country_iso3=home, inter_code=inter))
        renamed.setdefault(m.actor_name, out[-1])
    return out


def _context(prepared: list[tuple[Sentence, Tokens, list[Hit]]], lowercase: bool) -> Context:
    """The article's country: the most named one, counting places, demonyms and national actors."""
    votes: Counter[str] = Counter()
    for _, toks, hits in prepared:
        for hit in hits:
            place = hit.of_kind("country") or hit.of_kind("demonym") or hit.of_kind("capital")
            if place is not None and place.iso3:
                if not _named_elsewhere(toks, hit):
                    votes[place.iso3] += 1
                continue
            named = [e for e in hit.entries if e.kind == "actor"]
            homes = {e.iso3 for e in named if not e.local and e.actor_type in _NATIONAL}
            # A form of several actors ("ADF") says nothing about the country until it is resolved.
            if len(homes) == 1 and None not in homes and len({e.name for e in named}) == 1:
                votes[homes.pop() or ""] += 1
    country = votes.most_common(1)[0][0] if votes else None
    return Context(country, set(votes), lowercase)


def _named_elsewhere(toks: Tokens, hit: Hit) -> bool:
    """True for a country named as the other side of a border ("near the Afghan border", "the border
    with Nigeria") or by its currency ("the US dollar"): where the incident is not."""
    after = toks.low[hit.last + 1] if hit.last + 1 < len(toks) else ""
    before = toks.low[max(0, hit.first - 2):hit.first]
    return after in ("border", "frontier", "dollar", "dollars") or before == ["border", "with"]


def _quoted(body: str, position: int) -> bool:
    """True when `position` lies inside a quotation opened earlier in its paragraph."""
    paragraph = body[body.rfind("\n", 0, position) + 1 : position]
    return paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")


def _pronouns(toks: Tokens, found: list[Found], before: list[ActorMention], body: str, offset: int) -> list[Found]:
    """Personal pronouns that refer to an actor named in this or the previous sentences."""
    taken = {k for f in found for k in range(f.first, f.last + 1)}
    out: list[Found] = []
    for k, low in enumerate(toks.low):
        kind = PRONOUNS.get(low)
        if kind is None or k in taken:
            continue
        if (low == "i" and toks.text(k) != "I") or toks.text(k) in ("US", "Us"):
            continue
        # "we" and "us" in a quote are the speaker's side, rarely named before: only this sentence's
        # (outside quotes, in a statement, they are its author's, named before: "The Coalition ... We")
        quoted = _quoted(body, offset + toks.start(k))
        speaker_side = low in ("we", "us") and quoted
        earlier = [] if speaker_side else before
        if low in ("they", "them") and quoted:
            # a quote's "they" are whom the speaker tells of ("They burned the bus," he said), not the sources
            told = [m for m in before if m.role != "source"]
            earlier = [m for m in told if m.role == "perpetrator"] or told
        elif low == "they" and k + 1 < len(toks) and toks.low[k + 1] in SOURCE_VERBS:
            # "... by Indian troops. They said ...": who speaks again is the earlier speaker, not the last group
            earlier = [m for m in before if m.role in ("source", "claimant")] or before
        here = [f for f in found if f.last < k or kind == "speaker"]
        if low in ("them", "him"):
            subjects = clause_subjects(toks, [(f.first, f.last) for f in here], k)
            here = [f for f in here if (f.first, f.last) not in subjects]
        antecedent = _antecedent(kind, here, earlier, author=low in ("we", "us"))
        if antecedent is not None:
            # (a generic antecedent's name is re-coded once the country is known: so is the pronoun's)
            name, actor_type, iso3, inter, generic = antecedent
            start, end = toks.start(k), toks.end(k)
            out.append(Found(k, k, start, end, name, actor_type, iso3, inter, None, generic, "pronoun"))
    return out


def _antecedent(
    kind: str, here: list[Found], before: list[ActorMention], author: bool = False
) -> tuple[str, str, str | None, int | None, bool] | None:
    """The most recent person (he, she, I) or group (we, they) named before a pronoun; for a
    statement's "we" (`author`), the first group of the latest sentence naming one, its subject
    ("The Coalition struck ISIL. We will ...": the Coalition)."""
    wanted = (lambda t: t == "person") if kind in ("person", "speaker") else (lambda t: t in _GROUP_TYPES)
    for f in reversed(here):
        if wanted(f.actor_type) and f.kind != "pronoun":
            return f.name, f.actor_type, f.iso3, f.inter, f.generic
        if kind == "group" and f.actor_type in _PEOPLE_TYPES:
            return f.name, f.actor_type, f.iso3, f.inter, f.generic  # "Residents said they heard gunfire"
    last_sentence = before[-1].sentence_index if before else -1
    candidates = [m for m in before if m.sentence_index >= last_sentence - 2 and wanted(m.actor_type)]
    if author and candidates:
        latest = candidates[-1].sentence_index
        m = next(m for m in candidates if m.sentence_index == latest)
        return m.actor_name, m.actor_type, m.country_iso3, m.inter_code, m.generic
    if candidates:
        m = candidates[-1]
        return m.actor_name, m.actor_type, m.country_iso3, m.inter_code, m.generic
    return None
