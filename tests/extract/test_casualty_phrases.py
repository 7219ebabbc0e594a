"""Tests for pipeline/extract/casualty_phrases.py: how many people a victim phrase names, and when a
sentence reads as a headline. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.casualty_phrases import headline_like
from tests.extract.casualty_helpers import killed, mentions, reported


def test_long_unpunctuated_line_is_a_headline() -> None:
    """A 20-word line without a final full stop still reads in headline grammar."""
    line = ("Border guard killed as troops return fire after ceasefire violation along the frontier "
            "in three districts of the northern hill region")
    assert headline_like(line)
    assert killed(line) == 1


def test_long_sentence_with_a_full_stop_is_not_a_headline() -> None:
    """A 20-word sentence ending in a full stop is prose, not a headline."""
    sentence = ("Officials said on Monday that the border guard had returned fire after a ceasefire "
                "violation along the frontier in three districts.")
    assert not headline_like(sentence)


def test_short_sentence_is_headline_like_whatever_its_ending() -> None:
    """'Farmer, son die in mortar fire.' is short enough for headline grammar even with a full stop."""
    assert headline_like("Farmer, son die in mortar fire.")
    assert killed("Farmer, son die in mortar fire.") == 2


def _reported(body: str, category: str) -> list[int]:
    """The counts of the reported mentions of `category` in `body`."""
    return [m.count_best for m in mentions(body) if m.category == category and m.status == "reported"]


def test_figurative_death_of_a_thing_is_no_victim() -> None:
    """'the death of the industry' and 'the trail of death' name no person, so nobody is counted."""
    body = ("Cheap imports and a long lockout hastened the death of the industry, merchants said. "
            "A trail of death and ruin along the river road stunned the visitors.")
    assert _reported(body, "killed") == []


def test_modal_before_the_verb_makes_a_clause_not_a_victim() -> None:
    """In 'the parties must be hurt' the phrase before the verb ends in a modal: no injured person."""
    assert _reported("She claimed the opposition parties must be hurt by the ruling.", "injured") == []


def test_a_clause_of_payment_before_a_participle_is_no_victim() -> None:
    """'The state will pay (has decided to pay) Rs three lakh each to the widows of the miners killed in the
    blast': a decision about compensation, no person killed; 'the man who would testify' is still one."""
    assert killed("The state will pay Rs three lakh each to the widows of the miners killed in the blast.") == 0
    assert killed("The cabinet has decided to pay Rs three lakh each to the widows of the miners killed in the "
                  "blast.") == 0
    assert killed("The man who would testify against the gang was shot dead on Monday.") == 1


def test_arresting_a_situation_is_no_arrest() -> None:
    """'helped to arrest the rapidly worsening situation' stops a trend; nobody is detained."""
    body = "The extra battalions sent in on Friday helped to arrest the rapidly worsening situation in the town."
    assert _reported(body, "arrested") == []


def test_institution_is_no_victim_unless_part_of_a_title() -> None:
    """'the state committee' is not a person, but 'a Communist Party of India worker' is one."""
    assert _reported("The state committee was arrested in spirit, its critics joked.", "arrested") == []
    body = "A Communist Party of India (Marxist) worker was stabbed to death outside his home on Tuesday."
    assert killed(body) == 1


def test_head_noun_stops_at_whose_and_despite() -> None:
    """In 'a judge whose court ...' the victim is the judge, and 'the driver despite ...' is one man."""
    assert killed("A district judge whose court had heard gang cases was shot dead outside the capital on Friday.") == 1
    assert _reported("Detectives were lucky to arrest the driver despite his forged papers.", "arrested") == [1]


def test_a_phrase_cut_off_before_the_harm_noun_is_no_victim() -> None:
    """'hymns recalling the [death] at the quarry' name no victim: the phrase ends on its article."""
    assert killed("The vigil ended with hymns recalling the death at the quarry.") == 0


