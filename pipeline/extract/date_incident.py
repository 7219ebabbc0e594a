"""The date of the incident an article reports, chosen among its date mentions.

The incident's date is the date of the violence, not of the statement about
it: "gunmen killed six on Tuesday, police said on Wednesday" is Tuesday. So a
day mention attached to a reporting verb ("said on Wednesday", "on Wednesday
confirmed"), a monitoring service's preamble ("Text of report by ... on 4 June:")
or the death of the wounded ("succumbed to their injuries on Tuesday", "died on
Tuesday from wounds sustained in Friday's bombing") only counts when nothing else
dates the incident (unless it says how long after the incident it came: "said on
Monday, a day after the attack" is Sunday), and a mention in a sentence that reports
harm (a casualty mention or a violence verb) is preferred to one elsewhere
(background, anniversaries, court dates). Dates after
publication are announcements, never the incident (so are periods named as
ahead, "later this week", even when they began before it), and a date more
than a year before publication (or before the article's latest date) is
history: it counts only when nothing recent dates the incident and the
publication day is unknown. A date that opens or closes a period ("since 14
October", "until Friday", a page's "This story is from May 14, 2004") is no
last resort either when the publication day is known: that day is the nearer
estimate. A day naming a known earlier event ("the massacre of July 10",
"the September 11 attacks", see `date_roles`) counts as background, like a
background toll; so is a date inside the words that make a figure a running
total ("raising the toll from attacks this month to 100"), which is no better
than a statement's day. Coarser mentions ("last week", "earlier this month")
date the incident with their precision when no day does; with nothing at all,
the publication day is the best estimate.

A full article that tells of a recent day (at most `RECENT_DAYS` before publication, not a
statement's day nor a period's bound) is news of that day: its older dates are the events it
recalls ("three more held on Sunday in connection with the bombing of the bus on July
10" is Sunday's), as its older figures are (`event_reported`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extract.casualty_cues import CHARGE_REASON
from pipeline.extract.date_roles import (
    event_reference,
    grievance_day,
    opening_news,
    violence_reference,
    violence_start,
)
from pipeline.extract.numbers import parse_number
from pipeline.extract.types import CasualtyMention, DateMention, Sentence

# A reporting verb right before the date: "said on Tuesday", "told AFP on Friday", "in a statement Sunday",
# "said here on Sunday".
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|say|told(?:\s+[\w.-]+){0,5}|announced|reported|confirmed|stated|added|claimed|"
    r"disclosed|revealed|statement|report|reports|according\s+to(?:\s+[\w.-]+){0,3}|quoted|"
    r"observed|remarked|asserted|alleged|noted|pointed\s+out|declared)"
    r"(?:\s+\w+ly)?(?:\s+here|\s+there)?"
    # "said in the assembly on Tuesday", "told the Rajya Sabha on Thursday": where a statement was made
    r"(?:\s+(?:in|to|before)\s+(?:the\s+)?(?:assembly|parliament|house|lok\s+sabha|rajya\s+sabha|senate|"
    r"legislature|council|court))?"
    r"\s*(?:,\s*)?(?:on\s+|late\s+|early\s+|on\s+late\s+)?$|"  # "said here on Sunday"
    # a toll's update is a report too: "the toll from Monday's bombing rose to 45 on Wednesday"
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|went\s+up|gone\s+up)\s+to\s+[\w,.-]+"
    r"(?:\s+(?:people|dead|deaths|persons))?\s+(?:on\s+|by\s+|late\s+)?$"
)
# A date bounding a period rather than dating an incident: "since 5 November", "until Monday".
_BOUNDING = re.compile(r"\b(?:since|until|till|through|by|before|after|from)\s+$")
# The start or end of a period, never its incident: "since June 2001", "from April 2 to June 9". ("by 5pm
# on Saturday" is when it happened, so "by", "before" and "after" stay mere statement-like bounds.)
_PERIOD_BOUND = re.compile(r"\b(?:since|until|till|through|from)\s+$")
# A wire dateline's date ("MOGADISHU, March 14, 2024 (Reuters) -") is the day the story was filed: a
# statement's day, not the incident's. It opens the text, or the story's first sentence after a headline.
_DATELINE_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*[-—–]\s")
_DATELINE_REACH = 60
_DATELINE_SENTENCES = 2
# ... or right after it: "on Wednesday said", "on Wednesday confirmed the death".
_REPORTED_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:\w+ly\s+)?(?:said|says|told|announced|reported|confirmed|stated|claimed|disclosed|revealed|"
    r"issued|released|published|accused|condemned|denied|warned|urged|blamed|"
    # "the opposition on Sunday sharply criticised the government": a party's words, not the violence's day
    r"criticised|criticized|slammed|demanded|appealed|alleged|hailed|lauded|welcomed|described|termed|"
    r"deplored|regretted|expressed|reacted|lashed\s+out|hit\s+out|cautioned|assured|promised|vowed|pledged|"
    r"rejected|dismissed|defended|sought|gave\s+(?:mixed\s+)?reactions?)\b"
)
# A statement's day followed by how long after the incident it came: "police said on Monday, a day
# after the attack" dates the attack to Sunday.
_DAYS_AFTER = re.compile(r"^\s*,?\s*(a|one|two|three|four)\s+days?\s+after\b")
_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# ... or the day of an aftermath whose sentence tells no harm of its own: "the victims were buried on Wednesday, a
# day after the massacre" dates the massacre to Tuesday.
_AFTER_THE_INCIDENT = re.compile(
    r"^\s*,?\s*(?:a|one|two|three|four)\s+days?\s+after\s+(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|massacre|bombings?|blasts?|explosions?|killings?|ambush|clash(?:es)?|raid|shootings?|riots?|"
    r"lynching|murders?|assault|violence|firing|strike|airstrike)\b")
# Harm done in the dated clause itself ("two guards were shot on Wednesday, a day after the raid"): its own day.
_OWN_HARM = re.compile(r"\b(?:kill(?:ed|ing|s)?|died|shot|wounded|injured|hurt|attacked|stabbed|abducted|kidnapped|"
                       r"clashed|fought|exploded|struck|bombed|shelled|murdered|lynched|arrested|detained)\b")
# ... or the day the wounded died, told before it: "succumbed to their injuries on Tuesday", "two more died on
# Tuesday", "two of the wounded died in hospital on Tuesday".
_LATER_DEATH_BEFORE = re.compile(
    r"\b(?:(?:more|others?|wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:died|succumbed)|succumbed\s+to\s+(?:(?:their|his|"
    r"her|the)\s+)?(?:injuries|wounds))(?:\s+in\s+(?:a\s+|the\s+)?hospital)?\s+(?:on\s+|late\s+|early\s+)?$")
# A monitoring service's preamble, the day of a report: "Text of report by Burkinabe news website Lefaso.net
# on 4 June: At least 14 soldiers were killed on 2 June ...".
_PREAMBLE = re.compile(r"\s*(?:text\s+of\s+)?(?:report|broadcast|programme|article|bulletin)\b(?:[^:.]|\.(?!\s))*?"
                       r"\bon\s+",
                       re.IGNORECASE)
_PREAMBLE_REACH = 160
# The day of a death from wounds of an earlier attack, "died on Tuesday from wounds sustained in Friday's
# bombing": like a statement's, the attack's day (when told) is the incident's.
_OF_WOUNDS_AFTER = re.compile(
    r"^\s*,?\s*(?:in\s+(?:a\s+|the\s+)?hospital\s+)?(?:from|of)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:wounds|injuries|burns)\b")
# Words of harm and violence: a sentence with one reports the incident.
_VIOLENCE = re.compile(
    r"\b(?:kill\w*|dead|death|deaths|died|die|dies|wound\w*|injur\w*|hurt|attack\w*|clash\w*|fight\w*|fought|"
    r"bomb\w*|blast\w*|explo\w*|shot|shoot\w*|fire[ds]?|firing|gunfire|gunm[ae]n|ambush\w*|raid\w*|strike|"
    r"strikes|struck|shell\w*|massacre\w*|murder\w*|behead\w*|stabb\w*|abduct\w*|kidnap\w*|riot\w*|"
    r"protest\w*|demonstrat\w*|marched|rall(?:y|ied)|burn\w*|torch\w*|loot\w*|lynch\w*|assault\w*|"
    r"arrest\w*|detain\w*|seiz\w*|captur\w*|overr[au]n|invad\w*|executed|violence|unrest|battle\w*|"
    r"skirmish\w*|suicide|ied|rocket\w*|missile\w*|mortar\w*|airstrike\w*|air\s+strike\w*|drone)\b"
)
# A period named as ahead even when it began before publication: "later this week", "the end of this month".
_AHEAD = re.compile(r"(?:later\s+this|(?:the\s+)?(?:end|rest|remainder)\s+of\s+this|(?:the\s+)?coming|next)\b")
# A mention this far after publication is an announcement; a day of slack allows for time zones.
_SLACK = dt.timedelta(days=1)
_HISTORY_DAYS = 365  # older than this is history ("the 2019 attack he was tried for")
# A day named as a known event ("the massacre of February 27") is a reference only this long before
# publication: news of the last few days names its own incident that way too ("the attack on Tuesday").
# Violence "since" a day starts the incident only when that day is more recent.
_REFERENCE_DAYS = 4
_TOLL_REACH = 80  # how far before a cumulative or background figure the words that made it so may reach
RECENT_DAYS = 7  # a day this many days before publication or fewer is news; an older one is a reference


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A resolved mention that could date the incident, with what we know about its context."""

    mention: DateMention
    date: dt.date
    reported: bool  # attached to a reporting verb, or bounding a period ("since Monday")
    bounding: bool  # the start or end of a period: "since Monday", "until 5 May"
    violent: bool  # in a sentence that reports harm
    background: bool  # in a sentence whose only casualty figures are background or cumulative tolls
    violence_named: bool = False  # names a known violent event by its day ("the carnage of February 27")
    statement: bool = False  # a statement's day ("police said on Wednesday"), not a period's bound


