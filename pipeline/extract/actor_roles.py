"""The role an actor plays in its sentence: source, mediator, claimant, perpetrator, target.

Read from the words around the mention, in this order of precedence:
- source: a news outlet, "according to X", "told X", or a person/organisation saying;
- mediator: a word of mediation next to it ("mediated by Qatar", "Turkey and Qatar are mediating");
- claimant: "X claimed (responsibility)";
- perpetrator / target: the subject or the object of a verb of violence, with passives
  read the other way ("were killed", "killed by gunmen").
"""

from __future__ import annotations

import re

from pipeline.extract.actor_context import (
    BLAMING,
    CLAIM_WORDS,
    HARM_VERBS,
    MEDIATION_WORDS,
    PASSIVE_AUX,
    SOURCE_VERBS,
    blamed,
    word,
)
from pipeline.extract.actor_found import Found
from pipeline.extract.actor_investigators import disowns, inquires, investigates, titled_speaker
from pipeline.extract.actor_scan import Tokens
from pipeline.extract.catalogue import COUNTERATTACKS, REMOTE_FIRE, names_violence, words

_SAYING = words("said says say told tell tells stated states added adds confirmed confirm confirms reported report")
# Nouns through which an actor speaks: "a Pakistan Army statement said", "a police spokesman said".
_MOUTHPIECES = words("statement statements spokesman spokesperson spokeswoman spokesmen release communique official "
                     "officials source sources officer officers")
# "Police suspect that three persons were killed": the police tell what they think happened to others
_BELIEVING = words("suspect suspects believe believes fear fears")
# "The interior minister condemned the attack, which killed 12": a reaction to the violence, not part of it
_REACTING = words("condemned condemns denounced denounces deplored deplores mourned mourns regretted termed terms")
_TELLING_ONLY = _BELIEVING | _REACTING
_DEATH_VERBS = words("died die dies perished succumbed")
_SUFFERING = words("sustained sustains suffered suffers received receives")
_WOUNDS = words("injuries injury wounds wound burns")
SPEAKING_TYPES = frozenset({"person", "organisation", "international_org", "media"})


def role_of(toks: Tokens, f: Found) -> str | None:
    """The role of actor `f` in its tokenised sentence, or None when the sentence does not say."""
    if word(toks, f.last + 1) == "-" and word(toks, f.last + 2) in _AFFILIATION:
        return None  # "the al Qaeda-affiliated JNIM": a description of another actor, no part in the events
    if f.actor_type == "media" or _according_to(toks, f.first) or word(toks, f.first - 1) == "told":
        return "source"
    if _saying_after(toks, f.last + 1, _FINDING) is not None:
        # "Police (in Manipur) found the bodies of four men": they tell of the dead, they did not kill
        return "source"
    if word(toks, f.last + 1) in _MOUTHPIECES and _said_after_name(toks, f.last + 2):
        # "a Pakistan Army statement said", "a police spokesman told AFP", "Police spokesman Yazid Abubakar
        # confirmed the attack"
        return "source"
    if word(toks, f.last + 1) in _TELLING_ONLY:
        return "source"
    saying = _saying_after(toks, f.last + 1)
    if saying is not None:
        if _own_kills(toks, saying + 1, force=f.actor_type == "state_forces"):
            return "claimant"  # "the Taliban said they had killed four policemen": a claim of its attack
        return "source"  # "Police said a couple were shot": the speaker, not the victim
    if blamed(toks, f.first, f.last):
        return "perpetrator"  # "in an attack it blamed on Israel": the side accused of the violence
    if word(toks, f.last + 1) in BLAMING:
        return "source"  # "Pakistan blamed the attack on India": the accuser tells, it did not attack
    if _near(toks, f, MEDIATION_WORDS, before=6, after=4) and not _party_between(toks, f.first):
        return "mediator"
    if _near(toks, f, CLAIM_WORDS, before=0, after=3):
        # "claimed that a civilian was killed by Indian troops": it tells of others' harm, it claims no attack
        return "source" if _claims_others_harm(toks, f) else "claimant"
    if inquires(toks, f.last) or titled_speaker(toks, f.first, f.last) or disowns(toks, f.last):
        return "source"  # "police are investigating the murder": the murder is not theirs
    harm = _harm_role(toks, f)
    if harm is not None:
        return harm
    if investigates(toks, f.first, f.last):
        return "source"  # "police have registered an offence": they came after the crime, they did not commit it
    if word(toks, f.last + 1) in SOURCE_VERBS or (
        f.actor_type in SPEAKING_TYPES and word(toks, f.first - 1) in SOURCE_VERBS
    ):
        return "source"
    return None


