"""Tests for `harm_figures` (pipeline/extract/casualty_counts.py): the incident's missing, kidnapped,
arrested and displaced, by the rules of the killed. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.casualties import extract_casualties, harm_figures
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import counts, injured, killed, mentions, reported


def harms(body: str) -> dict[str, int]:
    """The incident's other harms in `body`."""
    sentences = split_sentences(body)
    return harm_figures(extract_casualties(body, sentences), sentences, body=body)


def test_no_other_harm_gives_zeros() -> None:
    """An article about a killing alone has 0 of each other harm (never missing keys)."""
    assert harms("Gunmen killed four traders in the market on Tuesday.") == {
        "missing": 0, "kidnapped": 0, "arrested": 0, "displaced": 0}


def test_each_harm_keeps_its_own_figure() -> None:
    """'10 dead, 20 wounded and 40 missing' and 'abducted 15 ... while four were killed' keep their
    categories apart."""
    assert harms("The attack left 10 dead, 20 wounded and 40 missing, the governor said on Tuesday.")["missing"] == 40
    figures = harms("At least 15 people were abducted by gunmen near the town, while four others were killed.")
    assert (figures["kidnapped"], figures["missing"]) == (15, 0)


def test_described_victims_of_one_abduction_add_up() -> None:
    """'abducted a priest and his driver': two kidnapped."""
    assert harms("Jihadists abducted a priest and his driver near the border on Tuesday.")["kidnapped"] == 2


@pytest.mark.parametrize(
    "body",
    [
        "Fighting in the province has displaced more than 200,000 people since January, the UN said.",
        "Police said 340 people have been arrested since the unrest began in 2023.",
    ],
)
def test_running_totals_are_not_the_incident_figure(body: str) -> None:
    """A cumulative figure ('since January') is no incident's displaced or arrested."""
    assert harms(body) == {"missing": 0, "kidnapped": 0, "arrested": 0, "displaced": 0}


def test_a_later_sentence_raising_the_figure_updates_it() -> None:
    """'Twelve were kidnapped ... the number of those kidnapped rose to 18': an update, 18."""
    body = ("Twelve passengers were kidnapped on the highway on Tuesday. "
            "Police later said the number of those kidnapped had risen to 18, as more victims were reported.")
    assert harms(body)["kidnapped"] == 18


def test_a_toll_update_naming_two_groups_adds_them() -> None:
    """'fatalities stood at 4 army troops and two rebel fighters': one update of 6, not the last group."""
    assert killed("By nightfall fatalities stood at 4 army troops and two rebel fighters, a monitor said.") == 6
    assert killed("Nine people were killed on Monday. The toll rose to 12 on Tuesday.") == 12


def test_a_toll_raised_to_a_figure_written_first_is_an_update() -> None:
    """'Nine died in hospital, raising to 21 the number killed': 21 replaces, it is not added to the nine."""
    assert killed("Nine people died of their wounds in hospital on Wednesday, raising to 21 the number killed "
                  "in the attack on a bus station.") == 21


def test_an_arrest_that_could_not_be_made_arrests_no_one() -> None:
    """'was unable to arrest the suspect', 'failed to nab the accused': no one detained; twelve arrested after
    they 'refused to disperse' were."""
    assert harms("The inspector told the magistrate his team was unable to arrest the suspect.")["arrested"] == 0
    assert harms("The police failed to nab the accused, who fled to the hills.")["arrested"] == 0
    assert harms("Police arrested 12 protesters on Monday after they refused to disperse.")["arrested"] == 12


def test_fatalities_told_as_a_range_give_its_low_end() -> None:
    """"Reports on fatalities range from 3 to 5" and "fatalities ranged between two and six": the low end."""
    assert killed("Gunmen raided the market town at dusk. Reports on fatalities range from 3 to 5.") == 3
    assert killed("Gunmen raided the market town at dusk. Fatalities ranged between two and six.") == 2


def test_a_toll_for_the_whole_state_is_no_incident_s() -> None:
    """"..., killing two. The death toll in the state rose to 136": the incident's two, not the state's tally."""
    body = "Police fired on a crowd in Anand on Thursday, killing two. The death toll in the state rose to 136."
    assert killed(body) == 2
    assert killed("Two bombs went off in the bazaar on Thursday. The death toll rose to 36 on Friday.") == 36


def test_inured_after_a_count_is_the_typo_for_injured() -> None:
    """"eight were killed and five inured" counts five wounded; "inured to violence" is the word itself."""
    assert injured("Eight people were killed and five inured as neighbours fought over grazing land by the river.") == 5
    assert injured("Villagers inured to violence after years of raids buried their dead.") == 0


def test_parts_that_outnumber_a_vague_start_are_the_known_victims() -> None:
    """'Several people were wounded ... a policeman was among the seven people who were wounded': the seven are
    known, more than "several" (3) guessed; an exact start keeps its figure."""
    assert injured("Several guests were wounded after attackers shot at a wedding party in the town. A policeman "
                   "was among the seven people who were wounded, officials said.") == 7
    assert killed("Five people died after attackers shot at a funeral procession in the town. Three children "
                  "were among the four killed near the gate, officials said.") == 5


def test_others_set_apart_from_the_dead_add_no_wounded_to_an_updated_toll() -> None:
    """'has climbed to 9 and 14 injured ... The dispute flared last week, killing two people and injuring three
    others': the three are other than the two dead, among the 14; 'Separately, a grenade ... wounding 8 others' adds
    them."""
    assert counts("The toll of those killed and wounded in the land dispute has climbed to 9 and 14 injured after new "
                  "fighting. The dispute flared last week, killing two people and injuring three others.") == (9, 14)
    assert counts("Troops shot at demonstrators on Monday, killing four and wounding 25. Separately, a grenade went "
                  "off outside the stadium, killing two marchers and wounding 8 others.")[1] == 33


def test_an_update_told_for_two_harms_updates_both() -> None:
    """'The toll rose to 9 dead and 14 injured': the 14 replace the three wounded told before, as the 9 replace the
    two dead."""
    assert counts("Two villagers were killed and three wounded on Friday. The toll rose to 9 dead and 14 injured "
                  "after fresh clashes on Sunday.") == (9, 14)


def test_a_toll_touching_a_mark_is_its_figure() -> None:
    """'the death toll touched 21', 'crossed the 30-mark': South Asian English for a toll's figure."""
    assert reported("The death toll from the market blast touched 21 by Sunday evening.", "killed") == [21]
    assert reported("The death toll from the market blast crossed the 30-mark on Sunday.", "killed") == [30]


def test_a_figure_a_toll_excludes_is_no_part_of_it() -> None:
    """'the toll reached 64, excluding the 9 killed in the train fire last Sunday': 64, the nine are a known
    incident's, whatever its day."""
    body = "The toll reached 64 on Friday, excluding the 9 people killed in the train fire last Sunday."
    assert killed(body) == 64
    assert reported(body, "killed") == [64]  # the nine are background


def test_the_overall_toll_of_a_region_is_a_running_count() -> None:
    """'the overall toll of Bihar rose to 310' counts days of riots across a state, no incident's; 'the overall
    death toll from the blast rose to 14' is the blast's own."""
    assert [m.status for m in mentions("The overall toll of Bihar rose to 310 on Friday.") if m.category == "killed"] \
        == ["cumulative"]
    assert reported("The overall death toll from the market blast rose to 14 on Friday.", "killed") == [14]
