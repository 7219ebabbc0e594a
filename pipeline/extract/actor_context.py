"""Word lists and small tests on the words around a mention.

They decide whether a country or capital is acting ("Pakistan said", "talks between
Pakistan and Kabul", "mediated by Qatar") or only locating ("in Pakistan"), and which role
an actor plays in its sentence. Plain frozensets of lower-case words: English news uses a
small, stable vocabulary for these relations.
"""

from __future__ import annotations

from pipeline.extract.actor_scan import Tokens
from pipeline.extract.catalogue import words

# Verbs (and auxiliaries) whose subject is an actor: "Pakistan said", "Kabul will attend".
ACTOR_VERBS = words(
    """said says say has have had is was are were will would could can may might should must shall
    declared declares announced announces accused accuses blamed blames warned warns threatened threatens
    denied denies rejected rejects condemned condemns demanded demands urged urges called calls agreed
    agrees signed signs launched launches conducted conducts carried attacked attacks struck strikes bombed
    shelled fired killed captured seized sent sends deployed deploys claimed claims vowed vows responded
    retaliated refused refuses insisted insists stated states added told tells reported reports confirmed
    confirms asked asks wants wanted sought seeks hopes hoped believes believed plans planned expelled
    recalled imposed imposes closed closes opened held holds hosted hosts mediated mediating proposed offered
    supported supports backed backs welcomed welcomes criticised criticized protested summoned arrested
    detained executed approved ordered decided pledged promised continues continued accepted tried began
    started joined withdrew invaded occupied entered raided targeted ambushed abducted kidnapped stormed
    clashed fought battled engaged resorted refuted dismissed acknowledged admitted alleged alleges
    retorted sanctioned expressed issued released thanked praised
    kills kill shoots captures seizes ambushes storms repels repelled"""
)
# Verbs that make a state acting through force its military rather than its government.
VIOLENT_VERBS = words(
    """launched launches conducted conducts carried attacked attacks struck strikes bombed shelled fired
    killed captured seized deployed invaded occupied entered raided targeted ambushed stormed clashed fought
    battled engaged retaliated shot destroyed hit pounded bombarded
    kills kill shoots captures seizes ambushes storms repels repelled"""
)
ADVERBS = words("also further then now still later already reportedly allegedly again thus however")
COORDINATORS = frozenset({"and", ",", "or", "&"})
# Nouns after which "between X and Y" / "with X" name parties rather than places.
RELATION_NOUNS = words(
    """talks tensions tension clashes clash war wars fighting conflict agreement agreements ceasefire
    ceasefires truce negotiations negotiation relations dialogue deal dispute disputes hostilities rivalry
    meeting meetings fight battle exchange exchanges standoff accord treaty peace cooperation ties mediation
    round summit confrontation"""
)
# "the X of Pakistan": nouns that make the country an actor rather than a place.
ACTOR_OF_NOUNS = words(
    """mediation request support position stance side government forces army military troops ministry
    president leaders leadership representatives delegation envoy ambassador officials authorities demand
    demands decision help assistance behalf mediators"""
)
AGENT_PREPOSITIONS = frozenset({"by", "against"})
MEDIATION_WORDS = words(
    "mediated mediating mediate mediates mediation mediator mediators brokered brokering facilitated "
    "facilitating hosted hosting"
)
SOURCE_VERBS = words(
    "said says told tells reported reports quoted quoting cited citing according stated declared denied denies "
    "confirmed confirms"
)
CLAIM_WORDS = words("claimed claims claim claiming")
# Active verbs of violence: their subject is the perpetrator, their object the target.
HARM_VERBS = words(
    """killed kill kills killing attacked attack attacks attacking shot shoots shooting struck strike strikes
    striking bombed bombing shelled shelling fired firing targeted target targets targeting ambushed ambush
    abducted abduct abducting kidnapped kidnap kidnapping stormed storming raided raiding beat beaten beating
    hacked stabbed lynched assaulted assault torched burned burnt looted executed beheaded murdered injured
    injuring wounded wounding hit destroyed captured seized detained arrested dispersed clashed gunned
    threw hurled pelted stoned lobbed assassinated assassinate ambushes planted detonated blew pounded rounded
    ablaze alight neutralised neutralized neutralising neutralizing eliminated eliminating liquidated liquidating
    arresting detain detaining nab nabbed apprehend apprehended
    lynch lynching stab stabbing hack hacking murder murdering behead beheading execute executing torching looting
    assaulting injure wound
    charged charging lathicharged teargassed caned
    raped raping tortured torturing molested"""
    # ("police baton-charged the crowd": the force is the doer; "a soldier raped a woman": sexual violence too,
    # but not the nouns "rape" and "torture": a death that followed "torture at a regime jail" names no doer)
)
PASSIVE_AUX = words("was were been being is are got")
PRONOUNS = {
    "he": "person",
    "him": "person",
    "she": "person",
    "her": "person",
    "i": "speaker",
    "we": "group",
    "they": "group",
    "them": "group",
    "us": "group",
}


