"""An incident's casualty figures across its reports: ACLED's headline, UCDP's low/best/high, provenance.

Each story (an original article with its copies) gives one figure: that of
its latest version that states one. A copy repeating its canonical article's
figure adds nothing, and a reprint published later must not pass for an
update; an edited wire update (a near copy with a new figure) supersedes the
earlier version of its own story.

- The latest update is the set of stories whose figure was published on the
  latest publication day: a toll that rises across reports is taken from
  the last.
- `headline` (events.killed): the lowest figure of the latest update, ACLED's
  conservative choice between sources that disagree.
- `best`: the latest update's median figure (the lower one of an even count),
  UCDP's best estimate; `low`/`high`: the lowest and highest figure any
  version of any story gives, UCDP's low and high estimates (`high` also
  counts another source's higher figure quoted in an article: its
  `killed_high`).
- A report without a figure (0) says nothing about the toll: it is not a 0.
- A story published after one with a figure at least five times its own tells of a
  part of the incident (one victim's story in a riot's coverage: "a British national
  was killed in the clashes" after "the toll rose to 85"), not an update of its toll:
  it is a `part`, which neither sets the headline nor lowers `low`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

HEADLINE, LATEST, SUPERSEDED, COPY, NO_FIGURE = "headline", "latest update", "superseded", "copy", "no figure"
PART = "part"
_PART_SHARE = 5  # a later figure this many times smaller than an earlier one is a part of the toll


@dataclass(frozen=True, slots=True)
class FigureReport:
    """One article's figure for the incident."""

    article_id: str
    rank: int
    published: dt.datetime | None
    count: int
    story: str = ""  # the canonical article of its copy group
    repeats_canonical: bool = False
    high: int = 0  # the highest credible figure the article reports (another source's), >= count


@dataclass(slots=True)
class Figures:
    """The incident's figures and each report's part in them."""

    headline: int = 0
    best: int = 0
    low: int = 0
    high: int = 0
    source_article_id: str | None = None
    roles: dict[str, str] = field(default_factory=dict)


def _recency(report: FigureReport) -> tuple[bool, dt.datetime, int]:
    """Sort key: undated reports first, then by publication time and canonical order."""
    return (report.published is not None, report.published or dt.datetime.min, report.rank)


def story_figures(sources: list[FigureReport]) -> list[FigureReport]:
    """The latest version of each story that states a figure."""
    latest: dict[str, FigureReport] = {}
    for report in sorted(sources, key=_recency):
        latest[report.story or report.article_id] = report
    return list(latest.values())


def _parts(stories: list[FigureReport]) -> set[str]:
    """The stories whose figure is a part of the toll an earlier story gave (see the module docstring)."""
    parts: set[str] = set()
    peak = 0
    for report in sorted(stories, key=_recency):
        if report.count * _PART_SHARE < peak:
            parts.add(report.article_id)
        peak = max(peak, report.count)
    return parts


def _role(report: FigureReport, source: str | None, latest: set[str], parts: set[str]) -> str:
    """What one report's figure became: the headline, part of the latest update, superseded, a part of the
    toll, or nothing."""
    if report.count <= 0:
        return NO_FIGURE
    if report.repeats_canonical:
        return COPY
    if report.article_id == source:
        return HEADLINE
    if report.article_id in latest:
        return LATEST
    return PART if report.article_id in parts else SUPERSEDED


def summarise_figures(reports: list[FigureReport]) -> Figures:
    """The incident's headline, best, low and high figures from its reports (see the module docstring)."""
    sources = [r for r in reports if r.count > 0 and not r.repeats_canonical]
    if not sources:
        return Figures(roles={r.article_id: _role(r, None, set(), set()) for r in reports})
    stories = story_figures(sources)
    parts = _parts(stories)
    # a later version of a story that is a part is still that story's last word: its earlier figure is not revived
    stories = [r for r in stories if r.article_id not in parts]
    dated = [r.published.date() for r in stories if r.published is not None]
    latest_day = max(dated) if dated else None
    latest = [r for r in stories if (r.published.date() if r.published else None) == latest_day]
    source = min(latest, key=lambda r: (r.count, r.rank, r.article_id))
    counts = sorted(r.count for r in latest)
    latest_ids = {r.article_id for r in latest}
    return Figures(
        headline=source.count,
        best=counts[(len(counts) - 1) // 2],
        low=min(r.count for r in sources if r.article_id not in parts),
        high=max(max(r.count, r.high) for r in sources),
        source_article_id=source.article_id,
        roles={r.article_id: _role(r, source.article_id, latest_ids, parts) for r in reports},
    )