def test_an_adverb_after_the_harm_verb_is_no_victim() -> None:
    """'gave Rs 50,000 to those later killed elsewhere': neither 'elsewhere' nor the words before 'those'
    are a person."""
    assert killed("The trust gave Rs 50,000 to those later killed elsewhere in the district.") == 0
    assert killed("the trust gave rs 50,000 to those later killed elsewhere in the district.") == 0


def test_both_before_a_pair_of_people_counts_the_pair_once() -> None:
    """'Both the driver and the conductor were killed' is 2 dead, not 'both' (2) plus the conductor."""
    assert killed("Both the driver and the conductor were killed in the blast.") == 2
    assert killed("Both soldiers were killed in the ambush.") == 2


def test_an_act_named_beside_an_arrest_is_no_second_detainee() -> None:
    """'the arrest of Raj Mehta and the banning of the students' front': one arrested, the banning is an act."""
    assert [m.count_best for m in mentions("The month saw the arrest of Raj Mehta and the banning of the students' "
                                           "front.")
            if m.category == "arrested"] == [1]


def test_a_staggering_number_is_still_a_count() -> None:
    """'had arrested a staggering 7,500 people': the emphatic article does not hide the figure."""
    assert reported("Officers said they had arrested a staggering 7,500 people since Saturday morning.",
                    "arrested") == [7500]


def test_an_adverb_after_a_participle_opens_no_victim_phrase() -> None:
    """'suspects arrested recently showed that ...': 'recently showed' is no one arrested."""
    found = mentions("Questioning of several suspects arrested recently showed that they used encrypted phones.")
    assert all(m.text != "recently showed" for m in found)


def test_elderly_and_other_ly_adjectives_still_open_a_victim() -> None:
    """'Police constable, elderly woman martyred in firing': the elderly woman is one of the dead."""
    assert killed("Police constable, elderly woman martyred in firing across the border") == 2


def test_an_age_before_the_noun_describes_one_person() -> None:
    """'9 year old boy killed in cross-border shelling': the age is no count, the boy is one victim."""
    assert killed("9 year old boy killed in cross-border shelling in the district.") == 1


def test_a_personnel_is_one_person() -> None:
    """'A personnel of the Levies force was shot dead' (South Asian usage): one victim, not an uncounted group."""
    assert killed("A personnel of the Levies force was shot dead at a checkpoint in the district.") == 1
    assert killed("Levies personnel were shot dead at a checkpoint in the district.") == 0


def test_had_been_takes_a_named_person_as_one_victim() -> None:
    """'Senior party leader Ravi Kumar had been arrested': 'had' agrees with one person as with many."""
    assert reported("He said senior party leader Ravi Kumar had been arrested on Friday.", "arrested") == [1]


def test_had_been_after_a_plural_pronoun_or_a_share_is_no_one_person() -> None:
    """'They had been arrested', '40 percent of them had been killed': no single victim to count."""
    assert reported("They had been arrested by the time the march began.", "arrested") == []
    assert killed("She estimated that roughly 40 percent of them had been killed in police action.") == 0


def test_hardly_any_is_a_negation_not_one_victim() -> None:
    """'hardly any trader had died in the clashes' counts no one."""
    assert killed("Residents claimed hardly any trader had died in the clashes.") == 0


def test_bodies_counted_by_a_number_are_the_dead_without_a_finding_verb() -> None:
    """'Relatives brought the bodies of 11 villagers to the town' counts 11; 'the bodies of the 11
    villagers' after their killing is told names the same dead."""
    assert killed("Relatives brought the bodies of 11 villagers to the town on Monday.") == 11
    assert killed("Gunmen killed 11 villagers on Sunday. Relatives brought the bodies of the 11 villagers "
                  "to the town on Monday.") == 11
    assert killed("Relatives brought the body of the victim to the town.") == 0


