"""The regular expressions that find date expressions (TIMEX3 type DATE) in lower-cased text.

Each rule is one named pattern; `SCANNER` is their union, tried in the order of
`RULES` at every position, so longer, more specific forms (a weekday with a full
date, a quarter with its year) come before their parts. Inner groups are renamed
`<rule>__<group>` in the union so that one scan yields every group without a
second match. Patterns assume lower case: the caller lower-cases the body once,
which keeps them fast and works for corpora that were lower-cased upstream.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.date_lexicon import (
    CARDINALS,
    DECADE_WORDS,
    MONTHS,
    ORDINALS,
    TENS,
    VAGUE_COUNTS,
    alternation,
)

_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
# "may" and "march" are also a verb and a noun; after "may" a verb or adverb means the modal.
_NOT_MODAL = r"(?!\s+(?:be|have|not|also|well|soon|still|even|never|only|just|yet|face|need|get|go|take|"
_NOT_MODAL += r"come|help|lead|want|seek|try|add|see|cause|hold|now|include|result|affect|change)\b)"
MONTH_NAME = rf"(?:{alternation(_FULL_MONTHS)}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)"
MONTH = rf"(?:{MONTH_NAME})(?![a-z]){_NOT_MODAL}"
# Alone, a month is only its full name or a dotted abbreviation ("Dec."): "mar", "jan" are too ambiguous.
MONTH_ALONE = rf"(?:{alternation(_FULL_MONTHS)}|(?:jan|feb|aug|sept|sep|oct|nov|dec)\.)(?![a-z]){_NOT_MODAL}"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_ABBR = r"(?:mon|tues?|wed|thur?s?|fri|sat|sun)\."
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\w]|[,.][0-9])"
DAY_WORD = rf"(?:{alternation(ORDINALS)})(?![\w-])"
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})(?![\w]|[,.][0-9])"
BARE_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
COUNT_WORD = rf"(?:[0-9]{{1,3}}|{alternation([*CARDINALS, *TENS, *VAGUE_COUNTS])})"
TIME_OF_DAY = r"(?:morning|afternoon|evening|night|midnight)"
MODIFIER = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle|turn|close)\s+of)"
# Nouns counted by a bare four-digit number: "2000 people" is a count, not a year.
COUNT_NOUNS = (
    r"(?:people|persons|civilians|soldiers|troops|policemen|police|militants|men|women|children|families|"
    r"houses|homes|members|fighters|rebels|refugees|students|workers|protesters|prisoners|inmates|"
    r"villagers|residents|others|rounds|votes|cases|shares|units|tonnes|tons|km|kms|kilometres|kilometers|"
    r"miles|metres|meters|feet|ft|hectares|acres|rupees|rs|dollars|euros|pounds|crore|crores|lakh|lakhs|"
    r"million|billion|hundred|thousand|hours|hrs|minutes|days|weeks|months|years|kg|kgs|cattle|vehicles|"
    r"cars|buses|bullets|shells|rockets|missiles|acre|sq|square|calories|mw|cc|bc|ad|am|pm|gmt|hrs|jawans|"
    r"cops|personnel|sets|pieces|copies|documents|signatures|bags|packets|cartridges|weapons|guns|"
    r"arrests|deaths|dead|killed|injured|wounded|more|of\s+them)\b"
)
_NO_NUMBER_AFTER = rf"(?![\w]|[,.:][0-9]|\s*%|\s*per\s*cent|\s*percent|-[0-9]|\s+{COUNT_NOUNS})"
_ORD_Q = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# A year spoken in words after a month or season ("January nineteen ninety-seven"), as transcripts write it.
SPOKEN_YEAR = rf"nineteen[\s-]+(?P<yt>{alternation(TENS)})(?:[\s-]+(?P<yo>{_ONES}))?(?![\w-])"
_YEAR_REL = r"(?:this|last|next|the\s+current|the\s+previous|the\s+past|the\s+same)"

# A possessive: "Friday's", "Friday’s", and "Friday''s" as SQL exports escape the apostrophe.
POSSESSIVE = r"(?:''|'|’)s"
RULES: dict[str, str] = {
    # 2025-10-09, 2025/10/09
    "iso": r"(?<![\w/.-])(?P<y>[12][0-9]{3})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)"
           r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?![\w/]|[.-][0-9])",
    # 10/09/2025, 9.10.2025, 10/09/25
    "numeric": r"(?<![\w/.-])(?P<a>3[01]|[12][0-9]|0?[1-9])(?P<sep>[/.-])(?P<b>3[01]|[12][0-9]|0?[1-9])"
               r"(?P=sep)(?P<y>[12][0-9]{3}|[0-9]{2})(?![\w/]|[.-][0-9])",
    # on 24/03, (17/01): a day and month without a year, only after "on" or in brackets (else a
    # fraction or a score); slashes only ("10-15" is a count)
    "numeric_short": r"(?:(?<=\bon\s)|(?<=\())(?P<a>3[01]|[12][0-9]|0?[1-9])/(?P<b>3[01]|[12][0-9]|0?[1-9])"
                     r"(?![\w/]|[.-][0-9])",
    # (Friday,) Oct. 9(th)(, 2025); March eighth; March 12-15 (the last day of a range is `d2`)
    "mdy": rf"(?:(?P<rel>last|this|next)\s+)?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?P<mon>{MONTH})\s*"
           rf"(?P<d>{DAY}|{DAY_WORD})(?:\s*(?:-|–|to|and|&)\s*(?P<d2>{DAY}))?(?:(?:\s*,\s*|\s+)(?P<y>{YEAR}))?",
    # (Friday,) (the) 9(th) (of) October (2025); 1 and 2 December
    "dmy": rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s*(?:-|–|to|and|&|,)\s*(?P<d2>{DAY})){{0,4}}"
           rf"\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    # the ninth of October (2025)
    "dmy_word": rf"(?:the\s+)?(?P<d>{DAY_WORD})\s+of\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    # 9 a.m. (EDT) (next) Tuesday: a clock time on a weekday
    "clock_weekday": rf"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5][0-9]))?\s*(?P<ap>[ap])\.?m\.?"
                     r"(?:\s+(?:[ecmp][sd]t|gmt|utc|local\s+time))?,?\s+(?:on\s+)?"
                     rf"(?:(?P<rel>last|this|next|coming)\s+)?(?P<wd>{WEEKDAY})(?![\w'])",
    # (early) October 2025; June last year
    "month_year": rf"(?:(?P<mod>{MODIFIER})[\s-]+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+"
                  rf"(?:(?P<y>{YEAR}){_NO_NUMBER_AFTER}|(?P<rel>this|last|next)\s+year|{SPOKEN_YEAR})",
    # on the 19th (of the month being reported), on the night of the 2nd
    "day_only": r"(?:(?<=\bon\s)|(?<=\bmorning\sof\s)|(?<=\bevening\sof\s)|(?<=\bnight\sof\s)|"
                r"(?<=\bafternoon\sof\s)|(?<=\bhours\sof\s))the\s+(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![\w])"
                r"(?!\s+(?:century|anniversary|floor|day|time|edition|amendment|round|minute|over|place|battalion|brigade|"
                r"division|regiment|corps|army|infantry|squadron))",
    # the 1988 second quarter, this year's third quarter, the year-ago fourth quarter, Q3 2025
    "quarter": rf"(?:the\s+)?(?:(?:(?P<rel>{_YEAR_REL})\s+year'?s|(?P<y1>{YEAR})(?:'s)?|"
               rf"(?P<ago>year[\s-](?:ago|earlier))|comparable|same|latest|current|fiscal|calendar)[\s-]+){{0,4}}"
               rf"(?P<q>{_ORD_Q})[\s-]+(?:fiscal[\s-]+)?quarter(?![\w])(?:\s+(?:of|in)\s+(?:fiscal\s+)?"
               rf"(?:(?P<y2>{YEAR})|(?P<rel2>this|last|next)\s+year))?"
               rf"(?:\s+(?P<ago2>a\s+year\s+(?:ago|earlier)|of\s+last\s+year))?",
    "quarter_q": rf"(?<![\w])(?:(?P<y1>{YEAR})\s+)?q(?P<q>[1-4])(?![\w])(?:\s+(?:of\s+)?(?P<y2>{YEAR}))?",
    # the first half of 1989
    "half": rf"(?:the\s+)?(?P<h>first|second|last|latter|1st|2nd)\s+half\s+of\s+(?:(?P<y>{YEAR})|"
            rf"(?P<rel>this|last|next)\s+year|the\s+year|the\s+'(?P<dec>[0-9]0)s|the\s+(?P<dec4>1[5-9][0-9]0|"
            r"20[0-9]0)s)",
    # this summer, last fall, the summer of 1998, the autumn of last year
    "season": rf"(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<rel>this\s+past|this|last|next|the\s+past|"
              rf"the\s+coming|the\s+previous|the)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?![\w])"
              rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR}){_NO_NUMBER_AFTER}|{SPOKEN_YEAR})|"
              r"\s+of\s+(?P<yrel>last|this|next)\s+year(?![\w-]))?",
    # the 1990s, the '80s, the nineties
    "decade": rf"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<d4>1[0-9][0-9]0|20[0-9]0)'?s|"
              rf"'(?P<d2>[0-9]0)'?s|(?:nineteen[\s-]+)?(?P<dw>{alternation(DECADE_WORDS)}))(?![\w])",
    # the 20th century
    "century": rf"(?:the\s+)?(?P<c>[0-9]{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINALS)})[\s-]+century(?![\w])",
    # nineteen ninety-six; the year two thousand (and one)
    "year_words": rf"nineteen[\s-]+(?P<t>{alternation(TENS)})(?:[\s-]+(?P<o>one|two|three|four|five|six|"
                  r"seven|eight|nine))?(?![\w-])|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?"
                  r"(?P<o2>one|two|three|four|five|six|seven|eight|nine|ten))?(?![\w-])",
    # the week of May 8 (2000), the week of 8 May
    "week_of": rf"the\s+week\s+of\s+(?:(?P<mon>{MONTH})\s*(?P<d>{DAY})|"
               rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<mon2>{MONTH}))(?:,?\s+(?P<y>{YEAR}))?",
    # the 1995 period, the year-ago period, the latest period: a reporting period (a quarter in earnings news)
    "period": rf"the\s+(?:(?P<y>{YEAR})|(?P<ago>(?:comparable\s+)?year[\s-](?:ago|earlier))|latest|"
              r"comparable|same|corresponding)\s+(?:fiscal\s+)?(?:period|quarter)(?![\w])"
              r"(?:\s+(?P<ago2>a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?",
    # year-earlier, the year-ago quarter, year-ago
    "year_ago_adj": r"(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?P<dir>ago|earlier)(?![\w])"
                    r"(?:\s+(?P<q>quarter)(?![\w]))?",
    # two days ago, a year earlier, several years ago, nearly two weeks ago
    "ago": rf"(?:(?P<approx>nearly|almost|about|around|some|roughly|more\s+than|less\s+than|just|only|"
           rf"barely|over|at\s+least|exactly)\s+)?(?P<n>{COUNT_WORD})[\s-]+(?P<unit>day|week|month|year|"
           rf"decade|fortnight)s?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|back|from\s+now|hence|later(?!\s+than)|"
           rf"before(?=\s*[,.;:!?)]|\s*$)|after(?=\s*[,.;:!?)]|\s*$))(?![\w])",
    # last week, earlier this month, the following year, this past weekend, the end of the month, the weekend
    "rel_unit": rf"(?:(?P<mod>(?:earlier|later)(?:\s+in)?|early|late|{MODIFIER}|the\s+rest\s+of)\s+)?"
                r"(?P<rel>this\s+past|this\s+coming|last|this|next|past|coming|current|previous|following|same|that|"
                r"the\s+(?:past|last|coming|next|current|previous|following|same|latest|preceding))\s+"
                r"(?:fiscal\s+|calendar\s+)?(?P<unit>weekend|week|month|year|decade|century)(?![\w-])"
                r"(?!'?s\s+quarter\b)",  # "last year's quarter" is a quarter (see quarter_ref)
    "the_unit": rf"(?:(?P<mod>{MODIFIER}|(?:earlier|later)\s+in)\s+)?the\s+"
                r"(?:(?:full|fiscal|calendar|whole|entire)\s+)?(?P<unit>weekend|year|month|week)(?![\w-])(?!\s+(?:two|nineteen|before|after|to|ahead|[0-9]))",
    # year-end, by year's end
    "year_end": r"year(?:'s)?[\s-]end(?![\w])",
    # Christmas, New Year's Day, Thanksgiving, Easter
    "holiday": r"(?:(?P<rel>last|this|next)\s+)?(?P<h>christmas(?:\s+(?:day|eve))?|"
               r"new\s+year's\s+(?:day|eve)|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?)(?![\w])",
    # (early) mid-1996, fiscal 1989, 2021; the year in post-1959, pre-2000
    "year": rf"(?:(?<=\bpost-)|(?<=\bpre-)|(?<![\w$£€#.,/:+-]))(?:(?P<mod>{MODIFIER})(?:\s+|-))?"
            rf"(?:(?P<fisc>fiscal|calendar)(?:\s+year)?\s+)?(?P<y>{BARE_YEAR}){_NO_NUMBER_AFTER}",
    # today, late yesterday, last night, this morning, yesterday's
    "dayword": r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<w>today|tonight|yesterday|tomorrow)|"
               r"the\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)|(?P<night>last\s+(?:night|evening))|"
               rf"this\s+(?P<tod0>morning|afternoon|evening))(?![\w])(?:{POSSESSIVE})?"
               rf"(?:\s+(?P<tod>{TIME_OF_DAY}))?(?![\w])",
    # "(today) is the fifth day of" the operation, "it's the third day of" the strike: today
    "day_of_run": rf"(?:(?<=\bis\s)|(?<='s\s))the\s+(?:{DAY_WORD}|[0-9]{{1,3}}(?:st|nd|rd|th))\s+day(?=\s+of\s)",
    # the next day, that day, the day before, the day before last Tuesday
    "ref_day": r"(?:(?P<mod>earlier|later)\s+)?(?:the\s+(?P<rel>same|next|following|previous|preceding)\s+"
               rf"(?:day|{TIME_OF_DAY})|"
               rf"that\s+(?:same\s+)?day|the\s+day\s+(?P<wba>before|after)\s+(?:(?P<wrel>last|this|next)\s+)?"
               rf"(?P<wd>{WEEKDAY})|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:!?]))(?![\w])",
    # (last) Friday (night), the previous Friday, Friday's
    "weekday": rf"(?:(?P<rel>last|this|next|past|coming|previous|the\s+previous|the\s+following|"
               rf"this\s+coming|this\s+past|early|late)\s+)?(?P<wd>{WEEKDAY})(?!s\b)(?:{POSSESSIVE})?"
               rf"(?:\s+(?P<tod>{TIME_OF_DAY}))?(?:\s+(?:of\s+)?(?P<lw>last|the\s+previous)\s+week)?(?![\w])",
    # (late) November, last April, mid-November
    "month": rf"(?:(?P<mod>{MODIFIER})[\s-]+)?(?:(?P<rel>last|this|next|past|coming)\s+)?"
             rf"(?P<mon>{MONTH_ALONE})",
    # now, currently, recently, the past, the future, recent years
    "ref": r"(?P<now>(?:right\s+)?now|currently|nowadays|these\s+days|at\s+present|presently)(?![\w])|"
           r"(?P<cur>current)(?=\s+[a-z])|(?P<rec>(?:more\s+|most\s+|very\s+|until\s+|only\s+)?recently)(?![\w])|"
           r"(?P<recent>recent)(?:\s+(?:years|months|weeks|days|times))?(?=\s+[a-z]|\s*[,.;])|"
           r"(?P<past>the\s+past)(?![\w])(?!\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|decades?|"
           r"centuries|century|hours?|minutes?|weekends?|summers?|winters?|quarters?|seasons?|sessions?)\b)|"
           r"(?P<future>the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
           r"(?:the\s+)?(?:coming|upcoming|future)\s+(?:days|weeks|months|quarters|years)|"
           r"the\s+(?:near|short|long)\s+term)(?![\w])|"
           r"(?P<pasts>(?:the\s+)?(?:past|last|recent)\s+(?:several|few)\s+(?:days|weeks|months|quarters|years)|"
           r"past\s+(?:years|decades|months))(?![\w])",
    # the quarter, the latest quarter, the year-ago quarter a year ago, last year's quarter
    "quarter_ref": r"(?:(?P<yr>last|this|the\s+previous|the\s+prior)\s+year'?s|the|that|this|its)\s+"
                   r"(?P<adj>(?:(?:latest|current|previous|prior|past|recent|comparable|same|most\s+recent|"
                   r"just-ended|just\s+ended|year-ago|year-earlier|fiscal)\s+){0,3})"
                   r"quarter(?![\w-])(?!\s+(?:of|century|mile|final|finals))"
                   r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)))?",
}


def _prefixed(rule: str, pattern: str) -> str:
    """The pattern with its groups and back-references renamed `<rule>__<name>`."""
    pattern = re.sub(r"\(\?P<(\w+)>", rf"(?P<{rule}__\1>", pattern)
    return re.sub(r"\(\?P=(\w+)\)", rf"(?P={rule}__\1)", pattern)


def build_scanner(rules: Iterable[str]) -> re.Pattern[str]:
    """The union of the given rules (kept in `RULES` order), matching only at the start of a word."""
    chosen = [rule for rule in RULES if rule in set(rules)]
    return re.compile(r"(?<![\w'])(?:" + "|".join(f"(?P<{r}>{_prefixed(r, RULES[r])})" for r in chosen) + ")")


SCANNER = build_scanner(RULES)
# A possessive closing a date: not the date's.
POSSESSIVE_END = re.compile(POSSESSIVE + "$")
# The names of each rule's inner groups, so a match's groups can be read without groupdict().
RULE_GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    rule: tuple((f"{rule}__{name}", name) for name in re.findall(r"\(\?P<(\w+)>", p))
    for rule, p in RULES.items()
}


def rule_groups(match: re.Match[str]) -> tuple[str, dict[str, str | None]]:
    """(rule name, {inner group: text}) of one SCANNER match."""
    rule = match.lastgroup or ""
    groups = {short: match.group(full) for full, short in RULE_GROUPS.get(rule, ())}
    if groups.get("yt"):  # a spoken year stands for its digits
        groups["y"] = str(1900 + TENS[groups["yt"] or ""] + (CARDINALS[groups["yo"]] if groups.get("yo") else 0))
    return rule, groups