# Words that place a speaker before the verb of saying ("Police in Kabul said", "officials at the scene told"),
# or join another speaker to it ("police and residents said").
_PLACING = words("in at and")
# Words that end the place: a new clause or a list, not a place's name.
_CLAUSE_BREAKS = words("and or but who which that , ; : ( ) -")
# Words that make the next one a noun: "in their states", "in many states" name places ("states" is no verb).
_NOUN_MARKERS = words("the a an this that these those its their his her our my your two three four five several some "
                      "many")
_PUNCTUATION = re.compile(r"[,;:.()\"“”]")


def _said_after_name(toks: Tokens, k: int) -> bool:
    """True when a verb of saying is at `k`, or after the capitalised name of a spokesman there, bare or
    between commas ("a police spokesman, Alfred Alabo, said")."""
    comma = word(toks, k) == ","
    j = k + 1 if comma else k
    while j < len(toks) and j < k + 5 and toks.text(j)[:1].isupper():
        j += 1
    if comma and j > k + 1 and word(toks, j) == ",":
        j += 1
    return word(toks, j) in _SAYING


def _saying_after(toks: Tokens, k: int, verbs: frozenset[str] = _SAYING) -> int | None:
    """Index of the verb of saying (or of `verbs`) at `k`, or after a short place phrase or a joined speaker
    there ("in Kabul said", "and residents said", "in Manipur recovered")."""
    if word(toks, k) in verbs:
        return k
    if word(toks, k) not in _PLACING:
        return None
    for j in range(k + 1, min(len(toks), k + 7)):  # "in Mexico's Zacatecas state found"
        if _PUNCTUATION.search(toks.sentence, toks.end(j - 1), toks.start(j)):
            return None  # "ban the VHP in their states. The council said": another clause speaks
        if word(toks, j) in verbs:
            # "in their states" names a place; "states" there is no verb; "... and Y were found murdered" is
            # no finder
            previous = word(toks, j - 1)
            return j if j > k + 1 and previous not in _NOUN_MARKERS and previous not in PASSIVE_AUX else None
        if word(toks, j) in _CLAUSE_BREAKS or word(toks, j) in HARM_VERBS:
            return None
    return None


# After a bare participle right after its noun, words that show no object follows: "6 rebels
# killed and 2 injured", "soldier shot in ambush" (headline and note grammar).
_NO_OBJECT = words("and in by when after during near on while following due , . ; :")
# Verbs that always take an object when active ("bombers struck in the capital" is active).
_TRANSITIVE = words("killed wounded injured shot abducted kidnapped arrested detained executed beheaded murdered "
                    "lynched stabbed hacked assassinated")


def _subject_next(toks: Tokens, last: int, k: int) -> bool:
    """True when the verb at `k` follows the mention ending at `last` directly, or after a conjunct of
    up to three words ("3 ADF and LRA fighters killed", "Two guards, porter killed"), or after an
    apposition of up to four ("Anil Verma, a young local reporter stabbed")."""
    return k == last + 1 or (word(toks, last + 1) == "and" and k - last <= 4) or (
        word(toks, last + 1) == "," and k - last <= 5)


def _headline_passive(toks: Tokens, k: int) -> bool:
    """True for a participle used as a passive without its auxiliary: "militants killed in strike"."""
    if toks.low[k] not in _TRANSITIVE or (word(toks, k + 1) == "and" and word(toks, k + 2) in HARM_VERBS):
        return False  # "police shot and killed a militant": coordinated active verbs
    if word(toks, k + 1) == "to" and word(toks, k + 2) == "death":
        k += 2  # "blogger hacked to death at ...", not "mobs hacked to death two men"
    elif word(toks, k + 1) == "dead":
        k += 1  # "Pak militant shot dead", not "police shot dead two robbers"
    else:
        return k + 1 >= len(toks) or word(toks, k + 1) in _NO_OBJECT
    return k + 1 >= len(toks) or word(toks, k + 1) in _NO_OBJECT or word(toks, k + 1) == "at"


# "-held", "-controlled" describe a place, not the group's part in the events: "the rebel-held town"
_AFFILIATION = words("affiliated linked allied aligned backed inspired led supported sponsored held controlled "
                     "occupied dominated run")