def _start_date(mention: DateMention) -> dt.date | None:
    """The first day of the period a resolved mention names, or None for reference values."""
    value = mention.value or ""
    try:
        if mention.precision == "day":
            return dt.date.fromisoformat(value[:10])
        if mention.precision == "week" and "-W" in value:  # 2025-W43, or its weekend 2025-W43-WE
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 6 if value.endswith("WE") else 1)
        if mention.precision == "month" and len(value) == 7:
            return dt.date(int(value[:4]), int(value[5:7]), 1)
    except ValueError:
        return None
    return None


def _after_publication(mention: DateMention, date: dt.date, published: dt.date | None) -> bool:
    """True for a mention after publication: an announcement, never the incident.

    A date written with its year has a day of slack (time zones); one resolved against
    the publication day ("the following day", "14 April" without a year) has none.
    """
    if published is None:
        return False
    return date - published > (dt.timedelta(0) if mention.relative else _SLACK)


def _in_dateline_reach(mention: DateMention, sentence: Sentence | None) -> bool:
    """True when `mention` opens the text or one of its first sentences, where a dateline stands."""
    if mention.char_start < _DATELINE_REACH:
        return True
    return sentence is not None and sentence.index < _DATELINE_SENTENCES \
        and mention.char_start - sentence.start < _DATELINE_REACH


