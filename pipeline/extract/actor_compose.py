"""From catalogue hits to actors: combining hits and reading their context.

- a demonym or country before a kind noun names that country's actor: "Pakistani troops",
  "Pakistan's army", "forces of Azerbaijan" -> `Military Forces of Pakistan`;
- a kind noun alone takes the article's country: "police" -> `Police Forces of <country>`;
- a named actor is resolved among same-spelled entries by the article's country, and its
  template completed ("Islamic State ({country})");
- a country or capital is an actor only when it acts ("Pakistan said", "mediated by Qatar",
  "talks between Pakistan and Kabul"), never when it only locates ("in Pakistan").
"""

from __future__ import annotations

from pipeline.extract.actor_context import (
    ACTOR_VERBS,
    COORDINATORS,
    HARM_VERBS,
    VIOLENT_VERBS,
    acts_as_subject,
    blamed,
    inverted_subject,
    located,
    relation_before,
    stance_after,
    word,
)
from pipeline.extract.actor_found import Context, Found, descriptor, named, resolve, state
from pipeline.extract.actor_scan import Hit, Tokens, scan
from pipeline.extract.catalogue import COUNTERATTACKS, REMOTE_FIRE, Entry, family_name, words
from pipeline.extract.countries import COUNTRIES

# Words allowed between a demonym and its kind noun: "Pakistani paramilitary troops".
MODIFIERS = words(
    "security paramilitary border special government regular elite federal national local provincial state "
    "regime riot frontier armed intelligence naval ground allied loyalist pro-government"
)
_CIVILIANS = Entry("descriptor", "civilians", "civilians", 7, None, False, "any", "civilians")
_ARMED_GROUP = Entry("descriptor", "armed_group", "political_militia", 3, None, False, "any", "armed group")
# Kind nouns that name an actor only with a qualifier, or when they are not used as adjectives.
WEAK = words(
    "military government administration ministry terrorist militant civilian rebel insurgent jihadist separatist"
)
# Kind nouns that name an actor only after a qualifier ("U.S. airstrikes", "Turkish forces", "a Ukrainian
# counterattack").
QUALIFIED_ONLY = frozenset({"forces", "fighters"}) | REMOTE_FIRE | COUNTERATTACKS
# Words after an office ("the prime minister said", "the home minister of the state") that show no
# name follows it, in text that lost its capitals.
_NO_NAME_AFTER = ACTOR_VERBS | words("of and in on at to for who whom whose which that with from during")

_FORCES = frozenset({"military", "police", "prison_guards"})
# What forces hold or man, named by "military" before it: the forces themselves when attacked.
_MILITARY_HOLDINGS = words("""position positions post posts base bases camp camps checkpoint checkpoints outpost
    outposts convoy convoys patrol patrols vehicle vehicles barracks installation installations garrison""")


def _off_duty(toks: Tokens, first: int) -> int:
    """The first token of "retired", "former", "ex-" or "off-duty" right before a kind noun, else `first`."""
    if word(toks, first - 1) in ("retired", "former"):
        return first - 1
    if word(toks, first - 1) == "-" and word(toks, first - 2) == "ex":
        return first - 2
    if word(toks, first - 1) == "duty" and word(toks, first - 2) == "-" and word(toks, first - 3) == "off":
        return first - 3
    return first


def _jurisdiction(toks: Tokens, hit: Hit) -> bool:
    """True for a police station named as a jurisdiction: "under Konta police station (limits)", and for a
    Nigerian local government area: "in Bokkos Local Government Area"."""
    if word(toks, hit.first - 1) == "local" and word(toks, hit.last + 1) in ("area", "areas", "council", "lga"):
        return True
    if word(toks, hit.last + 1) not in ("station", "stations", "thana"):
        return False
    return word(toks, hit.last + 2) in ("limits", "area", "jurisdiction") or "under" in (
        word(toks, hit.first - 1),
        word(toks, hit.first - 2),
        word(toks, hit.first - 3),
    )


def _informer(toks: Tokens, last: int) -> bool:
    """True when "informer(s)" follows a kind noun: "police informer"."""
    return word(toks, last + 1) in ("informer", "informers")