_FINDING = words("found recovered discovered retrieved exhumed")
_INCLUDING = words("including among")


def _included(toks: Tokens, first: int) -> bool:
    """True for a mention listed after "including", "among" or "among them" that follows an active verb of
    violence: "killed 28 people including 11 soldiers"."""
    k = _before_determiners(toks, first)  # past "11", "at least two"
    if word(toks, k) in ("them", "whom") and word(toks, k - 1) == "among":
        k -= 1  # "killed 14 people, among them four policemen"
    if word(toks, k) not in _INCLUDING:
        return False
    return any(toks.low[j] in HARM_VERBS and word(toks, j - 1) not in PASSIVE_AUX for j in range(max(0, k - 8), k))


_OWN = words("it they its their we")
_OWN_LEAD = words("that had have has")
_FORCE_MEN = words("officers policemen troops soldiers personnel commandos")  # a force's men: its own deeds


_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")


_TAKING = words("took taken taking take takes")


def _into_custody(toks: Tokens, k: int) -> bool:
    """True for "took (four suspects) into custody" at `k`: an arrest told without the verb "arrest"."""
    return word(toks, k) in _TAKING and any(_custody_at(toks, j) for j in range(k + 2, min(len(toks), k + 10)))


def _custody_at(toks: Tokens, k: int) -> bool:
    """True when "into custody" ends at `k`."""
    return word(toks, k) == "custody" and word(toks, k - 1) == "into"


def _own_kills(toks: Tokens, k: int, *, force: bool = False) -> bool:
    """True when the words from `k` tell of the speaker's own violence: "(that) they had killed", "in a
    statement on its radio that its fighters had killed"; for a `force`, its men too ("police said
    officers had shot dead two robbers")."""
    if word(toks, k) == "on" and word(toks, k + 1) in _WEEKDAYS:
        k += 2  # "said on Tuesday they had killed"
    elif word(toks, k) in ("yesterday", "today", "late", "earlier"):
        k += 1
    if word(toks, k) in ("in", "on", "via", "through"):  # the channel of the saying comes first
        k = next((j for j in range(k + 1, min(len(toks), k + 10)) if word(toks, j) == "that"), k)
    if word(toks, k) == "that":
        k += 1
    if word(toks, k) in HARM_VERBS:
        return True  # headline grammar, the subject left out: "security forces say kill seven militants"
    if force and word(toks, k) in _FORCE_MEN:
        return any(word(toks, j) in HARM_VERBS for j in range(k + 1, k + 3)
                   if all(word(toks, i) in _OWN_LEAD for i in range(k + 1, j)))
    if word(toks, k) not in _OWN:
        return False
    if word(toks, k) in ("its", "their") and word(toks, k + 1) not in _OWN_LEAD:
        k += 1  # "its fighters had killed", "their men killed"
    return any(word(toks, j) in HARM_VERBS for j in range(k + 1, k + 4)
               if all(word(toks, i) in _OWN_LEAD or word(toks, i).endswith("ly") for i in range(k + 1, j)))


def _according_to(toks: Tokens, first: int) -> bool:
    """True for "according to (the) X"."""
    k = first - 1
    if word(toks, k) == "the":
        k -= 1
    return word(toks, k) == "to" and word(toks, k - 1) == "according"


def _claims_others_harm(toks: Tokens, f: Found) -> bool:
    """True for "X claimed that <victims> were killed ...": a passive harm after "that", before any
    pronoun of X's own ("claimed that they had killed 12 soldiers" is X's claim of its attack)."""
    k = next((j for j in range(f.last + 1, min(len(toks), f.last + 4)) if toks.low[j] in CLAIM_WORDS), None)
    if k is None:
        return False
    that = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks.low[j] == "that"), None)  # "(on Monday) that"
    if that is None:
        return False
    for j in range(that + 1, min(len(toks), that + 13)):
        if toks.low[j] in _OWN_PRONOUNS:
            return False
        if toks.low[j] in HARM_VERBS and word(toks, j - 1) in PASSIVE_AUX:
            return True
    return False


def _party_between(toks: Tokens, first: int) -> bool:
    """True for a party after "between" ("Qatar mediated talks between Pakistan and the Taliban"): one of
    the sides that talk, not the mediator, unless a word of mediation comes after the "between"."""
    for k in range(first - 1, max(-1, first - 7), -1):
        if toks.low[k] in MEDIATION_WORDS:
            return False
        if toks.low[k] == "between":
            return True
    return False


