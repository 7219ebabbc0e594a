"""Greedy complete-linkage clustering of reports into incidents."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pipeline.events.cluster import cluster_reports
from pipeline.events.compat import Report

DAY = dt.date(2025, 11, 3)
QUETTA = Report(
    key="q1",
    rank=0,
    event_date=DAY,
    date_precision="day",
    event_type="Battles",
    sub_event_type="Armed clash",
    country_iso3="PAK",
    admin1="Balochistan",
    location="Quetta",
    actor1="Unidentified Armed Group (Pakistan)",
    actor2="Military Forces of Pakistan",
)
TURBAT = replace(QUETTA, key="t1", rank=1, location="Turbat")
PROVINCE_ONLY = replace(QUETTA, key="p1", rank=2, location=None)


def _groups(reports: list[Report]) -> set[frozenset[str]]:
    """The clusters as sets of report keys."""
    clusters: dict[int, set[str]] = {}
    for a in cluster_reports(reports):
        clusters.setdefault(a.cluster, set()).add(a.key)
    return {frozenset(c) for c in clusters.values()}


def test_province_only_report_does_not_chain_two_towns() -> None:
    """A report naming only the province joins one town's incident; the two towns never merge through it."""
    groups = _groups([QUETTA, TURBAT, PROVINCE_ONLY])
    assert frozenset({"q1", "t1"}) not in groups and len(groups) == 2
    assert frozenset({"q1", "p1"}) in groups


def test_result_does_not_depend_on_input_order() -> None:
    """Reports are visited in canonical order, so shuffling the input changes nothing."""
    later = replace(QUETTA, key="q2", rank=3, event_date=DAY + dt.timedelta(days=1))
    reports = [QUETTA, TURBAT, PROVINCE_ONLY, later]
    assert cluster_reports(reports) == cluster_reports(list(reversed(reports)))


def test_a_report_must_match_every_member() -> None:
    """A day-2 report matches the day-1 report but not the day-0 one, so it starts a new incident."""
    day1 = replace(QUETTA, key="q2", rank=1, event_date=DAY + dt.timedelta(days=1))
    day2 = replace(QUETTA, key="q3", rank=2, event_date=DAY + dt.timedelta(days=2))
    assert _groups([QUETTA, day1, day2]) == {frozenset({"q1", "q2"}), frozenset({"q3"})}


def test_merged_report_names_its_match_and_reasons() -> None:
    """The assignment of a merged report says which report it matched and why."""
    second = replace(QUETTA, key="q2", rank=1)
    assigned = {a.key: a for a in cluster_reports([QUETTA, second])}
    assert assigned["q1"].matched_key is None
    assert assigned["q2"].matched_key == "q1" and "same location Quetta" in assigned["q2"].reasons