def _qualifies(toks: Tokens, hit: Hit, nxt: Hit) -> bool:
    """True when `hit` (a demonym or country) directly qualifies `nxt`: adjacent, or across a
    possessive 's and modifiers."""
    k = hit.last + 1
    if word(toks, k) == "s":
        k += 1
    while k < nxt.first and word(toks, k) in MODIFIERS:
        k += 1
    return k == nxt.first


def _of_country(toks: Tokens, hit: Hit, nxt: Hit | None) -> bool:
    """True for "<kind noun> of (the) <country>": "military forces of Armenia"."""
    if nxt is None or "country" not in nxt.kinds() or word(toks, hit.last + 1) != "of":
        return False
    gap = nxt.first - hit.last - 1
    return gap == 1 or (gap == 2 and word(toks, hit.last + 2) == "the")


def _weak_alone(toks: Tokens, hit: Hit, entry: Entry) -> bool:
    """True for a weak kind noun that does not name an actor here: bare "forces" or "airstrikes",
    adjectival "military operation", "terrorist attack"."""
    form = entry.form.lower()
    if form in QUALIFIED_ONLY:
        return True
    if hit.of_kind("title") is not None and _names_next(toks, hit.last + 1):
        return True  # "Foreign Minister Ibrahim al-Jaafari": the named person acts, for whichever state
    if form not in WEAK:
        return False
    k = hit.last + 1
    after = toks.text(k) if k < len(toks) else None
    if after == "of" and k + 1 < len(toks) and toks.text(k + 1).endswith("ing"):
        return False  # "accused the army of torturing detainees": the accused, a noun
    if after in ("and", "or") and k + 1 < len(toks) and toks.low[k + 1] in ("the", "its", "their"):
        return False  # "between the government and the rebels": a noun coordinated with another
    if form == "military" and after is not None and after.lower() in _MILITARY_HOLDINGS and _attacked(toks, hit.first):
        return False  # "attacked a military position": the forces that hold it, the attack's target
    return after is not None and after.isalpha() and after.islower() and acts_as_subject(toks, hit.last + 1) is None


def _attacked(toks: Tokens, first: int) -> bool:
    """True when what starts at `first` ("military position") is attacked: a verb of violence shortly before,
    "an attack on" it, or "came under fire" after it."""
    before = [word(toks, k) for k in range(max(0, first - 4), first)]
    after = [word(toks, k) for k in range(first + 2, min(len(toks), first + 5))]
    return bool(HARM_VERBS.intersection(before)) or ("on" in before[-2:] and any(
        w.startswith(("attack", "assault", "raid")) for w in before)) or after[:2] == ["came", "under"]


def _names_next(toks: Tokens, k: int) -> bool:
    """True when token `k` starts a name: capitalised, or in lower-case text a word that is no verb or
    preposition ("home minister p chidambaram said", not "the home minister said")."""
    if k >= len(toks):
        return False
    after = toks.text(k)
    if after[:1].isupper():
        return True
    return after.isalpha() and after not in _NO_NAME_AFTER and toks.sentence == toks.sentence.lower()


def _plural_demonym(entry: Entry) -> bool:
    """True for a demonym used as a plural noun ("Syrians"), not an adjective ("Syrian", "Swiss")."""
    form = entry.form
    return form.endswith("s") and entry.iso3 is not None and form[:-1] in COUNTRIES[entry.iso3].demonyms


def _kind_noun_only(hit: Hit) -> bool:
    """True for a hit that is a kind noun and nothing else, and not a crowd ("BNP activists" are a
    crowd of the party's supporters, not its armed wing)."""
    noun = hit.of_kind("descriptor")
    return noun is not None and noun.name != "crowd" and not hit.kinds() & {"actor", "country", "demonym"}


def _coordinated_force(toks: Tokens, hit: Hit, nxt: Hit, ctx: Context) -> bool:
    """True for a demonym coordinated with a state force named by its own demonym: "Turkish and
    Russian forces"."""
    gap = [word(toks, k) for k in range(hit.last + 1, nxt.first)]
    if gap != ["and"] or not hit.of_kind("demonym"):
        return False
    if toks.low[hit.last].endswith("s") and toks.low[hit.last] != "swiss":
        return False  # "between Palestinians and Israeli forces": a people, not "Palestinian [forces]"
    force = resolve(nxt, ctx)
    return force is not None and force.actor_type == "state_forces" and force.form.split()[0] != force.form