def _near(toks: Tokens, f: Found, words: frozenset[str], before: int, after: int) -> bool:
    """True when one of `words` is within the window around the mention, not across a full clause."""
    if words.isdisjoint(toks.words):
        return False
    for k in range(max(0, f.first - before), min(len(toks), f.last + 1 + after)):
        if f.first <= k <= f.last:
            continue
        if toks.low[k] in words:
            return True
    return False


def _relative_role(toks: Tokens, f: Found) -> str | None:
    """perpetrator or target from a relative clause right after the mention: "gunmen who killed five villagers",
    "the Taliban, which shot two policemen" (its deed); "soldiers who were killed" (its victims)."""
    who = f.last + 2 if word(toks, f.last + 1) == "," else f.last + 1
    if word(toks, who) not in ("who", "which", "that"):
        return None
    for k in range(who + 1, min(len(toks), who + 5)):
        if toks.low[k] in HARM_VERBS:
            return "target" if _passive(toks, f, k) else "perpetrator"
        if toks.low[k] in _DEATH_VERBS:
            return "target"
    return None


def _harm_role(toks: Tokens, f: Found) -> str | None:
    """perpetrator or target from the nearest verb of violence around the mention."""
    if _among_the_dead(toks, f.first):
        return "target"  # "Of the dead, 19 were soldiers", "Among the dead were six policemen"
    if word(toks, _before_determiners(toks, f.first)) in _LEAVING and any(
            word(toks, k) in _LEFT_STATES for k in range(f.last + 1, f.last + 3)):
        return "target"  # "the attack left ten policemen dead"
    if HARM_VERBS.isdisjoint(toks.words) and _DEATH_VERBS.isdisjoint(toks.words) and "opened" not in toks.words \
            and "arrest" not in toks.words and "custody" not in toks.words:
        # every reading below needs a verb of violence or death (or "opened fire", "to arrest", "taken into custody")
        return None
    by = _agent_by(toks, f.first)
    if by is not None and _harmed_before_by(toks, by):
        return "perpetrator"
    if _object_of_verb(toks, f.first) or _group_of_the_objects(toks, f.first) or _held_place_hit(toks, f.first):
        # "shot dead a PPP councillor and wounded his driver", "killing two fighters of the SDF", "shelled
        # the trenches of the Donetsk People's Republic army"
        return "target"
    if _names_its_violence(toks, f):
        return "perpetrator"
    if word(toks, f.first - 1) == "of" and word(toks, f.first - 2) in _TALLY_NOUNS:
        return "target"  # "the number of activists killed this year": a count of victims
    if _object_of_preposition(toks, f.first):
        if (relative := _relative_role(toks, f)) is not None:
            return relative  # "clashed with police, who shot dead two demonstrators": the clause's own deed
        if _means_of_harm(toks, f):
            return "perpetrator"  # "15 killed in a Russian drone strike": the state's fire did it
        # "on a police checkpoint, killing ...": a prepositional object is never the subject, but
        # "a personnel of the FC was killed" is still a victim.
        if _opponent(toks, f.first):
            return "perpetrator"  # "killed in clashes with security forces": the other side killed them
        return _passive_after(toks, f) or _target_after_verb(toks, f)
    if any(toks.low[k] == "among" for k in range(f.last + 1, min(len(toks), f.last + 4))):
        return "target"  # "eleven civilians were among 15 people killed": among the victims
    if _included(toks, f.first):
        return "target"  # "killed 28 people, including 11 soldiers": among the victims
    # the owner of a thing ("the policeman's house") is no subject of the verb after it: "Gunmen stormed the
    # judge's home and shot the judge"
    owned_thing = word(toks, f.last + 1) == "s" and word(toks, f.last + 2) in _OWNED_THINGS
    relative = _relative_role(toks, f)
    if relative is not None:
        return relative
    # the subject of a clause that "when" or "as" opens ends its reach at the comma after it: "When they intervened,
    # the men opened fire" (the men's fire)
    subordinate = word(toks, f.first - 1) in _SUBORDINATORS
    for k in range(f.last + 1, min(len(toks), f.last + 9)):
        if subordinate and toks.low[k] == ",":
            break
        if toks.low[k] in _DEATH_VERBS or (toks.low[k] == "lost" and word(toks, k + 2) in ("lives", "life")) or (
                toks.low[k] in _SUFFERING and _WOUNDS.intersection(toks.low[k + 1:k + 4])):
            # "two policemen died in the attack", "three civilians lost their lives", "nine soldiers sustained
            # injuries": the harmed, whatever noun follows
            return "target"
        # ("to arrest" is the verb: "the police moved quickly to arrest him"; "the arrest of" a noun)
        if toks.low[k] in HARM_VERBS or (toks.low[k] == "opened" and word(toks, k + 1) == "fire") or (
                toks.low[k] == "arrest" and word(toks, k - 1) == "to") or _into_custody(toks, k):
            passive = _passive(toks, f, k)
            if owned_thing and not passive:
                break
            return "target" if passive else "perpetrator"
        if toks.low[k] in (";", ":") or toks.low[k] in ("who", "which", "while", "but") or toks.low[k] in _FINDING \
                or toks.low[k] in _OTHER_DEEDS:
            break  # (its own verb first: "The VHP demanded a probe into the police firing" did no firing)
    return _target_after_verb(toks, f)