def test_an_active_verbs_objects_end_where_a_passive_clause_begins() -> None:
    """'We lost 17 of our men and 21 others were wounded': 17 dead, 21 wounded (not 38 of each);
    'Police killed 5 gunmen and 3 officers were wounded': the gunmen are dead, the officers hurt."""
    assert reported("We lost 17 of our men and 21 others were wounded.", "killed") == [17]
    assert reported("We lost 17 of our men and 21 others were wounded.", "injured") == [21]
    assert reported("Police killed 5 gunmen and 3 officers were wounded.", "injured") == [3]
    assert reported("A fire killed seven men who were being held in the police lock-up.", "killed") == [7]


def test_an_attacker_who_kills_himself_is_one_more_dead() -> None:
    """'killed three people before killing himself / turning the gun on himself / and then took his own
    life': four dead, the attacker among them, as ACLED counts."""
    assert killed("A gunman killed three people at a mosque before killing himself.") == 4
    assert killed("A gunman killed three people at a mosque before turning the gun on himself.") == 4
    assert killed("A gunman killed three people at a mosque and then took his own life.") == 4
    assert killed("A gunman killed three people at a mosque before shooting himself.") == 4
    assert killed("A guard shot dead two colleagues and then shot himself.") == 3


def test_a_man_who_shot_himself_in_a_limb_is_no_dead() -> None:
    """'shot himself in the foot' (an accident, or an idiom) counts no one dead."""
    assert killed("A recruit shot himself in the foot while cleaning his rifle.") == 0


def test_an_entire_family_wiped_out_is_counted_by_its_size() -> None:
    """'killed an entire family of seven', 'wiped out a whole family of six': the family's size; 'wiped out three
    houses' kills no one."""
    assert killed("Gunmen killed an entire family of seven in the hamlet.") == 7
    assert killed("A drone strike wiped out a whole family of six near the bridge.") == 6
    assert killed("The shelling wiped out three houses and a shop.") == 0


def test_a_crew_or_party_of_n_counts_its_size() -> None:
    """'abducted its crew of 14', 'abducted a party of eight hikers': the crew's or party's size, not one."""
    found = [(m.category, m.count_best) for m in mentions("Raiders boarded the trawler and abducted its crew of 14.")]
    assert ("kidnapped", 14) in found
    found = [(m.category, m.count_best) for m in mentions("Bandits abducted a party of eight hikers near the lake.")]
    assert ("kidnapped", 8) in found


def test_all_but_n_of_the_whole_counts_the_rest() -> None:
    """'All but two of the 16 guards were killed', 'killed all except one of the nine herders': the whole less the
    exceptions (14, 8), not the exceptions; 'two of the 16 guards' stays two."""
    assert killed("All but two of the 16 guards at the depot were killed.") == 14
    assert killed("Raiders killed all except one of the nine herders at the well.") == 8
    assert killed("Two of the 16 guards at the depot were killed.") == 2


def test_the_antecedent_of_an_object_relative_is_the_victim() -> None:
    """'except one hostage whom they killed', 'the man that gunmen shot dead': one victim each."""
    assert killed("The kidnappers released everyone except one hostage whom they killed before leaving.") == 1
    assert killed("Police identified the man that gunmen shot dead on Friday.") == 1


def test_a_second_verb_shares_the_harm_verbs_object() -> None:
    """'murdered and dismembered a herder', 'murdered and then burned the body of a trader': one dead each."""
    assert killed("Armed youths murdered and dismembered a herder near the river.") == 1
    assert killed("Armed youths murdered and then burned the body of a trader outside the town.") == 1


def test_the_object_of_a_killing_is_not_who_fled() -> None:
    """'Gunmen who killed five people fled': none displaced; 'killed five and 300 villagers fled': 300."""
    assert reported("Gunmen who killed five people fled.", "displaced") == []
    assert reported("Gunmen killed five people and 300 villagers fled.", "displaced") == [300]
    assert reported("Gunmen killed five people and 300 villagers fled.", "killed") == [5]


