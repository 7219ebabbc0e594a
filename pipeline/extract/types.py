"""The value types that flow between the extraction modules.

Every mention carries `char_start`/`char_end` (end exclusive) into the article
body and its `text`, which always equals `body[char_start:char_end]`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a body: `text == body[start:end]`."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What extraction needs to know about one cleaned article."""

    article_id: str
    body: str
    title: str | None = None
    # Local wall-clock publication time (the time zone of the page), or None.
    published: dt.datetime | None = None
    language: str | None = "en"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date or period named in the body (TIMEX3 type DATE)."""

    char_start: int
    char_end: int
    text: str
    value: str | None  # `2025-10-09`, `2025-10`, `2025`, `2025-W43`, or None when unresolvable
    precision: str | None  # day, week, month, year
    relative: bool = False  # resolved against the publication date
    sentence_index: int = -1


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A named person, organisation, armed group, state or group acting as an actor."""

    char_start: int
    char_end: int
    text: str
    actor_name: str  # canonical ACLED-style name
    actor_type: str  # state_forces, rebel_group, ..., person
    country_iso3: str | None = None
    role: str | None = None  # perpetrator, target, mediator, claimant, source
    sentence_index: int = -1
    inter_code: int | None = None  # ACLED actor type: 1 state ... 8 external/other; None for persons, media
    generic: bool = False  # a kind noun ("police") whose country was taken from the article, not stated


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A reported count of people harmed."""

    char_start: int
    char_end: int
    text: str
    category: str  # killed, injured, missing, kidnapped, arrested, displaced
    count_low: int
    count_best: int
    count_high: int | None  # None: open-ended ("more than 70")
    # Why the figure is or is not the reported incident's: reported, cumulative,
    # background, threat, hypothetical, negated, denied.
    status: str = "reported"
    claimed_by: str | None = None  # who asserts the figure, when the sentence says so
    sentence_index: int = -1
    # How the figure is qualified: exact, at_least, more_than, about, at_most, less_than, range,
    # vague, implicit ("a soldier was killed").
    qualifier: str = "exact"
    victim: str | None = None  # the words naming who was harmed ("civilians", "a man"), when given
    reason: str | None = None  # the words that decided `status` or `link` ("since 2021", "rose to")
    # How the figure relates to the article's other figures of its category: new, part (of a
    # total: "including 3 children"), more (in addition: "two more"), update ("toll rose to 12"),
    # total (a restated overall figure: "3 fatalities"), same (repeats a figure of its sentence),
    # alternative (another source's figure: "witnesses put the toll at 8").
    link: str = "new"
    stated: int | None = None  # the figure as written: 70 in "more than 70"
    perpetrator: str | None = None  # canonical name of who did the harm, when the figure's sentence names them

    @property
    def figure(self) -> int:
        """The number the mention contributes to a toll: the stated figure of an open bound
        ("more than 70" -> 70, as ACLED and WAD code it), else the best."""
        if self.qualifier in ("more_than", "less_than") and self.stated is not None:
            return self.stated
        return self.count_best


@dataclass(slots=True)
class Incident:
    """The incident one article reports: the row of `article_summary` before event merging."""

    event_date: dt.date | None = None
    date_precision: str | None = None
    killed: int = 0
    injured: int = 0
    # the highest figure a credible report in the article gives for the same victims
    # ("witnesses put the toll at 9" beside the police's 7); `killed` keeps ACLED's
    # most conservative figure, so killed <= killed_high
    killed_high: int = 0
    injured_high: int = 0
    # the civilians (non-combatants) among `killed`, as humanitarian data sets (WAD) count them:
    # killed minus the figures named as soldiers, police, militants or attackers; <= killed
    civilians_killed: int = 0
    # the incident's people missing, kidnapped, arrested and displaced, by the rules of killed
    missing: int = 0
    kidnapped: int = 0
    arrested: int = 0
    displaced: int = 0
    actor1: str | None = None
    actor2: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country_iso3: str | None = None
    admin1: str | None = None
    location: str | None = None
    evidence: str | None = None  # the sentence the headline figure came from
    notes: dict[str, str] = field(default_factory=dict)