def word(toks: Tokens, i: int) -> str:
    """The lower-cased token at `i`, or '' outside the sentence."""
    return toks.low[i] if 0 <= i < len(toks.low) else ""


def next_content(toks: Tokens, i: int) -> int:
    """Index of the first token from `i` that is not an adverb or a possessive 's."""
    while word(toks, i) in ADVERBS or (word(toks, i) == "s" and i > 0 and toks.end(i - 1) == toks.start(i) - 1):
        i += 1
    return i


# Nouns after a country ("the UK's commitment", "U.S. support") that make it an actor.
STANCE_NOUNS = words(
    """commitment support position stance policy decision response proposal offer request demand demands
    role efforts effort contribution pledge warning threat plan plans strategy envoy delegation ambassador
    embassy"""
)
QUESTION_AUX = words("will would did does do has have can could should is was are were")


def stance_after(toks: Tokens, last: int) -> bool:
    """True when a stance noun follows the country, possessive or attributive: "the UK's commitment"."""
    k = last + 1
    if word(toks, k) == "s":
        k += 1
    return word(toks, k) in STANCE_NOUNS


def inverted_subject(toks: Tokens, first: int) -> bool:
    """True for a question's subject: "Will the United States participate ...?"."""
    k = first - 1
    if word(toks, k) == "the":
        k -= 1
    return word(toks, k) in QUESTION_AUX and (k == 0 or word(toks, k - 1) in ("“", '"', ":"))


def acts_as_subject(toks: Tokens, after: int) -> str | None:
    """The verb after a (coordinated) name ending before token `after`, if it makes the name act."""
    verb = word(toks, next_content(toks, after))
    if verb in ACTOR_VERBS or (verb in HARM_VERBS and (verb.endswith("ed") or verb in _PAST_HARM)):
        return verb  # "the military pounded the hideouts" (not "a militant attack": a noun of violence)
    return None


_PAST_HARM = frozenset({"shot", "struck", "beat", "threw", "blew", "hit"})


def relation_before(toks: Tokens, first: int) -> bool:
    """True when the name at `first` is a party: after "between/with ... <relation noun>", "by",
    "of <actor noun>"."""
    before = word(toks, first - 1)
    if before == "the":
        first, before = first - 1, word(toks, first - 2)
    if before in AGENT_PREPOSITIONS:
        return True
    if before == "of":
        return word(toks, first - 2) in ACTOR_OF_NOUNS
    if before in ("between", "with", "and"):
        window = {word(toks, k) for k in range(max(0, first - 8), first)}
        return bool(window & RELATION_NOUNS)
    return False


_DIRECTIONS = words(
    """north south east west northern southern eastern western central northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern sw nw ne se restive neighbouring neighboring"""
)


def located(toks: Tokens, first: int) -> bool:
    """True when a location preposition precedes the name ("in Pakistan", "from the Afghan border")."""
    k = first - 1
    while word(toks, k) in _DIRECTIONS and k > first - 3:
        k -= 1  # "in southwest Pakistan", "in northern restive Syria"
    before = word(toks, k)
    if before == "the":
        before = word(toks, k - 1)
    if before == "of" and word(toks, k - 1) in _AREAS:
        return True  # "strikes on Kurdish-held areas of northeast Syria killed": a part of the country
    return before in {
        "in",
        "at",
        "into",
        "inside",
        "across",
        "near",
        "to",
        "towards",
        "toward",
        "throughout",
        "within",
        "around",
        "outside",
        "via",
        "through",
        "from",
        "over",
        "along",
    }