def test_abstractions_vehicles_and_body_parts_are_no_victims() -> None:
    """'the usual bustle was missing', 'the execution of canal projects', 'the Kalka Mail was detained' and
    'he apprehended the hand of a hostile spy service' name no person; 'human skeletons' counts no human."""
    assert _reported("Outside the mosque the usual weekend bustle was missing.", "missing") == []
    assert _reported("The carnival's usual cheer was missing this season.", "missing") == []
    assert _reported("The audit faulted the slow execution of the canal projects.", "killed") == []
    assert _reported("The Kalka Mail was detained at Ambala for two hours.", "arrested") == []
    assert _reported("The governor apprehended the hand of a hostile spy service in the bombings.", "arrested") == []
    assert _reported("Human skeletons were found in the dry well.", "killed") == []


def test_the_innocent_and_their_victims_are_no_single_person() -> None:
    """'the killing of the innocent' and 'gangs are killing their victims in broad daylight' name unnumbered
    groups of people: no one-person count."""
    assert _reported("Villagers marched in anger over the killing of the innocent in the raid.", "killed") == []
    assert _reported("Gangs are killing their victims in broad daylight now, a shopkeeper said.", "killed") == []


def test_an_adverb_after_a_harm_verb_is_no_victim() -> None:
    """'the convoy was attacked again at Nadiad and three passengers were stabbed to death': 'again at Nadiad' is
    no victim, the three are."""
    assert reported("Later, the convoy was attacked again at Nadiad and three passengers were stabbed to death.",
                    "killed") == [3]


def test_a_sentence_adverb_before_the_victim_is_skipped() -> None:
    """'Meanwhile, on Friday night a bank clerk was shot dead': the clerk is one victim;
    'however no deaths or injuries were reported' is a negation, not an injured person."""
    assert reported("Meanwhile, on Friday night a bank clerk was shot dead near the canal.", "killed") == [1]
    body = "Electricity was cut in the district, however no deaths or injuries were reported."
    assert _reported(body, "injured") == []


def test_an_adverb_or_an_abstraction_opening_the_phrase_is_no_victim() -> None:
    """'what share of those killed thus were tribal people' asks about the dead, naming no one killed; 'in the
    village accountability was missing' names no missing person."""
    body = "asked what share of those killed thus were tribal people, the officer said he did not know."
    assert _reported(body, "killed") == []
    body = "She regretted that in the village accountability was missing."
    assert _reported(body, "missing") == []


def test_a_participle_of_reporting_after_a_harm_noun_is_no_victim() -> None:
    """'No fatalities nor injuries reported.' counts no injured person; 'Around 7 injuries reported.' seven."""
    assert _reported("Mortar rounds struck fields near Zabid. No fatalities nor injuries reported.", "injured") == []
    assert _reported("Rival youth wings fought with sticks in Kinama. Around 7 injuries reported.", "injured") == [7]


def test_a_number_before_and_others_is_not_the_others_count() -> None:
    """'7 tribesmen killed, 4 from one clan and 3 from the other, and others injured': the injured are
    uncounted, not three."""
    body = "The feud left 7 tribesmen killed, 4 from one clan and 3 from the other, and others injured."
    assert _reported(body, "injured") == []
    assert _reported(body, "killed") == [7]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Gunmen killed 23 people, 17 civilians and 6 soldiers, in the raid on the market.", 23),
        ("A total of 12 people, nine villagers and three guards, were killed in the raid.", 12),
        ("Gunmen killed five soldiers, three policemen and two civilians in the raid.", 10),
    ],
)
def test_a_breakdown_that_restates_a_count_of_people_adds_nothing(body: str, expected: int) -> None:
    """'23 people, 17 civilians and 6 soldiers' is 23 dead, not 46; 'five soldiers, three policemen and two
    civilians' are three groups (10), though the last two add up to the first."""
    assert killed(body) == expected


def test_a_name_ending_in_s_before_a_singular_passive_is_one_person() -> None:
    """'Abbas was killed', 'Police said Younis was shot dead': a name before 'was' is one victim, though it ends
    in -s like a plural."""
    assert killed("Abbas was killed in Karbala on Monday.") == 1
    assert killed("Police said Younis was shot dead outside his home on Monday.") == 1
