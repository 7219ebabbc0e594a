"""Word lists and compiled patterns for casualty extraction (what counts as harm, and as a person).

Only vocabulary lives here; the logic that uses it is in `casualties.py` (who was harmed,
how many) and `casualty_context.py` (whether a figure is the reported incident's).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list."""
    return frozenset(text.split())


# Word stems one of which every harm expression contains. Sentences are scanned for them with one
# regex factored by shared prefixes (`TRIGGER`, fast); the long anchor pattern then runs only around
# the hits.
TRIGGER_STEMS = (
    "kill", "dead", "death", "died", "dies", "die ", "dying", "fatal", "injur", "wound", "hurt", "casualt",
    "neutrali", "eliminat", "liquidat", "picked up", "picks up", "picking up", "buried", "bury",
    "took away", "take away", "takes away", "taking away", "carried away", "carry away", "carries away",
    "carrying away", "led away", "whisked away", "marched away", "also taken",
    "toll", "murder", "shot", "behead", "massacr", "lynch", "slain", "stab", "abduct", "kidnap", "missing",
    "arrest", "detain", "displac", "bod", "life", "lives", "perish", "execut", "assassin", "martyr",
    # " lose", not the "lose" of "close", "disclosed"
    "hostage", "evacuat", "kiled", "inured", "lost", " lose", " losing", "homes",
    "slaughter", "decapitat", "gunned", "gunning", "strangl", "drown", "burn", "beat", "hospital",
    "apprehend", "custody", "fled", "flee", "succumb", "victim", "maim", "hack", "chopp", "mow", "mown",
    "corpse", "remains", "homeless", "unaccounted", "captive", "nabbed", "rounded", "hanged", "clobber", "caught",
    "electrocut", "crush", "trampl", "starv", "tortur", "stoned", "clubbed", "bludgeon", "batter", "knifed",
    "alive", "on himself", "on herself", "seiz", "grabbed", "snatched", "uproot",
    "axed", "maul", "slash", "spear", "whipp", "flogg", "kicked", "choked", "cut down",
    "shoot", "slay", "gun down", "guns down", "mow down", "mows down", "shahada", "skull", "skeleton", " heads",
    "wiped out", "wipes out", "wiping out", "abandon", "deserted", "deserting",
)


# The remains of the dead, one per person: "six bodies", "six skulls", "two human heads were found".
REMAINS = r"(?:bodies|corpses|skulls|skeletons|(?:human|severed|decapitated)\s+heads)"


def _trie_pattern(stems: tuple[str, ...]) -> str:
    """A regex matching any of `stems`, factored by shared prefixes ("kill|kiled" -> "ki(?:ll|led)"):
    one pass of the regex engine instead of a substring search per stem."""
    trie: dict[str, dict] = {}
    for stem in stems:
        node = trie
        for char in stem:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Where a trigger stem starts, overlapping stems included (a zero-width match at each position).
TRIGGER = re.compile(f"(?={_trie_pattern(TRIGGER_STEMS)})")
# How far before a trigger stem an anchor may start ("claimed the lives of", "total number of people killed").
TRIGGER_BACK = 60

# What "apprehend" fears rather than arrests: "apprehended that ...", "apprehended trouble", "the party
# apprehended cross-voting".
_FEARED = (r"(?:that|trouble|danger|violence|tension|threats?|attacks?|clash(?:es)?|cross|breach|disturbances?|"
           r"unrest|fresh|a\s+threat|an?\s+attack|backlash|defeat|loss|losses)\b")

