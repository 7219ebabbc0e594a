"""The reported incident's killed and injured, from the article's casualty mentions.

Rules (ACLED's counting rules where they apply):
- only `reported` figures count: cumulative, background, threatened, hypothetical, negated
  and denied ones do not;
- the figure of a mention is the one the text states for an open bound ("more than 70" ->
  70, as ACLED and WAD code it) and ACLED's best for vague words ("dozens" -> 12);
- distinct victim groups of one sentence add up ("3 soldiers and 2 civilians" -> 5); parts
  of a total ("including 3 children", "two of the dead") do not;
- several reports of the same victims' toll ("seven were killed ... witnesses put the toll at
  9"): the conservative figure stands (ACLED), unless the lead is an open lower bound ("at least
  7") that the other report agrees with; the highest credible report is `killed_high`
  (`casualty_reports.py`); a lower figure from another source lowers neither, unless it answers
  a party's claim of its own kills;
- the first sentence with a figure gives the incident's figure; a later sentence changes it
  only when it says so: "two more", "another", "later died" add (unless the sentence's own figures
  with them come to no more than the total so far: a breakdown, or a recount of part of it); "the toll rose to 12" and a
  restated total ("3 fatalities") replace (a toll naming one of the first figure's groups, "the
  number of police killed rose to 16", replaces that group's figure only); an exact figure
  replaces a vague one ("dozens were killed ... officials say 57 were killed"); a lone described victim named again with
  companions ("gunned down the vice mayor ... the vice mayor and his driver were shot") adds
  the companions; other later figures restate or detail the first;
- two or more figures in later sentences that add up exactly to the first figure are its
  breakdown ("Six died. Three died in A ... Separately, three died in B"): the first stands;
- a digest of headlines (short lines of their own, several reports on one incident): a later
  headline's figure replaces an earlier, lower one, as tolls are revised upwards when reports
  come in;
- a figure shared by the killed and the wounded ("killed and injured 22") is split when the
  wounded have a figure of their own (`casualty_combined.py`);
- an ordinal victim continuing the toll ("a sixth worker ... his body was found" after five
  killed) raises it by one (`casualty_ordinals.py`);
- "fatalities split across N events" divides the figure (floor), as ACLED does when one
  report covers several events.

The missing, kidnapped, arrested and displaced of the incident (`harm_figures`) follow the
same rules per category, conservative figure only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.casualty_civilians import victim_kind
from pipeline.extract.casualty_combined import combined_counts
from pipeline.extract.casualty_ordinals import ordinal_toll
from pipeline.extract.casualty_persons import PERSON_PRONOUN, head_noun
from pipeline.extract.casualty_reports import highest_report
from pipeline.extract.numbers import parse_number
from pipeline.extract.sentences import is_wire_dateline
from pipeline.extract.types import CasualtyMention, Sentence
from pipeline.taxonomy import OTHER_HARMS

_HEADLINE_WORDS = 24
_FULL_STOP = re.compile(r"\.[\"”’')]*\s*$")
_LISTS_DEAD = re.compile(r"among|includ|identified|named|were", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|added)(?:\s+[\w-]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$|"
    r"\b(?:since|until|by)\s+(?:last\s+)?$", re.I)
_ON_TOP = re.compile(r"(?:one\s+)?more|additional|further")
_SPLIT = re.compile(
    r"\bfatalit(?:y|ies)\s+(?:are\s+|were\s+|is\s+|was\s+|have\s+been\s+)?(?:split|coded|divided|distributed|spread)"
    r"(?:\s+(?:as|at|to)\s+\w+(?:\s*\([^)]*\))?(?:\s+and)?)?(?:\s+(?:split|divided|spread|distributed))?"
    r"\s+(?:equally\s+)?(?:across|between|among|over|into)\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:separate\s+|different\s+)?(?:events?|locations?|areas?|districts?|provinces?|days?|villages?)"
    r"(?:\s*\((?P<share>\d+)\))?",
    re.IGNORECASE,
)


def incident_counts(
    casualties: list[CasualtyMention], sentences: list[Sentence], *, body: str | None = None,
    highest: bool = False,
) -> tuple[int, int]:
    """(killed, injured) for the incident the article reports; 0 when none is reported.

    ACLED's conservative figures by default; with `highest`, the highest credible report of
    each (`killed_high`, `injured_high`; see `casualty_reports.py`). `body` (optional) lets the
    count see which sentences are headline lines of their own.
    """
    conservative, high = incident_figures(casualties, sentences, body=body)
    return high if highest else conservative


def incident_figures(
    casualties: list[CasualtyMention], sentences: list[Sentence], *, body: str | None = None
) -> tuple[tuple[int, int], tuple[int, int]]:
    """((killed, injured), (killed_high, injured_high)) in one pass over the sentences: the
    headline lines and each sentence's weekdays are read once for both readings."""
    reports, days = _reading(sentences, body)

    def counts(bounds_only: bool) -> tuple[int, int]:
        def total(mentions: list[CasualtyMention], category: str) -> int:
            """The incident's figure for one category, raised by a rival report as `bounds_only` allows."""
            figure = _category_total(mentions, category, reports, days)
            return highest_report(figure, mentions, sentences, category, bounds_only=bounds_only)

        killed, injured = combined_counts(casualties, total)
        killed = ordinal_toll(killed, casualties, sentences)
        return _split_share(killed, sentences), injured

    return counts(bounds_only=True), counts(bounds_only=False)


