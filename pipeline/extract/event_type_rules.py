"""The ordered rules that turn a lead sentence's cues into one ACLED sub-event type.

Order follows the ACLED codebook's precedence: a demonstration is typed by what
happened at it; chemical, air, suicide, grenade, explosive and artillery attacks
are remote violence even when people also fought; territory changing hands by
force is a battle of its own kind; an armed clash needs armed, organised groups
on both sides, otherwise harm to people is violence against civilians or, done
by a crowd, mob violence; non-violent strategic developments come last unless
the lead names one before any violence and nobody was hurt.
"""

from __future__ import annotations

from itertools import pairwise

from pipeline.extract.event_type_cues import Cue, word_set
from pipeline.extract.event_type_sides import ARMED, actor_side, names_armed_actor, names_only_state_forces

# Words before a capture verb that make it an attempt, not a change of control ("attack to capture").
_ATTEMPT = word_set("to attempt attempted attempting tried trying bid")
_MOB_WORDS = word_set("mob mobs")
_STONES = word_set("stone stones pelting pelted brickbats brickbat")
_SHOOTING = word_set("shot gunned gunshot gunshots fired firing")
_POLICE = word_set("police policemen policeman cops constable constables forces force security")
_GUNFIGHT = word_set("shootout shootouts gunfight gunfights firefight firefights gunbattle gunbattles")
# Unorganised groups whose fights are mob violence, not battles.
_CROWDS = word_set(
    """villagers residents locals groups group supporters students workers communities community families
    youths youth people members mob crowd crowds neighbours neighbors tribesmen clans clan traders vendors hawkers
    shopkeepers drivers fans inmates prisoners"""
)
_HARM = word_set("MOB MUTUAL CLASH KILL ATTACK ARMEDVICTIM CIVVICTIM LOOT VIOLENT")
_HURT = word_set("KILL ARMEDVICTIM CIVVICTIM SEXUAL ABDUCT")
_FORMER = word_set("ex former retired")
# What an ambush or attack may hit that carries people: "a convoy of ...", "a bus carrying ...".
_CARRIERS = ("convoy", "bus", "minibus", "vehicle", "truck", "lorr", "van", "boat", "car")
# What a convoy of civilians carries: "a convoy of gold miners", "of aid trucks", "of displaced families".
_CIVILIAN_CARGO = ("miner", "trader", "merchant", "passenger", "pilgrim", "civilian", "refugee", "displaced",
                   "famil", "villager", "worker", "truck", "lorr", "bus", "tanker", "vehicle", "car", "aid",
                   "humanitarian", "food", "relief", "evacuee", "traveller", "traveler")