# Harm expressions. `p_*` can follow their victims ("ten were killed", "six dead"),
# `a_*` can precede them ("killing ten"), `n_*` are nouns followed by "of" ("the deaths of ten"),
# `i_*` list parts of a toll ("the dead included two children").
_TO_DEATH = (
    r"(?:hacked|stabbed|beaten|beat|burnt|burned|bludgeoned|clubbed|shot|tortured|stoned|crushed|starved|"
    r"trampled|chopped|clobbered|strangled|battered|lynched|kicked|hanged|flogged|axed|knifed|macheted|"
    r"mauled|choked|electrocuted|gunned|slashed|speared|whipped|charred|roasted|done|put)\s+to\s+death"
)
# Headline verbs in the present tense: "Gunmen shoot dead 4", "Rebels execute 5 captives". Words that
# are also nouns ("murder suspect", "lynch mob", "massacre survivors") count only before a number.
_PRESENT_VERBS = (
    r"shoots?\s+dead|(?:guns?|mows?)\s+down|beheads?|executes?|assassinates?|slays?|"
    r"claim(?:s|ed|ing)?\s+li(?:ves|fe)\s+of|"  # "Blast claims lives of 9": the headline drops "the"
    r"(?:murders?|massacres?|lynch(?:es)?|slaughters?)(?=\s+(?:(?:at\s+least|up\s+to|more\s+than|over|some|about|"
    r"around|nearly|another)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|dozens?|scores|hundreds)\b))"
)
# Idioms for dying that follow their subject: "9 people lose lives", "Six perish", "two soldiers embrace
# martyrdom" (military press releases), "laid down their lives".
_DEATH_IDIOMS = (
    r"perish(?:es)?|los(?:e|es|ing)\s+(?:(?:their|his|her)\s+)?li(?:ves|fe)|lost\s+li(?:ves|fe)|"
    r"(?:embrac(?:e|es|ed|ing)|attain(?:s|ed|ing)?)\s+(?:martyrdom|shahadat|shahadah)|"
    r"(?:laid|lay|lays|laying)\s+down\s+(?:their|his|her)\s+li(?:ves|fe)"
)
# "an unknown number of insurgents were killed", "a number of civilians were killed" are vague counts of
# victims, not a toll named without its figure
_NOT_A_TOLL = r"(?<!unknown\s)(?<!undisclosed\s)(?<!unspecified\s)(?<!unconfirmed\s)(?<!large\s)(?<!small\s)(?<!\ba\s)"
# A small count in words or digits: "among three killed", "with four injured".
_NUMBER_WORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
                r"fifty|dozens)")


def _counted(nouns: str) -> str:
    """A lookahead for a verb whose object is a counted group of people ("took away at least 20 women",
    "buried 45 people", "picked up 17 youths"): an optional qualifier, a number, a modifier, one of `nouns`."""
    return (r"(?=\s+(?:(?:at\s+least|about|some|over|more\s+than|nearly|another)\s+)?[\w,-]+\s+(?:[\w-]+\s+)?"
            rf"(?:{'|'.join(nouns.split())})\b)")


