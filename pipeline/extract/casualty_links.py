"""How a casualty figure links to the article's other figures, read in its sentence.

Link: part ("including 3 children", "two of the dead"), more ("two more", "another",
"later died", "in a separate attack"), update ("the toll rose to 12"), total ("3 fatalities"
restated, "coded as 3"), alternative ("witnesses put the toll at 8"), or new. (`same`, a
figure repeated in its sentence, is set by `casualties.py`; whether the figure is the
incident's at all is `casualty_context`'s.) The patterns are in `casualty_cues.py`.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract import casualty_cues as cue

# A figure's harm told as its severity, and an injury told before it in the sentence.
_SEVERITY = re.compile(r"with\s+(?:\w+\s+)?(?:serious|severe|grievous|critical)\s|in\s+(?:a\s+)?(?:critical|serious)\s+"
                       r"condition", re.IGNORECASE)
_HURT_BEFORE = re.compile(r"\b(?:injured|wounded|hurt|injuries)\b", re.IGNORECASE)
_GUESSED_TOLL = re.compile(r"\b(?:could|may|might)\s+(?:be|have\s+been|reach)\b", re.IGNORECASE)
_AMONG_THE = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the|those)\s*$", re.IGNORECASE)
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)
# A toll raised to a figure written before the toll: "..., raising to 21 the number killed".
_INVERTED_UPDATE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|br(?:ing|ings|ought|inging)|tak(?:e|es|ing)|took|push(?:ed|es|ing)?)\s+to\s+"
    r"(?:(?:at\s+least|about|around|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)
# The second figure of an update told for two harms: "has climbed to 17 (dead) and 25 injured".
_JOINED_UPDATE = re.compile(
    r"\b(?:r(?:ose|isen)|climbed|increased|jumped|gone\s+up|went\s+up)\s+to\s+[\w,.-]+\s+(?:(?:dead|killed|deaths)\s+)?"
    r"and\s+$", re.IGNORECASE)
_THE_TOLL_AFTER = re.compile(r"\s+the\s+(?:overall\s+|total\s+)?(?:death\s+toll|toll|number|tally|total)\b",
                             re.IGNORECASE)
# A toll an update replaced: "an earlier toll of 34", "the initial death toll of 12", "a previous figure of 9".
_EARLIER_TOLL = re.compile(
    r"\b(?:earlier|initial|previous|preliminary|first|provisional|old)\s+(?:death\s+)?(?:toll|figure|tally|count)\s+"
    r"(?:of|at|was)\s*$", re.IGNORECASE)
# A sentence that opens on another report of the toll: "Another report indicated that ...", "Other reports stated",
# "Still others indicated".
_OTHER_REPORT = re.compile(
    r"^\W*(?:however,?\s+)?(?:(?:another|other|a\s+different|a\s+separate|conflicting)\s+(?:set\s+of\s+)?(?:reports?|"
    r"accounts?|sources?|tallies|tally|counts?)|still\s+others)\s+(?:\w+\s+){0,2}?(?:indicated|said|stated|put|placed|"
    r"reported|suggested|gave|claimed|showed|say|says|indicate|put)\b", re.IGNORECASE)
# A source gainsaying a figure told before it: "..., but officials said only four died" (another report's figure).
_GAINSAID = re.compile(
    r"\b(?:but|while|whereas|though|although|however)\s+(?:[\w'’-]+\s+){1,4}?(?:said|say|says|put|claimed|"
    r"reported|insisted|maintained|confirmed)\s+(?:that\s+)?(?:only|just|no\s+more\s+than|at\s+most)\s+$",
    re.IGNORECASE)
_AFTER_INJURED = re.compile(r"\b(?:injured|wounded|hurt)\s*,\s*(?:of\s+(?:whom|them)\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` in a sentence, read once for all its figures (a search from the
    sentence's start for every figure made long run-on sentences quadratic)."""
    return pattern.search(text)


