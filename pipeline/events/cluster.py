"""Group reports into incidents: greedy, complete-linkage, in canonical order.

Reports are visited earliest first. Each joins the best-scoring existing
incident whose every report matches it (`compat.match`), or starts a new
one. Requiring a match with every member (not just one) stops chains: a
report that names only the province cannot pull together two attacks in two
towns of that province. Only incidents in the same country within a day of
the report are looked at (a date index), so the cost grows with the number
of reports times the handful of incidents on neighbouring days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from pipeline.events.compat import MAX_DAYS_APART, Match, Report, match


@dataclass(frozen=True, slots=True)
class Assignment:
    """The incident one report was put in, and against which report it matched."""

    key: str
    cluster: int
    matched_key: str | None = None
    score: float | None = None
    reasons: tuple[str, ...] = ()


def _best_fit(report: Report, members: list[Report]) -> tuple[float, Report, Match] | None:
    """The best match of `report` within one incident, or None when it fails to match any member."""
    best: tuple[float, Report, Match] | None = None
    for member in members:
        found = match(report, member)
        if found is None:
            return None
        if best is None or found.score > best[0]:
            best = (found.score, member, found)
    return best


def _neighbour_days(day: dt.date | None) -> list[dt.date | None]:
    """The dates whose incidents a report of `day` may join."""
    if day is None:
        return []
    return [day + dt.timedelta(days=k) for k in range(-MAX_DAYS_APART, MAX_DAYS_APART + 1)]


def cluster_reports(reports: list[Report]) -> list[Assignment]:
    """One assignment per report; cluster numbers follow the order of the earliest report of each."""
    clusters: list[list[Report]] = []
    by_day: dict[tuple[str | None, dt.date | None], list[int]] = defaultdict(list)
    out: list[Assignment] = []
    for report in sorted(reports, key=lambda r: (r.rank, r.key)):
        candidates = sorted(
            {c for day in _neighbour_days(report.event_date) for c in by_day.get((report.country_iso3, day), [])}
        )
        chosen: tuple[int, float, Report, Match] | None = None
        for cluster in candidates:
            fit = _best_fit(report, clusters[cluster])
            if fit is not None and (chosen is None or fit[0] > chosen[1]):
                chosen = (cluster, *fit)
        if chosen is None:
            clusters.append([report])
            cluster = len(clusters) - 1
            out.append(Assignment(report.key, cluster))
        else:
            cluster, score, member, found = chosen
            clusters[cluster].append(report)
            out.append(Assignment(report.key, cluster, member.key, score, tuple(found.reasons)))
        if report.country_iso3 is not None and report.event_date is not None:
            by_day[(report.country_iso3, report.event_date)].append(cluster)
    return out