_NUMBER_OF = rf"{_NOT_A_TOLL}(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){{0,2}}?"  # "the total number of those"
_ANCHORS = {
    # ("range from 3 to 6": the range keeps its "from", which the number reader takes as its start)
    "c_killed": r"(?:fatalit(?:y|ies)|deaths)\s+(?:\w+\s+){0,2}?"
                r"(?:coded\s+(?:as|at|to)|(?:range[sd]?|ranging)(?=\s+(?:from|between)\b))|"
                r"total\s+(?:number\s+of\s+)?(?:reported\s+)?(?:fatalit(?:y|ies)|deaths|dead)(?:\s+(?:is|was|are|were|of|at|stands\s+at))?"
                r"(?=\s*[:=]?\s*\d)",
    # "before turning the gun on himself", "then took his own life", "before shooting himself": the attacker, one dead
    "s_killed": r"turn(?:ed|ing|s)?\s+(?:the|his|her)\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)|"
                r"(?:killed|killing|kills)\s+(?:himself|herself)|(?<=before\s)(?:shooting|hanging)\s+(?:himself|herself)|"
                r"(?<=then\s)(?:shot|hanged)\s+(?:himself|herself)(?!\s+in\s+the\b)|"
                r"(?:took|take|takes|taking)\s+(?:his|her)\s+own\s+life|"
                r"(?:his|her)\s+(?:own\s+)?(?:death|killing|murder|assassination)|"
                r"(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:dead\s+|lifeless\s+)?body\s+(?:was\s+|has\s+been\s+|"
                r"had\s+been\s+)?(?:\w+\s+)?(?:found|recovered|discovered|dumped|pulled|retrieved|exhumed)|"
                r"(?:an?\s+|the\s+)?[\w-]+['’]s\s+(?:death|killing|murder|assassination)(?!\s+(?:toll|squad|threat|anniversary))|"
                r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|person|youth|teen\w*|baby)['’]s\s+"
                r"(?:dead\s+|lifeless\s+)?body",
    "t_killed": r"(?:death|casualty|fatality)\s+toll|toll|"
                r"(?:fatalities|deaths)\s+(?:stand|stood|stands)\s+at|"
                r"(?<=the\s)dead\s+(?:numbered|numbers|number|totalled|totaled|totals)|"  # "the dead numbered 25"
                rf"{_NUMBER_OF}"
                # "the number of flood victims who had taken shelter in schools" counts the displaced
                r"(?:killed|dead|deaths|fatalities|victims(?!\s+(?:who\s+(?:have|had)\s+)?(?:taken\s+shelter|"
                r"sheltering|living\s+in|in\s+(?:relief\s+)?camps))|people\s+who\s+(?:were\s+killed|died))",
    # "the number of wounded rose to 40": a toll of the injured
    "t_injured": rf"{_NUMBER_OF}(?:injured|wounded|injuries|hurt)|"
                 r"(?<=the\s)(?:injured|wounded)\s+(?:numbered|numbers|number|totalled|totaled|totals)|"
                 r"(?:injury|injuries)\s+toll",
    # "the number of those kidnapped rose to 18": a toll of the other harms
    "t_kidnapped": rf"{_NUMBER_OF}(?:kidnapped|abducted|hostages|abductees|captives)",
    "t_arrested": rf"{_NUMBER_OF}(?:arrested|detained|arrests|detainees)",
    "t_displaced": rf"{_NUMBER_OF}(?:displaced|evacuees)",
    "t_missing": rf"{_NUMBER_OF}missing",
    "a_killed2": r"claim(?:s|ed|ing)?\s+the\s+li(?:ves|fe)\s+of|"
                 r"(?:took|taking|take)\s+the\s+li(?:ves|fe)\s+of|(?:cost|costs|costing)\s+the\s+li(?:ves|fe)\s+of|"
                 r"(?:hack|stabb|beat|burn|bludgeon|club|tortur|ston|starv|shot|shoot|chopp|strangl|batter|crush|"
                 r"lynch|burn|charr|roast)(?:ed|en|t|ing|s)?"
                 r"(?!\s+(?:and|or)\b)(?=(?:\s+[\w'’-]+){1,8}?\s+to\s+death\b)|shot(?=(?:\s+[\w'’-]+){1,5}?\s+dead\b)|"
                 r"claim(?:s|ed|ing)?(?=(?:\s+[\w'’-]+){1,4}?\s+li(?:ves|fe)\b)|"
                 r"burn(?:ed|t|ing|s)?(?!\s+alive\b)(?=(?:\s+[\w'’-]+){1,6}?\s+alive\b)",
    # "the dead included four farmers and three policemen": a list of parts of the toll
    "i_killed": r"(?:the|those)\s+(?:dead|killed|victims|fatalities|who\s+(?:died|were\s+killed))\s+"
                r"(?:also\s+)?(?:included|include|includes|comprised|comprise|were\s+mostly|"
                r"(?:were|have\s+been|had\s+been)\s+(?:identified|named)\s+as|"
                # "those killed were Ali Musa and ...", not "the victims were taken to hospital" or "were walking"
                r"were(?!\s+(?:[a-z]+(?:ed|en|ing)|taken|being|brought|buried|laid|from|in|at|on|all|still|not|also|"
                r"mostly|mainly|largely|said|reported|believed|thought)\b))",
    # "the wounded included three journalists", "among the injured were two children": parts of the wounded
    "i_injured": r"(?:the|those)\s+(?:injured|wounded|hurt)\s+(?:also\s+)?(?:included|include|includes|comprised|"
                 r"were\s+mostly|were(?!\s+(?:[a-z]+(?:ed|en|ing)|taken|being|brought|admitted|from|in|at|on|all|"
                 r"still|not|also|mostly|mainly|largely|said|reported|believed|thought|out)\b))",
    "n_killed": r"(?:deaths?|killings?|murders?|assassination|massacre|beheading|execution|"
                r"(?:dead\s+)?bod(?:y|ies)|"
                r"corpses?|remains)\s+of",
    "n_kidnapped": r"(?:kidnapping|abduction)\s+of",
    "n_arrested": r"(?:arrest|detention)\s+of",
    # "causing injuries to four passengers", "inflicted serious injuries to a constable"
    "n_injured": r"(?:injur(?:y|ies)|wounds)\s+to",
    "p_killed": rf"shot\s+(?:and\s+)?(?:killed|dead)|{_TO_DEATH}|(?:burnt|burned)\s+alive|"
                r"gunned\s+down|killed|kiled|murdered|slain|"  # "kiled": a typo common enough in field notes
                r"massacred|neutrali[sz]ed|eliminated|liquidated|"  # "neutralised": military releases' word for killed
                r"executed|beheaded|decapitated|assassinated|slaughtered|martyred|lynched|strangled|"
                r"(?:hacked|mowed|mown|cut|gunned)\s+down|(?:wiped|wipes|wiping)\s+out(?=\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:(?:entire|whole)\s+)?"
                r"famil(?:y|ies)\s+of\b)|"  # "wiped out an entire family of seven" (not "wiped out three houses")
                r"drowned|found\s+dead|confirmed\s+dead|pronounced\s+dead|declared\s+dead|feared\s+dead|presumed\s+dead|dead|(?:died|die|dies)(?![\s-]+(?:down|out|hard|harder|hards)\b)|perished|"
                r"lost\s+(?:their|his|her)\s+li(?:ves|fe)|"
                # translated notes: "were found lifeless", "was deprived of life", "was victim of a homicide"
                r"found\s+lifeless|deprived\s+of\s+(?:(?:their|his|her)\s+)?li(?:ves|fe)|"
                r"(?:the\s+)?victims?\s+of\s+(?:an?\s+)?(?:homicides?|femicides?|feminicides?|murders?)|"
                r"(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:fatal|mortal)\s+(?:\w+\s+)?(?:injuries|wounds)|succumbed(?:\s+to\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:injuries|wounds|burns))?"
                r"(?!\s+to\s+(?:[\w'-]+\s+){0,2}?(?:pressures?|demands?|temptations?|threats?|criticism|blackmail|coercion)\b)|"
                r"succumbing\s+to\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:injuries|wounds|burns)|"
                r"deaths?|fatalit(?:y|ies)|" + REMAINS,
    "p_killed2": _DEATH_IDIOMS,
    "a_killed": r"fatally\s+(?:shot|stabbed|wounded|injured|hit|struck)|kill|kills|killing|shooting\s+dead|"
                r"burning\s+alive|"
                r"gunning\s+down|murdering|massacring|beheading|"
                r"assassinating|slaughtering|lynching|executing|neutrali[sz](?:e|es|ing)|eliminat(?:e|es|ing)|liquidat(?:e|es|ing)",
    "a_killed3": _PRESENT_VERBS,
    # "We buried 45 people yesterday": a count of the dead (not "buried alive", "buried under rubble")
    "a_killed5": r"(?:buried|bury|burying)" + _counted("people persons bodies victims villagers residents men women "
                                                       "children soldiers civilians"),
    # "the militants also lost 20 fighters", "the army lost at least 12 soldiers": a side's dead
    "a_killed4": r"(?:lost|lose|loses|losing)(?=\s+(?:(?:at\s+least|about|around|some|nearly|more\s+than|over|up\s+to|"
                 r"as\s+many\s+as)\s+)?[\w,.-]+\s+(?:of\s+(?:its|their|his|our)\s+)?(?:[\w-]+\s+)?(?:(?:fighter|soldier|"
                 r"troop|militant|officer|comrade|rebel|insurgent)s?|men|members|personnel|policem[ae]n|"
                 r"servicem[ae]n)\b(?!\s+to\b))",  # "losing one soldier"; not "lost 20 members to defections"
    # "three villagers with bullet wounds reached the hospital" (a noun, not the verb "wounds"), unless they died
    # (`casualty_filters.attributive` drops it for the dead: "a man with gunshot wounds was found dead")
    "p_injured2": r"with\s+(?:(?:bullet|gunshot|stab|knife|burn|shrapnel|splinter|serious|severe|grievous|critical|"
                  r"multiple|head|minor)\s+){1,2}(?:wounds|injuries)",
    # ("inured": a typo common enough in field notes, "ten killed and six inured"; not "inured to", the word)
    "p_injured": r"injured|inured(?!\s+to\b)|wounded|hurt|hospitali[sz]ed|maimed|"
                 r"in\s+(?:a\s+)?(?:critical|serious)\s+condition|"
                 r"treated\s+for\s+(?:\w+\s+)?(?:wounds|injuries|burns)|"
                 r"(?:sustained|suffered|received)\s+(?!(?:\w+\s+)?(?:fatal|mortal)\b)(?:\w+\s+){0,3}?"
                 r"(?:injuries|wounds|burns|burn\s+injuries)|injuries|injury|"
                 r"left\s+with\s+(?:\w+\s+){0,2}?(?:burns|injuries|wounds)|"  # "was left with severe burns"
                 # "12 were rushed to hospital", "being treated in a local hospital", "with 40 others in hospital"
                 # (not "taken to hospital for a post-mortem", nor "... where they later died": the dead)
                 r"(?:(?:admitted|rushed|taken|brought|airlifted|flown)\s+to|(?:treated|admitted)\s+(?:in|at)|"
                 r"(?<=\bothers\s)in)\s+(?:(?:a|an|the|two|three|several|various|different)\s+)?"
                 r"(?:[\w-]+\s+){0,2}?hospitals?(?!\s+(?:for|with)\s+(?:an?\s+)?(?:post[\s-]?mortem|autopsy)|"
                 # "rushed to a clinic, where both died": the dead
                 r",?\s+where\s+(?:[\w-]+\s+){1,4}?(?:died|succumbed|pronounced|declared|confirmed))",
    # (not the noun: "died from wounds sustained in the bombing")
    "a_injured": r"injur(?:e|es|ing)|wound(?:s(?!\s+(?:sustained|suffered|received|inflicted)\b)|ing)?|maiming",
    # "Two teachers were also taken." (after an abduction told before; not "taken to hospital")
    "p_kidnapped": r"kidnapped|abducted|taken\s+hostage|held\s+hostage|taken\s+captive|held\s+captive|"
                   r"abductions|(?<=also\s)taken(?=\s*(?:[.;]|$|,|\s+by\s+(?:the\s+)?(?:gunmen|kidnappers|"
                   r"abductors|attackers|assailants|bandits|militants)\b))",
    # not a noun modifier: "a drug and kidnapping suspect", "a kidnapping gang", "abduction case"
    "a_kidnapped": r"(?:kidnap(?:s|ping)?|abduct(?:s|ing)?)(?!\s+(?:suspects?|gangs?|rings?|syndicates?|cases?|"
                   r"charges?|kingpins?|cartels?|networks?|attempts?|bids?|plots?|incidents?|victims?|rackets?|"
                   r"cells?|squads?|crisis|crises|menace|epidemic|industry|business|problem|trend)\b)",
    # "They also took away at least 20 women and children": abducted (not "took away their cattle")
    "a_kidnapped3": r"(?:took|take|takes|taking|carried|carry|carries|carrying|led|whisked|marched)\s+away"
                    + _counted("people persons women men children girls boys villagers residents passengers "
                               "students pupils farmers worshippers others of\\s+them"),
    # "Gunmen seized 20 passengers from a bus" (not "seized 20 rifles")
    "a_kidnapped4": r"(?:seized|seize|seizes|seizing|grabbed|snatched)"
                    + _counted("people persons women men children girls boys villagers residents passengers "
                               "students pupils farmers worshippers travellers travelers fishermen workers"),
    # "took 30 hostages", "seized 12 people hostage", "taking nine foreigners captive"
    "a_kidnapped2": r"(?:took|take|takes|taking|taken|seized|seizing|seize|seizes|holding|hold|holds|held)"
                    r"(?=(?:\s+[\w,'’-]+){1,5}?\s+(?:hostages?|captives?)\b)",
    # "apprehended that ...", "apprehended cross-voting" fears; it arrests no one
    "p_arrested": rf"arrested|detained|apprehended(?!\s+{_FEARED})|rounded\s+up|nabbed|arrests|"
                  r"taken\s+into\s+(?:preventive\s+|protective\s+|police\s+)?custody|"
                  # "were caught by the railway police": caught by a force ("caught by villagers" is no arrest)
                  r"caught(?:\s+red[\s-]handed)?(?=\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                  r"(?:police|cops|policemen|troops|soldiers|army|security\s+forces|jawans|guards)\b)",
    "a_arrested": rf"arrest(?:s|ing)?(?!\s+warrants?\b)|detain(?:s|ing)?|apprehend(?:s|ing)?(?!\s+{_FEARED})|"
                  # "Police picked up 17 youths": only by state forces (see `casualties.py`)
                  r"pick(?:ed|s|ing)?\s+up" + _counted("people persons youths men women suspects protesters activists "
                                                       "workers students villagers leaders members others") + "|"
                  # "took 14 suspects into custody"
                  r"(?:took|take|takes|taking)(?=\s+(?:[\w,-]+\s+){1,4}?into\s+(?:preventive\s+|police\s+)?custody\b)",
    "p_missing": r"missing|unaccounted\s+for",
    "p_displaced": r"displaced|(?:fled|flee|fleeing)\s+(?:their|from\s+their)\s+homes|homeless|"
                   # "hundreds of villagers abandoned their homes"
                   r"(?:abandoned|abandoning|deserted|deserting)\s+(?:their|his|her)\s+(?:homes?|villages?|houses?)|"
                   r"(?<=been\s)uprooted|(?<=were\s)uprooted",  # "2,000 families have been uprooted"
    # "3,000 residents fled to nearby villages": only a population fled (DISPLACED_PEOPLE), not "the gunmen"
    "p_displaced2": r"(?:have\s+|has\s+|had\s+)?(?:fled|flee|fleeing)(?!\s+(?:their|from\s+their)\s+homes)|"
                    r"(?:were\s+|have\s+been\s+|had\s+been\s+)?evacuated(?!\s+(?:\w+\s+){0,2}?(?:to|from)\s+"
                    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical|health))",
    "a_displaced": r"displac(?:e|es|ing)",
    # "forced about 10,000 people from their homes", "drove thousands out of their homes"
    "a_displaced2": r"(?:forced|forcing|forces|force|drove|driving|drives|drive|chased|chasing|uprooted|uprooting)"
                    r"(?=(?:\s+[\w,'’-]+){1,5}?\s+(?:from|out\s+of)\s+(?:their|his|her)\s+(?:homes?|villages?)\b)|"
                    # "the clashes have uprooted 12,000 residents"
                    r"(?:uprooted|uprooting|uproots)"
                    + _counted("people persons residents villagers families civilians households inhabitants"),
    "p_displaced3": r"(?:forced|driven|chased|uprooted)\s+(?:from|out\s+of)\s+(?:their|his|her)\s+(?:homes?|villages?)",
}
_ANCHOR_RE = r"\b(?:" + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _ANCHORS.items()) + r")\b"
ANCHOR = re.compile(_ANCHOR_RE, _I)
# The same, case-sensitive, for lower-cased text: about three times faster.
ANCHOR_LOWER = re.compile(_ANCHOR_RE)

