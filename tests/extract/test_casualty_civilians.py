"""Tests for pipeline/extract/casualty_civilians.py: the civilians among the killed."""

from __future__ import annotations

import pytest

from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.casualty_civilians import civilians_killed, victim_kind
from pipeline.extract.sentences import split_sentences


def figures(body: str) -> tuple[int, int]:
    """(killed, civilians_killed) of the incident `body` reports."""
    sentences = split_sentences(body)
    mentions = extract_casualties(body, sentences)
    killed, _ = incident_counts(mentions, sentences, body=body)
    return killed, civilians_killed(killed, mentions, sentences)


def test_an_unqualified_toll_is_civilians() -> None:
    """People, villagers or worshippers killed with no word on who they were count as civilians."""
    assert figures("Gunmen shot dead 23 villagers in a raid on Sunday.") == (23, 23)
    assert figures("A bomb tore through the market, killing 9 people.") == (9, 9)


def test_a_toll_of_soldiers_has_no_civilians() -> None:
    """A toll made only of soldiers gives 0 civilians, the toll staying in killed."""
    assert figures("Eleven soldiers died when their convoy hit a mine near the border.") == (11, 0)


def test_separate_groups_of_combatants_are_taken_off() -> None:
    """Coordinated groups: the police officers are not civilians, the farmers are."""
    assert figures("The rebels killed 4 police officers and 17 farmers in the raid.") == (21, 17)


def test_combatants_in_an_aside_are_taken_off() -> None:
    """A part of the toll named in an aside ("including three soldiers") is taken off it."""
    assert figures("The car bomb killed 12 people, including three soldiers, on Monday.") == (12, 9)
    assert figures("Some 30 people (among them four policemen) were killed in the attack.") == (30, 26)
    assert figures("The raid killed 10 people, of whom two were police.") == (10, 8)


def test_a_part_named_as_civilians_is_their_figure() -> None:
    """A toll whose aside says how many were civilians ("(9 civilians)") gives that figure."""
    assert figures("At least 11 people died (9 civilians) in the shelling of the town.") == (11, 9)


def test_the_attackers_themselves_are_not_civilians() -> None:
    """A bomber killing others "and himself", and gunmen shot by troops, are taken off."""
    assert figures("A suicide bomber killed 16 people and himself at the checkpoint.") == (17, 16)
    assert figures("The gunmen shot dead 8 students before three attackers were killed by troops.") == (11, 8)


def test_a_later_sentence_naming_the_dead_soldiers_is_a_part() -> None:
    """"Among the dead were two soldiers" in a later sentence details the toll: taken off it."""
    body = "A blast killed 14 people in the city centre. Among the dead were two soldiers."
    assert figures(body) == (14, 12)


def test_a_part_whose_predicate_names_combatants_is_taken_off() -> None:
    """"One of the dead was a police officer": the predicate says who the part of the toll was."""
    body = "Gunmen opened fire on a bus, killing 9 people. One of the dead was a police officer."
    assert figures(body) == (9, 8)


def test_a_breakdown_of_the_killed_after_of_the_gives_each_group() -> None:
    """"Of the 16 people killed, 11 were civilians and five soldiers": the civilians' figure."""
    body = "At least 16 people were killed in the attack. Of the 16 people killed, 11 were civilians and five soldiers."
    assert figures(body) == (16, 11)


def test_a_bracketed_gloss_does_not_hide_the_noun() -> None:
    """A bracketed gloss inside an aside ("two FDLR [rebel group] fighters") leaves its noun readable."""
    assert figures("Eight people including two FDLR [Rwandan rebel group] fighters were killed.") == (8, 6)


def test_a_later_combatant_figure_outside_the_toll_changes_nothing() -> None:
    """Combatants killed in a later sentence that the toll did not count are not taken off it; those it
    'also killed' join the toll, and only they are taken off."""
    body = "An air strike killed five civilians in the valley. Officials said 20 insurgents were killed."
    assert figures(body) == (5, 5)
    body = "An air strike killed five civilians in the valley. Officials said it also killed 20 insurgents."
    assert figures(body) == (25, 5)


def test_an_aside_of_the_wounded_is_not_a_part_of_the_dead() -> None:
    """Soldiers among the wounded ("wounding 20, including four soldiers") leave the dead alone."""
    assert figures("The attack killed six people and wounded 20 others, including four soldiers.") == (6, 6)


def test_civilians_are_never_below_zero_nor_above_killed() -> None:
    """No toll gives negative civilians; no toll gives more civilians than killed."""
    killed, civilians = figures("Seven soldiers and three militants were killed in the clash.")
    assert (killed, civilians) == (10, 0)
    assert figures("No one was killed in the attack.") == (0, 0)


def test_civilians_named_beside_combatants_are_counted() -> None:
    """Civilians killed "also", beside a toll of militants, are the civilians killed."""
    body = "Troops killed 40 militants in the operation. Four civilians were also killed in the crossfire."
    assert figures(body) == (44, 4)


def test_civilians_named_beside_a_toll_of_combatants_alone_are_counted() -> None:
    """Civilians a later sentence names as killed count even when the toll is the combatants'."""
    body = "At least 60 militants were killed in the offensive. During the operation, 3 civilians were killed."
    sentences = split_sentences(body)
    assert civilians_killed(60, extract_casualties(body, sentences), sentences) == 3


@pytest.mark.parametrize(
    ("victim", "expected"),
    [
        ("soldiers", "security"),
        ("members of the security forces", "security"),
        ("security personnel", "security"),
        ("Islamist militants", "armed"),
        ("the gunmen", "attackers"),
        ("civilians", "civilian"),
        ("a journalist who covered the police", "other"),
        ("a village elder allied to government forces", "other"),
        ("suspected rebels", "other"),
        ("ex-combatants of the rebel movement", "other"),
        ("wives of soldiers", "other"),
        ("worshippers", "other"),
        (None, "other"),
    ],
)
def test_the_head_of_a_victim_phrase_decides_who_it_names(victim: str | None, expected: str) -> None:
    """The head noun decides ("a journalist who covered the police" is no policeman); suspects are
    not established combatants."""
    assert victim_kind(victim) == expected


def test_guards_are_security_forces_only_as_a_state_force() -> None:
    """'border guards' are security forces; a school's 'security guards' and bodyguards are civilians."""
    assert victim_kind("three border guards") == "security"
    assert victim_kind("the presidential guards") == "security"
    assert victim_kind("two security guards") == "other"
    assert figures("Gunmen stormed the school and two security guards were killed.") == (2, 2)


def test_a_commander_is_a_combatant() -> None:
    """'killed a Hezbollah commander and two other fighters': three combatants, no civilian."""
    assert figures("An airstrike killed a militia commander and two other fighters in the south on Wednesday.") == (
        3, 0)
