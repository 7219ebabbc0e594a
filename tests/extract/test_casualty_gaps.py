"""Tests for pipeline/extract/casualty_gaps.py: victim groups beside the main reading (a range kept
whole, a group whose verb is left out, the subject after "of whom"). Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.casualties import extract_casualties
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import counts, killed


@pytest.mark.parametrize(
    "body",
    [
        "Militants killed between 10 and 15 people in a village near the river on Saturday.",
        "On 9 May, gunmen killed between 10 and 15 people in the village.",
    ],
)
def test_range_object_of_an_active_verb_is_one_group(body: str) -> None:
    """'killed between 10 and 15 people': the "and" inside the range does not split the object."""
    found = [m for m in extract_casualties(body, split_sentences(body)) if m.category == "killed"]
    assert [(m.count_low, m.count_best, m.count_high, m.qualifier) for m in found] == [(10, 10, 15, "range")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Three soldiers were killed on March 12 and two more on March 13 in separate attacks.", 5),
        ("Gunmen killed three soldiers on Monday and two more on Tuesday.", 5),
        ("Three soldiers were killed and two others wounded on Monday.", 3),
        ("Five people were killed on Monday and many others in nearby villages.", 5),
        ("Kidnappers shot dead a trader on Friday after keeping him and three others in a warehouse.", 1),
    ],
)
def test_a_group_with_its_verb_left_out_is_counted(body: str, expected: int) -> None:
    """'three killed on Monday and two more on Tuesday': the verb is left out of the second group (5);
    not for the next verb's subject, a vague group, or another verb's object."""
    assert counts(body)[0] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Thirty-seven people were wounded, of whom six later died.",
        "Thirty-seven people were wounded, six of whom later died.",
    ],
)
def test_of_whom_names_the_subject_of_the_next_verb(body: str) -> None:
    """'37 wounded, of whom six later died': six killed on top, and they leave the wounded (31)."""
    assert counts(body) == (6, 31)
    assert counts("Five people were killed and 37 wounded, of whom six later died.") == (11, 31)


def test_a_bare_number_before_the_same_preposition_shares_the_verb() -> None:
    """'two were shot dead in Kitengela, south of the capital, and one in Mombasa': three dead; 'two
    were killed in the attack and one in 2020' has no such parallel place."""
    assert killed("The commission said two people were shot dead in Kitengela, south of the capital, "
                  "and one in Mombasa.") == 3
    assert killed("Gunmen killed two people in Kitengela and one in Mombasa.") == 3
    assert killed("Two people were killed in the attack and one in hospital.") == 2


def test_a_bare_number_before_another_event_of_the_same_preposition_shares_the_verb() -> None:
    """'six were hurt in the stampede and two in the firing': eight hurt; 'and two in the car park' names a
    place of no harm word, so it adds none."""
    assert counts("Six villagers were hurt in the stampede and two in the firing.") == (0, 8)
    assert counts("Four people were hurt in the blast and two in the car park.") == (0, 4)
