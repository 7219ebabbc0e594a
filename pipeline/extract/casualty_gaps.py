"""Victim groups the main reading of `casualty_victims` would miss or split: a second group whose
verb is left out ("three soldiers were killed on Monday and two more on Tuesday"), the subject
after "of whom" ("37 were wounded, of whom six later died"), and a range kept whole ("killed
between 10 and 15 people" is one object, not "between 10" and "15 people").
"""

from __future__ import annotations

import re

from pipeline.extract.casualty_phrases import Numbers, Victims, spaces

# words that end the clause of the first group: a number after them is another verb's
_GAP_BREAK = re.compile(
    r"[.;:,]|\b(?:after|before|when|while|as|because|following|who|which|that|since|until|by)\b", re.IGNORECASE
)
# "and two more on Tuesday": a number and "more"/"others" right before a time or place
_GAPPED = re.compile(
    r"\s(?:and|while|with)\s+(?:another\s+)?(?P<n>\S+)\s+(?:more|others?|additional\s+\w+)\s+"
    r"(?=(?:on|in|at|near|during|later|the\s+next|the\s+following|a\s+day|overnight)\b)",
    re.IGNORECASE,
)
_GAPPED_BARE = re.compile(
    r"\s(?:and|while)\s+(?P<n>\S+)\s+(?P<prep>in|at|near|on)\s+(?=[A-Z\d]|the\s+(?:[\w-]+\s+)?(?:firing|shelling|"
    r"blast|explosion|attack|stampede|clash(?:es)?|crossfire|fire|violence|riots?|rioting|bombing|raid|ambush|"
    r"encounter|gunfight|melee)\b)")  # "... and one in Mombasa", "... and two in the firing"
_ASIDE = re.compile(r",[^,;.]{1,40},")


_OF_WHOM_FIRST = re.compile(
    r"\bof\s+(?:whom|them)\s+(?P<n>[\w,-]+)\s+(?:(?:later|subsequently|eventually|also|then|reportedly|have|has|had|"
    r"were|was|been|are)\s+)*$", re.IGNORECASE
)


def gapped_group(
    text: str, anchor: re.Match[str], victims: list[Victims], ceiling: int, numbers: Numbers
) -> list[Victims]:
    """A second group whose verb is left out: "three soldiers were killed on Monday and two more on
    Tuesday" (the two were killed too); only before a time or place, so "and two others wounded" stays
    the next verb's."""
    start = max([anchor.end(), *(v.end for v in victims)])
    gap = _GAPPED.search(text, start, ceiling)
    if gap is None:
        # "two were shot dead in Kitengela, south of the capital, and one in Mombasa": a bare number
        # before the same preposition as the first clause's place or time
        gap = _GAPPED_BARE.search(text, start, ceiling)
        if gap is None or not re.search(rf"\b{gap.group('prep')}\b", text[start:gap.start()], re.IGNORECASE):
            return []
    if _GAP_BREAK.search(_ASIDE.sub(spaces, text[start:gap.start()])):
        return []  # "shot X after keeping him and three others in a warehouse": another verb's object
    q = numbers.first_starting(gap.start("n"), gap.start("n"))
    if q is None or q.qualifier == "vague":
        return []  # "five were killed and many others in nearby villages": no figure to add
    # the left-out noun is the first group's: "three soldiers ... and two more [soldiers]"
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, victims[-1].noun)]


def whom_first(text: str, anchor: re.Match[str], numbers: Numbers) -> list[Victims]:
    """"37 were wounded, of whom six later died": the number after "of whom" is the verb's subject
    (the clause before is about the 37)."""
    whom = _OF_WHOM_FIRST.search(text, max(0, anchor.start() - 60), anchor.start())
    q = numbers.first_starting(whom.start("n"), whom.start("n")) if whom else None
    if q is None:
        return []
    return [Victims(q.start, q.end, q.low, q.best, q.high, q.qualifier, q.stated, None)]


def whole_ranges(groups: list[tuple[int, int]], numbers: Numbers) -> list[tuple[int, int]]:
    """Groups joined again where the "and" between them is inside one figure: "killed between
    10 and 15 people" has one object, not "between 10" and "15 people"."""
    merged: list[tuple[int, int]] = []
    for group in groups:
        if merged and numbers.inside(merged[-1][1]):
            merged[-1] = (merged[-1][0], group[1])
        else:
            merged.append(group)
    return merged