# Verbs after a victim-like noun ("gang members", "drug dealers") that make it the agent.
_ACTIVE_HARM = word_set("killed shot attacked stormed torched abducted kidnapped opened hacked stabbed beheaded")
_FIRE_WORDS = ("fire", "firing", "opened")
_HURT_OR_FIGHT = word_set("KILL ARMEDVICTIM CIVVICTIM SEXUAL ABDUCT ATTACK MUTUAL CLASH CLASHWEAPON SHELL AIR IED")
_VICTIMS = word_set("MOB KILL ATTACK ARMEDVICTIM CIVVICTIM")
_BATTLE = word_set("MUTUAL CLASH ARMEDVICTIM SHELL CLASHWEAPON IED GRENADE")
_VIOLENT_MAIN = word_set(
    "MUTUAL CLASH CLASHWEAPON ARMEDVICTIM CIVVICTIM KILL ATTACK AIR SHELL SHELLCIV IED GRENADE SUICIDE "
    "TERRITORY SEXUAL ABDUCT MOB RIOT VIOLENT"
)
_FIGHTING = word_set("MUTUAL CLASH CLASHWEAPON")
_CAUSAL = word_set("after following amid led response because instigating sparked triggered")
_FOUGHT_GAP = 8  # words between an operation and the fighting it turned into
# Remote weapons, in the order that wins when a lead names several at once.
_REMOTE = (
    ("SUICIDE", "Suicide bomb"),
    ("AIR", "Air/drone strike"),
    ("SHELLCIV", "Shelling/artillery/missile attack"),
    ("GRENADE", "Grenade"),
    ("SHELL", "Shelling/artillery/missile attack"),
    ("IED", "Remote explosive/landmine/IED"),
)
# Non-violent developments, in order of precedence.
_DEVELOPMENTS = (
    ("DISRUPTED", "Disrupted weapons use"),
    ("ARREST", "Arrests"),
    ("LOOT", "Looting/property destruction"),
    ("DRUGS", "Looting/property destruction"),
    ("TRANSFER", "Non-violent transfer of territory"),
    ("AGREEMENT", "Agreement"),
    ("HQ", "Headquarters or base established"),
    ("CHANGE", "Change to group/activity"),
    ("VIOLENT", "Looting/property destruction"),
    ("DISPLACE", "Other"),
    ("OTHER", "Other"),
)
# Developments that are the damage of a battle they happened during (displacement is its own event).
_BATTLE_DAMAGE = frozenset({"LOOT", "VIOLENT"})
# Developments too loosely worded to outrank violence named later in the sentence.
_WEAK_DEVELOPMENTS = frozenset({"OTHER"})
# Words between an arrest and a protest that make the protest the reason for the arrest, or one still to come
# ("detained 200 supporters ahead of Friday's planned rally": preventive arrests, no intervention).
_ARREST_REASON = word_set(
    "for charges charged accused over organising organizing organised leading ahead planned prevent")


def _demonstration(lead: dict[str, int], context: set[str]) -> str | None:
    """Sub-type of a demonstration or riot, by who used violence; None when nothing happened."""
    violent = "VIOLENT" in context or "RIOT" in lead or "BRAWL" in lead
    if "PROTEST" in lead or "CROWD" in lead:
        if violent:
            return "Violent demonstration"
        if "EXCESSIVE" in context or ("KILL" in lead and ("CROWD" in context or "INTERVENE" in context)):
            return "Excessive force against protesters"
        if "INTERVENE" in context or "CROWD" in context:
            return "Protest with intervention"
        return "Peaceful protest"
    if violent or _HARM.intersection(lead):
        if "MOB" in lead:
            return "Mob violence"  # "a mob hurled bricks at officers and smashed barricades": no demonstration named
        if "DEMOACT" in lead or "PROTESTWEAK" in lead:
            return "Violent demonstration"
        if "RIOT" in lead and not _VICTIMS.intersection(lead):
            return "Violent demonstration"  # rioters damaging property, not attacking people
        return "Mob violence"
    if "INTERVENE" in context:
        return "Protest with intervention"
    return None


def _remote(lead: dict[str, int], context: set[str], harmed: bool) -> str | None:
    """Remote-violence sub-type when the lead names a remote weapon used, else None; `harmed`: the
    lead says someone was killed or hurt."""
    if "SUICIDE" in lead:
        return "Suicide bomb"
    if "LEGACY" in lead:
        return "Other"  # a mine or shell left from an old war: no attack took place
    if "DISRUPTED" in lead and not harmed:
        # with someone killed or hurt the weapons found are a detail of the attack or clash
        # ("gunned down four Maoists in an encounter; a rifle was recovered from the spot")
        return "Disrupted weapons use"
    if "SHELLCIV" in lead and "AIR" not in lead:
        return "Shelling/artillery/missile attack"
    named = [(lead[cue], sub_type) for cue, sub_type in _REMOTE if cue in lead]
    if not named:
        return None
    if "TERRITORY" in lead and lead["TERRITORY"] < min(named)[0]:
        return None  # a place taken, with bombing as background
    if "AIR" not in lead and ("MUTUAL" in context or "CLASHWEAPON" in lead):
        # Both sides fired, or small arms were used too: a battle with heavier weapons.
        return None
    # The weapon named first is the incident's ("shelled ... amid drone overflights").
    return min(named)[1]