# Auxiliaries and adverbs between a victim and a passive verb: "were (reportedly) killed",
# "was later found beaten to death", "are said to have died".
# "may"/"might" before "have been": an uncertain report ("up to 1,200 may have been killed"), read
# as one and kept apart from threats by the status cues (EPISTEMIC)
_AUX_WORDS = (
    r"was|were|(?-i:is|Is)|are|be|been|being|has|have|had|got|get|gets|went|gone|remain|remains|remained|lay|lie|lies|left|"
    r"may(?=\s+(?:also\s+)?have\s+been)|might(?=\s+(?:also\s+)?have\s+been)|"
    r"reported|said|confirmed|feared|believed|found|thought|known|presumed|to"
)
_ADVERBS = (
    r"reportedly|allegedly|also|all|later|subsequently|critically|seriously|severely|fatally|badly|"
    r"slightly|lightly|gravely|grievously|moderately|heavily|mortally|both|already|now|not|never|either|instantly|"
    r"immediately|then|so\s+far|(?<=\bhas\s)since|(?<=\bhave\s)since|(?<=\bhad\s)since|"  # "have since died"
    r"apparently|possibly|probably|eventually|each|brutally|allegedly|just|among\s+those"
)
AUX_CHAIN = re.compile(rf"\b(?:(?:{_AUX_WORDS}|{_ADVERBS})\s+)*(?:{_AUX_WORDS}|{_ADVERBS})\s*$", _I)
# Forms of "be" (and verbs like it) that make a following participle passive; "have killed" is active.
AUX_WORD = re.compile(rf"\b(?:{_AUX_WORDS})\b", _I)
PASSIVE_AUX = re.compile(
    r"\b(?:was|were|(?-i:is|Is)|are|be|been|being|got|get|gets|remain(?:s|ed)?|lay|lie|lies|left|found|feared|"
    r"believed|reported|said|confirmed|thought|known|presumed)\b",
    _I,
)
# "had" agrees with either number: a subject read as one person takes it too ("Kishore had been arrested")
SINGULAR_AUX = re.compile(r"\b(?:was|is|has|had)\b", _I)
PLURAL_AUX = re.compile(r"\b(?:were|are|have)\b", _I)