def _earlier(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The first match of `pattern` in the sentence when it ends by `end`, else None."""
    match = first_match(pattern, text)
    return match if match is not None and match.end() <= end else None


def figure_link(text: str, anchor: re.Match[str], start: int, end: int, voice: str) -> tuple[str, str | None]:
    """(link to the article's other figures, the words that decided it)."""
    if voice == "c":
        return "total", anchor.group(0)
    if voice == "i":  # "the dead included three children and a nurse": parts of the toll
        return "part", anchor.group(0)
    if _SEVERITY.match(anchor.group(0)) and _HURT_BEFORE.search(text, 0, min(start, anchor.start())):
        # "12 people were hurt; four with serious injuries were shifted to hospital": the worst hurt of them
        return "part", anchor.group(0)
    if voice == "t":
        alternative = cue.ALTERNATIVE_TOLL.search(text, max(0, anchor.start() - 40), anchor.start())
        if alternative:  # "witnesses put the death toll at 8", "a higher toll of 14": another source's figure
            return "alternative", alternative.group(0)
        guess = _GUESSED_TOLL.search(text, anchor.end(), start)
        if guess:  # "the real toll might be nearer 40": an estimate beside the counted figure
            return "alternative", guess.group(0)
        window = text[max(0, anchor.start() - 30) : start]
        earlier = _EARLIER_TOLL.search(window)
        if earlier:  # "raising an earlier toll of 34": the figure the update replaced, an earlier report's
            return "alternative", earlier.group(0).strip()
        update = cue.UPDATE.search(window)
        return ("update", update.group(0)) if update else ("total", anchor.group(0))
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    rival = _OTHER_REPORT.search(text, 0, start)
    if rival:  # "A separate account said 14 were killed and about 60 others hurt": another source's
        return "alternative", rival.group(0)
    gainsaid = _GAINSAID.search(before)
    if gainsaid:  # "claimed to have killed dozens of soldiers, but officials said only four died"
        return "alternative", " ".join(gainsaid.group(0).split())
    joined = _JOINED_UPDATE.search(before)
    if joined:  # "the number killed and wounded has climbed to 17 and 25 injured": both figures updated
        return "update", " ".join(joined.group(0).split())
    inverted = _INVERTED_UPDATE.search(before)
    if inverted and _THE_TOLL_AFTER.match(after):  # "raising to 21 the number killed in Monday's attack"
        return "update", inverted.group(0).strip()
    part = (cue.PART_BEFORE.search(before) or cue.PART_AFTER.match(after)
            or _AMONG_THE.search(text, max(0, anchor.start() - 40), anchor.start())
            or cue.PART_OF_OPENING.fullmatch(text, 0, start))
    if part and anchor.lastgroup == "p_killed" and (
            re.search(r"injured|wounded|hurt", part.group(0), re.I)
            or (re.search(r"whom|them", part.group(0), re.I) and _AFTER_INJURED.search(before))):
        # "two of the wounded later died", "five were injured, one of whom died": deaths on top of the toll
        return "more", part.group(0).strip()
    if part:
        return "part", part.group(0).strip()
    more = (
        cue.MORE_BEFORE.search(before)
        or cue.MORE_AFTER.match(after)
        or cue.MORE_START.match(text, start)
        or _earlier(cue.OTHER_INCIDENT, text, start)
    )
    if more:
        return "more", more.group(0).strip()
    step = cue.SEQUENCE.search(text, max(0, min(start, anchor.start()) - 160), start)
    if step and not re.search(r"[.;:!?]", text[step.end():start]):  # "then" of this clause, not an earlier one
        return "more", "then"
    between = text[end : anchor.start()] if end <= anchor.start() else text[anchor.end() : anchor.end() + 12]
    near = cue.MORE_NEAR_VERB.search(between)
    if near is None and start >= anchor.end():  # "the militants also lost 20 fighters": before an active verb
        near = _ALSO_BEFORE.search(text, max(0, anchor.start() - 12), anchor.start())
    if near and not cue.DEFINITE.match(text, start):  # "the victim was later pronounced dead": the same person
        return "more", near.group(0)
    if cue.CODER_TOTAL.match(text[end:]) and not text[:start].strip() and cue.NUMBER_START.match(text, start):
        return "total", "fatalities"  # the coder's summary: "2 fatalities (distributed across two days)"
    return "new", None