def _violence(lead: dict[str, int], words: list[str], context: set[str]) -> str | None:
    """Battle, mob violence or violence against civilians for a lead without remote weapons."""
    # a shoot-out is fought with guns, whoever the sides: never a crowd's brawl ("shoot-outs erupted in the
    # neighbourhood")
    gunfire = bool(_GUNFIGHT.intersection(words)) or any(
        word == "shoot" and after in ("out", "outs") for word, after in pairwise(words))
    armed = names_armed_actor(words) or gunfire
    if "MOB" in lead and "dispute" in words[lead["MOB"]:lead["MOB"] + 5] and _SHOOTING.intersection(words):
        # "shot dead at their home over a land dispute": a killing with guns, not a crowd's fight
        lead = {cue: position for cue, position in lead.items() if cue != "MOB"}
    if ("MOB" in lead or ("MUTUAL" in lead and _crowd_fought(words))) and not armed:
        return "Mob violence"
    if "MUTUAL" in lead and not gunfire and _crowd_against_state(words, lead["MUTUAL"]) \
            and names_only_state_forces(words):
        # "villagers clashed with police", "students fought security forces": a crowd's fight with the state's
        # forces is a riot, not a battle (there is no armed, organised group on the crowd's side)
        return "Mob violence"
    if "MOB" in lead and _MOB_WORDS.intersection(words) and ARMED.intersection(words) <= _POLICE \
            and not gunfire:
        return "Mob violence"  # "three died in police firing on rioting mobs": a riot the police fired on
    if "MOB" in lead and "ARREST" in lead and lead["ARREST"] < lead["MOB"] and ARMED.intersection(words) <= _POLICE \
            and not gunfire and not _SHOOTING.intersection(words):
        return "Mob violence"  # "police arrested 12 after clashes between two communities left one dead": the riot
    taken = lead.get("TERRITORY")
    if taken is not None and not _ATTEMPT.intersection(words[max(0, taken - 2) : taken]):
        if "TRANSFER" in lead and not _HURT.intersection(lead) and "MUTUAL" not in context:
            return "Non-violent transfer of territory"  # "seized the town without a fight"
        side = actor_side(words, taken)
        if side == "non_state":
            return "Non-state actor overtakes territory"
        return "Government regains territory"
    if _BATTLE.intersection(lead):
        return "Armed clash"
    if armed and "MUTUAL" in context and ("KILL" in lead or "ATTACK" in lead):
        # "security forces killed 11 members of the TTP ... in the exchange of fire": a battle told in two sentences
        return "Armed clash"
    if "SEXUAL" in lead:
        return "Sexual violence"
    if "ABDUCT" in lead and words[lead["ABDUCT"]] == "picked" and actor_side(words, lead["ABDUCT"]) == "state":
        return "Arrests"  # "Police picked up 17 youths for questioning"
    if "ABDUCT" in lead and "KILL" not in lead:
        return "Abduction/forced disappearance"  # with a killing it is an attack: the gravest harm types it
    if "ARREST" in lead and not _killed_first(lead, words) and not _harmed_after_arrest(lead, words):
        side = actor_side(words, lead["ARREST"])
        return "Abduction/forced disappearance" if side == "non_state" else "Arrests"
    if "KILL" in lead or "CIVVICTIM" in lead or "ATTACK" in lead:
        return "Attack"
    return None


_CROWD_ATTACKS = word_set("attacked assaulted beat thrashed manhandled stabbed lynched")
_NOT_THE_SUBJECT = word_set("were was been being by")


def _crowd_attacked(lead: dict[str, int], words: list[str]) -> bool:
    """True when the protesters are the subject of an attack on someone: "protesters, led by a regional leader,
    attacked other party leaders", "demonstrators beat up two journalists" (not "protesters were attacked")."""
    if "PROTESTERS" not in lead:
        return False
    start = lead["PROTESTERS"] + 1
    for k, word in enumerate(words[start:start + 8], start):
        if word in _NOT_THE_SUBJECT and words[k - 1] not in ("led", "headed"):  # (not "led by a local leader")
            return False
        if word in _CROWD_ATTACKS:
            return True
    return False


