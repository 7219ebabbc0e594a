"""Who acts in a lead sentence, a state's forces or a non-state armed group, read from its words.

The event-type rules ask it who took a place (government regains vs non-state actor overtakes),
who detained whom, and whether a sentence names an armed actor at all (a clash needs armed,
organised groups; a crowd's fight is mob violence). Words only, no catalogue of actors: the
actor modules name the sides themselves.
"""

from __future__ import annotations

from pipeline.extract.event_type_cues import SAYING, word_set

# Words naming state forces and non-state armed groups, to tell who took a place
# (government regains vs non-state actor overtakes) and who detained whom.
_STATE = word_set(
    """army armies military government regime troops soldiers soldier police policemen security
    gendarmerie gendarmes fardc fanb sadat anp ana sna amisom navy marines paratroopers
    commandos loyalist loyalists"""
)
_NON_STATE = word_set(
    """rebels rebel militants militant insurgents insurgent jihadists jihadist terrorists terrorist
    taliban shabaab houthi houthis isis isil daesh iswap boko haram militia militias militiamen fighters
    sdf ypg pkk hts nusra opposition mai codeco adf islamists islamist separatists separatist gunmen
    extremists extremist maoists maoist naxals naxalites qsd seleka ansar jnim isgs rsf"""
)
_SUBJECT_WINDOW = 14
# Words before "army" in the names of armed groups: "Arakan Army", "Kachin Independence Army".
_REBEL_ARMIES = word_set("arakan independence liberation free republican resistance revolutionary kachin karen shan")
# Words before "forces" in the names of non-state groups: "Rapid Support Forces", "Syrian Democratic Forces".
_REBEL_FORCES = word_set("support democratic")
_OWN_PRONOUNS = word_set("it they")
_PASSIVE = word_set("was were been being")
_PASSIVE_REACH = 5  # tokens from a passive's subject to its verb ("the rebels were pushed back")
# Nouns that are state forces unless a non-state word qualifies them ("rebel forces").
_FORCES = frozenset({"forces", "force", "troops", "fighters"})
# Armed actors, for telling a clash between armed groups from mob or civilian harm.
ARMED = _NON_STATE | _STATE | word_set(
    "forces armed gang gangs gangsters cartel cartels criminal criminals firearms guns rifles "
    # units named after their kind: "Hamza Division", "the 93rd Brigade", "Sultan Murad Battalion"
    "division brigade brigades battalion battalions regiment"
)
# A word before one of these is a source being quoted ("police said"), not an actor.
_SPEECH = SAYING | word_set("according")

# What the police do after a fight they had no part in: "police have registered cases against 40 people".
_AFTERMATH = word_set("registered booked filed lodged investigating probing")
# Participles that make the armed word before them a victim ("34 policemen were injured"), not a side.
_HARMED = word_set("injured wounded hurt killed martyred")


def _side_word(word: str, previous: str) -> str | None:
    """'state' or 'non_state' for one word (with the word before it), else None."""
    if word in _NON_STATE:
        return "non_state"
    if word in _FORCES and (previous in _NON_STATE or previous in _REBEL_FORCES):
        return "non_state"  # "rebel forces", "the Rapid Support Forces", "the Syrian Democratic Forces"
    if word in ("army", "armies") and previous in _REBEL_ARMIES:
        return "non_state"  # "the Arakan Army", "the Kachin Independence Army", "the Free Syrian Army"
    if word in _STATE or word in _FORCES:
        return "state"
    return None


def actor_side(words: list[str], position: int) -> str | None:
    """Who acts at `position`: the agent after a passive "by", else the first named in the
    clause before it (its subject); a passive without agent ("were pushed back") turns it round."""
    after = words[position : position + 8]
    if "by" in after:
        start = position + after.index("by") + 1
        for index in range(start, min(start + 5, len(words))):
            side = _side_word(words[index], words[index - 1])
            if side:
                return side
    subject, found = None, 0
    # "a military official said that insurgents have taken over two towns": the clause after the saying
    first = max(0, position - _SUBJECT_WINDOW)
    said = [index for index in range(first, position) if words[index] in _SPEECH]
    # ("the RSF said on Sunday they had taken": the pronoun a few words after the saying)
    own = bool(said) and not _OWN_PRONOUNS.isdisjoint(words[said[-1] + 1:said[-1] + 5])
    if own:
        said = said[:-1]  # "the Arakan Army said it had captured": the speaker is the subject
    first = max([first] + [index + 1 for index in said])
    for index in range(first, position):
        subject = _side_word(words[index], words[index - 1] if index else "")
        if subject and not own and _SPEECH.intersection(words[index + 1 : min(index + 4, position)]):
            subject = None  # "Police said 14 people were arrested": the speaker, not the subject
        if subject:
            found = index
            break
    if subject and _PASSIVE.intersection(words[max(0, position - 2) : position]) and position - found <= _PASSIVE_REACH:
        # "rebels were pushed back" (not "the army staged a counterattack and ground was regained", where
        # the passive's subject is the ground the army took)
        return "state" if subject == "non_state" else "non_state"
    return subject


def names_armed_actor(words: list[str]) -> bool:
    """True when the sentence names an armed group as an actor (not only as a quoted source,
    "police and residents said", or as the harmed, "34 policemen were injured")."""
    return any(_armed_actor_at(words, index) for index in range(len(words)))


def names_only_state_forces(words: list[str]) -> bool:
    """True when every armed actor the sentence names is a state's force ("villagers clashed with
    police"), with no rebels, gangs or weapons beside it."""
    return all(_side_word(words[index], words[index - 1] if index else "") == "state"
               for index in range(len(words)) if _armed_actor_at(words, index))


def _armed_actor_at(words: list[str], index: int) -> bool:
    """True when the word at `index` names an armed actor that acts (see names_armed_actor)."""
    return (
        words[index] in ARMED and not _SPEECH.intersection(words[index + 1 : index + 4])
        and not _AFTERMATH.intersection(words[index + 1 : index + 4])
        and not (_PASSIVE.intersection(words[index + 1 : index + 3])
                 and _HARMED.intersection(words[index + 2 : index + 5]))
    )
