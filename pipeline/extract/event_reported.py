"""Whether a full article reports an event, or only discusses one.

ACLED codes events: something that happened, on a day, at a place. Coder notes, wire
briefs and headlines are written about one. A full newspaper article may instead discuss
the news (a minister's statement on the riots, a relief package for riot-hit industry, a
court hearing, an opinion piece) and name violence only as background ("in the aftermath
of the killings", "the riot-hit state"); its cue words then type an event that never
happened on any day.

So a long article counts as the report of an event only with evidence in its opening, where
news tells its event (the inverted pyramid): a figure of people killed, injured, missing,
abducted, arrested or displaced reported in its first sentences (in a story that opens on what
someone said, "the minister on Thursday refuted the charge ...", not one given only as the
speaker's words: "41 people died in the shooting, he said", or inside his quotation,
nor in an interview's answers), or a recent day in its first sentences or next to the sentence
that typed it (itself among the first few) that is not a
statement's day ("arrested on Friday morning", not "the minister said on Friday", "the party
on Monday demanded", nor "in a letter on Wednesday expressed concern"), unless the first
sentence tells the event with its verb ("Protesters clashed with police, witnesses said on
Tuesday"). Without it, the article has no event type, and the figures it gives later are
background ("the riots, which left hundreds dead ..." in an opinion piece), not an
incident's: they would otherwise add the riots' whole toll to the totals again. A short text
(a note, a brief, a headline) is taken as written about an event, unless it is a newspaper's
story, which opens with its dateline ("NAGPUR: the district administration has banned gatherings ...") or a
page's date line: short stories of statements, orders and meetings are the rule there, and they
need the same evidence. In a story, a non-violent development (a change to a group's activity,
an agreement) comes from its politics more often than from an event ("sided with three allied
parties in resisting the bill"): it types the story only with a figure in the opening, or
gives way to a harder cue told with an event's verb in the next opening sentences ("curfew was
clamped on Monday. A shopkeeper was knifed ..."); else the story has no type. With a figure of
people killed or injured, the violence its sentence types stands instead: ACLED's non-violent
developments have no dead.

In a full article that tells of a recent day, a figure whose sentence dates it to a day more
than a week before publication, and to no recent day, is an earlier incident recalled ("the
village where a bus was set alight on July 10 leaving 17 people dead", in a story of
July 24 about the families' return on Monday night). A report on old events, with no recent
day of its own ("On June 16 ... four men were found strangled", published months on), keeps such
figures; so does a note or a brief for days weeks back (a coder's note written weeks after its
event dates it so, a roundup tells "On the 23rd, ..."), but not for months back ("more than 190
people were killed in raids over Christmas", beside Monday's raid in a May brief).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.casualty_cues import accident
from pipeline.extract.date_calendar import last_day
from pipeline.extract.date_incident import RECENT_DAYS, around, period_bound, statement_day
from pipeline.extract.event_types import UNTYPED, Typing, classify_event_lead
from pipeline.extract.place_dateline import opening_dateline
from pipeline.extract.sentences import is_wire_dateline
from pipeline.extract.types import CasualtyMention, DateMention, Sentence

# A full article, not a note or a brief: at least this many sentences and characters.
FULL_ARTICLE_SENTENCES = 6
FULL_ARTICLE_CHARS = 1000
# The opening of a news story, which tells its event: the typing sentence among the first 3, a
# figure among the first 6 (inverted pyramid).
OPENING_LEAD = 3
OPENING_FIGURES = 6
# A page's date line opening the text: "This story is from May 14, 2004."
_PAGE_DATE_LINE = re.compile(r"\s*(?:this\s+story\s+is\s+from|published|posted|updated|last\s+updated)\b", re.I)
# Non-violent developments: in a news story they come from its politics more often than from an event.
SOFT_DEVELOPMENTS = frozenset({"Change to group/activity", "Agreement", "Other"})
# Verbs that tell an event happened, in the past tense.
_EVENT_VERB = re.compile(
    r"\b(?:clashed|attacked|stormed|killed|shot|opened\s+fire|bombed|shelled|torched|set\s+fire|protested|"
    r"marched|demonstrated|rioted|arrested|detained|abducted|kidnapped|captured|ambushed|raided|looted|"
    r"blocked|exploded|went\s+off|blew\s+up|hacked|stabbed|lynched|burned|burnt)\b", re.IGNORECASE)
# The reason recorded on the figures of an article that reports no event of its own.
NO_EVENT = "no event in the article's opening"
# The reason recorded on a figure of a full article dated weeks before it.
EARLIER_DAY = "dated weeks before the article"
# Words of opinion and correspondence around a day: the day of a statement, not of an event
# ("expressed concern on Monday", "in a note to the governor on Tuesday").
_OPINION_AFTER = re.compile(
    r"^\s*,?\s*(?:expressed|appealed|asked|hoped|criticised|criticized|welcomed|questioned|ruled\s+out|"
    r"rejected|alleged|described|termed|called\s+for|sought|wrote|hit\s+out|said|threatened|warned|decided|"
    r"demanded|indicated|asserted|reiterated|maintained|insisted|assured|promised|declared|informed|"
    r"clarified|dismissed|accused|blamed|favoured|favored|opposed|urged|told|made\s+it\s+clear|refuted|denied|"
    r"rebutted|"
    # a court's, a government's or a party's business: "the high court on Monday ruled", "gave a clean chit"
    r"ruled|gave|directed|ordered|approved|reviewed|discussed|deferred|defended|adjourned|summoned|tabled)\b"
)
_OPINION_BEFORE = re.compile(
    r"\b(?:in\s+(?:a|his|her|their|its)\s+(?:letter|statement|interview|speech|memorandum)|"
    r"at\s+a\s+(?:press\s+conference|news\s+conference|meeting|seminar|rally)|"
    r"talking|speaking|addressing|writing|debate|session)\b[^.;]{0,40}$"
)


# How old a day must be, in a note or a brief, to date an earlier incident than its news's.
_NOTE_OLD_DAYS = 60


def article_typing(
    body: str, sentences: list[Sentence], dates: list[DateMention], casualties: list[CasualtyMention],
    published: dt.datetime | None,
) -> tuple[Typing, list[CasualtyMention]]:
    """The article's event typing and casualty mentions, once judged whether it reports an event: a
    full article or a news story without evidence of one has no type and background figures
    (`without_event`); one whose only cues are weak ones ("returned", "announced"), or soft ones
    without a figure or a harder cue in its opening, has no type."""
    typing = classify_event_lead(sentences)
    if _accident(typing, sentences, casualties):
        return UNTYPED._replace(accident=True), casualties
    if not (is_full_article(body, sentences) or is_news_story(body)):
        # a note or brief tells days weeks back as its own (a roundup, "On the 23rd", a coder's late note):
        # only a figure dated months before its news is an earlier incident (a wire story's too: a roundup of
        # the month's attacks, "On the 23rd ...", may come with a wire's dateline)
        return typing, earlier_figures(casualties, sentences, dates, published, old_days=_NOTE_OLD_DAYS)
    casualties = earlier_figures(casualties, sentences, dates, published)
    if not reports_event(casualties, typing.lead, sentences, dates, published):
        return UNTYPED, without_event(casualties)
    if typing.weak:
        return UNTYPED, casualties
    if typing.sub_event_type in SOFT_DEVELOPMENTS:
        # a story's politics ("sided with three allied parties in resisting", "to supervise the
        # posting of troops in riot-hit districts") types no event: a harder cue in the opening may, or a figure
        harder = _harder_lead(typing, sentences)
        if harder is not None and reports_event(casualties, harder.lead, sentences, dates, published):
            return harder, casualties
        if not _opening_figure(casualties, sentences):
            return UNTYPED, casualties
        violence = _violence_of_figure(casualties, sentences)
        if violence is not None:
            return violence, casualties
    return typing, casualties


def _accident(typing: Typing, sentences: list[Sentence], casualties: list[CasualtyMention]) -> bool:
    """True when the lead tells an accident's harm ("two killed in a mishap", "an explosion at a fireworks
    factory killed 12") and reports no harm of another kind, or a stampede no violence set off: no event ACLED
    codes (a protest over an accident, "marched demanding justice for a cyclist killed in a road accident", is one)."""
    lead = next((s for s in sentences if s.index == typing.lead), None)
    if lead is None and typing.sub_event_type is None:
        # nothing typed: "two people died in an accident on the highway" still has no sides
        return any(m.status == "background" and m.reason and accident(m.reason) for m in casualties)
    if lead is None or typing.event_type in ("Protests", "Riots") or typing.sub_event_type == _DESTRUCTION:
        # (the street's or a gang's answer to an accident is an event of its own: "miscreants torched three
        # vehicles after a teenager died in an accident")
        return False
    if _STAMPEDE.search(lead.text) and not _STAMPEDE_SET_OFF.search(lead.text):
        return True  # "22 people died in a stampede at a religious gathering": its dead stay counted (WAD does)
    if not accident(lead.text):
        return False
    return not any(c.sentence_index == lead.index and c.status == "reported" for c in casualties)


_DESTRUCTION = "Looting/property destruction"
# A crush of a crowd, no event ACLED codes unless violence set it off ("a stampede after police fired tear gas").
_STAMPEDE = re.compile(r"\bstampedes?\b|\bcrush\s+(?:at|during|in)\b", re.IGNORECASE)
_STAMPEDE_SET_OFF = re.compile(
    r"\b(?:fir(?:e|ed|ing)|shots?|gunfire|gunshots?|tear\s*gas|blasts?|explosions?|bombs?|grenades?|attack\w*|"
    r"charged|clash\w*|baton|lathi|riot\w*|shelling|panic\s+after)\b", re.IGNORECASE)


def _harder_lead(typing: Typing, sentences: list[Sentence]) -> Typing | None:
    """The typing of the first opening sentence after a soft lead that types something else."""
    if typing.lead is None:
        return None
    end = _first_told(sentences) + OPENING_LEAD + 1
    later = [sentence for sentence in sentences if typing.lead < sentence.index < end]
    harder = classify_event_lead(later)
    if harder.sub_event_type is None or harder.weak or harder.sub_event_type in SOFT_DEVELOPMENTS:
        return None
    told = next(sentence for sentence in later if sentence.index == harder.lead)
    return harder if _EVENT_VERB.search(told.text) else None


def _violence_of_figure(casualties: list[CasualtyMention], sentences: list[Sentence]) -> Typing | None:
    """The typing of the sentence of the first people killed or injured, when it types violence: the dead of a
    story typed by its curfew or a deployment ("the town stayed quiet, barring one clash in which a
    youth was killed") are a violent event's, and ACLED's non-violent developments have none."""
    harmed = [m.sentence_index for m in casualties
              if m.status == "reported" and m.category in ("killed", "injured") and m.figure > 0]
    if not harmed:
        return None
    told = [sentence for sentence in sentences if min(harmed) <= sentence.index]
    typing = classify_event_lead(told)
    if typing.lead != min(harmed) or typing.weak or typing.event_type in (None, "Strategic developments"):
        return None
    return typing


def _first_told(sentences: list[Sentence]) -> int:
    """Index of the first sentence of the story itself, after any page date line or wire dateline."""
    furniture = sentences and (_PAGE_DATE_LINE.match(sentences[0].text) or is_wire_dateline(sentences[0].text))
    return sentences[0].index + 1 if furniture else 0


def _opening_figure(casualties: list[CasualtyMention], sentences: list[Sentence]) -> bool:
    """True when a figure of the incident is reported in the story's opening sentences (not one only a
    speaker gives, in a story of what the speaker said: `_spoken`)."""
    first = _first_told(sentences)
    opening = [m for m in casualties
               if m.status == "reported" and m.figure > 0 and m.sentence_index < first + OPENING_FIGURES]
    if not opening:
        return False
    by_index = {sentence.index: sentence for sentence in sentences}
    lead = by_index.get(first)
    if lead is None or not _STATEMENT_LEAD.search(lead.text) or _EVENT_VERB.search(lead.text):
        return True
    if _INTERVIEW.search(lead.text):
        return False  # "the chief minister in an exclusive interview says ...": the piece is his answers
    told = [sentence for sentence in sentences if sentence.index >= first]
    return any(not _spoken(by_index[m.sentence_index], told) for m in opening if m.sentence_index in by_index)


_INTERVIEW = re.compile(r"\b(?:in\s+an?\s+(?:exclusive\s+)?interview|excerpts\s+from\s+the\s+interview)\b", re.I)


# A story that opens on what someone said or did in words: "the home minister on Friday refuted the
# opposition's claim that ...", "the party on Monday gave a clean chit to ...".
_STATEMENT_LEAD = re.compile(
    r"\b(?:said|says|refuted|denied|claimed|alleged|asserted|told|defended|rejected|criticised|criticized|"
    r"condemned|accused|demanded|urged|blamed|gave\s+a\s+clean\s+chit|charged|maintained|insisted)\b", re.I)
# A sentence given as the speaker's words: closed by "he said" or "she added", or opened inside a quote.
_SAID_CLOSE = re.compile(
    r"[,\s]\s*(?:he|she|they|the\s+minister|the\s+official)\s+(?:said|added|claimed|alleged|maintained|"
    r"pointed\s+out|told\s+[\w\s]{1,30}?)\s*[.”\"']*\s*$", re.I)
_QUOTE_OPEN = re.compile(r"^\s*[\"“‘]")


def _spoken(sentence: Sentence, told: list[Sentence]) -> bool:
    """True for a sentence told as a speaker's words ("41 people died in the shooting, he said"), or
    inside a quotation opened before it (`told`: the story's sentences)."""
    if _SAID_CLOSE.search(sentence.text) is not None or _QUOTE_OPEN.match(sentence.text) is not None:
        return True
    before = "".join(s.text for s in told if s.index < sentence.index)
    # (a quotation closed with two apostrophes, as some papers print it: “... deployed,’’ he said)
    closed = before.count("”") + before.count("’’") + before.count("''")
    return before.count('"') % 2 == 1 or before.count("“") > closed


def is_full_article(body: str, sentences: list[Sentence]) -> bool:
    """True for a text long enough to be an article rather than a note or a brief."""
    return len(sentences) >= FULL_ARTICLE_SENTENCES and len(body) >= FULL_ARTICLE_CHARS


def is_news_story(body: str) -> bool:
    """True for a newspaper's story, however short: the text opens with a page date line or a dateline."""
    return _PAGE_DATE_LINE.match(body) is not None or opening_dateline(body) is not None


def reports_event(
    casualties: list[CasualtyMention], lead: int | None, sentences: list[Sentence], dates: list[DateMention],
    published: dt.datetime | None,
) -> bool:
    """True when the article gives evidence of an event of its own (see the module docstring); `lead`
    is the index of the sentence that typed it, if any.

    News tells its event first: a figure counts when it is reported in the opening sentences, a
    day when the typing sentence is among the first few (a page's date line not counted)."""
    first = _first_told(sentences)
    if _opening_figure(casualties, sentences):
        return True
    if lead is None or lead >= first + OPENING_LEAD:
        return False
    near = {lead - 1, lead, lead + 1, *range(first, first + OPENING_LEAD)}
    by_index = {sentence.index: sentence for sentence in sentences}
    # a lead that tells the event in its first sentence, with a verb of it ("protesters clashed with
    # police, witnesses said on Tuesday"): the statement's day dates it too
    told = (lead == first and lead in by_index and _EVENT_VERB.search(by_index[lead].text) is not None
            and not by_index[lead].text.rstrip().endswith("?"))  # "why have they been killed?" asks
    return any(
        mention.sentence_index in near
        and _event_day(mention, by_index[mention.sentence_index], published, statement_ok=told)
        for mention in dates
        if mention.sentence_index in by_index
    )


def without_event(casualties: list[CasualtyMention]) -> list[CasualtyMention]:
    """The mentions of an article that reports no event: its reported figures become background (the
    riots' toll an opinion piece recalls is no incident's), with the reason recorded."""
    return [replace(m, status="background", reason=NO_EVENT) if m.status == "reported" else m for m in casualties]


def earlier_figures(
    casualties: list[CasualtyMention], sentences: list[Sentence], dates: list[DateMention],
    published: dt.datetime | None, *, old_days: int = RECENT_DAYS,
) -> list[CasualtyMention]:
    """The mentions of an article that tells of a recent day, with its reported figures dated weeks
    before it made background (see the module docstring): their sentence names an incident day more
    than `old_days` before publication and no day since."""
    if published is None:
        return casualties
    by_index = {sentence.index: sentence for sentence in sentences}
    old, recent, news = set(), set(), False
    for mention in dates:
        sentence = by_index.get(mention.sentence_index)
        if sentence is None or not mention.value:
            continue
        if mention.precision in ("month", "year"):
            # "a bombing of the assembly in November which left 11 dead", three months on: an old month or
            # year is never the news (its last day, as the news may be from its end)
            # ("who witnessed the worst 1969 riots" names the speaker's past, not when the figure's harm was done)
            last = last_day(mention.value, mention.precision)
            if last is not None and (published.date() - last).days > old_days \
                    and _IN_PERIOD.search(around(mention, sentence)[0]) \
                    and not (period_bound(mention, sentence) or statement_day(mention, sentence)):
                old.add(mention.sentence_index)
            continue
        if mention.precision != "day":
            continue
        try:
            age = (published.date() - dt.date.fromisoformat(mention.value[:10])).days
        except ValueError:
            continue
        told = not (period_bound(mention, sentence) or statement_day(mention, sentence))
        if 0 <= age <= RECENT_DAYS:
            recent.add(mention.sentence_index)
            news = news or told
        elif age > old_days and told:
            old.add(mention.sentence_index)
    if not news:  # a report on old events ("On June 16 ... were found strangled"), published months on
        return casualties
    stale = old - recent
    recalled = _recalled_next(sentences, stale, {mention.sentence_index for mention in dates})

    def earlier(mention: CasualtyMention) -> bool:
        recall = recalled.get(mention.sentence_index)
        return mention.sentence_index in stale or (recall is not None and mention.char_start >= recall)

    return [replace(m, status="background", reason=EARLIER_DAY) if m.status == "reported" and earlier(m) else m
            for m in casualties]


def _recalled_next(sentences: list[Sentence], stale: set[int], dated: set[int]) -> dict[int, int]:
    """{sentence index: where the recall ends} for each sentence after a stale one that names the old event
    again, with no time of its own, before a figure of its harm: "... after the riots of 1969, he recalled.
    'Back then, during the violence in which 3,000 were killed, ...'" (the figures after the recall are the old
    event's; "the toll rose to 38 with the death of two wounded in the bombing which ..." keeps its two)."""
    found = {}
    for sentence in sentences:
        if sentence.index - 1 in stale and sentence.index not in dated:
            recall = _BACK_REFERENCE.search(sentence.text)
            if recall is not None:
                found[sentence.index] = sentence.start + recall.end()
    return found


_IN_PERIOD = re.compile(r"\b(?:in|of|during)\s+$")
# an event named again by its definite noun and a relative clause telling its harm
_BACK_REFERENCE = re.compile(
    r"\b(?:the|those|that)\s+(?:riots|massacres?|carnage|killings|pogroms?|violence|attacks?|bombings?|blasts?)\s+"
    r"(?:in\s+which|during\s+which|where|that|which)\b", re.IGNORECASE)


def _event_day(
    mention: DateMention, sentence: Sentence, published: dt.datetime | None, *, statement_ok: bool = False,
) -> bool:
    """True for a recent day that is not a statement's day (or is, with `statement_ok`); without a publication
    day, a weekday ("on Wednesday", unresolved) is as recent as news tells of."""
    if mention.precision not in ("day", "week") or not (mention.value or (
            published is None and mention.precision == "day" and mention.relative)):
        return False
    if mention.precision == "week" and not (mention.value or "").endswith("WE"):
        return False  # "last week" is vaguer than news of an event; "the weekend" is not
    if published is not None and mention.precision == "day":
        try:
            day = dt.date.fromisoformat((mention.value or "")[:10])
        except ValueError:
            return False
        if not 0 <= (published.date() - day).days <= RECENT_DAYS:
            return False
    if period_bound(mention, sentence) or (statement_day(mention, sentence) and not statement_ok):
        return False
    before, after = around(mention, sentence, 80, 30)
    return not (_OPINION_AFTER.match(after) or _OPINION_BEFORE.search(before))