def _crowd_fought(words: list[str]) -> bool:
    """True when a crowd word names who fought, not only who was harmed ("villagers clashed", not "four people
    were killed in clashes")."""
    return any(word in _CROWDS and not _harmed_next(words, k) and not _harmed_before(words, k)
               for k, word in enumerate(words))


def _harmed_next(words: list[str], k: int) -> bool:
    """True when the counted word at `k` is the subject of a harm verb: one within three words, or later
    before any verb of fighting ("31 people, 19 of them civilians, died in the fighting")."""
    if not _HARMED_WORDS.isdisjoint(words[k + 1:k + 4]):
        return True
    for word in words[k + 4:k + 9]:
        if word in _FIGHT_WORDS:
            return False
        if word in _HARMED_WORDS:
            return True
    return False


_FIGHT_WORDS = word_set("clashed fought attacked clashing fighting attacking stormed torched pelted beat")


def _crowd_against_state(words: list[str], k: int) -> bool:
    """True when the fight at `k` is between a crowd and a state's force: "villagers clashed with police", "a clash
    between Dalit community members and the police" (not "members of the Gulf Clan clashed with police": a
    crowd word of a named group's)."""
    if words[k] in ("clashed", "fought") and words[k + 1:k + 2] == ["with"]:
        return _crowd_side(words[max(0, k - 3):k]) and _state_side(words[k + 2:k + 5])
    at = next((j for j in range(k + 1, min(k + 4, len(words))) if words[j] == "between"), None)
    if at is None or not words[k].startswith("clash") or "and" not in words[at + 1:at + 6]:
        return False
    middle = words.index("and", at + 1)
    first, second = words[at + 1:middle], words[middle + 1:middle + 4]
    return (_crowd_side(first) and _state_side(second)) or (_state_side(first) and _crowd_after(second))


def _crowd_side(side: list[str]) -> bool:
    """True when the words before a fight or an "and" end on a crowd ("hundreds of residents", "Sikh community
    members")."""
    return bool(side) and side[-1] in _CROWDS


def _crowd_after(side: list[str]) -> bool:
    """True when the words after an "and" name a crowd of no named group ("the villagers", not "the members of
    the Arakan Army")."""
    words = [w for w in side if w not in ("the", "a", "local")]
    return bool(words) and words[0] in _CROWDS and words[1:2] != ["of"]


def _state_side(side: list[str]) -> bool:
    """True when the words begin with a state's force ("the police", "security forces", "Israeli troops")."""
    words = [w for w in side if w not in ("the", "a", "local", "riot")]
    return bool(_STATE_FORCE.intersection(words[:2]))


_STATE_FORCE = word_set("police policemen cops army soldiers troops security forces gendarmes gendarmerie military")


def _harmed_before(words: list[str], k: int) -> bool:
    """True when a harm verb governs the counted word at `k`: "killed at least 50 people"."""
    j = k - 1
    while j >= 0 and (words[j].isdigit() or words[j] in _QUANTIFIERS):
        j -= 1
    return j < k - 1 and j >= 0 and words[j] in _HARMED_WORDS


_HARMED_WORDS = word_set(
    "killed died dead injured wounded hurt perished killing injuring wounding "
    # the uprooted: "forced more than 50,000 people to flee", "displaced thousands of villagers"
    "forced displaced displacing fled flee fleeing uprooted")
_QUANTIFIERS = word_set(
    "at least more than over nearly about around some up to dozens hundreds scores of a few several many")