def _candidates(
    dates: list[DateMention], body_of: dict[int, Sentence], casualties: list[CasualtyMention],
    published: dt.date | None,
) -> list[_Candidate]:
    """The day, week and month mentions not after publication, with their context flags (a dateline's
    date counts as a statement's).

    Sentences with a reported casualty figure report harm; sentences whose figures
    are all background ("in a similar attack last year ...") or cumulative tolls are
    background; the others are checked for violence words when they hold a candidate.
    """
    harm = {c.sentence_index for c in casualties if c.status == "reported"}
    background = {c.sentence_index for c in casualties} - harm
    found = []
    for mention in dates:
        date = _start_date(mention)
        if date is None or _after_publication(mention, date, published) or _AHEAD.match(mention.text.lower()):
            continue
        sentence = body_of.get(mention.sentence_index)
        before = after = ""
        days_after = None
        if sentence is not None:
            before, after = around(mention, sentence)
            days_after = _DAYS_AFTER.match(around(mention, sentence, 0, 30)[1])
        # "rioting since Saturday night" starts the incident; "violence since February 27" three weeks
        # back opens a known episode, a bound like any other.
        starts_violence = (published is None or (published - date).days < _REFERENCE_DAYS) \
            and violence_start(before)
        bounding = _bounds_period(before, mention.text.lower(), after) and not starts_violence
        statement = _statement_words(before, after)
        # "the toll from Monday's bombing": a possessive names the event, whatever word comes before it
        named_event = _possessive(mention.text.lower(), after)
        reported = bool(statement or _OF_WOUNDS_AFTER.match(around(mention, sentence, 0, 60)[1] if sentence else "")
                        or _LATER_DEATH_BEFORE.search(before)
                        or (after.startswith(":") and sentence is not None
                            and _PREAMBLE.fullmatch(around(mention, sentence, _PREAMBLE_REACH)[0]) is not None)
                        or (_BOUNDING.search(before) and not starts_violence and not named_event)
                        or (_in_dateline_reach(mention, sentence) and _DATELINE_END.match(after)))
        aftermath = days_after is not None and sentence is not None and not reported \
            and _OWN_HARM.search(before) is None and _AFTER_THE_INCIDENT.match(around(mention, sentence, 0, 80)[1])
        if (reported or aftermath) and days_after and mention.precision == "day" and not _BOUNDING.search(before):
            # the incident's day, told by the statement's ("police said on Monday, a day after the attack"),
            # not that of a death it came after ("succumbed on Friday, three days after being stabbed")
            date -= dt.timedelta(days=_DAYS[days_after.group(1)])
            reported = statement = False
        index = mention.sentence_index
        if sentence is not None and index not in harm and index not in background \
                and _VIOLENCE.search(sentence.text.lower()):
            harm.add(index)
        reference = published is not None and (published - date).days >= _REFERENCE_DAYS \
            and event_reference(before, mention.text.lower(), after) \
            and not (sentence is not None and opening_news(around(mention, sentence, len(sentence.text))[0], after))
        if _dates_a_toll_apart(mention, casualties):
            # it dates another count ("Last month, a raid on the post killed six"): with a publication
            # day never the incident's, without one a last resort like a statement's day
            reference = reported = bounding = True
        found.append(_Candidate(mention, date, reported, bounding, index in harm and not reference,
                                index in background or reference,
                                (reference and violence_reference(before, mention.text.lower(), after))
                                or (sentence is not None and grievance_day(around(mention, sentence, 300)[0])),
                                statement and not _BOUNDING.search(before)))
    return found