def harm_figures(
    casualties: list[CasualtyMention], sentences: list[Sentence], *, body: str | None = None
) -> dict[str, int]:
    """{category: the incident's figure} for the missing, kidnapped, arrested and displaced,
    by the rules of the killed (ACLED's conservative figure); 0 where none is reported."""
    figures = dict.fromkeys(OTHER_HARMS, 0)
    present = {m.category for m in casualties if m.status == "reported" and m.category in figures}
    if present:
        reports, days = _reading(sentences, body)
        for category in present:
            figures[category] = _category_total(casualties, category, reports, days)
    return figures


def _reading(sentences: list[Sentence], body: str | None) -> tuple[set[int], dict[int, frozenset[str]]]:
    """(headline lines, each sentence's incident weekdays): what the counting rules read beside
    the mentions."""
    reports = _headline_lines(sentences, body) if body is not None else set()
    return reports, {s.index: _incident_days(s.text) for s in sentences}


def _headline_lines(sentences: list[Sentence], body: str) -> set[int]:
    """Indexes of sentences that are short lines of their own: a list of report headlines."""
    lines, stopped = set(), set()
    prose = False  # a sentence that is no short line of its own: the text is a story, not only headlines
    opening = sentences[0].end if sentences and is_wire_dateline(sentences[0].text) else -1
    for sentence in sentences:
        # (a line opened by a wire dateline is a line of its own: "(Reuters) - Bomb kills two at a mosque")
        alone = (sentence.start == 0 or body[sentence.start - 1] == "\n"
                 or (opening >= 0 and not body[opening:sentence.start].strip())) and (
            sentence.end == len(body) or body[sentence.end:sentence.end + 1] == "\n")
        if alone and len(sentence.text.split()) <= _HEADLINE_WORDS:
            lines.add(sentence.index)
            if _FULL_STOP.search(sentence.text) is not None:
                stopped.add(sentence.index)
        elif sentence.index:
            prose = True
    if prose:
        # a story's one-sentence paragraphs are its prose ("Plateau has seen repeated attacks; more than 190
        # people were killed ... over Christmas."): only lines without a full stop are headlines there
        lines -= stopped
        stopped = set()
    # headlines mostly lack a full stop; a wire story's one-sentence paragraphs all end with one
    return lines if len(lines) > 1 and len(stopped) < len(lines) else set()


def _incident_days(text: str) -> frozenset[str]:
    """The weekdays a sentence dates its events to ("on Friday"), not the day a source spoke
    ("police said Friday")."""
    return frozenset(m.group(1).lower() for m in _WEEKDAY.finditer(text)
                     if not _SAID_BEFORE.search(text, max(0, m.start() - 40), m.start()))