def _armed_word_for_civilians(words: list[str], end: int) -> bool:
    """True when the convoy just named, or the object right after the cue, carries civilians: "attacked a
    convoy of gold miners", "ambushed a convoy of aid trucks", "ambushed a bus carrying pilgrims"; or the force
    named is an informer's ("killed a suspected police informer")."""
    if end < len(words) and words[end].startswith(("informer", "informant")):
        return True
    at = next((k for k in range(end - 1, min(end + 2, len(words))) if words[k].startswith(_CARRIERS)), None)
    return at is not None and words[at + 1:at + 2] in (["of"], ["carrying"]) \
        and any(word.startswith(_CIVILIAN_CARGO) for word in words[at + 2:at + 5])


def _off_duty(words: list[str], end: int) -> bool:
    """True when the armed victim just named was off duty ("the chief of police who was off-duty")."""
    after = words[end:end + 10]
    return any(pair == ("off", "duty") for pair in pairwise(after))


def _killed_first(lead: dict[str, int], words: list[str]) -> bool:
    """True when a killing told before the arrests is the event ("shot dead two robbers and arrested four
    others"), not their reason ("arrested two men over the killing of ...") nor an earlier incident ("a
    week after the ambush in which 11 were shot dead, police arrested three")."""
    kill = lead.get("KILL")
    return kill is not None and kill < lead["ARREST"] and not _CAUSAL.intersection(words[max(0, kill - 8):kill])


_RELATIVE = frozenset({"who", "whom", "that", "which"})


def _harmed_after_arrest(lead: dict[str, int], words: list[str]) -> bool:
    """True when the arrest is told in a relative clause and harm is the main verb after it ("40
    migrants who were caught by border guards were beaten"): the harm is the event, the arrest its setting."""
    arrest, kill = lead["ARREST"], lead.get("KILL")
    if kill is None or kill < arrest or not _RELATIVE.intersection(words[max(0, arrest - 3):arrest]):
        return False
    between = words[arrest + 1:kill]  # "who were arrested for the killing of ...": the crime, not the event
    return not (_ARREST_REASON.intersection(between) or _CAUSAL.intersection(between) or "connection" in between)


def _development(lead: dict[str, int]) -> tuple[int, str, str] | None:
    """(position, cue, sub-type) of the first-ranked non-violent development named in the lead."""
    for cue, sub_type in _DEVELOPMENTS:
        if cue in lead:
            return lead[cue], cue, sub_type
    return None


_WITHDRAWAL = ("withdr", "pulled", "pull", "retreat")


def _fought_too(lead: dict[str, int], words: list[str], position: int) -> bool:
    """True when the actors of an operation went on to fight in the same clause: "forces raided the
    camp and clashed with gunmen" (not "deployed after clashes", "a raid led to fighting")."""
    fighting = [lead[cue] for cue in _FIGHTING if cue in lead and lead[cue] > position]
    if not fighting:
        return False
    between = words[position + 1:min(fighting)]
    return "and" in between and len(between) <= _FOUGHT_GAP and not _CAUSAL.intersection(between)


def _arrest_first(lead: dict[str, int], words: list[str]) -> bool:
    """True when the lead reports arrests made for an earlier protest or riot, not at this one."""
    arrest, protest = lead.get("ARREST"), lead.get("PROTEST", lead.get("RIOT"))
    if arrest is None or protest is None or arrest > protest:
        return False
    return bool(_ARREST_REASON.intersection(words[arrest:protest]))


_ON_THE_STREET = ("march", "took", "take", "taking", "procession", "vigil", "blockad", "blocked", "caravan",
                  "mobilis", "mobiliz", "gathered")


def _bombed_gathering(lead: dict[str, int], words: list[str]) -> bool:
    """True for a bomb, shell or air strike that hit a demonstration ("a bomb exploded at an
    election rally"): remote violence against the gathering, not a demonstration."""
    if not _TARGETING_WEAPONS.intersection(lead):
        return False
    gathering = min(lead[c] for c in ("PROTEST", "RIOT", "CROWD") if c in lead)
    before = words[max(0, gathering - 3):gathering]
    # ("a car bomb exploded at a checkpoint during a protest march": the weapon told first, then the gathering
    # it went off during; not "torched during a protest against the bombing")
    during = "during" in before and min(lead[c] for c in _TARGETING_WEAPONS if c in lead) < gathering
    return "SUICIDE" in lead or during or bool(_AT_PLACE.intersection(before))


