"""Whether a casualty figure belongs to the reported incident, who claims it, and how it
relates to the article's other figures.

Status (first rule that applies, read in the clause around the figure):
- negated: "no one was killed", "did not kill" (also emitted as 0-count mentions);
- denied: "the army denied that 15 soldiers were killed";
- threat / hypothetical: "threatened to kill", "could kill hundreds", "if ... would die";
- cumulative: tolls over a period, "70,000 have died since 2021", "so far this year"; not
  "the worst clashes since 2021", where "since" belongs to a superlative;
- background: another, earlier incident: "last year's attack that killed 20", "in 2008";
- reported: everything else. Claims stay reported and record `claimed_by`.

Link: part ("including 3 children", "two of the dead"), more ("two more", "another",
"later died"), update ("the toll rose to 12"), total ("3 fatalities" restated, "coded as 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.numbers import NUMBER_PATTERN
from pipeline.extract.types import ActorMention, CasualtyMention, Sentence

_I = re.IGNORECASE
_REACH = 240  # characters around a figure read for its context
_NEGATION = re.compile(
    r"\b(?:no(?:\s+one|body|-one)|none|no\s+(?:(?:other|further|more)\s+)?(?:people|persons?|civilians?|soldiers?|"
    r"casualties|deaths?|fatalities|injuries|lives|loss\s+of\s+li(?:fe|ves)))\s+(?:\w+\s+){0,3}?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|reported(?:ly)?)\s+)*"
    r"(?P<verb>killed|dead|died|injured|wounded|hurt|harmed|lost|reported)\b",
    _I,
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", _I)
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|denial|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:e|ed|es)|false)\b", _I
)
# "... was killed, although this was formally denied by the police"
_DENIED_AFTER = re.compile(
    r"\b(?:this|which|it|the\s+(?:claim|report|allegation|figure|toll)s?)\s+(?:was|were|has\s+been|is|had\s+been)?\s*"
    r"(?:\w+\s+)?(?:denied|dismissed|rejected|refuted)",
    _I,
)
_THREAT = re.compile(
    r"\b(?:threat(?:en(?:s|ed|ing)?)?|vow(?:s|ed)?|warn(?:s|ed|ing)?|pledg(?:e|ed)|promis(?:e|ed))\b", _I
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might|(?-i:may)(?!\s+\d)|if|unless|plan(?:s|ned)?\s+to|plott(?:ed|ing)\s+to|tr(?:y|ied|ying)\s+to|"
    r"attempt(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|want(?:s|ed)?\s+to|sought\s+to|"
    r"seek(?:s|ing)?\s+to|risk|fears?\s+that|capable\s+of)\b",
    _I,
)
# "might have lost their lives": uncertain, not hypothetical
_EPISTEMIC = re.compile(r"(?:may|might|could|would)\s+(?:also\s+)?have\b", _I)
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|,\s*(?:who|whom|which|a|an)\s[^,]*,|\s--\s[^-]*?\s--\s")
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:worst|deadliest|biggest|largest|first|heaviest|bloodiest|most|highest|major|serious|single)\b"
    r"(?:\s+[\w'’-]+){0,12}?\s+since\b",
    _I,
)
_CUMULATIVE = re.compile(
    r"\bsince\s+(?!then\b|the\s+(?:attack|incident|blast|explosion|shooting|clash)\b)|\bso\s+far\s+this\b|"
    r"\bthis\s+year\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)\b|"
    r"\bto\s+date\b|\bin\s+recent\s+(?:years|months|weeks)\b|\bcumulative\b|\bsince\s+(?:19|20)\d\d\b|"
    r"\bduring\s+the\s+(?:war|conflict|insurgency|uprising)\b|\b(?:in|over)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:years|decades)\s+of\b",
    _I,
)
_BACKGROUND = re.compile(
    r"\blast\s+(?:year|month)'?s?\b|\bearlier\s+this\s+(?:year|month)\b|\ba\s+(?:year|month|decade)\s+ago\b|"
    r"\byears\s+ago\b|\bin\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b(?!\s*[-–])|"
    r"\b(?:19|20)\d\d\s+(?:attacks?|bombings?|massacre|war|conflict|clashes|violence|riots?|uprising)\b|"
    r"\bsimilar\s+attack\b|\bin\s+another\s+(?:attack|incident)\b|\bof\s+(?:19|20)\d\d\b|"
    r"\b(?:road|car|traffic|plane|boat|mining|industrial)\s+(?:accident|crash)|\bnatural\s+causes\b|"
    r"\b(?:due\s+to|from|of)\s+(?:the\s+)?(?:alleged\s+|medical\s+)?(?:coronavirus|covid(?:-19)?|virus|illness|"
    r"disease|negligence)\b",
    _I,
)
# Only before the figure: "a previous attack killed 20" (not "bombs from previous fighting killed a child").
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:previous|prior|earlier)\s+(?:attacks?|incidents?|clash(?:es)?|raids?)\b", _I
)
# A death named as the cause or occasion of the reported event: "protests over the killing of a
# student", "the anniversary of the death of an imam", "to avenge the killing of".
_CAUSE = re.compile(
    r"\b(?:following|after|over|against|protest(?:s|ed|ing)?|"
    r"avenge|revenge\s+for|mark(?:s|ed|ing)?|retaliation\s+(?:for|against)|in\s+response\s+to|anniversary\s+of|commemorat\w+|"
    r"sparked\s+by|triggered\s+by|demand(?:ing)?\s+justice\s+for|justice\s+for|probe\s+into|"
    r"investigat\w+\s+into|accused\s+of|charged\s+with|arrested\s+for|suspected\s+of|convicted\s+of)"
    r"\s+(?:the\s+)?(?:recent\s+|alleged\s+|brutal\s+)?(?:death|killing|murder|assassination|deaths|killings|"
    r"murders|execution|lynching)s?\s+of\s*$|"
    r"\b(?:after|following|over)\s+(?:\w+\s+){0,2}?the\s+(?:dead\s+)?bod(?:y|ies)\s+of\s*$",
    _I,
)
# The same causes just before a possessive "soldier's death" or "his killing".
_CAUSE_BEFORE = re.compile(
    r"\b(?:over|after|following|against|avenge|protest(?:s|ed|ing)?|"
    r"anniversary\s+of|mark(?:s|ed|ing)?|justice\s+for|probe\s+into)\s+(?:the\s+)?$|"
    r"\b(?:retribution|retaliation|reprisals?|revenge|response)\s+(?:for|to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$|"
    r"\b(?:arrest\w*|detain\w*|convict\w*|sentenc\w*|charg\w*|accus\w*|trial|jail\w*|wanted|suspect\w*)\b"
    r"[^.;]{0,60}\bfor\s+(?:the\s+)?(?:alleged\s+)?$",
    _I,
)
# In a sentence about a demonstration, condemning or mourning a death names its cause.
_PROTEST = re.compile(
    r"\b(?:demonstrat\w*|protest\w*|rall(?:y|ied|ies)|marche[sd]|sit-in|vigil|picket\w*|riot\w*)\b", _I
)
# In a sentence about a demonstration, a death in an "after/over ..." clause or a relative clause is
# its occasion: "residents rioted after a driver was killed", "against the culprits who murdered a girl".
_PROTEST_OCCASION = re.compile(
    r"\b(?:after|following|over(?!\s+(?:\d|a\s+dozen|dozens|hundreds|\w+\s+dozen))|against|since)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|has\s+been)?\s*$|"
    r"\b(?:who|that|which)\s+(?:[\w'’-]+\s+){0,3}?$",
    _I,
)
_PROTEST_CAUSE = re.compile(
    r"\b(?:condemn\w*|mourn\w*|denounc\w*|decr(?:y|ied)|demand\w*)\b(?:\s+[\w'-]+){0,5}\s*$", _I
)
_ORDINAL_VICTIM = re.compile(
    r"the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\b", _I
)
_TO_BE = re.compile(r"\bto\s+(?:be|have\s+been)\s+$", _I)
_CLAIM = re.compile(
    r"\bclaim(?:s|ed|ing)?\b(?!\s+(?:responsibility|the\s+li(?:fe|ves)|by|credit|ownership))|"
    r"\b(?:said|says|say)\s+(?:it|they)\s+(?:had\s+|have\s+)?(?=kill|shot|wound|captur|abduct)",
    _I,
)
_CAPITALISED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*(?:,[^,]*,\s*)?$")
_PART_BEFORE = re.compile(
    r"(?:\bincluding|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+them|\bof\s+those|\bmostly|"
    r"\bmost\s+of\s+them|\bamong\s+the|^\s*of\s+the|"
    r"\bincluded)\s+(?:[\w'-]+\s+){0,2}$",
    _I,
)
_PART_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|those|the\s+(?:dead|victims|killed|injured|wounded|casualties|fatalities)|whom|"
    r"(?:his|her|their)\s+victims)\b|"
    r"(?:\w+\s+){0,3}(?:were|was|are|is)\s+(?:also\s+)?among\b)",
    _I,
)
_MORE_BEFORE = re.compile(
    r"\b(?:another|an?\s+additional|additional|a\s+further|further|also|in\s+addition\s+to|besides|plus)"
    r"\s+$",
    _I,
)
_NUMBER_START = re.compile(rf"(?:{NUMBER_PATTERN})\b", _I)
# "2 fatalities." or "2 fatalities distributed across two days.": a coder's summary, not a clause
_CODER_TOTAL = re.compile(r"\s*(?:reported\s+)?fatalit(?:y|ies)\b(?![^.;]*\b(?:was|were|is|are)\b)", _I)
_DEFINITE = re.compile(r"(?:the|he|she|they|this|that|these|those)\b", _I)
# A sentence about another incident of the same report: its victims add to the first ones.
_OTHER_INCIDENT = re.compile(
    r"\b(?:in\s+(?:another|a\s+separate|a\s+second|a\s+third|a\s+related|a\s+similar)\s+"
    r"(?:attack|incident|raid|strike|event|shooting|ambush|clash)|separately|elsewhere|in\s+nearby|"
    r"(?:on|late\s+on)\s+the\s+\d+(?:st|nd|rd|th)\b|earlier\s+(?:in\s+the\s+day|that\s+day)|"
    r"later\s+(?:that|in\s+the)\s+day|the\s+(?:next|following)\s+day)",
    _I,
)
_MORE_START = re.compile(r"(?:another|one\s+more|yet\s+another)\b", _I)
_MORE_AFTER = re.compile(r"^\s*(?:more|other|others|additional|further|else)\b", _I)
_MORE_NEAR_VERB = re.compile(r"\b(?:later|subsequently|afterwards|also)\b", _I)
_ALTERNATIVE_TOLL = re.compile(
    r"\b(?:put|puts|placed|places|estimated|estimates|gave|give|gives|higher|lower|different|conflicting|"
    r"other|another|separate)\b(?:\s+[\w'-]+){0,3}\s*$",
    _I,
)
_UPDATE = re.compile(
    r"\b(?:r(?:ose|ise|ises|isen|ising)|climb(?:ed|s|ing)?|increas(?:ed|es|ing)|jump(?:ed|s)?|reach(?:ed|es)?|"
    r"mount(?:ed|s)?|soar(?:ed|s)?|hit|now|rais(?:e|ed|es|ing)|br(?:ing|ings|ought|inging)|push(?:ed|es|ing)|"
    r"went\s+up|gone\s+up|stands?|stood|revised|updated)\b",
    _I,
)


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
    start: int  # offset of the sentence in the body


def sentence_text(text: str, start: int) -> SentenceText:
    """Prepare sentence `text` (at body offset `start`) for `describe`."""
    plain = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    return SentenceText(text, plain, _PROTEST.search(text) is not None, start)


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
    clause_start, clause_end = _clause(plain, left, right)
    status, reason = _status(plain, clause_start, min(clause_end, right + 45), anchor, sentence.protest, left)
    claimed_by = _claimant(text, anchor.start(), actors, sentence.start) if status == "reported" else None
    link, link_reason = _link(text, anchor, start, end, voice)
    return Context(status, reason or link_reason, claimed_by, link)


def _clause(text: str, left: int, right: int) -> tuple[int, int]:
    """The comma- or semicolon-delimited stretch of `text` around [left, right)."""
    near = max(0, left - _REACH)
    before = max(text.rfind(",", near, left), text.rfind(";", near, left), near - 1)
    far = min(len(text), right + _REACH)
    after_candidates = [i for i in (text.find(",", right, far), text.find(";", right, far)) if i != -1]
    return before + 1, min(after_candidates) if after_candidates else far


def _status(
    text: str, clause_start: int, window_end: int, anchor: re.Match[str], protest: bool, left: int
) -> tuple[str, str | None]:
    """(status, the words that decided it), from the clause up to just after the figure."""
    if _NOT_BEFORE.search(text[max(0, anchor.start() - 20):anchor.start()]):
        return "negated", "not"
    near = max(0, anchor.start() - _REACH)
    denial = _DENIAL.search(text, near, anchor.start()) or _DENIED_AFTER.search(
        text, anchor.end(), anchor.end() + _REACH)
    if denial:
        return "denied", denial.group(0)
    threat = _THREAT.search(text, max(clause_start - 40, 0, anchor.start() - 80), anchor.start())
    if threat:
        return "threat", threat.group(0)
    hypothetical = _HYPOTHETICAL.search(text, max(0, anchor.start() - 50), anchor.start())
    feared = "feared" in anchor.group(0).lower()  # "feared dead" reports a death
    if hypothetical and not _EPISTEMIC.match(text, hypothetical.start()) and not feared:
        return "hypothetical", hypothetical.group(0)
    if _ORDINAL_VICTIM.match(text, left) and _TO_BE.search(text, max(0, anchor.start() - 12), anchor.start()):
        return "cumulative", "the n-th ... to be"  # "the fourth backer of the movement to be killed"
    cause = _CAUSE.search(text, max(0, anchor.start() - 60), anchor.end()) or _CAUSE_BEFORE.search(
        text, max(0, anchor.start() - 40), anchor.start())
    if cause is None and protest:  # "lawyers demonstrated to condemn the killing of 20"
        cause = _PROTEST_CAUSE.search(text, max(0, anchor.start() - 60), anchor.start())
        cause = cause or _PROTEST_OCCASION.search(text, max(0, anchor.start() - 80), anchor.start())
    if cause:
        return "background", cause.group(0)
    clause = text[clause_start:window_end]
    cumulative = _CUMULATIVE.search(clause)
    if cumulative and not _SUPERLATIVE_SINCE.search(clause):
        return "cumulative", cumulative.group(0).strip()
    opening = text[:clause_start - 1].strip() if 0 < clause_start <= 40 else ""  # "In 2019, ..."
    background = (_BACKGROUND.search(clause) or _BACKGROUND.match(opening)
                  or _BACKGROUND_BEFORE.search(text, clause_start, anchor.start()))
    if background:
        return "background", background.group(0)
    return "reported", None


def _claimant(text: str, anchor_start: int, actors: list[ActorMention], sentence_start: int) -> str | None:
    """Who claims the figure: the actor (or capitalised name) before "claimed" in the sentence."""
    claims = list(_CLAIM.finditer(text, max(0, anchor_start - _REACH), anchor_start))
    if not claims:
        return None
    claim = claims[-1]
    before_claim = [a for a in actors if a.char_end - sentence_start <= claim.start()]
    if before_claim:
        return before_claim[-1].actor_name
    name = _CAPITALISED.search(text[:claim.start()].rstrip())
    if name is None:
        return None
    words = name.group(1).split()
    while words and words[0].lower() in ("the", "a", "an", "but", "and", "however", "meanwhile"):
        words = words[1:]
    return " ".join(words) or None


def _link(text: str, anchor: re.Match[str], start: int, end: int, voice: str) -> tuple[str, str | None]:
    """(link to the article's other figures, the words that decided it)."""
    if voice == "c":
        return "total", anchor.group(0)
    if voice == "t":
        alternative = _ALTERNATIVE_TOLL.search(text, max(0, anchor.start() - 40), anchor.start())
        if alternative:  # "witnesses put the death toll at 8", "a higher toll of 14": another source's figure
            return "alternative", alternative.group(0)
        window = text[max(0, anchor.start() - 30):start]
        update = _UPDATE.search(window)
        return ("update", update.group(0)) if update else ("total", anchor.group(0))
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    part = _PART_BEFORE.search(before) or _PART_AFTER.match(after)
    if part:
        return "part", part.group(0).strip()
    more = (_MORE_BEFORE.search(before) or _MORE_AFTER.match(after) or _MORE_START.match(text, start)
            or _OTHER_INCIDENT.search(text, 0, start))
    if more:
        return "more", more.group(0).strip()
    between = text[end:anchor.start()] if end <= anchor.start() else text[anchor.end():anchor.end() + 12]
    near = _MORE_NEAR_VERB.search(between)
    if near and not _DEFINITE.match(text, start):  # "the victim was later pronounced dead": the same person
        return "more", near.group(0)
    if _CODER_TOTAL.match(text[end:]) and not text[:start].strip() and _NUMBER_START.match(text, start):
        return "total", "fatalities"  # the coder's summary: "2 fatalities (distributed across two days)"
    return "new", None


def negated_mentions(body: str, sentence: Sentence) -> list[CasualtyMention]:
    """Zero-count mentions for "no one was killed", "no injuries were reported"."""
    found = []
    for match in _NEGATION.finditer(sentence.text):
        verb = match.group("verb").lower()
        phrase = match.group(0).lower()
        if verb in ("injured", "wounded", "hurt", "harmed") or "injur" in phrase:
            category = "injured"
        elif verb in ("killed", "dead", "died", "lost") or "death" in phrase or "fatalit" in phrase:
            category = "killed"
        else:
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        found.append(CasualtyMention(start, end, body[start:end], category, 0, 0, 0, status="negated",
                                     sentence_index=sentence.index, qualifier="exact", reason=match.group(0),
                                     stated=0))
    return found