# What a side holds, hit in its stead: "fired at the positions of the militia", "shelled the camps of the rebels".
_HELD_PLACES = words("positions position posts post bases base camps camp hideouts hideout strongholds stronghold "
                     "checkpoints checkpoint trenches bunkers barracks")
_HELD_REACH = 10  # tokens from the verb of violence to the held place


def _held_place_hit(toks: Tokens, first: int) -> bool:
    """True for the side after "the positions of" (a held place) that a verb of violence before it hit."""
    k = _before_determiners(toks, first)
    if word(toks, k) != "of" or word(toks, k - 1) not in _HELD_PLACES:
        return False
    return any(word(toks, j) in HARM_VERBS for j in range(max(0, k - _HELD_REACH), k - 1))


_VICTIM_NOUNS = words("dead killed victims casualties wounded injured deceased")
_COPULAS = words("were was are is included include includes ,")
_LEAVING = words("left leaving leaves leave")
_LEFT_STATES = words("dead injured wounded hurt")


def _among_the_dead(toks: Tokens, first: int) -> bool:
    """True for a mention told as the victims after "of the dead" or "among the victims" (within a few words):
    "Of the dead, 19 were soldiers", "Among the dead were six policemen" (not "the nephew of a police constable")."""
    if word(toks, _before_determiners(toks, first)) not in _COPULAS:
        return False
    return any(word(toks, k) in ("of", "among") and word(toks, k + 1) == "the" and word(toks, k + 2) in _VICTIM_NOUNS
               for k in range(max(0, first - 12), first - 2))


_OWN_PRONOUNS = words("we they it its their our")
# Nouns that count victims: "the number of activists killed", "the toll of soldiers".
_TALLY_NOUNS = words("number toll tally count")
# Words between a passive's "by" and its agent: "by an unidentified band of gunmen", "by a group of men".
_AGENT_LEAD = words(
    "the a an unknown unidentified suspected alleged armed some several two three four five six seven eight nine ten "
    "about around nearly group number gang band of"
)


_AGENT_REACH = 8  # tokens from a passive verb of violence to its "by": "shot dead in the Las Flores district by"
# Participles whose agent is the violence's: "an attack carried out by", "a raid conducted by".
_AGENTIVE = words("carried conducted launched perpetrated committed staged mounted executed orchestrated claimed "
                  "triggered masterminded")
_HARM_OR_AGENTIVE = HARM_VERBS | _AGENTIVE


def _harmed_before_by(toks: Tokens, by: int) -> bool:
    """True when a verb of violence comes shortly before the agent's "by", in the same clause ("was shot to death in
    the market by two armed men"; not "killed, police said by phone")."""
    before_by = word(toks, by - 1)
    if before_by in _AFFILIATION or (before_by.endswith("ed") and before_by not in _HARM_OR_AGENTIVE):
        return False  # "a town controlled by al-Shabaab": the agent of another participle
    for k in range(by - 1, max(-1, by - 1 - _AGENT_REACH), -1):
        if toks.low[k] in HARM_VERBS:
            return True
        if toks.low[k] in (",", ";", ":") and k < by - 1:
            return False
    return False