# Nouns of a part of a country: "areas of northeast Syria", "parts of the country".
_AREAS = words("area areas part parts region regions province provinces district districts outskirts")


# (preposition, verbs before it) that name who is accused of the violence: "blamed (the attack) on X",
# "attributed to X", "carried out by X", "perpetrated by X".
_BLAME = {"on": words("blamed blames blame blaming"), "to": words("attributed attributes ascribed"),
          "by": words("out perpetrated orchestrated masterminded")}
BLAMING = words("blamed blames blame blaming accused accuses accusing")
_BLAMING_ALONE = words("blamed blames blame blaming accusing")  # not "the accused", a noun


def blamed(toks: Tokens, first: int, last: int) -> bool:
    """True for the accused of "blamed (the attack) on (the) X", "attributed to X", "carried out by
    X", "blamed X for", "accused X of"."""
    k = first - 1
    if word(toks, k) == "the":
        k -= 1
    if word(toks, k) in BLAMING and word(toks, last + 1) in ("for", "of"):
        return True  # "Iran blamed Israel for the strike"
    if word(toks, k) in _BLAMING_ALONE and word(toks, last + 1) in ("", ".", ";", ","):
        # "..., local sources said, blaming the M23 rebels.", "but local leaders blamed Fulani herders, who ...":
        # the attack told before is theirs
        return True
    verbs = _BLAME.get(word(toks, k))
    if verbs is None:
        return False
    if word(toks, k) != "on":
        return word(toks, k - 1) in verbs
    # "blamed the deadly attack on India": the thing blamed may stand between verb and preposition
    for j in range(k - 1, max(-1, k - 6), -1):
        if word(toks, j) in verbs:
            return True
        if word(toks, j) in (",", ";", ":", "."):
            return False
    return False


# Words that open a new clause: an object pronoun after one may name the earlier clause's subject
# ("The militants said police had beaten them", "Residents asked police to protect them").
_CLAUSE_OPENERS = words(
    """, ; : ( " “ ” that who which whom whose when while after before because as if since until unless
    where whereas although though but said says say told tells according"""
)
# Verbs whose object, not subject, does what the infinitive after them says: "Residents asked police to
# protect them" (them: the residents), unlike "Police used water cannon to scatter them" (not the police).
_OBJECT_CONTROL = words(
    """asked asks ask urged urges urge told tells ordered orders allowed allows forced forces requested
    requests persuaded pleaded begged called appealed"""
)
# Words that may stand before a clause's subject: "the", "both".
_SUBJECT_LEAD = words("the a an both and , also local some")


def clause_subjects(toks: Tokens, spans: list[tuple[int, int]], k: int) -> set[tuple[int, int]]:
    """The (first, last) token spans, among `spans`, of the subject of the clause token `k` lies in.

    An object pronoun never names its own clause's subject: "Egypt and Norway are brokering the
    negotiations between them" are the negotiations of others, "Police fired at them" not at the police.
    """
    start = next((j + 1 for j in range(k - 1, -1, -1) if toks.low[j] in _CLAUSE_OPENERS or _controlled(toks, j)), 0)
    subjects: set[tuple[int, int]] = set()
    if start and _controlled(toks, start - 1):
        # "asked police to arrest them": the police, the object before "to", do the arresting
        verb = max(j for j in range(max(0, start - 5), start - 1) if toks.low[j] in _OBJECT_CONTROL)
        subjects.update(s for s in spans if verb < s[0] and s[1] < start - 1)
    position = start
    for first, last in sorted(s for s in spans if start <= s[0] and s[1] < k):
        if any(toks.low[j] not in _SUBJECT_LEAD for j in range(position, first)):
            break
        subjects.add((first, last))
        position = last + 1
    return subjects


def _controlled(toks: Tokens, j: int) -> bool:
    """True for an infinitive's "to" after an object-control verb ("asked police to"): a new clause."""
    return toks.low[j] == "to" and not _OBJECT_CONTROL.isdisjoint(toks.low[max(0, j - 4) : j])