def around(mention: DateMention, sentence: Sentence, before: int = 60, after: int = 20) -> tuple[str, str]:
    """The lower-cased words of `sentence` just before and just after a date mention in it."""
    offset = mention.char_start - sentence.start
    end = offset + len(mention.text)
    return sentence.text[max(0, offset - before):offset].lower(), sentence.text[end:end + after].lower()


def statement_day(mention: DateMention, sentence: Sentence) -> bool:
    """True for a date attached to a reporting verb: "police said on Friday", "on Friday confirmed"."""
    return _statement_words(*around(mention, sentence))


def period_bound(mention: DateMention, sentence: Sentence) -> bool:
    """True for a date opening or closing a period: "since Friday", a page's "This story is from May 14"."""
    return _BOUNDING.search(around(mention, sentence)[0]) is not None


def _statement_words(before: str, after: str) -> bool:
    """True when the words before or after a date (lower case) make it a statement's day."""
    return bool(_REPORTED_BEFORE.search(before) or _REPORTED_AFTER.search(after))


def _dates_a_toll_apart(mention: DateMention, casualties: list[CasualtyMention]) -> bool:
    """True for a date inside the words that made a figure cumulative or background: "raising the toll
    from attacks in the area this month to more than 100" dates the running toll, not the incident; so does
    the period after it that made it background ("a bomb that wounded four people last week")."""
    text = mention.text.lower()
    return any(c.status in ("cumulative", "background") and c.reason and text in c.reason.lower()
               and not CHARGE_REASON.match(c.reason)
               and (0 <= c.char_start - mention.char_end <= _TOLL_REACH
                    or 0 <= mention.char_start - c.char_end <= _TOLL_REACH) for c in casualties
               if c.sentence_index == mention.sentence_index)


