"""The words that decide a casualty figure's status and link (used by `casualty_context.py`).

Status cues: negation, denial, threats and hypotheticals, cumulative and background tolls,
deaths named as the cause of the reported event (a protest over a killing, an arrest for a
murder), claims. Link cues: parts of a total, additions, updates, coder totals, other
sources' figures, other incidents of the same report.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import NUMBER_PATTERN

_I = re.IGNORECASE
NEGATION = re.compile(
    r"\b(?:no(?:\s+one|body|-one)|none|no\s+(?:(?:other|further|more)\s+)?(?:people|persons?|civilians?|soldiers?|"
    r"casualties|deaths?|fatalities|injuries|lives|loss\s+of\s+li(?:fe|ves)))\s+(?:\w+\s+){0,3}?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|reported(?:ly)?)\s+)*"
    r"(?P<verb>killed|dead|died|injured|wounded|hurt|harmed|lost|reported)\b",
    _I,
)
NOT_BEFORE = re.compile(
    r"\b(?:(?:not|never|n't|no)\s+(?:\w+\s+)?|(?:failed|fails|fail|unable|refused|refuses)\s+to\s+)$", _I
)
# A court that rejects a bail plea or denies bail denies no one's arrest: "rejected the bail plea of X, who was
# arrested on Saturday".
_COURT_FILING = (r"(?!\s+(?:(?:him|her|them|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
                 r"(?:bail|pleas?|petitions?|applications?|appeals?|requests?)\b)")
DENIAL = re.compile(
    rf"\b(?:(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?|reject(?:ed|s)?){_COURT_FILING}|denial|refut(?:e|ed|es)|false|"
    # "police termed as exaggerated the claim that 50 died", "described the reports as baseless"
    r"(?:termed|terming|termed\s+as|dubbed|described)\s+(?:as\s+)?(?:exaggerated|baseless|untrue|false|unfounded|"
    r"incorrect|wrong|fabricated|propaganda|rumou?rs?))\b",
    _I,
)
# "... died in custody, though this was flatly denied by officials"
# (not "for which the court had dismissed the state's appeal": no denial of the harm)
_DENIED = (r"(?:has\s+|have\s+|had\s+)?(?:later\s+|quickly\s+|swiftly\s+|flatly\s+|promptly\s+)?"
           r"(?:denied|dismissed|rejected|refuted)" + _COURT_FILING)
DENIED_AFTER = re.compile(
    r"\b(?:this|which|it|the\s+(?:claim|report|allegation|figure|toll)s?)\s+(?:was|were|has\s+been|is|had\s+been)?\s*"
    r"(?:\w+\s+)?(?:denied|dismissed|rejected|refuted)|"
    # "..., a claim the army denied", "a claim rejected by the army", "which the army denied", "but the army
    # denied the claim"
    rf"\b(?:a|the)\s+claims?\s+(?:that\s+)?(?:was\s+|were\s+)?(?:[\w-]+\s+){{0,3}}?{_DENIED}|"
    rf"\bwhich\s+(?:[\w-]+\s+){{1,3}}?{_DENIED}|"
    rf"\b(?:but|though|although|however)\s+(?:[\w-]+\s+){{1,3}}?{_DENIED}\s+"
    r"(?:(?:the|this|that|these|those|its|their)\s+(?:claims?|reports?|figures?|toll|allegations?|account)|it)\b",
    _I,
)
# The dead of earlier days laid to rest: "the 40 unidentified bodies, several of them charred, were given a
# mass burial", "the remains of nine victims were cremated on Tuesday" (a funeral, not the news of their deaths)
FUNERAL_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:given\s+(?:a\s+)?mass\s+burial|"
    r"cremated|laid\s+to\s+rest|consigned\s+to\s+(?:the\s+)?flames)\b",
    _I,
)
THREAT = re.compile(
    r"\b(?:threat(?:en(?:s|ed|ing)?)?|vow(?:s|ed)?|warn(?:s|ed|ing)?|pledg(?:e|ed)|promis(?:e|ed))\b", _I
)
HYPOTHETICAL = re.compile(
    # "could not escape", "could not save the boy": an ability that failed, the harm happened
    r"\b(?:could(?!\s+not\b|n[’']t\b)|would|might|(?-i:may)(?!\s+\d)|if|unless|plan(?:s|ned)?\s+to|plott(?:ed|ing)\s+to|tr(?:y|ied|ying)\s+to|"
    r"attempt(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|want(?:s|ed)?\s+to|sought\s+to|"
    r"seek(?:s|ing)?\s+to|risk|fears?\s+that|capable\s+of|"
    # hearsay that no one confirms: "believing rumours that a councillor had been shot dead"
    r"rumou?rs?\s+(?:that|of)|rumou?red(?:\s+to)?|"
    # purposes and expectations, not deeds: "weapons to kill", "a bid to kill", "seeds expected to kill"
    r"(?:expected|likely|designed|meant|supposed|ready|prepared|set|bid|plot|conspiracy|order|"
    r"weapons|arms|explosives|bombs|guns|money|funds)\s+to|"
    # demands and orders: "demanded the arrest of", "should be arrested", "directed to arrest"
    r"demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|should(?!\s+have)|must(?!\s+have)|"
    r"(?:directed|ordered|orders|time|days)\s+to|"
    # what could not be done: "unable to detain the suspect", "failed to catch the culprits"
    r"(?:difficult|unable|impossible|fail(?:s|ed|ing)?|refus(?:e|es|ed|ing))\s+to|"
    # duties and obligations: "the state's duty to apprehend them", "they need to arrest"
    r"(?:responsibility|duty|(?<!\bhad\s)(?:have|has)|needs?|needed)\s+to(?!\s+be\b))\b",
    _I,
)
# A harm verb that is still to come, read right before it: the future ("the police will arrest the
# accused"), a purpose ("teams were sent to Mumbai to arrest him") or what is kept from happening
# ("nothing will stop us from arresting them"; "kept", the only place for a gerund: "confessed to
# killing him" tells a deed). Not a passive infinitive ("the third to be killed")
# and not what was done ("managed to arrest", "went on to kill") or reported ("shelling reported to kill
# 15"): see `DONE_TO`.
UNREALISED = re.compile(
    r"\b(?:(?:will|shall)\s+(?:(?:also|soon|now|then|[a-z]+ly)\s+)?(?:be\s+)?|"
    r"(?:(?P<before>[\w'’]+)\s+)?to\s+(?:(?:also|then|[a-z]+ly)\s+)?|"
    r"(?P<kept>(?:prevent|stop|restrain|bar|deter|dissuade)\w*\s+(?:[\w'’-]+\s+){0,4}?from\s+))$",
    _I,
)
DONE_TO = frozenset(
    "managed used began begun started continued proceeded succeeded happened helped help able on seemed appeared"
    " came reported said believed thought known claimed alleged feared estimated lucky fortunate"
    # what was done at once: "officers moved quickly to arrest the shopkeeper"
    " swiftly quickly promptly".split())
# "might have lost their lives": uncertain, not hypothetical
# An uncertain report ("up to 1,200 may have been killed", "militants might have killed 30"), not a
# counterfactual: "the bomb could have killed hundreds", "would have been killed had it gone off".
EPISTEMIC = re.compile(r"(?:may|might)\s+(?:also\s+)?have\b|could\s+(?:also\s+)?have\s+(?:been|died|perished)\b", _I)
ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|,\s*(?:who|whom|which|a|an|including)\s[^,]*,|\s--\s[^-]*?\s--\s")
# A sentence's opening adverbial ("On 4 May 2020", "Late on Friday"): the comma after it opens the main
# clause, so "On 12 June 2019, a rally was held in X, ..." has no aside ", a rally ... X,".
_OPENING = re.compile(
    r"\s*(?:On|In|At|Around|About|During|Between|Since|After|Before|Late|Early|Overnight|Last|Earlier|From|"
    r"Over|By|Until|Till)\b[^,]*",
    _I,  # a lower-cased archive's "on 12 june 2019, a rally was held ..." opens a sentence the same way
)
SUPERLATIVE_SINCE = re.compile(
    r"\b(?:worst|deadliest|biggest|largest|first|heaviest|bloodiest|most|highest|major|serious|single)\b"
    r"(?:\s+[\w'’-]+){0,12}?\s+since\b",
    _I,
)
# A spell of violence and its dead in a relative clause in the perfect: "the unrest across the region, in which
# scores of people have so far died" (the comma may leave the spell in the clause before the figure's)
_SPELL_PERFECT = (
    r"\b(?:violence|riots|carnage|disturbances|pogroms?|bloodshed|unrest)\b(?:\s+[\w'’-]+){0,4}?,?\s+"
    r"(?:in\s+which|where|during\s+which)\s+(?:[\w,'’-]+\s+){1,6}?(?:have|has)\s+(?:so\s+far\s+)?"
    r"(?:been\s+killed|died|perished|lost\s+(?:their|his|her)\s+li(?:fe|ves))\b"
)
SPELL_PERFECT = re.compile(_SPELL_PERFECT, _I)
CUMULATIVE = re.compile(
    # a toll for a whole state or country, wider than one incident's: "the death toll in the state rose to 136",
    # "the nationwide toll"
    r"\btoll\s+(?:[\w'’-]+\s+){0,3}?(?:in|across|throughout)\s+the\s+(?:state|country|province|nation)\b|"
    r"\b(?:statewide|state-wide|nationwide|countrywide|country-wide)\s+(?:death\s+)?toll\b|"
    # "the overall toll of the province rose to 300" (not "the overall toll from the blast", the incident's own)
    r"\boverall\s+(?:death\s+)?toll\b(?!\s+(?:from|in|of)\s+(?:the|this|that|an?|[\w-]+['’]s)\b)|"
    # (not the adverb of a perfect: "the death toll has since risen to 15", "two have since died")
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"
    r"\bsince\s+(?!then\b|the\s+(?:attack|incident|blast|explosion|shooting|clash)\b)|\bso\s+far\s+this\b|"
    r"\bthis\s+year\b|"
    # the tally of a spell of weeks or months: "after a week of deadly clashes ... that left at least 174 dead"
    r"\b(?:a|one|two|three|four|several|\d+)\s+(?:weeks?|months?|years?)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:clashes|violence|fighting|protests|unrest|riots|rioting|bombardment|shelling|war|conflict|strikes)\b|"
    # hostages "still" held: a standing count since their capture, not a new one ("Hamas still holds 120")
    r"\bstill\s+(?:holds?|holding|held|being\s+held|in\s+captivity)\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks|decades?)\b|"
    # a tally of a stretch of time: "300 civilians killed in El Fasher in a month"
    r"\b(?:in|over)\s+(?:a|one|two|three|four|six|several|\d+)\s+(?:months?|years?)\b|"
    # a law's record of arrests, "a total of 12,480 people were booked under the NSA", "out of the 500 arrested
    # under the act" (not "police arrested 12 under the act on Monday", one day's arrests)
    r"\b(?:a\s+total\s+of|out\s+of\s+(?:the\s+)?)\s*[\d,]+\s+(?:[\w'’-]+\s+){0,3}?(?:were\s+|have\s+been\s+)?"
    r"(?:arrested|detained|booked|held)\s+under\b|"
    # "after a year-long insurgency, the official count stands at 312"
    r"\b(?:months?|years?|decades?)-long\b|"
    # "killed 40 protesters during the first three days of unrest": a tally of the spell's first days
    r"\b(?:over|during|in)\s+the\s+first\s+(?:[\w-]+\s+)?(?:days|weeks|months)\b|"
    r"\b(?:to|till|until)\s+date\b|\b(?:till|until|up\s+to)\s+now\b|\bthus\s+far\b|\bin\s+recent\s+(?:years|months|weeks)\b|\bcumulative\b|\bsince\s+(?:19|20)\d\d\b|"
    r"\bduring\s+the\s+(?:war|conflict|insurgency|uprising)\b|\b(?:in|over)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:years|decades)\s+of\b|"
    # a spell of violence with its toll so far: "the disturbances, which have claimed more than 90 lives" (not
    # "the fighting has left 26 dead", one engagement's toll)
    r"\b(?:violence|riots|carnage|disturbances|pogroms?|bloodshed|reprisals)\b(?:\s+[\w'’-]+){0,6}?,?\s+"
    r"(?:has|have)\s+(?:so\s+far\s+|now\s+)?(?:claimed|killed|left|resulted\s+in|led\s+to)\b|"
    rf"{_SPELL_PERFECT}|"
    # the toll of such a spell: "the toll in the sectarian violence has now risen to 212", "the death toll in
    # the ongoing ethnic mayhem in the district reached 305" (not "the death toll from the blast", the incident's
    # own, nor "the toll in the violence has gone up to 9", a riot's, or "the toll in the train carnage")
    r"\btoll\s+(?:in|of)\s+(?:the\s+|these\s+|this\s+)?(?!(?:the|these|this)\s)(?:(?:[\w'’-]+\s+){0,3}?"
    r"(?:riots|disturbances|pogroms?|bloodshed|reprisals)|(?:[\w'’-]+\s+){0,2}?(?:communal|sectarian|ethnic|"
    r"post-[\w'’-]+|worst-ever|ongoing|continuing)\s+(?:[\w'’-]+\s+){0,2}?(?:violence|carnage|mayhem))\b|"
    # a toll of the last days, "the toll over the past four days in the troubled district has climbed to 188" (not
    # "22 were killed over the past two days", a spree's dead), and a spell's "had so far killed some 90 people"
    r"\btoll\s+(?:in|over|during|for)\s+the\s+(?:last|past)\s+(?:[\w-]+\s+)?days\b|"
    # (not "the clashes, which began on Sunday, have so far left 27 dead": the present tally of the incident)
    r"\bhad\s+so\s+far\s+(?:claimed|killed|left)\b|"
    # a tally up to a day: "668 died in the violence till March 12"
    r"\b(?:till|until)\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+\d{1,2}\b|"
    # a tally of deaths in the perfect: "212 deaths have taken place since the riots began"
    r"\bdeaths\s+(?:that\s+|which\s+)?(?:have|has|had)\s+(?:so\s+far\s+)?taken\s+place\b|"
    # a revision of a tally, "17 more victims have been added to the official count", and a count of
    # statistics in the perfect, "police statistics show that 64 people have died in custody"
    r"\b(?:have|has|had)\s+been\s+added\s+to\s+the\s+(?:official\s+)?(?:death\s+)?(?:toll|tally|count)\b|"
    r"\b(?:statistics|official\s+(?:figures|data))\s+(?:show|shows|say|says|reveal|reveals|indicate|indicates)\s+(?:that\s+)?"
    r"(?:[\w,'’-]+\s+){1,6}?(?:have|has)\s+(?:been\s+killed|died|lost\s+their\s+lives)\b|"
    # its dead counted in the perfect: "some 260 people have been killed in the ongoing riots", "415 had
    # died in the sectarian violence" (not "nine have been killed in tribal violence", the report of one outbreak,
    # nor "12 had died in the worst violence the city has seen", its own)
    # ("about 40 had been killed in police shooting during riots": the means may come between, and riots go bare
    # after "during")
    r"\b(?:have|has|had)\s+(?:been\s+killed|died|perished|lost\s+their\s+lives)\s+"
    r"(?:in\s+(?:police\s+)?(?:firing|shooting)\s+)?(?:(?:in|during)\s+"
    r"(?:the|these|this)\s+(?!worst\s|deadliest\s)(?:[\w'’-]+\s+){0,2}?"
    r"(?:violence|riots|carnage|disturbances|pogroms?|bloodshed|unrest)|during\s+riots)\b|"
    # a spell's toll the incident adds to: "..., bringing the death toll from this week's violence to 40",
    # "... in the conflict to 300" (not "bringing the death toll from the blast to 12", the incident's own,
    # nor "from the violence", which may be the incident's riots)
    r"\b(?:bringing|taking|raising|pushing|brought|took|raised|pushed)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?"
    r"(?:death\s+)?(?:toll|total|tally|number)\b(?:\s+[\w'’-]+){0,8}?\s+(?:(?:this|last|past)\s+(?:week|month|year)|"
    r"since|so\s+far|(?:the\s+)?(?:conflict|war|insurgency|crisis|offensive|campaign|uprising))\b|"
    # a war's toll so far: "The war between the army and the RSF, which began in April 2023, has
    # killed tens of thousands"
    r"\b(?:war|conflict|insurgency|uprising)\b[^.;:]{0,100}?\b(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?"
    r"(?:claimed|killed|left|displaced|uprooted|forced)\b",
    _I,
)
# Arrests counted over days rather than made in one operation: "so far 1,860 people have been picked up
# throughout the state", "some 900 have been held in the past four days", "the total number of people detained ...
# now stands at 2,140" (a spree's dead "over the past two days" are still its own: this reads arrests only)
ARREST_TALLY = re.compile(
    # ("in last 48 hours", "over the past three days": arrests of a spell, not of one raid)
    r"\bso\s+far\b|\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|last)\s+(?:[\w-]+\s+)?(?:days|hours|weeks)\b|"
    r"\btotal\s+number\s+of\s+(?:persons|people|arrests)\b|\b(?:all\s+over|throughout)\s+the\s+(?:state|country)\b",
    _I,
)
# Bail told in a clause after the arrests': "of the 900 arrested, about 600 have already got bail" (the arrests are
# earlier; the news is who went free; not "arrested 12 who were later released on bail").
BAIL_AFTER = re.compile(
    r"[^.;,]{0,60},[^.;]{0,60}?\b(?:(?:got|get|gets|granted|secured|obtained|given)\s+(?:\w+\s+)?bail|"
    r"released\s+on\s+bail|"
    r"bailed\s+out)\b", _I)
# A tally of many places' reports, read in the figure's whole clause: "53 deaths had been reported from different
# parts of the country" (not "clashes erupted across many parts of the city, leaving six dead", one night's).
REGIONAL_TALLY = re.compile(
    r"\bfrom\s+(?:several|various|different|many|all)\s+parts\s+of\s+the\s+(?:state|country)\b", _I)
# A news page's list of other stories, which plain-text copies keep inline: "... on Tuesday. Related
# stories: village raid pushes toll to 74 ...": other articles' figures, not this one's.
PAGE_TRAILER = re.compile(r"\b(?:related\s+(?:stories|news|articles|coverage)|also\s+read|read\s+also)\b", _I)
_DISASTER = (
    r"(?:earthquakes?|quakes?|tremors?|floods?|flooding|cyclones?|tsunamis?|landslides?|avalanches?|hurricanes?|"
    r"typhoons?|tornado(?:es)?|heat\s?waves?|lightning)"
)
BACKGROUND = re.compile(
    r"\blast\s+(?:year|month)'?s?\b|\bearlier\s+this\s+(?:year|month)\b|\ba\s+(?:year|month|decade)\s+ago\b|"
    r"\byears\s+(?:ago|back)\b|\b(?:some\s*time|long)\s+(?:ago|back)\b|"  # "was killed here sometime back"
    # "had killed nine herders in the same area a week earlier": an earlier incident recalled
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|before)\b|"
    # "in protest of the army killing four civilians a week ago": recalled (not "two days ago", often the news)
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+weeks?\s+ago\b|"
    r"\bin\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b(?!\s*[-–])|"
    r"\b(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|massacres?|war|conflict|clashes|violence|riots?|"
    r"uprising|pogroms?|carnage|genocide|sieges?|shootings?|hijackings?|hostage\s+crisis|coup|invasion|blasts?)\b|"
    r"\bsimilar\s+(?:attack|blast|bombing|explosion|raid|strike|ambush|shooting|assault|massacre)\b|\bin\s+the\s+(?:distant\s+|recent\s+)?past\b(?!\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\b)|"
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:such|similar)\b|"  # "the third such killing"
    r"\bin\s+another\s+(?:attack|incident)\b|\bof\s+(?:19|20)\d\d\b|"
    # "an attack on another hotel in the capital killed 21": another incident recalled
    r"\b(?:attack|bombing|raid|strike|assault|blast)s?\s+on\s+another\b|"
    # "where 104 had been killed in an earlier massacre": an earlier incident's toll
    r"\bin\s+(?:an\s+earlier|a\s+previous|an\s+older|a\s+prior)\s+(?:[\w-]+\s+)?(?:attack|incident|massacre|raid|"
    r"bombing|clash|assault|shooting|ambush|strike)\b|"
    r"\b(?:road|car|traffic|plane|boat|mining|industrial|helicopter|chopper|bus|train|rail|air|aircraft)\s+(?:accident|crash)|\bnatural\s+causes\b|"
    # a fall: "a guard died after he fell off a crowded train" (not "was pushed from the roof")
    r"\b(?:fell|falling|fallen)\s+(?:off|from|out\s+of|down\s+from)\s+(?:a|an|the|his|her|their)\s+"
    r"(?:moving\s+|running\s+|speeding\s+|crowded\s+)?(?:bus|train|truck|lorry|vehicle|roof|rooftop|tree|building|"
    r"terrace|balcony|cliff|bridge|scaffolding)\b|"
    # run over on the road: "killed by a speeding truck" (not "crushed by an armoured vehicle")
    r"\b(?:hit|knocked\s+down|run\s+over|mowed\s+down|crushed|killed|mown\s+down)\s+by\s+(?:a|an|the)\s+"
    r"(?:speeding\s+|rashly[\s-]+driven\s+|passing\s+|private\s+)?(?:truck|lorry|car|bus|tractor|dumper|tanker|"
    r"train|minibus|van|motorcycle|motorbike)\b|"
    # natural disasters kill too, but they are not armed conflict: "a cyclone that killed 640",
    # "killed in the floods" (not "troops on quake relief duty")
    rf"\b{_DISASTER}(?:\s+[\w-]+){{0,2}}?\s+(?:killed|kills|left|claimed|has\s+killed|have\s+killed)\b|"
    # (also a dated one: "killed in last week's floods")
    rf"\b(?:in|by|during|after|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,2}}?{_DISASTER}\b|"
    r"\b(?:due\s+to|from|of)\s+(?:the\s+|an?\s+)?(?:alleged\s+|medical\s+)?(?:coronavirus|covid(?:-19)?|virus|illness|"
    r"disease|negligence|cholera|malaria|measles|ebola|dengue|tuberculosis|cancer|hunger|heart\s+attack|"
    r"cardiac\s+arrest)\b",
    _I,
)
# A past period closing the figure's clause beyond the words read just after it: "JNIM fighters killed 20
# soldiers in an attack on a base near Boulkessi last month" (an earlier incident, unless it is the news).
PAST_PERIOD_LATE = re.compile(
    r"\b(?:(?:(?:earlier|early|late)\s+)?last\s+(?:year|month)|earlier\s+this\s+(?:year|month)|"
    r"a\s+(?:year|month|decade)\s+ago|years\s+(?:ago|back)|"
    r"(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?)\s+(?:ago|earlier|before))\b"
    r"(?=\s*(?:[.;]|$))",
    _I,
)
# An accident anywhere in the sentence: "12 drowned when a boat carrying people fleeing fighting capsized".
# "two killed in mishap" (Indian English for an accident)
# So are an industrial or household blast and a crash on the road or rails (not a stampede: often one set
# off by gunfire or tear gas).
_ACCIDENT = re.compile(
    r"\bcapsiz(?:ed|es|ing)\b|\bshipwreck(?:ed|s)?\b|\bmishaps?\b|"
    r"\bfireworks?\s+(?:factory|factories|unit|warehouse|plant)\b|"
    r"\b(?:gas|cylinder|boiler|reactor|factory|chemical)\s+(?:explosion|blast|leak)s?\b|"
    r"\b(?:road|traffic)\s+(?:accident|crash)(?:es|s)?\b|\bderail(?:ed|ment)\b|"
    r"\b(?:died|killed|dead|injured|hurt)\s+in\s+an?\s+accident\b|"  # "a teenager died in an accident"
    r"\b(?:warehouse|refinery|plant|depot)\s+(?:explosion|blast|fire)s?\b|"
    # "a fertiliser plant exploded", "gas and oxygen cylinders exploded in the blaze", "a pile-up crash and
    # explosion"
    r"\b(?:chemical|fertili[sz]er|gas|oil|power)\s+plants?\s+explo(?:des|ded|sions?)\b|"
    r"\b(?:gas|propane|lpg)\s+(?:(?:and\s+\w+\s+)?(?:cylinders?|containers?|tanks?)\s+)?explod(?:ed|es|ing)\b|"
    r"\b(?:cylinders?|storage\s+containers?)\s+explod(?:ed|es|ing)\b|\bcrash\s+and\s+explosion\b|"
    r"\bexplosion\s+ripped\s+through\s+a\s+(?:warehouse|factory|refinery|plant)\b|"
    # a boat that sank ("a boat carrying villagers fleeing an attack sank"), not a ship "sunk by" a missile
    r"\b(?:boat|ferry|canoe|dinghy|pirogue)s?\s+(?:[\w,'-]+\s+){0,10}?sank\b", _I)
# A vehicle's crash: "a bus plunged into a gorge", "their jeep overturned", "a head-on collision" (not a
# ramming attack), unless violence set it off ("overturned after coming under fire").
_VEHICLE_CRASH = re.compile(
    r"\b(?:bus|minibus|truck|lorry|van|car|jeep|vehicle|tractor|tanker|train|boat|ferry)\s+(?:\w+\s+){0,4}?"
    r"(?:plunged|plunges|plunging|skidded|skids|overturned|overturns|turned\s+turtle|fell\s+into|collided|"
    r"collides)\b|\bhead-on\s+collision\b", _I)
# Nature's harm and a plane's crash: no one's violence ("a strong earthquake killed eight people"), unless
# violence is told beside it ("a bomb killed two troops on quake relief duty").
_NATURE_OR_AIR_CRASH = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|tsunamis?|volcan(?:o|oes|ic\s+eruptions?)|flash\s+floods?|floods|flooding|"
    r"mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|lightning|heatwaves?|heat\s+waves?)\b|"
    r"\blandslides?\b(?!\s+(?:victory|victories|win|wins|mandate|majority|defeat))|"
    r"\b(?:plane|air|aircraft|helicopter|chopper|airliner|jet)\s+(?:crash|crashes|crashed|crashing)\b|"
    r"\b(?:aircraft|planes?|jets?|helicopters?)\s+(?:that\s+)?(?:had\s+)?crashed\b", _I)
_CRASH_SET_OFF = re.compile(
    r"\b(?:under\s+fire|fir(?:ed|ing)\s+(?:on|at)|gunfire|gunmen|ambush\w*|attack\w*|militants?|rebels?|"
    r"insurgents?|bomb\w*|blasts?|explosions?|mines?|ied|rockets?|missiles?|shot|shell(?:s|ed|ing)|chased|"
    r"fleeing|gunman|killers?|assailants?)\b", _I)


def accident(text: str) -> re.Match[str] | None:
    """The words of an accident the sentence tells of ("capsized", "a bus plunged"), if any."""
    found = _ACCIDENT.search(text)
    if found is None and (crash := _VEHICLE_CRASH.search(text) or _NATURE_OR_AIR_CRASH.search(text)) \
            and not _CRASH_SET_OFF.search(text):
        return crash
    return found


# An honour to the dead anywhere in the sentence: "three CRPF jawans, killed in an encounter in
# Chhattisgarh, were posthumously decorated" tells of an award, not of their deaths.
POSTHUMOUS = re.compile(r"\bposthumous(?:ly)?\b", _I)
# Only before the figure: "a previous attack killed 20" (not "bombs from previous fighting killed a child").
BACKGROUND_BEFORE = re.compile(
    r"\b(?:previous|prior|earlier)\s+(?:attacks?|incidents?|clash(?:es)?|raids?)\b|"
    # the incident a superlative is measured against: "the deadliest since a car bomb killed 40 in March" (not
    # "the deadliest since the war began, killed 40": the comma closes the comparison)
    r"\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest)\s+(?:[\w'’-]+\s+){0,6}?since\s+[^,;:()]*$|"
    # an anniversary's incident: "two years after the massacre that killed 120 villagers"
    r"\b(?:weeks?|months?|years?|decades?)\s+after\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:that|which|in\s+which)\s+"
    r"[^,;:()]*$|"
    # "the chief suspect in the murder of a shopkeeper": the crime a person is charged with, an earlier one
    # ("convicting them of shooting dead three villagers": a court's judgment on an old crime)
    r"\b(?:accused|suspects?|suspected|charged|convicted|convicting|acquitted|acquitting|found\s+guilty|arrested|"
    # ("held for allegedly killing a trader": the crime the men are held for)
    r"wanted|held|booked|detained|jailed|sentenced)\s+(?:\w+\s+)?(?:in|of|for)\s+(?:the\s+|allegedly\s+)?$",
    _I,
)
# A background figure's reason that opens with the act citing the harm as its cause: "arrested two men on Monday
# for (killing a trader)", "held for allegedly", "accused of": the crime of those arrested or accused, an earlier
# event than the arrest the news tells (so neither the arresting force nor the arrest's day is the crime's).
CHARGE_REASON = re.compile(r"(?:arrest|detain|convict|sentenc|charg|accus|jail|held|booked|nabbed|suspect)", _I)
# The deed someone is accused of, told on to its harm: "accused of setting fire to a bus, causing the death of
# four", "held for opening fire on a crowd and killing two" (the crime the news is about, an earlier one; not
# "two men, wanted for robbing a bank, were shot dead": the clause's own verb is the news; nor a relative clause,
# which tells a deed as it does after a named side: "arrested for hiring the men who shot a trader").
ACCUSED_DEED = re.compile(
    # (the accused, not one who blames: "the governor accused the militia of attacking herders, killing six")
    r"(?:\b(?:accused|suspected)\s+(?:\w+ly\s+)?of|\b(?:charged|convicted|found\s+guilty|arrested|wanted|held|booked|"
    r"detained|jailed|sentenced)\s+(?:[\w-]+\s+){0,4}?(?:of|for|with))\s+(?:(?:allegedly|having)\s+)?[a-z]+ing\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|would|shall|been|who|which|that)\b)[^.;:])*$",
    _I,
)
# A death named as the cause or occasion of the reported event: "protests over the killing of a
# student", "the anniversary of the killing of a priest", "to avenge the killing of".
CAUSE = re.compile(
    r"\b(?:following|after|over|against|protest(?:s|ed|ing)?|"
    r"avenge|revenge\s+for|mark(?:s|ed|ing)?|retaliation\s+(?:for|against)|in\s+response\s+to|anniversary\s+of|commemorat\w+|"
    r"sparked\s+by|triggered\s+by|demand(?:ing)?\s+justice\s+for|justice\s+for|probe\s+into|"
    r"investigat\w+\s+(?:into|to)|accused\s+of|charged\s+with|arrested\s+for|suspected\s+of|convicted\s+of|"
    # those blamed for a killing: "to punish the men responsible for the brutal killing of 300 villagers"
    r"responsible\s+for)"
    r"\s+(?:the\s+)?(?:recent\s+|alleged\s+|brutal\s+)?(?:death|killing|murder|assassination|deaths|killings|"
    # "protests sparked by the arrest of the mayor": the arrest set them off
    r"murders|execution|lynching|arrest|arrests|detention|abduction|kidnapping|disappearance)s?\s+of\s*$|"
    r"\b(?:after|following|over)\s+(?:\w+\s+){0,2}?the\s+(?:dead\s+)?bod(?:y|ies)\s+of\s*$",
    _I,
)
# A death named as what set off the news that follows: "The death of a boy in police firing sparked violent
# protests" (the protests are the incident; the death, told as their cause, an earlier one).
SPARKED_AFTER = re.compile(
    r"[^.;:]{0,100}?\b((?:sparked|triggered|prompted|provoked|set\s+off|led\s+to|touched\s+off|ignited|fuelled|"
    r"fueled)\s+(?:\w+\s+){0,3}?(?:protests?|riots?|rioting|clashes|violence|unrest|outrage|demonstrations?|"
    r"agitations?|strikes?|shutdowns?|bandh))\b",
    _I,
)
# Deaths that other news is about: an arrest, a case, a commemoration, a compensation ("held in
# connection with the massacre, which left 19 dead", "two weeks after the ambush in which 11 died", "in
# memory of the 31 shot dead", "cases on the murder of 7", "his silence on the deaths of 26"): the
# figure names the earlier event, directly after "the" or in a relative clause on its noun.
OCCASION = re.compile(
    r"\b(?:in\s+connection\s+with|(?:days?|weeks?|months?)\s+after|in\s+memory\s+of|silence\s+on|"
    r"(?:kin|families|relatives|dependants|dependents)\s+of|(?:cases?|firs?|probe|inquiry|trial)\s+(?:on|into|of)|"
    r"(?:accused|arrested|booked|held|charged|convicted)\s+(?:in|for)|"
    # "arrested the suspected mastermind of the bank robbery in which three guards were killed"
    r"(?:masterminds?|ringleaders?|suspects?|perpetrators?|culprits?|planners?)\s+(?:of|in|behind))\s+"
    r"(?:the|those|last\s+\w+['’]s)\s+"
    # (the event's noun may be long: "the torching of the bus outside the depot, which claimed 17")
    r"(?:(?:[\w'’-]+\s+){0,3}|(?:[\w'’-]+,?\s+){1,12}?(?:in\s+which|during\s+which|where|which|that|who)\s+"
    r"(?:[\w'’-]+\s+){0,4})$",
    _I,
)
# A reaction's occasion told by a relative clause: "the statement condemned the ambush in which 11
# pilgrims were shot dead", "expressed horror at the carnage in which ..." (not "a statement condemning the
# killing of nine farmers", often the news)
REACTION_OCCASION = re.compile(
    r"(?:\b(?:condemn\w*|criticis\w*|criticiz\w*|deplor\w*|denounc\w*|mourn\w*)\s+(?:the|those)\s+|"
    # a feeling about it: "voiced its horror at the massacre in which ...", "took exception to the
    # riots that claimed dozens of lives"
    r"\b(?:horror|shock|grief|anguish|outrage|dismay)\s+(?:at|over)\s+(?:the\s+)?|\bexception\s+to\s+(?:the\s+)?)"
    r"(?:[\w'’-]+,?\s+){1,8}?(?:in\s+which|during\s+which|where|which|that|who|"
    # or the toll it led to: "shock at the lynching and the reprisals, leading to scores of deaths"
    r"leading\s+to|resulting\s+in)\s+(?:[\w'’-]+\s+){0,4}$",
    _I,
)
# A disappearance told as what preceded the news: "found dead days after he went missing", "since
# she was reported missing" (the missing person is the victim found, not still missing).
# So is a disappearance told in a relative clause in the past perfect: "the bodies of three men who had
# been missing since Monday" (found now, no longer missing).
MISSING_BEFORE = re.compile(
    r"(?:\b(?:after|since|before)\s+(?:[\w'’-]+\s+){0,4}?(?:went|gone|going|go|been|was|were)|"
    r"\b(?:who|that|which)\s+had\s+(?:been|gone))\s+"
    r"(?:reported\s+|declared\s+|listed\s+as\s+)?$",
    _I,
)
# After a harm of its own, "days after" an earlier one: "gunmen abducted 87 people ..., days after
# nearly 300 schoolchildren were kidnapped in the same state" (not "was buried days after he was killed":
# there the killing is the news). Two patterns, so that only a figure right after "days after" is read back.
_SPAN_AFTER = r"\b(?:days|weeks|months|a\s+(?:day|week|month)|hours)\s+after"
DAYS_AFTER = re.compile(_SPAN_AFTER + r"\s*$", _I)
DAYS_AFTER_CLAUSE = re.compile(_SPAN_AFTER + r"\s+[^,;:.()]*$", _I)
# A relative clause opening right after a victim phrase: "[an official] who was in charge when ...".
VICTIMS_WHO = re.compile(r"\s*,?\s*\bwho\b", _I)
# ("The strike came two days after shelling killed three children": the strike is the news)
HARM_WORD = re.compile(
    r"\b(?:kill|abduct|kidnap|attack|shot|shoot|bomb|wound|injur|raid|massacr|behead|stabb|(?:air\s*)?strike|"
    r"blast|explosion|ambush|shelling|clash)", _I)
# The same causes just before a possessive "soldier's death" or "his killing".
CAUSE_BEFORE = re.compile(
    r"\b(?:over|after|following|against|avenge|protest(?:s|ed|ing)?|"
    r"anniversary\s+of|mark(?:s|ed|ing)?|justice\s+for|probe\s+into)\s+(?:the\s+)?$|"
    r"\b(?:retribution|retaliation|reprisals?|revenge|response)\s+(?:for|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$|"
    r"\b(?:arrest\w*|detain\w*|convict\w*|sentenc\w*|charg\w*|accus\w*|trial|jail\w*|wanted|suspect\w*)\b"
    r"[^.;]{0,60}\bfor\s+(?:the\s+)?(?:alleged\s+)?$",
    _I,
)
# In a sentence about a demonstration, condemning or mourning a death names its cause.
PROTEST = re.compile(
    r"\b(?:demonstrat\w*|protest\w*|rall(?:y|ied|ies)|marche[sd]|sit-in|vigil|picket\w*|riot\w*)\b|"
    # the street's answer: "angry youths burned tyres and blocked the expressway after ..."
    r"\bburn(?:ed|t|ing)\s+tyres\b|\bburn(?:ed|t|ing)\s+tires\b|"
    r"\bblock(?:ed|ing)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:road|roads|highway|expressway|street|streets)\b|"
    # a crowd's arson or stoning: "villagers set fire to a police outpost after a man died in custody" (not "gunmen
    # torched houses after killing five", whose killing is the news)
    r"\b(?:villagers|residents|locals|mob|crowd|youths|protesters|students|workers|people)\b[^.;]{0,40}?"
    r"\b(?:torch(?:ed|ing)|set\s+(?:fire|ablaze|alight|on\s+fire)|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|"
    r"pelt(?:ed|ing))\b", _I
)
# In a sentence about a demonstration, a death in an "after/over ..." clause or a relative clause is
# its occasion: "residents rioted after a driver was killed", "against the culprits who murdered a girl".
PROTEST_OCCASION = re.compile(
    r"\b(?:after|following|over(?!\s+(?:\d|a\s+dozen|dozens|hundreds|\w+\s+dozen))|against|since)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|has\s+been)?\s*$|"
    # "that" after a verb of saying opens a report, not a relative clause: "a second report stated
    # that 14 marchers were killed" reports deaths at the protest
    r"\b(?:who|which|" + "".join(rf"(?<!\b{verb}\s)" for verb in (
        "said", "says", "say", "indicated", "indicates", "reported", "reports", "stated", "states", "claimed",
        "claims", "claim", "confirmed", "confirms", "suggested", "suggests", "added", "showed", "shows")) +
    r"that)\s+(?:[\w'’-]+\s+){0,3}?$",
    _I,
)
# A state force right before a relative pronoun: "the police, who arrested 12 protesters", "troops which fired"
# (the pronoun's antecedent, whose deed the relative clause tells).
FORCE_ANTECEDENT = re.compile(
    r"\b(?:police|policem[ae]n|troops|soldiers|(?:security|armed)\s+forces|army|military|officers|cops|"
    r"personnel|paramilitar(?:y|ies)|guards|gendarmes?|gendarmerie)\s*,?\s*$",
    _I,
)
PROTEST_CAUSE = re.compile(
    r"\b(?:condemn\w*|mourn\w*|denounc\w*|decr(?:y|ied)|demand\w*)\b(?:\s+[\w'-]+){0,5}\s*$", _I
)
ORDINAL_VICTIM = re.compile(
    r"the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\b", _I
)
TO_BE = re.compile(r"\bto\s+(?:be|have\s+been)\s+$", _I)
CLAIM = re.compile(
    # ("the attack claimed many lives", "claimed the lives of 12": harm told, no claim)
    r"\bclaim(?:s|ed|ing)?\b(?!\s+(?:responsibility|(?:(?:dozens|hundreds)\s+of\s+|\w+\s+)?li(?:fe|ves)\b|"
    r"by|credit|ownership|"
    # ("claimed the attack, which killed 12": the attack owned, the toll told by others)
    r"(?:the|an?|this|last\s+\w+'s|\w+'s)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|assaults?|ambush|"
    r"explosions?|strikes?|raids?|massacre|shooting)\b))|"
    # A party reporting its own kills: "the army said it had repelled the assault and killed 30".
    # "said in a statement on its radio that its fighters had killed 47": the channel may come first
    r"\b(?:said|says|say|saying|stated|announced|reported)(?:\s+(?:in|on|via|through)\s+[^,;.]{1,50}?)?"
    r"\s+(?:that\s+)?(?:it|they|its|their)\b"
    # ("said it repelled the attack, killing 40 militants": the participle after a comma is its too)
    r"(?:\s+(?!said\b|says\b)[\w'’-]+){0,10}?,?\s+(?=kill|shot|wound|captur|abduct|neutrali[sz]|eliminat)",
    _I,
)
CAPITALISED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*(?:,[^,]*,\s*)?$")
PART_BEFORE = re.compile(
    r"(?:\bincluding|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bof\s+those|\bmostly|"
    r"\bmost\s+of\s+them|\bamong\s+the|"
    r"(?<!not\s)(?<!n't\s)(?:\bincluded|\bincludes|\binclude))\s+(?:(?!(?:where|when)\s)[\w'-]+\s+){0,2}$",
    _I,
)
# "Of the 28 injured, 13 are in a serious condition": the figure after the opening names a part of it
# (and "28", right after "of the", is the whole)
PART_OF_OPENING = re.compile(r"\s*of\s+the\s+[^,;]{1,60},\s*(?:[\w'-]+\s+){0,2}$", _I)
PART_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|those|the\s+(?:dead|victims|killed|injured|wounded|casualties|fatalities)|whom|"
    r"(?:his|her|their)\s+victims)\b|"
    r"(?:\w+\s+){0,3}(?:were|was|are|is)\s+(?:also\s+)?among\b)",
    _I,
)
MORE_BEFORE = re.compile(
    r"\b(?:another|an?\s+additional|additional|a\s+further|further|also|in\s+addition\s+to|besides|plus|"
    r"(?<!\bthe\s)(?<!\beach\s)other)"  # "Other two people were injured" (not "the other two": the rest)
    r"\s+$",
    _I,
)
NUMBER_START = re.compile(rf"(?:{NUMBER_PATTERN})\b", _I)
# "2 fatalities." or "2 fatalities distributed across two days.": a coder's summary, not a clause
CODER_TOTAL = re.compile(r"\s*(?:reported\s+)?fatalit(?:y|ies)\b(?![^.;]*\b(?:was|were|is|are)\b)", _I)
DEFINITE = re.compile(r"(?:the|he|she|they|this|that|these|those)\b", _I)
# A sentence about another incident of the same report: its victims add to the first ones.
OTHER_INCIDENT = re.compile(
    r"\b(?:in\s+(?:another|a\s+separate|a\s+second|a\s+third|a\s+related|a\s+similar)\s+"
    r"(?:attack|incident|raid|strike|event|shooting|ambush|clash)|separately|elsewhere|in\s+nearby|"
    r"(?:on|late\s+on)\s+the\s+\d+(?:st|nd|rd|th)\b|earlier\s+(?:in\s+the\s+day|that\s+day)|"
    r"later\s+(?:that|in\s+the)\s+day|the\s+(?:next|following)\s+day)",
    _I,
)
# "the gunmen then killed four more": a next step of the attack, its victims come on top (not
# "since then", "until then", "the then governor", "if ..., then")
SEQUENCE = re.compile(
    r"(?<!,\s)(?<!\bthe\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bby\s)(?<!\bback\s)(?<!\beven\s)\bthen\b", _I
)
MORE_START = re.compile(r"(?:another|one\s+more|yet\s+another)\b", _I)
MORE_AFTER = re.compile(r"^\s*(?:more|other|others|additional|further|else)\b", _I)
MORE_NEAR_VERB = re.compile(r"\b(?:later|subsequently|afterwards|also)\b", _I)
ALTERNATIVE_TOLL = re.compile(
    r"\b(?:put|puts|placed|places|estimated|estimates|gave|give|gives|higher|lower|different|conflicting|"
    r"other|another|separate)\b(?!\s+of\b)(?:\s+[\w'-]+){0,3}\s*$",  # not "current estimates of fatalities"
    _I,
)
UPDATE = re.compile(
    r"\b(?:r(?:ose|ise|ises|isen|ising)|climb(?:ed|s|ing)?|increas(?:ed|es|ing)|jump(?:ed|s)?|reach(?:ed|es)?|"
    r"mount(?:ed|s)?|soar(?:ed|s)?|hit|now|rais(?:e|ed|es|ing)|br(?:ing|ings|ought|inging)|push(?:ed|es|ing)|"
    r"went\s+up|gone\s+up|stands?|stood|revised|updated)\b",
    _I,
)


def aside_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the asides of a sentence (ASIDE), but for a main clause after an opening adverbial."""
    return [m.span() for m in ASIDE.finditer(text)
            if not (m.group(0).startswith(",") and _OPENING.fullmatch(text, 0, m.start()))]