def _category_total(
    casualties: list[CasualtyMention], category: str, reports: set[int], days: dict[int, frozenset[str]]
) -> int:
    """The incident's figure for one category (see the module docstring)."""
    by_sentence: dict[int, list[CasualtyMention]] = {}
    for mention in casualties:
        if mention.category == category and mention.status == "reported":
            by_sentence.setdefault(mention.sentence_index, []).append(_contrasted(mention, casualties))
    lead_days: frozenset[str] = frozenset()
    total: int | None = None
    vague_only = False
    lead: int | None = None  # the first figure, and the sum of the later sentences' own figures
    lead_person: str | None = None  # the head noun of a lone described victim ("the vice mayor")
    lead_groups: list[CasualtyMention] = []  # the victim groups of the first figure
    later, parts = 0, 0
    for index in sorted(by_sentence):
        mentions = by_sentence[index]
        replacing = [m for m in mentions if m.link in ("update", "total")]
        # "then shot five dead" after "five were killed": the same five, retold step by step
        added = sum(m.figure for m in mentions if m.link == "more"
                    and not (m.reason == "then" and total is not None and m.figure == total))
        fresh = sum(m.figure for m in mentions if m.link == "new")
        if lead is not None and not replacing:
            later, parts = _detail(mentions, later, parts)
        if replacing:  # "the toll rose to 8 as two more died": the more is inside the new toll
            # ("killing 15 police officers and several civilians ... the number of police killed rose to 16": the
            # police's figure, beside the civilians')
            replaced = _replaced_group(replacing, lead_groups) if lead is not None else None
            if replaced is not None and total is not None:
                total += replacing[-1].figure - replaced.figure
            else:
                total = _new_toll(replacing)
            lead = None
            vague_only = replacing[-1].qualifier == "vague"  # an exact toll is not replaced by a later part
        elif total == 1 and lead_person and (companions := _companions(mentions, lead_person)):
            # "gunmen shot dead the vice mayor. Vice Mayor X and his driver were shot and killed":
            # the lead victim told again with his companions
            total, lead_person = 1 + companions, None
        elif total is not None and index in reports and fresh + added > total \
                and not any(m.claimed_by for m in mentions):
            # a later headline on the same incident: tolls are revised upwards (not by a party's claim of
            # its kills, "Al Shabaab ... saying it had killed 20 soldiers", told on a line of its own)
            total = fresh + added
            lead = None
        elif total is None or (vague_only and fresh and not any(m.qualifier == "vague" for m in mentions)):
            # the first figure, or an exact one replacing a vague start ("dozens ... 57 were killed")
            if fresh or added:
                total = fresh + added
                lead, later, parts = total, 0, 0
                lead_groups = [m for m in mentions if m.link in ("new", "more")]
                lead_days = days.get(index, frozenset())
                lead_person = _person_head(mentions) if total == 1 else None
                vague_only = all(m.qualifier == "vague" for m in mentions if m.link in ("new", "more"))
        elif fresh and lead_days and days.get(index) and not lead_days & days[index]:
            total += fresh + added  # "four died on Thursday ... three on Friday": another day's incident
        elif not (fresh and fresh + added <= total):
            # "Seven died at once and two more later" after nine killed: a breakdown; so is a recount of part of the
            # toll whose "also" adds to its own figures ("one militant killed ... 4 policemen also killed" after 11)
            total += added
        if vague_only and total is not None and not replacing and (known := _parts(mentions)) > total:
            # "a number of people were hurt ... a tourist was one of the six others who were hurt": the parts
            # prove more victims than the vague start guessed
            total = known
        if lead is not None and later == lead and parts > 1 and not vague_only:
            # "Six were killed. Three died in A. Separately, three died in B": a breakdown, complete here
            # (what "N more" adds after it comes on top of the first figure: "Two were killed. A man was
            # shot dead, another stabbed. Two more died later": four)
            total = lead
    if total is None and (rivals := _first_rivals(by_sentence)):
        # only other sources' figures ("officials put the death toll at 17, though residents ..."):
        # with no lead figure to stand beside, the conservative one is the toll
        total = min(rivals)
    if total is None:  # only parts were given ("killing five of them"): the largest sentence's parts
        # are known dead ("the dead included four farmers and three policemen": 7; "a judge was among
        # the dead": 1)
        total = max((_parts(ms) for ms in by_sentence.values()), default=0)
    return total or 0


