"""Tests of pipeline.events.inter: ACLED inter and interaction codes on events."""

import polars as pl

from pipeline.events.inter import interaction, with_inter_codes


def test_interaction_puts_the_lower_code_first() -> None:
    """State forces vs civilians is 17 whichever actor comes first; a lone protester action is 60."""
    assert interaction(7, 1) == 17 == interaction(1, 7)
    assert interaction(6, None) == 60
    assert interaction(None, 2) is None


def test_events_get_codes_from_their_actors() -> None:
    """Military forces against civilians in their own country code 1 and 7, interaction 17."""
    events = pl.DataFrame({"actor1": ["Military Forces of Pakistan", "Protesters (India)"],
                           "actor2": ["Civilians (Pakistan)", None], "country_iso3": ["PAK", "IND"]})
    coded = with_inter_codes(events)
    assert coded.select("inter1", "inter2", "interaction").rows() == [(1, 7, 17), (6, None, 60)]


def test_state_forces_abroad_are_external() -> None:
    """A state's forces acting in another country are coded 8 (external forces)."""
    coded = with_inter_codes(pl.DataFrame({"actor1": ["Military Forces of Pakistan"], "actor2": ["Taliban"],
                                           "country_iso3": ["AFG"]}))
    assert coded["inter1"][0] == 8
