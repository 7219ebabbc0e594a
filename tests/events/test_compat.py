"""The merge rule: which pairs of reports describe one incident."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pipeline.events.compat import Report, match

MONDAY = dt.date(2025, 11, 3)
BOMB = Report(
    key="a",
    rank=0,
    event_date=MONDAY,
    date_precision="day",
    event_type="Explosions/Remote violence",
    sub_event_type="Remote explosive/landmine/IED",
    country_iso3="PAK",
    admin1="Balochistan",
    location="Quetta",
    actor1="Unidentified Armed Group (Pakistan)",
    actor2="Police Forces of Pakistan",
)


def test_same_place_and_adjacent_day_match_with_reasons() -> None:
    """A report of the next day at the same location matches, and the reasons say why."""
    found = match(BOMB, replace(BOMB, key="b", event_date=MONDAY + dt.timedelta(days=1), location="QUETTA"))
    assert found is not None
    assert "same location Quetta" in found.reasons and "dates a day apart" in found.reasons


def test_two_days_apart_or_another_country_do_not_match() -> None:
    """Dates two days apart, or a different country, are different incidents."""
    assert match(BOMB, replace(BOMB, key="b", event_date=MONDAY + dt.timedelta(days=2))) is None
    assert match(BOMB, replace(BOMB, key="b", country_iso3="AFG")) is None


def test_two_towns_of_one_province_stay_apart() -> None:
    """Same day, same province, same type, but two named towns: two incidents."""
    assert match(BOMB, replace(BOMB, key="b", location="Turbat")) is None


def test_province_only_needs_type_and_actor_or_sub_type() -> None:
    """A report naming only the province matches on the same type plus a shared actor, not on type alone."""
    vague = replace(BOMB, key="b", location=None)
    assert match(BOMB, vague) is not None
    stripped = replace(vague, sub_event_type=None, actor1=None, actor2=None)
    assert match(BOMB, stripped) is None


def test_different_kinds_of_event_stay_apart() -> None:
    """A protest and a bombing in one city on one day are two events."""
    protest = replace(
        BOMB,
        key="b",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        actor1="Protesters (Pakistan)",
        actor2=None,
    )
    assert match(BOMB, protest) is None


def test_follow_up_without_type_matches() -> None:
    """A 'death toll rises' report with no event type still joins the bombing at the same place."""
    assert match(BOMB, replace(BOMB, key="b", event_type=None, sub_event_type=None)) is not None


def test_named_perpetrators_conflict_unless_the_attack_agrees() -> None:
    """Two different named perpetrators split reports, unless the sub-event type is the same."""
    taliban = replace(BOMB, actor1="Taliban", sub_event_type="Grenade")
    isis = replace(BOMB, key="b", actor1="Islamic State", sub_event_type="Suicide bomb")
    assert match(taliban, isis) is None
    assert match(replace(taliban, sub_event_type="Suicide bomb"), isis) is not None


def test_generic_perpetrator_matches_a_named_one() -> None:
    """'Unidentified Armed Group' early on does not stop a later report naming the claimant."""
    assert match(BOMB, replace(BOMB, key="b", actor1="BLA: Baloch Liberation Army")) is not None


def test_a_toll_that_falls_tenfold_a_day_later_is_another_incident() -> None:
    """'30 burnt alive' on Friday, then a Saturday report of one death at the same place on the same
    day: another incident (a victim's funeral, a reaction story), not an update; a rising toll and
    reports of one publication day still match."""
    first = replace(BOMB, killed=30, published=MONDAY)
    later = replace(BOMB, key="b", rank=1, killed=1, published=MONDAY + dt.timedelta(days=1))
    assert match(later, first) is None and match(first, later) is None
    assert match(replace(later, killed=45), first) is not None  # the toll rose
    assert match(replace(later, killed=3), first) is not None  # a tenth of 30 is no fall of more than tenfold
    assert match(replace(later, published=MONDAY), first) is not None  # one day's reports come in any order
    assert match(replace(later, killed=0), first) is not None  # a report with no figure says nothing of it