def _demonym_chain_end(hits: list[Hit], i: int, toks: Tokens) -> int:
    """Index of the last demonym or country of a list "Turkish and Russian" starting at hits[i]."""
    j = i
    while j + 1 < len(hits):
        gap = [word(toks, k) for k in range(hits[j].last + 1, hits[j + 1].first)]
        if not gap or any(w not in COORDINATORS for w in gap):
            break
        if not hits[j + 1].kinds() & {"demonym", "country"}:
            break
        j += 1
    return j


def _chain_end(hits: list[Hit], i: int, toks: Tokens) -> int:
    """Index of the last hit of a coordinated list starting at hits[i] ("Turkey and Qatar")."""
    j = i
    while j + 1 < len(hits):
        gap = [word(toks, k) for k in range(hits[j].last + 1, hits[j + 1].first)]
        if not gap or any(w not in COORDINATORS for w in gap):
            break
        if not hits[j + 1].kinds() & {"country", "capital", "actor"}:
            break
        j += 1
    return j


def compose(toks: Tokens, hits: list[Hit], ctx: Context) -> list[Found]:
    """The actors of one tokenised sentence from its catalogue hits."""
    hits = list(hits)  # (a rejected local name is replaced by the hits inside it, in this copy only)
    found: list[Found] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        kinds = hit.kinds()
        place = hit.of_kind("demonym") or hit.of_kind("country")
        end = _demonym_chain_end(hits, i, toks) if place else i
        if place and end > i and end + 1 < len(hits) and _qualifies(toks, hits[end], hits[end + 1]):
            kind_noun = hits[end + 1].of_kind("descriptor")
            if kind_noun is not None and not hits[end + 1].of_kind("actor"):
                # "Turkish and Russian forces": one actor per nationality listed.
                noun = hits[end + 1]
                for member in hits[i : end + 1]:
                    member_place = member.of_kind("demonym") or member.of_kind("country")
                    if member_place is not None:
                        span = Hit(member.first, noun.last, member.start, noun.end, noun.entries)
                        found.append(descriptor(span, kind_noun, member_place.iso3, False, member.first, member.start))
                i = end + 2
                continue
        if place and end == i and nxt and _coordinated_force(toks, hit, nxt, ctx):
            # "Turkish and Russian forces", where "Russian forces" is itself a catalogue form.
            force = resolve(nxt, ctx)
            assert force is not None
            family = "police" if force.name.startswith("Police") else "military"
            name, actor_type, inter = family_name(family, place.iso3)
            found.append(Found(hit.first, hit.last, hit.start, hit.end, name, actor_type, place.iso3, inter, family))
            i += 1
            continue
        if place and nxt and _qualifies(toks, hit, nxt):
            kind_noun, actor = nxt.of_kind("descriptor"), resolve(nxt, ctx)
            if actor is not None and actor.name.startswith("ICRC") and toks.low[nxt.first] == "red":
                # "the Kenya Red Cross", "the Pakistan Red Crescent": a national society, not the ICRC
                surface = toks.sentence[hit.start:nxt.end]
                found.append(Found(hit.first, nxt.last, hit.start, nxt.end, surface, "organisation", place.iso3, None,
                                   None, False, "organisation"))
                i += 2
                continue
            if actor is not None:
                found.append(named(nxt, actor, ctx, hit.first, hit.start))
                i += 2
                continue
            after = hits[i + 2] if i + 2 < len(hits) else None
            force = after.of_kind("descriptor") if after is not None and after.first == nxt.last + 1 else None
            if kind_noun is not None and kind_noun.name == "government" and force is not None \
                    and force.name == "military" and after is not None:
                # "a Syrian government air strike", "Syrian government warplanes": the state's forces
                span = Hit(hit.first, after.last, hit.start, after.end, after.entries)
                found.append(descriptor(span, force, place.iso3, False, hit.first, hit.start))
                i += 3
                continue
            if kind_noun is not None:
                if kind_noun.name in ("militant", "rebel", "separatist"):
                    # "Pakistani militants": a nationality, not the country's known insurgency.
                    kind_noun = _ARMED_GROUP
                found.append(descriptor(nxt, kind_noun, place.iso3, False, hit.first, hit.start))
                i += 2
                continue
        people = hit.of_kind("demonym")
        if people is not None and people.iso3 and _plural_demonym(people) and "actor" not in kinds:
            # "the Syrians", "Afghans": a nationality acting as a group of people.
            found.append(descriptor(hit, _CIVILIANS, people.iso3, False, hit.first, hit.start))
            i += 1
            continue
        kind_noun = hit.of_kind("descriptor")
        if kind_noun is not None and "actor" not in kinds:
            if nxt is not None and _of_country(toks, hit, nxt):
                # "armed forces of Armenia and Azerbaijan": one actor per country named.
                end = _chain_end(hits, i + 1, toks)
                for k, member in enumerate(hits[i + 1 : end + 1]):
                    country = member.of_kind("country")
                    if country is not None:
                        span = Hit(hit.first, member.last, hit.start, member.end, hit.entries)
                        first, start = (hit.first, hit.start) if k == 0 else (member.first, member.start)
                        found.append(descriptor(span, kind_noun, country.iso3, False, first, start))
                i = end + 1
                continue
            if not _weak_alone(toks, hit, kind_noun) and not _jurisdiction(toks, hit):
                first, start = hit.first, hit.start
                if kind_noun.name in _FORCES and (_off_duty(toks, first) < first or _informer(toks, hit.last)):
                    # "a retired police officer", "an off-duty soldier", "a police informer": civilians.
                    first = _off_duty(toks, first)
                    kind_noun, start = _CIVILIANS, toks.start(first)
                    if _informer(toks, hit.last):
                        hit = Hit(hit.first, hit.last + 1, hit.start, toks.end(hit.last + 1), hit.entries)
                found.append(descriptor(hit, kind_noun, ctx.country, True, first, start))
            i += 1
            continue
        actor = resolve(hit, ctx) if "actor" in kinds else None
        if actor is None and "actor" in kinds and hit.last > hit.first and not kinds - {"actor"}:
            # another country's local name ("state police", Mexico's, in a story from Nigeria): the words
            # after its first may still name a kind ("police")
            inner = scan(toks.sentence, toks, ctx.lowercase, hit.first + 1, hit.last + 1)
            if inner:
                hits[i:i + 1] = inner
                continue
        if actor is not None:
            mention = named(hit, actor, ctx)
            if nxt is not None and nxt.first == hit.last + 1 and _kind_noun_only(nxt):
                # "GNA air force", "TTP militants": the kind noun belongs to the named actor.
                mention.last, mention.end = nxt.last, nxt.end
                i += 1
            found.append(mention)
        elif kinds & {"country", "capital"}:
            end = _chain_end(hits, i, toks)
            verb = acts_as_subject(toks, hits[end].last + 1)
            for member in hits[i : end + 1]:
                found.extend(_acting_place(toks, member, verb, ctx))
            i = end + 1
            continue
        i += 1
    return found


def _acting_place(toks: Tokens, hit: Hit, verb: str | None, ctx: Context) -> list[Found]:
    """The state a country or capital stands for, when the sentence makes it act."""
    place = hit.of_kind("country") or hit.of_kind("capital")
    if place is None or place.iso3 is None:
        actor = resolve(hit, ctx)
        return [named(hit, actor, ctx)] if actor else []
    if located(toks, hit.first):
        return []
    accused = blamed(toks, hit.first, hit.last)  # "an attack blamed on Israel": its forces did it
    acting = accused or verb is not None or relation_before(toks, hit.first) or inverted_subject(toks, hit.first)
    if place.kind == "country" and not acting:
        acting = stance_after(toks, hit.last)
    if acting:
        return [state(hit, place.iso3, accused or verb in VIOLENT_VERBS)]
    return []