def _gathering_attacked(lead: dict[str, int], words: list[str]) -> bool:
    """True for gunmen or militants who attacked a demonstration ("Gunmen attacked a political rally with
    firearms"): an armed group's attack on the gathering, not a demonstration."""
    gathering = min(lead[c] for c in ("PROTEST", "RIOT", "CROWD") if c in lead)
    verbs = [k for k in range(max(0, gathering - 5), gathering) if words[k] in _ATTACKING]
    return bool(verbs) and actor_side(words, verbs[0]) == "non_state"


_ATTACKING = word_set("attacked attack attacks stormed storm raided ambushed fired opened targeted")
_TARGETING_WEAPONS = word_set("SUICIDE IED GRENADE AIR SHELL")
# Verbs of bombing a place, which state forces do from the air (a bomb planted is "a bomb", "a blast").
_BOMBED = word_set("bombed")
_AT_PLACE = word_set("at on near targeting targeted outside into")


def _lead_cues(words: list[str], cues: list[Cue]) -> dict[str, int]:
    """Each cue of the lead sentence at its first position, once the armed-victim and clash cues are read
    against the words around them: an armed word that acts or is former, off duty or an agent names no
    armed victim."""
    lead: dict[str, int] = {}
    for cue in cues:
        armed_victim = cue.name == "ARMEDVICTIM"
        if armed_victim and cue.end < len(words) and words[cue.end] in _ACTIVE_HARM:
            continue  # "gang members killed at least 25 people": the gang acts, it is no victim
        if cue.name in ("ARMEDVICTIM", "CLASH"):
            if _FORMER.intersection(words[cue.start:cue.end]):
                continue  # "killed two ex-BLA militants": former fighters are civilians
            if _off_duty(words, cue.end) or _armed_word_for_civilians(words, cue.end):
                # "ambushed a police inspector who was off duty": a civilian then, to ACLED (as are the
                # people of "a convoy of traders" and a police informer)
                lead.setdefault("CIVVICTIM" if armed_victim else "ATTACK", cue.start)
                continue
        if armed_victim and "by" in words[max(0, cue.start - 3):cue.start]:
            continue  # "shot by gang members", "a note signed by a suspected cartel": the agent
        lead.setdefault(cue.name, cue.start)
    return lead


def _hurt_by_stones(words: list[str]) -> bool:
    """True when the harm came in the stoning itself: "two constables were hurt in the stone pelting" (a crowd's
    riot), unlike "two militants died in an encounter, and stone pelting followed"."""
    for k, w in enumerate(words):
        if w in ("pelting", "stoning", "brickbatting"):
            before = [x for x in words[max(0, k - 4):k] if x not in ("the", "a", "stone", "heavy", "brick")]
            if before and before[-1] in ("in", "during", "amid"):
                return True
    return False


def street_protest(words: list[str], cues: list[Cue]) -> bool:
    """True when two weaker signs together make a demonstration, one of them people moving in the
    street: "thousands marched ... to demand ..." (not a statement that "condemned ... and demanded")."""
    weak = [cue for cue in cues if cue.name == "PROTESTWEAK"]
    return len(weak) >= 2 and any(words[c.start].startswith(_ON_THE_STREET) for c in weak)