# A verb coordinated before the harm verb shares its subject: "was stabbed and then beheaded".
COORDINATED_VERB = re.compile(
    r"\b(?:was|were|(?-i:is|Is)|are|has\s+been|have\s+been|had\s+been)\s+(?:[\w'-]+\s+){0,10}?(?:and|or)\s+"
    r"(?:then\s+|later\s+|subsequently\s+|eventually\s+)?$",
    _I,
)

# Where a victim phrase stops when read backwards from a passive verb. Prepositions do not
# stop it ("four villagers on the Indian side ... had been killed"); verbs of saying and
# clause words do.
SUBJECT_BOUNDARY = re.compile(
    r"[;:\"“”?!|]|--|—|\s[-–]\s|\((?![^)]*\))|(?-i:(?<![A-Z]))\.\s|"
    r"\b(?:UPDATE|FOCUS|WRAPUP|CORRECTED|REFILE|URGENT|BREAKING)(?:\s+\d+)?\s*[-:]|"
    # a source told before the victims ends with its comma: "According to local media, two died"
    r"\b(?:according\s+to|citing|quoting)\s[^,;:()]{1,80},|\b(?:when|while|whereas|after|before|because|but|although|though|where|"
    r"whom|said|says|say|told|tells|reported|reports|according\s+to|claimed|claims|claim|confirms?|"
    r"confirmed|believed|believe|believes|feared|added|adds|stated|states|announced|announces|"
    r"killing|wounding|injuring|leaving|left|leave|attacked|attacking|opened|fired|firing|stormed|"
    r"during|following|amid|if|saw|see|sees|caused|causing|resulted\s+in|resulting\s+in|"
    r"led\s+to|leading\s+to|included|include|includes|there|here|which|that|as|since)\b|"
    # "Two officers among three killed": the toll is the number after "among", the officers a part of it
    rf"\bamong(?=\s+(?:at\s+least\s+)?{_NUMBER_WORD}\b)|"
    # "lost two guards in the raid with three wounded": a new figure, not a companion of the first
    rf"(?<!together\s)(?<!along\s)\bwith(?=\s+(?:at\s+least\s+|another\s+)?{_NUMBER_WORD}\s+(?:others?\s+)?$)|"
    # an absolute clause after a comma opens its own subject: "clashed with police, with at least one protester and
    # two police officers killed"
    rf",\s*with(?=\s+(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+)?(?:{_NUMBER_WORD}|several|many|scores|"
    r"hundreds)\b)",
    _I,
)
# Where a victim phrase stops when read forwards from an active verb.
# (A word joined by a hyphen ends nothing: "a passer-by", "a sit-in".)
OBJECT_BOUNDARY = re.compile(
    r"[;:\"“”?!]|(?-i:(?<![A-Z]))\.(?!\w)|--|—|\s[-–]\s|(?<!-)\bin\s+(?!total\b)|(?<!-)\b(?:on|at|near|during|when|while|after|before|as|since|because|but|"
    r"who|whom|which|that|by|(?:together|along)\s+with|with|from|across|inside|outside|along|amid|"
    r"following|including|among|over(?=\s+(?:the|his|her|their|its|last|this|alleged|allegations)\b)|ahead\s+of|"
    r"into|through|for|and\s+(?:then\s+)?(?:\w+ing|\w+ed)|said|says|to\s+death|dead|"
    # the verb after "the bodies of 20 migrants": "were found", "was recovered"; a modal after "the death of several
    # people": "should be understood"
    r"were|was|should|would|could|must|shall|will|"
    # (not a possessive naming an event inside the phrase: "the mastermind of last month's attack")
    r"according|reportedly|allegedly|yesterday|today|tonight|(?:last|this)(?!\s+\w+['’]s\b)|overnight|earlier|later|"
    r"while|"
    # "killed five people late on Monday night" (not "the late president")
    r"(?:late|early)(?=\s+(?:on|in|at|last|yesterday|this|night|evening|afternoon|morning|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    _I,
)
# Parts of a victim phrase that do not add victims: "(three of them children)", ", including two women,".
ASIDE = re.compile(
    r"\([^()]*\)|\[[^\[\]]*\]|,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|most\s+of\s+them|"
    r"many\s+of\s+them|all\s+of\s+them|some\s+of\s+them)(?:(?!\s(?:where|when|(?:in|during|at)\s+which)\s)[^,])*"
    r"(?:,|$|(?=\s(?:where|when|(?:in|during|at)\s+which)\s))|"
    # an appositive ", a teacher,", ", the owner of a local paper and a critic of X, was shot", but not the rest of a
    # list ("three policemen, a child and the bomber, officials said": a new determiner after "and" coordinates
    # another victim, unless the subject's verb follows)
    r",\s*(?:who|whom|which|a|an|the|both|all)\s[^,]*,(?=\s*(?:was|were|is|are|has|had|have)\b|\s*$)|"
    # (not a reporting clause: ", an officer said adding that two men, including a shopkeeper, were knifed")
    r",\s*(?:who|whom|which|a|an|the|both|all)\s(?:(?!\band\s+(?:the|an?|his|her|their|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s|\b(?:said|says|told|added|adding)\b)[^,])*,|,\s*(?:aged\s+)?\d{1,2}\s*,|"
    r",\s*[\w-]+\s+of\s+(?:them|whom)\s[^,]*,|\s--\s[^-]*?\s--\s|—[^—]*—|\s[-–]\s[^|]*?\s[-–]\s",
    _I,
)
CONJUNCTION = re.compile(
    r"\s*,(?!\d{3})\s*(?:and\s+|as\s+well\s+as\s+|along\s+with\s+|together\s+with\s+)?|"
    r"\s+(?:and|as\s+well\s+as|plus|&|along\s+with|together\s+with|alongside)\s+",
    _I,
)