def _agent_by(toks: Tokens, first: int) -> int | None:
    """Index of the "by" that introduces the mention as an agent, across determiners and quantifiers."""
    k = first - 1
    modifiers = 0
    while k >= 0 and first - k <= 6:
        if word(toks, k) in _AGENT_LEAD or _proper(toks, k):
            k -= 1  # "by suspected Baluchistan militants": a proper name may qualify the agent too
        elif modifiers == 0 and word(toks, k).isalpha() and word(toks, k) not in _NOT_MODIFIERS:
            k, modifiers = k - 1, 1  # one lower-case modifier: "by the railway police", "by city police"
        else:
            break
    return k if word(toks, k) == "by" else None


def _proper(toks: Tokens, k: int) -> bool:
    """True for a capitalised token: a place or nation that names whose the agent is."""
    return toks.sentence[toks.spans[k][0]].isupper()


def _passive_after(toks: Tokens, f: Found) -> str | None:
    """target when a passive verb of violence follows shortly ("... was killed")."""
    for k in range(f.last + 1, min(len(toks), f.last + 6)):
        if toks.low[k] in HARM_VERBS:
            return "target" if _passive(toks, f, k) else None
    return None


def _passive(toks: Tokens, f: Found, k: int) -> bool:
    """True when the verb of violence at `k`, after mention `f`, is passive: with its auxiliary ("were
    killed"), its agent ("killed by gunmen") or as a bare participle ("7 policemen killed in attack")."""
    return any(word(toks, j) in PASSIVE_AUX for j in range(max(k - 2, f.last + 1), k)) \
        or word(toks, k + 1) == "by" or (_subject_next(toks, f.last, k) and _headline_passive(toks, k))


def _target_after_verb(toks: Tokens, f: Found) -> str | None:
    """target when an active verb of violence shortly precedes the mention."""
    start = f.first - 1
    if word(toks, start) in _AFFILIATION and word(toks, start - 1) == "-" and word(toks, start - 3) == "the" \
            and word(toks, start - 4) == "of":
        start -= 3  # "killed a commander of the Iran-backed Kataib Hezbollah": the description is no distance
    for k in range(start, max(-1, start - 6), -1):
        if toks.low[k] in HARM_VERBS and word(toks, k - 1) not in PASSIVE_AUX:
            return "target"
        if toks.low[k] == "fire" and word(toks, k - 1) in ("opened", "open", "opening"):
            return "target"  # "opened fire at the police"
        if toks.low[k] in _SUBORDINATORS:
            return None  # "... wounded when a band of ISWAP fighters raided": the clause's subject
    return None


_SUBORDINATORS = words("when as while whereas after before because")
# Verbs of a mention's own that are no violence: what it demanded, condemned or alleged is others' deed.
_OTHER_DEEDS = words("demanded demands demand condemned condemns protested alleged alleges accused accuses sought "
                     "seeks urged urges called calls criticised criticized blamed "
                     # what was seen: "officers watched two men firing at a bus stop"
                     "witnessed saw spotted watched noticed observed")
_DETERMINERS = words("a an the its their his her our two three four five several some many")
_QUANTIFIERS = words("nearly almost some six seven eight nine ten eleven twelve dozen dozens scores hundreds thousands")
# (a place the harm reached: "a mine blew up under an army truck, killing three soldiers" is the army's loss)
_PREPOSITIONS = words("on at in into against of with near from to for upon inside outside onto toward towards "
                      "under beneath behind beside past")


_PARTICLES = words("down dead up at on upon")
# Words before a mention that are no modifier of it: a verb, a conjunction or a preposition ends the phrase.
_NOT_MODIFIERS = HARM_VERBS | _PREPOSITIONS | words("and or but by as when while who which that were was are is have "
                                                     "has had been said")


_OWNED_THINGS = words("house home residence car vehicle shop office compound farm land property camp")


def _before_determiners(toks: Tokens, first: int) -> int:
    """Index of the word before the mention that starts at `first`, past its determiners ("the", "two")."""
    k = first - 1
    while True:
        low = word(toks, k)
        if low in _DETERMINERS or low in _QUANTIFIERS or low.replace(",", "").isdigit():
            k -= 1  # "killed 20 civilians", "nearly 1,000 people"
        elif (low, word(toks, k - 1)) in (("least", "at"), ("than", "more"), ("than", "fewer")):
            k -= 2  # "killed at least 20 civilians", "more than 30 people"
        else:
            return k


