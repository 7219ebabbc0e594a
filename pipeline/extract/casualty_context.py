"""Whether a casualty figure belongs to the reported incident, who claims it, and how it
relates to the article's other figures.

Status (first rule that applies, read in the clause around the figure):
- negated: "no one was killed", "did not kill" (also emitted as 0-count mentions);
- denied: "the army denied that 15 soldiers were killed";
- threat / hypothetical: "threatened to kill", "could kill hundreds", "if ... would die", and harm
  still to come or unconfirmed: "the police will arrest", "teams went to arrest him", rumours;
- cumulative: tolls over a period, "70,000 have died since 2021", "so far this year"; not
  "the worst clashes since 2021", where "since" belongs to a superlative;
- background: another, earlier incident: "last year's attack that killed 20", "in 2008", a known
  incident's dead set apart from a toll ("the figure excludes the 33 killed in the bus ambush");
- reported: everything else. Claims stay reported and record `claimed_by`.

The figure's link to the article's other figures (part, more, update, ...) is read by
`casualty_links`. The patterns are in `casualty_cues.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import casualty_cues as cue
from pipeline.extract.casualty_claimants import OWN_FIGURE, claimant
from pipeline.extract.casualty_links import figure_link, first_match
from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.gazetteer import fold, gazetteer
from pipeline.extract.types import ActorMention, CasualtyMention, Sentence

_I = re.IGNORECASE
_REACH = 240  # characters around a figure read for its context


@dataclass(frozen=True, slots=True)
class Context:
    """The status, claim and link of one casualty figure."""

    status: str = "reported"
    reason: str | None = None
    claimed_by: str | None = None
    link: str = "new"


@dataclass(frozen=True, slots=True)
class SentenceText:
    """A sentence prepared once for reading the context of its figures."""

    text: str
    plain: str  # the text with relative clauses and brackets blanked: they say nothing of the figure
    protest: bool  # the sentence is about a demonstration
    # the words of an accident it tells of ("capsized") or of an honour to the dead ("posthumously
    # awarded"): its deaths are not the conflict's news
    not_news: str | None
    start: int  # offset of the sentence in the body


# A denial of a deed, up to its verb: "denied killing", "denied any role in killing", "denied having shot".
_DENIED_DEED = re.compile(r"\s+(?:(?:any|a|their|its|his|her)\s+(?:role|part|hand|involvement)\s+in\s+|having\s+)?"
                          r"(?=(?:killing|murdering|shooting|beheading|executing|abducting|kidnapping|assassinating)\b)",
                          re.IGNORECASE)
# One person described after the verb: "the teacher", "a local councillor" (not a count: "two teachers").
_ONE_DESCRIBED = re.compile(
    r"\s+(?:the|a|an|his|her|their|its)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|"
    r"hundreds|several|many|\d)\b)[\w'’-]+(?:\s+[\w'’-]+)?(?=[\s,.;]|$)(?<!s)", re.IGNORECASE)
# "and" right before a harm verb, perhaps with an adverb: "... and (later) arrested three".
_PAST_AFTER_AND = re.compile(r"\band\s+(?:(?:also|then|later|subsequently|[a-z]+ly)\s+)?$", re.IGNORECASE)


def sentence_text(text: str, start: int) -> SentenceText:
    """Prepare sentence `text` (at body offset `start`) for `describe`."""
    plain = text
    for start_, end_ in cue.aside_spans(text):
        plain = plain[:start_] + " " * (end_ - start_) + plain[end_:]
    not_news = cue.accident(text) or cue.POSTHUMOUS.search(text)
    # a gathering attacked is no protest whose occasion a harm may be: "a suicide bombing at a political rally
    # that killed 54" (a force's attack on a sit-in, "an attack by police on a vigil", is the protest's own)
    protest = cue.PROTEST.search(text) is not None and _GATHERING_ATTACKED.search(text) is None
    return SentenceText(text, plain, protest, not_news.group(0) if not_news else None, start)


def describe(
    sentence: SentenceText,
    anchor: re.Match[str],
    start: int,
    end: int,
    actors: list[ActorMention],
    voice: str,
) -> Context:
    """The context of the figure at [start, end) of the sentence, governed by `anchor`."""
    text, plain = sentence.text, sentence.plain
    left, right = min(start, anchor.start()), max(end, anchor.end())
    if plain[left] != text[left] or plain[anchor.start()] != text[anchor.start()]:
        # the figure or its harm verb is inside what the blanking took for an aside (", which left 58
        # dead,", ", an officer was killed here years back,", "The speaker, who was killed in a road
        # accident,"): its own words are its clause
        plain = text
    relative = cue.VICTIMS_WHO.match(text, end) if end <= anchor.start() else None
    if relative is not None and len(text[relative.end():anchor.start()].split()) >= _RELATIVE_WORDS:
        # "[an official] who was in charge when seven died last month has been killed": the relative
        # clause tells the victim's past, not the incident's time or status
        plain = plain[:end] + " " * (anchor.start() - end) + plain[anchor.start():]
    elif end <= anchor.start() and (history := _VICTIMS_HISTORY.match(text, end, anchor.start())) is not None:
        # "seven men [abducted by gunmen last month] were found dead", "two journalists [who were abducted last
        # week] were found dead": the words between the victims and this harm tell an earlier harm of theirs,
        # whose time is not this one's
        cut = history.start("history")
        plain = plain[:cut] + " " * (anchor.start() - cut) + plain[anchor.start():]
    elif anchor.end() <= start and (history := _HISTORY_THEN_VERB.match(text, end)) is not None:
        # "the bodies of [seven men] abducted by gunmen last month were found": the same, after the figure
        plain = plain[:history.start("history")] + " " * len(history.group("history")) + plain[history.end("history"):]
    clause_start, clause_end = _clause(plain, left, right)
    # the words just after the figure, a part of it named in between skipped: "about 2,300 arrests, including
    # ones made as a precaution, have been recorded till now"
    reach = right + 45
    including = _INCLUDING_ASIDE.match(text, right)
    if including:
        reach += including.end() - right
    status, reason = _status(plain, clause_start, min(clause_end, reach), anchor, sentence.protest, left,
                             sentence.not_news)
    if status == "cumulative" and _TAKEN_PLACE.search(reason or "") and _DATED_NOW.search(plain, reach, clause_end):
        # "the 14 deaths which have taken place in the hamlet late on Sunday": one night's dead
        status, reason = "reported", None
    tally = cue.ARREST_TALLY.search(plain, clause_start, clause_end) if status == "reported" and (
        anchor.lastgroup or "").endswith("_arrested") else None
    if tally:  # "so far 1,240 people have been held throughout the state": the arrests of days, not a raid's
        status, reason = "cumulative", " ".join(tally.group(0).split())
    elif status == "reported" and (anchor.lastgroup or "").endswith("_arrested") and cue.BAIL_AFTER.match(
            plain, anchor.end()):
        status, reason = "cumulative", "bail"  # "of the 900 arrested, 600 have got bail": arrests before the news
    regional = cue.REGIONAL_TALLY.search(plain, clause_start, clause_end) if status == "reported" else None
    if regional:  # "41 killings had been reported from various parts of the country": many places' dead
        status, reason = "cumulative", " ".join(regional.group(0).split())
    spread = _spread_over_region(plain, anchor) if status == "reported" else None
    if spread:  # "more than 150 people have died in Assam because ...": a state's dead, explained, not one incident's
        status, reason = "cumulative", spread
    war = _WHOLE_WAR.match(plain, anchor.end()) if status == "reported" and _PERFECT_BEFORE.search(
        plain, max(0, anchor.start() - 30), anchor.start()) else None
    if war:  # "some 15,000 people have been killed in the conflict": a war's toll, not an incident's
        status, reason = "cumulative", " ".join(war.group(0).split())
    freed = _FREED_AFTER.match(text, anchor.end()) if status in ("reported", "background") and (
        anchor.lastgroup or "").endswith("kidnapped") else None
    if freed:  # "three engineers kidnapped in Nigeria in March were freed on Tuesday": the release is the news
        # (whatever period dates the abduction: "kidnapped last month have been freed")
        status, reason = "background", " ".join(freed.group("freed").split())
    late = cue.PAST_PERIOD_LATE.search(plain, min(clause_end, reach), clause_end) if status == "reported" else None
    if late and not _HARM_VERB.search(plain, right, late.start()):
        # "... killed 20 soldiers in an attack on a base near Boulkessi last month." (not "... killed 15, adding
        # that the jihadists had killed nine a week earlier": the period dates the other harm)
        status, reason = "background", late.group(0)
    if status == "reported" and voice == "t" and _ELSEWHERE.match(text):
        # "Elsewhere in the state, where the toll of the riots is now 525, ...": the toll of the other
        # places, not of the incident told before
        status, reason = "background", "elsewhere"
    before = _FREED_BEFORE.search(text, max(0, anchor.start() - 80), anchor.start()) if status == "reported" and (
        anchor.lastgroup or "").startswith("p_kidnapped") else None
    # (or the active: "released 12 truck drivers they had abducted last week")
    before = before or (_FREED_ACTIVE.search(text, max(0, anchor.start() - 80), anchor.start())
                        if status == "reported" and (anchor.lastgroup or "").endswith("kidnapped") else None)
    if before:  # "police rescued four men who had been abducted": their later fate is the news
        status, reason = "background", " ".join(before.group("fate").split())
    safe = (_FOUND_SAFE_AFTER.match(text, anchor.end())
            if status == "reported" and (anchor.lastgroup or "").endswith("missing") else None)
    if safe:  # "three hikers who had gone missing are said to be safe now": missing no more
        status, reason = "background", " ".join(safe.group(1).split())
    rising = _TOLL_MAY_RISE.match(text, anchor.end()) if voice == "t" and status == "reported" else None
    if rising:  # "the death toll could rise as several ...", "could reach at least 65": a future toll, no count
        status, reason = "hypothetical", rising.group(0).strip()
    claimed_by = claimant(text, anchor.start(), anchor.end(), actors, sentence.start) if status == "reported" else None
    link, link_reason = figure_link(text, anchor, start, end, voice)
    return Context(status, reason or link_reason, claimed_by, link)


# A perfect-tense toll over a whole state or country, then explained: "more than 150 people have died in Assam
# because ...", "dozens have been killed in rural Assam owing to official neglect". A lede's "have been killed in
# Kenya, police said" or "in Nigeria's Borno state" goes on differently.
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:been\s+)?$", re.IGNORECASE)
# A whole war named after a perfect-tense harm: "have been killed in the conflict", "have died in the war".
_WHOLE_WAR = re.compile(
    r"\s+(?:in|during|since\s+the\s+start\s+of)\s+(?:the|this|that|its)\s+(?:\w+\s+)?"
    r"(?:conflict|war|insurgency|civil\s+war|crisis|uprising)\b(?!\s+(?:zone|area|region)\b)", re.IGNORECASE)
_IN_REGION = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:rural|urban|riot-hit|violence-hit|strife-torn|troubled|restive)\s+)?"
    r"(?P<region>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|"
    r"so\s+far|alone|till\s+now|until\s+now)\b",
    re.IGNORECASE,
)


def _spread_over_region(text: str, anchor: re.Match[str]) -> str | None:
    """The words of a perfect-tense toll over a state or country, explained after it, else None."""
    region = _IN_REGION.match(text, anchor.end())
    if region is None or not _PERFECT_BEFORE.search(text, max(0, anchor.start() - 30), anchor.start()):
        return None
    places = gazetteer().lookup(fold(region.group("region")))
    if not any(place.kind in ("country", "admin1") and place.source != "alternate" for place in places):
        return None
    return " ".join(text[anchor.start():region.end("region")].split())


_PLAIN_VERB = re.compile(r"[a-z]+(?<!s)(?<!ed)", re.IGNORECASE)
_ELSEWHERE = re.compile(r"\W*elsewhere\b", re.IGNORECASE)
# The missing found since: "who went missing on Monday have been found safe", "... are reportedly safe" (an abduction
# stays one, whatever became of the abducted).
_FOUND_SAFE_AFTER = re.compile(
    r"[^.;:]{0,40}?\b((?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|reportedly\s+|since\s+|later\s+|"
    r"all\s+|both\s+)?(?:found\s+|reported\s+|back\s+)?(?:safe|alive|unhurt|unharmed|traced|rescued|home))\b",
    re.IGNORECASE)
_TOLL_MAY_RISE = re.compile(
    r"(?:\s+(?:in|from|of|at)\b(?:\s+[\w'’-]+){1,5}?)?"  # "the death toll in the market bombing could reach 40"
    r"\s+(?:could|may|might|would|will|is\s+(?:likely|expected)\s+to|was\s+(?:likely|expected)\s+to)\s+"
    r"(?:further\s+|still\s+)?(?:rise|climb|increase|go\s+up|mount|reach|cross|exceed|touch|top|hit)\b", re.IGNORECASE)
# A recent day right after the harm dates it, whatever earlier time the words before it name: "one of
# the hostages seized last month was found dead on Wednesday".
_DATED_NOW = re.compile(
    rf"\s*(?:(?:on|late|early)\s+)*(?:{WEEKDAY}|yesterday|today|overnight|last\s+night|this\s+(?:morning|week))\b",
    re.IGNORECASE)
# The known incident a figure's dead fell in: "(the 12) people killed in the depot fire", "(33) dead in the ambush".
_IN_KNOWN_EVENT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+in\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:incident|massacre|carnage|attack|fire|blast|bombing|"
    r"ambush|riots?|violence)\b", re.IGNORECASE)
_GATHERING_ATTACKED = re.compile(
    r"\b(?:bomb\w*|blasts?|explosions?|attack\w*|gunmen|shooting|grenades?|fired\s+(?:on|at|into))\s+"
    r"(?:(?!by\b)\w+\s+){0,2}?(?:at|on|targeting|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:election\s+|political\s+)?"
    r"(?:rally|rallies|protest|protests|demonstration|march|sit-in|vigil|procession)\b", re.IGNORECASE)
# A report opening a sentence, and its being found untrue after the figure.
_HEARSAY_OPENS = re.compile(r"\s*(?:the\s+|earlier\s+)?(?:reports?|rumou?rs?|claims?|news)\s+(?:that|of)\b",
                            re.IGNORECASE)
_FALSE_AFTER = re.compile(r"\b(?:turned\s+out\s+to\s+be|proved|proven|were|was)\s+(?:to\s+be\s+)?(?:false|untrue|"
                          r"baseless|unfounded|wrong|a\s+hoax)\b", re.IGNORECASE)
# A figure all of whose members were spared: "None of the 40 passengers was injured".
_NONE_OF = re.compile(r"\b(?:none|neither|not\s+(?:one|a\s+single\s+one))\s+of\s+(?:the|its|their|those)\s+$",
                      re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:was|were|been|is|are|got)\b", re.IGNORECASE)
# A day or two before: dated from the statement that tells it, when one does.
_FEW_DAYS_EARLIER = re.compile(r"(?:a|one|two)\s+days?\s+(?:earlier|before)", re.IGNORECASE)
_TOLD_BEFORE = re.compile(r"\b(?:claimed|said|says|announced|confirmed|reported|told)\b", re.IGNORECASE)
# "the third teacher killed": an ordinal victim and its bare participle, no verb between
_ORDINAL_PARTICIPLE = re.compile(
    r"the\s+[\w-]+\s+(?:(?!(?:was|were|is|are|has|had|have|been)\b)[A-Za-z'’-]+\s+){1,3}", re.IGNORECASE)
# The victims' own earlier harm between them and the harm read: "[seven men] abducted by gunmen last month [were
# found dead]", "[two journalists] who were abducted last week [were found dead]" (no punctuation between).
# The abducted told as freed or found dead: "kidnapped in March were freed on Tuesday", "abducted last week have
# been released", "abducted by gunmen last week were found dead".
_FREED_AFTER = re.compile(
    r"[^,;:.]{0,60}?\b(?P<freed>(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:freed|released|rescued|set\s+free|liberated|killed|murdered|executed|beheaded|shot\s+dead|"
    r"found\s+(?:dead|murdered|killed|beheaded|dumped|shot)))\b", re.IGNORECASE)
# The abducted whose later fate the main clause tells, in a relative clause after it: "rescued four men who had
# been abducted", "the bodies of two traders who were kidnapped last week".
_FREED_BEFORE = re.compile(
    r"\b(?P<fate>rescued|freed|released|liberated|found|recovered|killed|murdered|executed|beheaded|bod(?:y|ies)\s+of)"
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:who|that|whom)\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE)
_FREED_ACTIVE = re.compile(
    r"\b(?P<fate>released|freed|set\s+free|handed\s+over|rescued)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:they|it|he|she|the\s+\w+)\s+had\s+$", re.IGNORECASE)
_VICTIMS_HISTORY = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?(?P<history>\s+(?:(?:who|that)\s+(?:had\s+been|have\s+been|has\s+been|was|were|went|had)\s+"
    r"(?:\w+ly\s+)?)?(?:abducted|kidnapped|seized|taken\s+hostage|missing|arrested|detained|injured|wounded))\b"
    r"[^,;:.]*$",
    re.IGNORECASE,
)
_HISTORY_THEN_VERB = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?(?P<history>\s+(?:abducted|kidnapped|seized|taken\s+hostage|missing|arrested|detained|"
    r"injured|wounded)\b[^,;:.]*?)\s+(?:were|was|have|has|had)\s", re.IGNORECASE)
_RELATIVE_WORDS = 4  # a relative clause this long before the harm verb is not that verb's own ("who died")
_RELATIVE_OPENS = re.compile(r"\b(?:who|that)\s+(?:had\s+|were\s+|was\s+)?$", re.IGNORECASE)
_OWN_RELATIVE = re.compile(r",\s*(?:who|which)\b", re.IGNORECASE)
_MAIN_VERB = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_RELATIVE_START = re.compile(r"\s*(?:where|in\s+which|during\s+which|when)\b", re.IGNORECASE)


def _clause(text: str, left: int, right: int) -> tuple[int, int]:
    """The comma- or semicolon-delimited stretch of `text` around [left, right)."""
    near = max(0, left - _REACH)
    before = max(text.rfind(",", near, left), text.rfind(";", near, left), near - 1)
    # a figure set outside a tally opens a clause of its own: "the toll has climbed to 118 but this does
    # not include the 14 deaths in the hamlet late on Sunday" (the toll's cues are not the 14's)
    excluded = [m.end() - 1 for m in _EXCLUSION.finditer(text, before + 1, left)]
    before = max([before, *excluded])
    far = min(len(text), right + _REACH)
    after_candidates = [i for i in (text.find(",", right, far), text.find(";", right, far)) if i != -1]
    return before + 1, min(after_candidates) if after_candidates else far


def _status(
    text: str, clause_start: int, window_end: int, anchor: re.Match[str], protest: bool, left: int,
    not_news: str | None = None,
) -> tuple[str, str | None]:
    """(status, the words that decided it), from the clause up to just after the figure."""
    trailer = first_match(cue.PAGE_TRAILER, text)
    if trailer and trailer.end() <= anchor.start():
        return "background", trailer.group(0)
    negation = cue.NOT_BEFORE.search(text[max(0, anchor.start() - 20) : anchor.start()])
    if negation is None and _AUXILIARY.search(text, left, anchor.start()):
        # (the harm is the clause's verb: not "not one of the 800 arrested has been charged")
        negation = _NONE_OF.search(text, max(0, left - 24), left)
    if negation:  # "were not killed", "none of the 40 passengers was injured"
        return "negated", negation.group(0).strip()
    excluded = _EXCLUDED.search(text, max(0, left - 40), left)
    if excluded and (not _DATED_NOW.search(text, anchor.end(), anchor.end() + 80)
                     or _IN_KNOWN_EVENT.match(text, anchor.end())):
        # "the toll has reached 412; the figure excludes the 33 killed in the bus ambush": a known incident's
        # dead, set apart (not "... the 14 deaths in the hamlet late on Sunday", a new incident's; but "the 12
        # killed in the depot fire last Sunday" are the known fire's, whatever its day)
        return "background", " ".join(excluded.group(0).split())
    former = _FORMER_FIGURE.search(text, max(0, left - 40), left)
    if former:  # "the count went up from 41 dead on Tuesday to 47": the figure a later one replaces
        return "background", " ".join(former.group(0).split())
    near = max(0, anchor.start() - _REACH)
    denial = cue.DENIAL.search(text, near, anchor.start()) or cue.DENIED_AFTER.search(
        text, anchor.end(), anchor.end() + _REACH
    )
    if denial is None and _HEARSAY_OPENS.match(text):
        # "Reports that 15 people had been abducted turned out to be false": the hearsay was denied
        denial = _FALSE_AFTER.search(text, anchor.end())
    if denial and _DENIED_DEED.match(text, denial.end()) and denial.end() <= anchor.start() \
            and _ONE_DESCRIBED.match(text, anchor.end()):
        # "the rebels denied killing the teacher": the teacher is dead, only the deed is disowned (not "denied
        # killing 15 soldiers", a claim of kills gainsaid)
        denial = None
    if denial and not (denial.end() <= left and OWN_FIGURE.search(text, denial.end(), left)):
        # (not the denier's own figure after it: "rejected the rebels' claim that 40 soldiers were killed,
        # saying only three died")
        return "denied", denial.group(0)
    if _BODIES_ANCHOR.search(anchor.group(0)) and cue.FUNERAL_AFTER.match(text, anchor.end()):
        return "background", "laid to rest"
    consequence = _CONSEQUENCE.search(text, max(0, anchor.start() - 24), anchor.start())
    if consequence and _MODAL_AFTER.match(text, max(anchor.end(), left)):
        # "a crackdown leading to the killing of hundreds of people would prove disastrous": what would follow
        return "hypothetical", " ".join(consequence.group(0).split())
    census = _STILL_ADMITTED.match(text, anchor.end()) if anchor.end() > left else None
    if census:  # "about 310 people with burns are still admitted to two city hospitals": a ward's census
        return "cumulative", " ".join(census.group(0).split())
    threat = cue.THREAT.search(text, max(clause_start - 40, 0, anchor.start() - 80), anchor.start())
    if threat:
        return "threat", threat.group(0)
    hypothetical = cue.HYPOTHETICAL.search(text, max(0, anchor.start() - 50), anchor.start())
    if hypothetical is not None and ";" in text[hypothetical.end():min(left, anchor.start())]:
        hypothetical = None  # "... to demand unpaid wages; 15 workers were injured": another clause's wish
    elif hypothetical is not None and hypothetical.group(0).lower().startswith(("demand", "call")) and "," in text[
            hypothetical.end():anchor.start()]:
        # "opened fire on demonstrators demanding his resignation, killing 14": the demand's object ends at
        # the comma, and the participle after it tells what the main clause's deed did
        hypothetical = None
    elif hypothetical is not None and hypothetical.group(0).lower().endswith(" to") \
            and _PAST_AFTER_AND.search(text, max(0, anchor.start() - 16), anchor.start()) \
            and anchor.group(0).lower().endswith("ed"):
        # "foiled a plot to kill the governor and arrested three suspects": a past tense after "and" is the main
        # clause's next deed (the infinitive's would be "and arrest")
        hypothetical = None
    feared = "feared" in anchor.group(0).lower()  # "feared dead" reports a death
    # "villagers who tried to flee were shot dead": the main clause's own verb after the modal leaves it
    # in a relative clause of its own
    relative = (hypothetical is not None and _RELATIVE_OPENS.search(text, max(0, hypothetical.start() - 24),
                                                                    hypothetical.start()) is not None
                and _MAIN_VERB.search(text, hypothetical.end(), anchor.start()) is not None)
    if hypothetical is not None and not relative:
        # "the army failed to arrest the gunmen, who killed two villagers": a relative clause after the wish tells a
        # deed of its own, unless it has a modal of its own ("..., which could kill hundreds")
        own = _OWN_RELATIVE.search(text, hypothetical.end(), anchor.start())
        if own is not None:
            hypothetical = cue.HYPOTHETICAL.search(text, own.end(), anchor.start())
    if hypothetical and not cue.EPISTEMIC.match(text, hypothetical.start()) and not feared and not relative:
        return "hypothetical", hypothetical.group(0)
    causative = _CAUSATIVE_TO.search(text, max(0, anchor.start() - 100), anchor.start())
    if causative and (causative.group(1) or "").lower() not in cue.DONE_TO:
        return "hypothetical", " ".join(causative.group(0).split()[1:3])  # "a plot to get the activists arrested"
    # (a verb's, in its plain form: "stabbed a man to death", "due to injuries" are no such verb)
    unrealised = cue.UNREALISED.search(text, max(0, anchor.start() - 60), anchor.start()) if _PLAIN_VERB.fullmatch(
        anchor.group(0)) and (anchor.lastgroup or "").startswith("a_") else None
    if unrealised and (unrealised.group("kept") is not None) == anchor.group(0).lower().endswith("ing") and (
            unrealised.group("before") or "").lower() not in cue.DONE_TO and not feared:
        return "hypothetical", " ".join(unrealised.group(0)[unrealised.end("before") - unrealised.start()
                                                            if unrealised.group("before") else 0:].split())
    if cue.ORDINAL_VICTIM.match(text, left):
        # "the fourth backer of the movement to be killed", "..., the third teacher killed in the state
        # this month": a count of such deaths, the victim one told before
        if cue.TO_BE.search(text, max(0, anchor.start() - 12), anchor.start()):
            return "cumulative", "the n-th ... to be"
        if _ORDINAL_PARTICIPLE.fullmatch(text, left, anchor.start()):
            return "cumulative", "the n-th ... " + anchor.group(0).split()[0].lower()
    if not_news:
        return "background", not_news
    if anchor.lastgroup == "a_killed4":  # "killed 23 civilians after they lost 29 fighters": the earlier defeat
        lost_before = _LOST_BEFORE.search(text, max(0, anchor.start() - 40), anchor.start())
        if lost_before:
            return "background", lost_before.group(0)
    if anchor.lastgroup == "p_missing":
        earlier = cue.MISSING_BEFORE.search(text, max(0, anchor.start() - 60), anchor.start())
        if earlier:
            return "background", earlier.group(0)
    # "two days after [six were killed]", or after a clause of its own: "a week after [a raid killed six]"
    first = min(left, anchor.start())
    since_event = _SINCE_EVENT.search(text, max(0, first - 40), first)
    if since_event:  # "post-Kandhamal, 120 people had died in the riots": a tally since that event
        return "cumulative", since_event.group(0).strip(" ,")
    earlier = cue.DAYS_AFTER.search(text, max(0, left - 24), left) or cue.DAYS_AFTER_CLAUSE.search(
        text, max(0, first - 80), first)
    if earlier and (harm := cue.HARM_WORD.search(text, 0, earlier.start())) and not re.search(
            r"[.;]", text[harm.end():earlier.start()]):
        return "background", " ".join(earlier.group(0).split())
    if earlier and _SPAN_OPENS.fullmatch(text, 0, earlier.start()) and _opening_then_harm(text, anchor.end()):
        # "A week after gunmen killed ten policemen in X, another attack killed four soldiers": the opening
        # clause recalls what the main clause's harm came after
        return "background", " ".join(earlier.group(0).split())
    cause = (cue.CAUSE.search(text, max(0, anchor.start() - 60), anchor.end())
             or _cause_before(text, anchor)
             or cue.ACCUSED_DEED.search(text, max(0, anchor.start() - 120), anchor.start())
             or cue.OCCASION.search(text, max(0, left - 160), left)
             or cue.REACTION_OCCASION.search(text, max(0, left - 160), left))
    if cause is None and protest:  # "lawyers demonstrated to condemn the killing of 20"
        cause = cue.PROTEST_CAUSE.search(text, max(0, anchor.start() - 60), anchor.start())
        if cause is None:
            cause = cue.PROTEST_OCCASION.search(text, max(0, anchor.start() - 80), anchor.start())
        if cause is not None and cause.re is cue.PROTEST_OCCASION and cue.FORCE_ANTECEDENT.search(
                text, max(0, cause.start() - 40), cause.start()):
            # "clashed with police, who shot dead two demonstrators": the force's deed at the protest, not its occasion
            cause = None
    if cause:
        return "background", cause.group(0)
    sparked = cue.SPARKED_AFTER.match(text, anchor.end()) if anchor.lastgroup == "n_killed" else None
    if sparked:  # "The death of a boy allegedly in police firing sparked violent protests"
        return "background", " ".join(sparked.group(1).split())
    clause = text[clause_start:window_end]
    # a time opening the sentence dates all its clauses: "In 2019, ...", "and ten years ago, four ..."
    comma = text.find(",", 0, min(clause_start, 41))
    opening = text[:comma] if comma > 0 else ""
    # "Since the war began, more than 31,000 people have been killed": a running toll too (not a
    # few days' spell: "Since early this week, the gang ... killed 8")
    cumulative = cue.CUMULATIVE.search(clause) or (
        cue.CUMULATIVE.match(opening) if opening and not _SHORT_SPAN.search(opening) else None)
    # read on in the sentence: the clause may end just after "since" ("... displaced 300 families since")
    since_end = 0 if cumulative is None else cumulative.end() + (clause_start if cumulative.string is clause else 0)
    if cumulative and cumulative.group(0).strip().lower() == "since" and _SINCE_SHORT_SPAN.match(text, since_end):
        # "the violence since Friday has claimed 31", "fighting since last Thursday": the incident's own toll
        cumulative = None
    # "the 1984 riots in Delhi, where 3,000 died": a relative clause about an earlier, dated event
    antecedent = text[max(0, clause_start - 80):clause_start] if _RELATIVE_START.match(text, clause_start) else ""
    if cumulative is None and antecedent:  # "the unrest in the region, in which scores have died"
        cumulative = cue.SPELL_PERFECT.search(antecedent + clause)
    if cumulative and not cue.SUPERLATIVE_SINCE.search(clause):
        return "cumulative", " ".join(cumulative.group(0).split())  # blanked asides leave runs of spaces
    background = (
        cue.BACKGROUND.search(clause)
        or cue.BACKGROUND.search(opening)
        or cue.BACKGROUND_BEFORE.search(text, clause_start, anchor.start())
        or cue.BACKGROUND.search(antecedent)
    )
    told = _TOLD_BEFORE.search(text, 0, anchor.start()) if background and background.string is clause \
        and _FEW_DAYS_EARLIER.fullmatch(background.group(0)) else None
    if told and not cue.HARM_WORD.search(text, 0, told.start()):
        # "the Taliban on Tuesday claimed a bombing that killed three policemen a day earlier": days before
        # the claim, the news it tells (not "a week earlier", nor after other news: "killed 15 on Sunday, a
        # leader said, adding that they had killed nine a day earlier")
        background = None
    if background and not (background.start() < anchor.start() - clause_start and _DATED_NOW.match(text, anchor.end())):
        if background.string is clause and _arrested_over(text, anchor, clause_start + background.start()):
            return "reported", None
        return "background", background.group(0)
    return "reported", None


# A harm someone means to have done to others, its victims between: "a conspiracy to get the VHP, Bajrang Dal and
# other activists arrested", "plotted to have the judge killed" (not "managed to get them arrested").
# (not a perfect infinitive: "confirmed to have been killed")
_CAUSATIVE_TO = re.compile(r"(?:\b([\w'’]+)\s+)?\bto\s+(?:get|have)\s+(?!(?:been|already|also|just)\b)"
                           r"(?:the\s+|them\s+|him\s+|her\s+)?(?:[\w'’-]+,?\s+){1,8}$", re.IGNORECASE)


# What people are arrested over: "arrested three men over last year's riots", "for the 2019 attack".
_ARRESTED_OVER = re.compile(
    r"\b(?:over|for|in\s+connection\s+with|linked\s+to|related\s+to|involved\s+in|accused\s+of|"
    r"charged\s+with|suspected\s+of|wanted\s+for|"
    # "three suspects in last month's attack", "the mastermind of the 2019 bombing"
    r"(?:suspects?|accused|culprits?|perpetrators?|masterminds?|assailants?|attackers?|plotters?)\s+"
    r"(?:in|of|behind))\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
_ARREST_REACH = 60  # how far after the arrest its cause may be told


def _arrested_over(text: str, anchor: re.Match[str], start: int) -> bool:
    """True when an earlier event dated after an arrest is what the people were arrested over: the arrest
    itself is news ("Police arrested three men over last year's riots")."""
    return ((anchor.lastgroup or "").split("_", 1)[-1].startswith("arrested")
            and anchor.end() <= start <= anchor.end() + _ARREST_REACH
            and _ARRESTED_OVER.search(text, anchor.end(), start) is not None)


# What may come before "days after" opening a sentence: "Two days after", "Just a week after".
_SPAN_OPENS = re.compile(r"[\s\"'“‘]*(?:(?:just|only|barely|nearly|about|some|a|few|several|two|three|four|five|six|"
                         r"\d+)\s+){0,2}", re.IGNORECASE)


def _opening_then_harm(text: str, position: int) -> bool:
    """True when the clause holding `position` closes with a comma and a harm of its own follows."""
    comma = text.find(",", position)
    return comma != -1 and cue.HARM_WORD.search(text, comma) is not None


def _cause_before(text: str, anchor: re.Match[str]) -> re.Match[str] | None:
    """A cause just before the harm word ("protests over his killing"), but not "after" or
    "following" before a gerund: "the gunmen fled after shooting dead a policeman" tells what
    they did, the incident itself, not an earlier occasion."""
    cause = cue.CAUSE_BEFORE.search(text, max(0, anchor.start() - 40), anchor.start())
    if cause and _GERUND.match(anchor.group(0)) and cause.group(0).split()[0].lower() in ("after", "following"):
        return None
    return cause


_GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
_INCLUDING_ASIDE = re.compile(r"\s?,\s*including\s[^,]*,", re.IGNORECASE)
_SHORT_SPAN = re.compile(
    r"\b(?:week|weekend|days?|nights?|morning|evening|yesterday|hours|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b", re.IGNORECASE)
_FORMER_FIGURE = re.compile(
    r"\b(?:(?:was|is|went|gone|go|goes|been)\s+up|rose|risen|rises|climbed|increased|jumped|grew|shot\s+up)\s+"
    r"from\s+$", re.IGNORECASE)
# A harm told as the consequence of something, and a modal verb after its victims: the harm is a prospect
_CONSEQUENCE = re.compile(r"\b(?:resulting|result|results|leading|lead|leads)\s+(?:in|to)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_MODAL_AFTER = re.compile(r"[^,;.]{0,60}?\b(?:will|would|could|might|may)\s+(?:be|have|prove|lead|cause)\b",
                          re.IGNORECASE)
# (not "three more victims with bullet wounds were still being treated", the incident's own wounded)
_STILL_ADMITTED = re.compile(r"\s+(?:are|were)\s+still\s+admitted\b", re.IGNORECASE)
_TAKEN_PLACE = re.compile(r"\btaken\s+place$", re.IGNORECASE)
_EXCLUSION = re.compile(
    r"\b(?:(?:does|do|did|has|have)\s+not\s+include|(?:does|do|did)n[’']t\s+include|excludes?|excluding|"
    r"not\s+including|exclusive\s+of)\s", re.IGNORECASE)
_EXCLUDED = re.compile(_EXCLUSION.pattern + r"\s*(?:the\s+|these\s+|those\s+)?$", re.IGNORECASE)
_BODIES_ANCHOR = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains)\b", re.IGNORECASE)
_SINCE_EVENT = re.compile(r"\bpost-(?!mortem\b)[\w'’]+\s*,\s*$", re.IGNORECASE)
# a short spell after "since", possibly "last" or "this" one: "since [last] Thursday"
# ("since the fighting erupted on Saturday": a few days' onset told as a clause)
_SINCE_SHORT_SPAN = re.compile(
    r"\s*(?:(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:began|erupted|broke\s+out|started|flared(?:\s+up)?)\s+"
    r"(?:(?:on|late|early)\s+)*)?(?:(?:last|this|early|late)\s+)?(?:" + _SHORT_SPAN.pattern + ")", re.IGNORECASE)
_LOST_BEFORE = re.compile(r"\b(?:after|following|since|when|before)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# a harm verb of another clause between a figure and a period closing the sentence
_HARM_VERB = re.compile(r"\b(?:kill|abduct|kidnap|shot|shoot|wound|injur|massacr|behead|stabb|died|dead)",
                        re.IGNORECASE)


def negated_mentions(body: str, sentence: Sentence) -> list[CasualtyMention]:
    """Zero-count mentions for "no one was killed", "no injuries were reported"."""
    found = []
    for match in cue.NEGATION.finditer(sentence.text):
        verb = match.group("verb").lower()
        phrase = match.group(0).lower()
        if verb in ("injured", "wounded", "hurt", "harmed") or "injur" in phrase:
            category = "injured"
        elif verb in ("killed", "dead", "died", "lost") or "death" in phrase or "fatalit" in phrase:
            category = "killed"
        else:
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        found.append(
            CasualtyMention(
                start,
                end,
                body[start:end],
                category,
                0,
                0,
                0,
                status="negated",
                sentence_index=sentence.index,
                qualifier="exact",
                reason=match.group(0),
                stated=0,
            )
        )
    return found