def _contrasted(mention: CasualtyMention, casualties: list[CasualtyMention]) -> CasualtyMention:
    """`mention`, made a new figure when its "others" set it apart from another harm's figure before it in its
    sentence ("killing three people and wounding three others": other than the dead, no more wounded than told)."""
    if mention.link != "more" or mention.reason not in ("others", "other"):
        return mention
    before = [m for m in casualties if m.sentence_index == mention.sentence_index and m.char_start < mention.char_start
              and m.status == "reported"]
    if before and all(m.category != mention.category and m.link == "new" for m in before):
        return replace(mention, link="new")
    return mention  # ("Separately, a bomb killed two and wounded 10 others": more dead, more wounded)


def _replaced_group(replacing: list[CasualtyMention], groups: list[CasualtyMention]) -> CasualtyMention | None:
    """The one group of several in the first figure that a lone update names by its kind ("the number of police
    killed" after "15 police officers and several civilians"), else None (the update is the whole toll's)."""
    if len(replacing) != 1 or len(groups) < 2 or not replacing[0].victim:
        return None
    kind = victim_kind(replacing[0].victim)
    same = [g for g in groups if victim_kind(g.victim) == kind]
    return same[0] if kind != "other" and len(same) == 1 else None


def _new_toll(replacing: list[CasualtyMention]) -> int:
    """The toll a sentence's updates give: the last one, or their sum when each names a victim group
    of its own, none vague ("fatalities stand at 4 KIA fighters and two Tatmadaw soldiers": 6)."""
    victims = [m.victim for m in replacing]
    if (len(replacing) > 1 and all(victims) and len(set(victims)) == len(victims)
            and all(m.qualifier != "vague" for m in replacing)):
        return sum(m.figure for m in replacing)
    return replacing[-1].figure


def _first_rivals(by_sentence: dict[int, list[CasualtyMention]]) -> list[int]:
    """The figures of the first sentence giving other sources' tolls ("put the toll at 17")."""
    for index in sorted(by_sentence):
        rivals = [m.figure for m in by_sentence[index] if m.link == "alternative"]
        if rivals:
            return rivals
    return []


def _person_head(mentions: list[CasualtyMention]) -> str | None:
    """The head noun of a sentence's lone described victim ("the vice mayor of a city" -> "mayor")."""
    described = [m for m in mentions if m.link in ("new", "more") and m.qualifier == "implicit"]
    if len(described) != 1 or not described[0].victim:
        return None
    head = head_noun(described[0].victim)
    return head if head and head.isalpha() and len(head) > 2 else None


def _companions(mentions: list[CasualtyMention], head: str) -> int:
    """The victims a later sentence names beside the lead's described victim, when it names him
    again ("Vice Mayor X and his driver"); pronouns are the same person told again, not companions."""
    new = [m for m in mentions if m.link == "new"]
    again = [m for m in new if m.qualifier == "implicit" and m.victim and head in m.victim.lower().split()]
    if len(again) != 1:
        return 0
    return sum(m.figure for m in new
               if m is not again[0] and not PERSON_PRONOUN.fullmatch((m.victim or m.text).strip()))


def _parts(mentions: list[CasualtyMention]) -> int:
    """The dead a sentence's parts prove: their numbers and one per described person listed."""
    parts = [m for m in mentions if m.link == "part"]
    counted = sum(m.figure for m in parts if m.qualifier != "implicit")
    # a described person counts where the text lists the dead ("was among the dead", "the dead
    # included three women and a child": 4)
    return counted + sum(m.qualifier == "implicit" and _LISTS_DEAD.search(m.reason or "") is not None
                         for m in parts)


def _detail(mentions: list[CasualtyMention], later: int, parts: int) -> tuple[int, int]:
    """The running (sum, count) of later figures that may break down the first one; "N more" says
    they come on top of it, so with it no breakdown is possible (parts -1)."""
    if parts < 0 or any(m.link == "more" and _ON_TOP.fullmatch((m.reason or "").lower()) for m in mentions):
        return later, -1
    for m in mentions:
        if m.link in ("new", "more") or (m.link == "part" and m.qualifier != "implicit"):
            later, parts = later + m.figure, parts + 1
    return later, parts


def _split_share(killed: int, sentences: list[Sentence]) -> int:
    """The share of one event when the text says its fatalities are split across several."""
    for sentence in sentences:
        match = _SPLIT.search(sentence.text) if "atalit" in sentence.text else None
        if match:
            if match.group("share"):
                return int(match.group("share"))
            parts = parse_number(match.group("n")) or 1
            return killed // max(parts, 1)
    return killed