def _object_of_verb(toks: Tokens, first: int) -> bool:
    """True when an active verb of violence governs the mention: "killed two soldiers", "shot dead a
    constable", "gunned down an ANP leader"."""
    k = _before_determiners(toks, first)
    if word(toks, k) in _PARTICLES:
        k -= 1
    elif word(toks, k).isalpha() and word(toks, k) not in _NOT_MODIFIERS and toks.low[first - 1] == word(toks, k):
        k = _before_determiners(toks, k)  # past one modifier after the count: "killed 4 local policemen"
        for _ in range(2):  # or a title of up to three words: "attacked Deputy Superintendent Bahadur Khan"
            if not word(toks, k).isalpha() or word(toks, k) in _NOT_MODIFIERS or _into_custody(toks, k) \
                    or _custody_at(toks, k):
                break  # (a verb of violence among them)
            k -= 1
    if _custody_at(toks, k):
        k -= 2  # "took into custody four suspects"
    return (word(toks, k) in HARM_VERBS or _into_custody(toks, k)) and word(toks, k - 1) not in PASSIVE_AUX


def _group_of_the_objects(toks: Tokens, first: int) -> bool:
    """True for the group whose members an active verb of violence governs: "killing three commanders of
    the Arakan Army", "killed a commander of Hezbollah"."""
    k = first - 1
    if word(toks, k) in _AFFILIATION and word(toks, k - 1) == "-":
        k -= 3  # "of the Kurdish-led": past the description
    if word(toks, k) == "the":
        k -= 1
    return word(toks, k) == "of" and k >= 1 and _object_of_verb(toks, k - 1)


_COLLECTIVES = words("team group unit squad contingent convoy patrol party column detachment band number members")


def _means_of_harm(toks: Tokens, f: Found) -> bool:
    """True for a state's fire from afar or attack named after "in", "from" or "during" ("killed in a Russian
    drone strike", "in a Ukrainian counterattack"): the means of the harm, so its state did it."""
    last, pair = toks.low[f.last], f"{word(toks, f.last - 1)} {toks.low[f.last]}"
    return word(toks, _before_determiners(toks, f.first)) in _MEANS_PREPOSITIONS and (
        last in REMOTE_FIRE or pair in REMOTE_FIRE or last in COUNTERATTACKS)


_MEANS_PREPOSITIONS = words("in from during by")


def _names_its_violence(toks: Tokens, f: Found) -> bool:
    """True for an actor named before a noun of violence, its own ("died in police firing", "in a Taliban
    attack", "a probe into the police firing", "the army's operation", "an Israeli air strike"), or a mention
    that ends in it ("A Myanmar military air strike killed")."""
    after = f.last + 2 if word(toks, f.last + 1) == "s" else f.last + 1  # (tokens drop the apostrophe)
    if names_violence(word(toks, after), word(toks, after + 1)):
        return True
    # the mention itself ends in its fire: "A Myanmar military air strike ... killed nine civilians"
    last, own_pair = toks.low[f.last], f"{word(toks, f.last - 1)} {toks.low[f.last]}"
    return f.last > f.first and (own_pair in REMOTE_FIRE or last in _FIRE_ENDINGS)


# Fire a mention can end in and still be its side's deed ("drone" or "missile" alone may be shot down).
_FIRE_ENDINGS = words("airstrike airstrikes shelling bombardment firing strike strikes")


_FIGHTS = words("clashes clash fighting gunfight gunbattle encounter encounters battle battles shootout exchange "
               "firefight skirmish skirmishes")


def _opponent(toks: Tokens, first: int) -> bool:
    """True for the side named after "(killed) in clashes with", "during a gunfight with": the other side
    of the fight the victims died in, so the side that killed them."""
    k = _before_determiners(toks, first)
    if word(toks, k) not in ("with", "against") or word(toks, k - 1) not in _FIGHTS:
        return False
    # ("shot dead during a skirmish with troops": the fight the victims died in, told after them)
    return any(word(toks, j) in ("in", "during", "after", "following") for j in range(k - 4, k - 1))


def _object_of_preposition(toks: Tokens, first: int) -> bool:
    """True when a preposition (and determiners) precede the mention: "on a police post"."""
    k = _before_determiners(toks, first)
    if word(toks, k) == "of" and word(toks, k - 1) in _COLLECTIVES:
        # "a team of soldiers clashed": the soldiers are the team, unless the team is itself an
        # object ("threw rocks at a squad of police").
        return _object_of_preposition(toks, k - 1)
    return word(toks, k) in _PREPOSITIONS
