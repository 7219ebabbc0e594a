"""Tests for figures shared by the killed and the wounded (pipeline/extract/casualty_combined.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import counts


def test_combined_figure_minus_the_wounded_gives_the_killed() -> None:
    """"killed and wounded 15 ... the number of wounded at 4": 11 killed, 4 injured."""
    body = ("The militia said it killed and wounded 15 soldiers in the raid on the base. "
            "A local radio station put the number of wounded at 4.")
    assert counts(body) == (11, 4)


def test_respective_figures_give_the_wounded_their_own() -> None:
    """"The toll of those killed and wounded now stands at 9 and 17 injured": 9 killed, 17 injured."""
    body = "Elders say the toll of those killed and wounded in the feud now stands at 9 and 17 injured."
    assert counts(body) == (9, 17)


def test_combined_figure_alone_is_left_as_read() -> None:
    """Without a separate figure of the wounded, "killed and wounded 15" is read as before."""
    body = "The militia said it killed and wounded 15 soldiers in the raid on the base."
    assert counts(body) == (15, 15)


def test_the_wounded_who_later_died_leave_the_wounded() -> None:
    """"Two soldiers were wounded; one of them later died": 1 killed, 1 injured."""
    body = "Two soldiers were wounded in the ambush near the border on Monday. One of them later died in hospital."
    assert counts(body) == (1, 1)


def test_deaths_of_the_injured_come_off_the_injured_toll() -> None:
    """"3 killed and 12 injured ... two of the injured later died": 5 killed, 10 injured."""
    body = ("Three people were killed and 12 injured in the blast at the market. "
            "Two of the injured later succumbed to their wounds.")
    assert counts(body) == (5, 10)


def test_of_whom_after_a_wounded_figure_comes_off_it() -> None:
    """"Four passengers were hurt, one of whom died the next day": 1 killed, 3 injured."""
    assert counts("Four passengers were hurt when the minibus was fired on, one of whom died the next day.") == (1, 3)


def test_a_wounded_toll_given_after_the_deaths_stands() -> None:
    """A wounded figure told after "two of the wounded later died" counts survivors already: it stands."""
    body = ("Gunmen attacked a bus on the highway. Two of the wounded later died in hospital. "
            "Ten people were injured.")
    assert counts(body) == (2, 10)


def test_of_whom_after_a_killed_figure_leaves_the_wounded_alone() -> None:
    """"Six injured and four killed, two of whom died on the spot": the dead's part; the wounded stay 6."""
    body = "Six people were injured and four were killed in the raid, two of whom died on the spot."
    assert counts(body) == (4, 6)


def test_a_partitive_of_the_wounded_figure_is_not_the_deaths() -> None:
    """'wounding 4 of them and killing 2': the 2 are not among the 4 wounded, who stay 4."""
    body = "Raiders fired on a column of ten militiamen crossing the river, wounding 4 of them and killing 2."
    assert counts(body) == (2, 4)


def test_killed_or_injured_is_no_count_of_the_dead() -> None:
    """'9 people were killed or injured' has no known dead (ACLED): 0 killed, the 9 harmed read as the
    active 'killed or injured 12 people' is."""
    assert counts("Some 9 commuters were killed or injured when the device went off at the station.") == (0, 9)
    assert counts("The blast killed or injured at least 12 people at the market.") == (0, 12)


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen shot a money changer near the bus stand on Friday, badly injuring him. He succumbed to his wounds "
        "on Saturday.",
        "A tailor was seriously wounded when a grenade hit his shop on Friday. The victim died in hospital "
        "a day later.",
        "A porter was critically injured in the blast at the depot. The porter died on the way to hospital.",
    ],
)
def test_one_wounded_person_who_died_is_no_longer_wounded(body: str) -> None:
    """"Badly injuring him. He succumbed to his wounds": 1 killed, 0 injured (the same person)."""
    assert counts(body) == (1, 0)


def test_a_pronoun_after_another_victim_s_death_leaves_the_wounded() -> None:
    """"A policeman was injured and a civilian was killed. He was taken to hospital": 1 and 1."""
    body = "A policeman was injured in the attack and a civilian was killed. He was taken to hospital."
    assert counts(body) == (1, 1)