# Words after a number that show it does not count people.
NOT_PEOPLE = words(
    """
    year years yr yrs month months day days week weeks weekend weekends fortnight fortnights hour hours hrs
    minute minutes min mins second seconds shots decade decades century km kms kilometres kilometers
    kilometre kilometer miles mile metres meters metre meter feet foot ft yards inches percent per cent pc %
    tonnes tons ton kg kilograms kilos pounds lb rounds bullets shells rockets missiles mortars bombs grenades mines
    ieds houses homes huts buildings shops stores vehicles cars trucks lorries buses motorcycles
    motorbikes boats ships cows cattle goats sheep camels donkeys animals livestock horses dogs
    chickens pigs birds fish poultry heads villages towns cities districts provinces states
    countries cases times attacks incidents blasts explosions events points posts checkpoints tanks
    aircraft jets planes helicopters drones weapons guns rifles pistols acres hectares dollars usd
    rupees naira shillings euros pounds francs afghanis gmt am pm a.m p.m o'clock hrs bn million
    billion storey storeys floors seats votes kg of-the-art others' january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec locations sites places areas fronts directions sides parties groups factions teams
    companies battalions brigades units regiments villages' camps schools mosques churches hospitals
    bridges roads tunnels trains wells pages documents files papers copies items
    """
)
# Who is displaced when a text says they "fled": a population, not "the gunmen" or "two suspects".
DISPLACED_PEOPLE = words(
    """
    people persons residents villagers families households civilians inhabitants locals refugees
    children women men farmers herders students worshippers citizens others community communities
    """
)
MONTHS = words(
    """
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    """
)
# Words before a number that make it a label, not a count: "aged 25", "No. 3", "Highway 1".
# Modal verbs: after "one" they make it the generic pronoun ("one cannot build a temple amidst dead bodies").
MODALS = words("cannot can can't couldn't must mustn't should shouldn't would wouldn't could may might shall ought")
LABEL_BEFORE = re.compile(
    r"\b(?:aged|age|ages|no\.?|number|nos?\.|#|article|section|page|chapter|route|highway|road|"
    r"resolution|phase|level|grade|class|ward|sector|block|unit|battalion|brigade|division|regiment|"
    r"corps|platoon|camp|km|kilometre|kilometer|mile|until|till|since|"
    + "|".join(MONTHS)
    + r")\s*$",
    _I,
)


def kind(anchor: re.Match[str]) -> tuple[str, str]:
    """(voice, category) of an anchor from its group name, e.g. "a_killed2" -> ("a", "killed")."""
    voice, category = (anchor.lastgroup or "p_killed").split("_", 1)
    return voice, category.rstrip("0123456789")