def decide(words: list[str], cues: list[Cue], context: set[str], sized: bool) -> str | None:
    """The sub-event type for a lead sentence's tokens and cues, refined by later `context` cues."""
    lead = _lead_cues(words, cues)
    if _crowd_attacked(lead, words):
        context = context | {"VIOLENT"}  # "protesters attacked party leaders": no peaceful protest
    if "PROTEST" not in lead and street_protest(words, cues):
        lead["PROTEST"] = lead["PROTESTWEAK"]
    if "CHEMICAL" in lead:
        return "Chemical weapon"
    if sized:
        # ACLED notes give a crowd size only for demonstrations (protests and riots).
        return _demonstration(lead, context) or "Peaceful protest"
    if _arrest_first(lead, words):
        return "Arrests"
    if ("PROTEST" in lead or "RIOT" in lead or "CROWD" in lead) and not _bombed_gathering(lead, words) \
            and not _gathering_attacked(lead, words):
        return _demonstration(lead, context)
    if "DEMOACT" in lead and words[lead["DEMOACT"]].startswith(("burn", "set", "tyre", "tire")) and lead[
            "DEMOACT"] <= min((lead[cue] for cue in _HURT_OR_FIGHT if cue in lead), default=len(words)):
        # "youths burned tyres and blocked the highway after a driver was killed": the street's answer
        # to a killing told after it is a demonstration, not the killing
        return _demonstration(lead, context)
    hurt_by_stones = _hurt_by_stones(words)  # (the side it names is the harmed, not the stone-throwers)
    stoning = bool(_STONES.intersection(words)) and (not _HURT.intersection(lead) or hurt_by_stones)
    if ("MOB" in lead or stoning) and "VIOLENT" in lead and (
            hurt_by_stones or actor_side(words, lead["VIOLENT"]) is None):
        # "angry residents set fire to a police station", "stone pelting was reported in several lanes": a riot
        # (stones are a crowd's weapon), not an armed group's property destruction
        return _demonstration(lead, context)
    development = _development(lead)
    if development and development[1] == "CHANGE" and words[development[0]] in ("raid", "raided", "raids") \
            and words[development[0] - 1] not in ("cattle", "livestock") \
            and "MUTUAL" in context and _HURT.intersection(context):
        # "security forces raided a house. A gunfight broke out and three militants were killed": the raid's clash
        return "Armed clash"
    if development and development[1] == "DRUGS" and _FIGHTING.intersection(context):
        # "troops destroyed a cocaine lab. Gunmen traded fire with the soldiers": the operation's clash
        return "Armed clash"
    violent_at = min((lead[cue] for cue in _VIOLENT_MAIN if cue in lead), default=len(words))
    if (
        development
        and development[1] not in _WEAK_DEVELOPMENTS
        and development[0] < violent_at
        and not _HURT.intersection(lead)
        # "homes were burnt and 1,500 people fled during a three-day battle": the battle is the event
        and not (development[1] in _BATTLE_DAMAGE and "MUTUAL" in lead
                 and "during" in words[max(0, lead["MUTUAL"] - 4):lead["MUTUAL"]])
        and not (development[1] == "CHANGE" and _fought_too(lead, words, development[0]))
        # "a unit was out on patrol when a roadside bomb hit it": the patrol is the attack's setting
        and not (development[1] == "CHANGE" and words[development[0]].startswith("patrol") and violent_at < len(words))
    ):
        if development[1] == "CHANGE" and words[development[0]].startswith(_WITHDRAWAL) and "TRANSFER" in context \
                and not _HURT.intersection(context):
            # "the coalition withdrew from the base. It has handed control of the camp back to the army": a handover
            return "Non-violent transfer of territory"
        return development[2]
    # harm told by a harm word, not by fire alone ("rockets that were fired at army posts")
    harmed = any(c.name in _HURT and not words[c.start].startswith(_FIRE_WORDS) for c in cues)
    violence = _remote(lead, context, harmed) or _violence(lead, words, context)
    if violence == "Remote explosive/landmine/IED" and words[lead["IED"]] in _BOMBED \
            and actor_side(words, lead["IED"]) == "state":
        violence = "Air/drone strike"  # "the military bombed a monastery": a state bombs from the air
    if violence or development:
        return violence or (development[2] if development else None)
    return "Change to group/activity" if "CHANGEWEAK" in lead else None