def _bounds_period(before: str, text: str, after: str) -> bool:
    """True for a date opening or closing a period ("since 14 October", "until Friday", "from April 2 to
    June 9", a page's "This story is from May 14"); a possessive names an event ("the toll from Monday's
    bombing"), which is the incident's day."""
    return _PERIOD_BOUND.search(before) is not None and not _possessive(text, after)


def _possessive(text: str, after: str) -> bool:
    """True for a date in the possessive ("Monday's bombing"): it names an event."""
    return text.endswith(("'s", "’s")) or after.startswith(("'s", "’s", "''s"))


def incident_date(
    dates: list[DateMention],
    casualties: list[CasualtyMention],
    sentences: list[Sentence],
    published: dt.datetime | None,
    *,
    full: bool = False,
    aftermath: bool = False,
) -> tuple[dt.date | None, str | None]:
    """(event_date, precision) of the incident the article reports; `full` for a full article,
    whose older dates give way to a recent day it tells of (see the module docstring); `aftermath` when
    the incident is no violence (arrests, a protest), which the day of a known violent event it names
    ("held 14 in connection with the massacre of July 10") never dates."""
    day = published.date() if published is not None else None
    body_of = {s.index: s for s in sentences}
    candidates = _candidates(dates, body_of, casualties, day)
    if aftermath:
        candidates = [c for c in candidates if not c.violence_named]
    latest = day or max((c.date for c in candidates), default=None)
    # A date long before publication (or before the article's latest date) is history, not the news.
    recent = [c for c in candidates if latest is None or (latest - c.date).days <= _HISTORY_DAYS]
    # With a publication day, history never dates the news: an article on today's riots that recalls the
    # 1985 riots reports today's. Without one, history is all there is to go on.
    pools = (recent,) if day is not None else (recent, candidates)
    if full and day is not None:
        news = [c for c in recent if (day - c.date).days <= RECENT_DAYS]
        if any(not c.reported and not c.bounding and c.mention.precision == "day" for c in news):
            pools = (news, recent)
    for pool in pools:
        # Context first, then precision: "killed last week, officials said Monday" is last week.
        for keep in (lambda c: c.violent and not c.reported, lambda c: c.violent and c.statement,
                     lambda c: not c.reported and not c.background,
                     lambda c: not c.reported, lambda c: day is None or not c.bounding):
            for precision in ("day", "week", "month"):
                chosen = [c for c in pool if c.mention.precision == precision and keep(c)]
                if chosen:
                    return _estimate(chosen[0], day), precision
    if day is not None:
        return day, "day"
    return None, None


_WEEKS_AGO = re.compile(r"(a|one|two|three|four)\s+weeks?\s+ago", re.IGNORECASE)


def _estimate(candidate: _Candidate, published: dt.date | None) -> dt.date:
    """The incident's day: the mention's day, or for a period the publication day when it falls inside ("a week
    ago": the day that many weeks before publication)."""
    precision, start = candidate.mention.precision, candidate.date
    if precision == "day" or published is None:
        return start
    weeks_ago = _WEEKS_AGO.fullmatch(candidate.mention.text)
    if precision == "week" and weeks_ago:
        # "a week ago": that many weeks before publication to the day, not the Monday of that week
        return published - dt.timedelta(weeks=parse_number(weeks_ago.group(1)) or 1)
    days = (published - start).days
    if precision == "week":
        inside = days < (2 if (candidate.mention.value or "").endswith("WE") else 7)
    else:
        inside = (published.year, published.month) == (start.year, start.month)
    return published if days >= 0 and inside else start
