"""Forces that only investigate a crime ("police registered a case"), and sides that disown the violence.

A story of a robbery or a stabbing by unnamed people often names no actor but the police, who came
after it: they "registered an offence", "are investigating", "launched a probe", or took the victim's
"statement" or "complaint". Such a force tells of the crime (role `source`); it did not commit it,
so the attack stays with an unidentified group. Read only when the mention has no part in a verb of
violence of its own (`actor_roles` asks after its harm verbs: "police registered a case and arrested
two" still arrested), except for verbs of inquiry, whose object may be a word of violence ("police are
investigating the murder"). A side that denies any part in it ("the Taliban denied involvement") tells
of it too: it is neither the attacker nor the attacked.
"""

from __future__ import annotations

from pipeline.extract.actor_context import word
from pipeline.extract.actor_scan import Tokens
from pipeline.extract.catalogue import words

_AUXILIARIES = words("have has had are is were was be been being also later then already")
# verbs that investigate by themselves: "police are investigating", "police booked the shopkeeper"
_INVESTIGATING = words("investigating investigated investigate investigates probing probed probe probes booked "
                       "questioned questioning interrogated interrogating looking searching hunting tracing")
# verbs that investigate with a case or an inquiry as their object: "registered an offence", "launched a probe"
_OPENING = words("registered register registers lodged filed recorded launched began started initiated opened "
                 "ordered instituted set")
_CASES = words("case cases offence offense fir firs complaint complaints investigation investigations probe probes "
               "inquiry inquiries enquiry enquiries inquest hunt manhunt search")
# a denial of any part in the violence: "denied involvement", "rejected responsibility"
_DENYING = words("denied denies deny denying rejected rejects disowned disowns")
_PART = words("involvement responsibility role hand links link connection part")
# an officer's title that names the force, and the verbs its bearer speaks with: "commissioner of police X said"
_TITLES = words("commissioner superintendent inspector director chief head deputy")
_SAYING = words("said says told stated added")
# nouns of the victim's word to a force: "the grocer's statement to the police", "a complaint with the police"
_STATEMENTS = words("statement statements complaint complaints report reports")


def _verb_after(toks: Tokens, last: int) -> int:
    """Index of the first token after the mention's last token `last` past any auxiliaries and adverbs."""
    k = last + 1
    while word(toks, k) in _AUXILIARIES:
        k += 1
    return k


def inquires(toks: Tokens, last: int) -> bool:
    """True when the mention ending at token `last` is the subject of a verb of inquiry ("police are
    investigating the murder": the murder is its object, not its deed)."""
    return word(toks, _verb_after(toks, last)) in _INVESTIGATING


def titled_speaker(toks: Tokens, first: int, last: int) -> bool:
    """True for a force in an officer's title whose bearer speaks: "commissioner of police d d rao said"
    (lower-case names too, which the capitalised speaker tests cannot see)."""
    if word(toks, first - 1) != "of" or word(toks, first - 2) not in _TITLES:
        return False
    for k in range(last + 1, min(len(toks), last + 7)):
        if word(toks, k) in _SAYING:
            return True
        if word(toks, k) not in (".", ",") and not word(toks, k).isalpha():
            return False
    return False


def disowns(toks: Tokens, last: int) -> bool:
    """True when the mention ending at token `last` denies a part in the violence ("the Taliban denied
    involvement", "the group rejected responsibility"): it tells, it is neither side."""
    k = _verb_after(toks, last)
    return word(toks, k) in _DENYING and any(word(toks, j) in _PART for j in range(k + 1, k + 4))


def investigates(toks: Tokens, first: int, last: int) -> bool:
    """True when the mention from token `first` to `last` opens a case or an inquiry ("registered an
    offence"), or is the force a statement or complaint was made to."""
    k = _verb_after(toks, last)
    if word(toks, k) in _OPENING and any(word(toks, j) in _CASES for j in range(k + 1, k + 5)):
        return True
    j = first - 1
    if word(toks, j) == "the":
        j -= 1
    return word(toks, j) in ("to", "with", "before") and any(
        word(toks, i) in _STATEMENTS for i in range(j - 3, j))
