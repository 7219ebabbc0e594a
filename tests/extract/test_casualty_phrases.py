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
    """'Soldier, wife die in shelling.' is short enough for headline grammar even with a full stop."""
    assert headline_like("Soldier, wife die in shelling.")
    assert killed("Soldier, wife die in shelling.") == 2


def _reported(body: str, category: str) -> list[int]:
    """The counts of the reported mentions of `category` in `body`."""
    return [m.count_best for m in mentions(body) if m.category == category and m.status == "reported"]


def test_figurative_death_of_a_thing_is_no_victim() -> None:
    """'the death of the industry' and 'the trail of death' name no person, so nobody is counted."""
    body = ("Cheap imports and a strike also speeded up the death of the industry, traders said. "
            "The trail of death and destruction along the canal road shocked the visitors.")
    assert _reported(body, "killed") == []


def test_modal_before_the_verb_makes_a_clause_not_a_victim() -> None:
    """In 'the parties must be hurt' the phrase before the verb ends in a modal: no injured person."""
    assert _reported("He alleged that the so-called secular parties must be hurt by the verdict.", "injured") == []


def test_a_clause_of_payment_before_a_participle_is_no_victim() -> None:
    """'The government will pay (has decided to pay) Rs two lakh each to the kin of the pilgrims killed in the
    attack': a decision about compensation, no person killed; 'the man who would testify' is still one."""
    assert killed("The government will pay Rs two lakh each to the kin of the pilgrims killed in the attack.") == 0
    assert killed("The state government has decided to pay compensation of Rs two lakh each to the kin of the "
                  "pilgrims killed in the attack.") == 0
    assert killed("The man who would testify against the gang was shot dead on Monday.") == 1


def test_arresting_a_situation_is_no_arrest() -> None:
    """'helped to arrest the fast deteriorating situation' stops a trend; nobody is detained."""
    body = "The troops who arrived on Sunday helped to arrest the fast deteriorating situation in the city."
    assert _reported(body, "arrested") == []


def test_institution_is_no_victim_unless_part_of_a_title() -> None:
    """'the state committee' is not a person, but 'a Communist Party of India activist' is one."""
    assert _reported("The state committee was arrested in spirit, its critics joked.", "arrested") == []
    body = "A Communist Party of India (Marxist) activist was hacked to death near the bazaar on Sunday night."
    assert killed(body) == 1


def test_head_noun_stops_at_whose_and_despite() -> None:
    """In 'a judge whose court ...' the victim is the judge, and 'the accomplice despite ...' is one man."""
    assert killed("A federal judge whose court has handled cartel cases was killed near the capital on Monday.") == 1
    assert _reported("Officers were lucky to arrest the accomplice despite his false name.", "arrested") == [1]


def test_a_phrase_cut_off_before_the_harm_noun_is_no_victim() -> None:
    """'a silence to mourn the [death] in the fire' names no victim: the phrase ends on its article."""
    assert killed("The prayers were followed by a silence to mourn the death in the fire.") == 0


def test_an_adverb_after_the_harm_verb_is_no_victim() -> None:
    """'paid Rs 1 lakh to those subsequently killed elsewhere': neither 'elsewhere' nor the words before
    'those' are a person."""
    assert killed("The state paid Rs 1 lakh to those subsequently killed elsewhere in the state.") == 0
    assert killed("the state paid rs 1 lakh to those subsequently killed elsewhere in the state.") == 0


def test_both_before_a_pair_of_people_counts_the_pair_once() -> None:
    """'Both the driver and the conductor were killed' is 2 dead, not 'both' (2) plus the conductor."""
    assert killed("Both the driver and the conductor were killed in the blast.") == 2
    assert killed("Both soldiers were killed in the ambush.") == 2


def test_an_act_named_beside_an_arrest_is_no_second_detainee() -> None:
    """'the arrest of Bal Thackeray and the banning of SIMI': one arrested, the banning is an act."""
    assert [m.count_best for m in mentions("The year saw the arrest of Bal Thackeray and the banning of SIMI.")
            if m.category == "arrested"] == [1]


def test_a_staggering_number_is_still_a_count() -> None:
    """'has arrested a staggering 10,000 people': the emphatic article does not hide the figure."""
    assert reported("Police said they had arrested a staggering 10,000 people since Friday night.",
                    "arrested") == [10000]


def test_an_adverb_after_a_participle_opens_no_victim_phrase() -> None:
    """'criminals arrested recently revealed that ...': 'recently revealed' is no one arrested."""
    found = mentions("Interrogations of several criminals arrested recently revealed that they use e-mail.")
    assert all(m.text != "recently revealed" for m in found)


def test_elderly_and_other_ly_adjectives_still_open_a_victim() -> None:
    """'Rangers soldier, elderly man martyred in shelling': the elderly man is one of the dead."""
    assert killed("Rangers soldier, elderly man martyred in shelling by border guards") == 2


def test_an_age_before_the_noun_describes_one_person() -> None:
    """'13 year old girl killed after cross-border fire': the age is no count, the girl is one victim."""
    assert killed("13 year old girl killed after cross-border fire in the district.") == 1


def test_a_personnel_is_one_person() -> None:
    """'A personnel of Frontier Corps was killed' (South Asian usage): one victim, not an uncounted group."""
    assert killed("A personnel of Frontier Corps was killed in a landmine blast in the district.") == 1
    assert killed("Security personnel were killed in a landmine blast in the district.") == 0


def test_had_been_takes_a_named_person_as_one_victim() -> None:
    """'Senior party leader Ravi Kumar had been arrested': 'had' agrees with one person as with many."""
    assert reported("He said senior party leader Ravi Kumar had been arrested on Friday.", "arrested") == [1]


def test_had_been_after_a_plural_pronoun_or_a_share_is_no_one_person() -> None:
    """'They had been arrested', '25 per cent of them had been killed': no single victim to count."""
    assert reported("They had been arrested by the time the march began.", "arrested") == []
    assert killed("He said nearly 25 per cent of them had been killed by police bullets.") == 0


def test_hardly_any_is_a_negation_not_one_victim() -> None:
    """'hardly any Muslim had died in the riots' counts no one."""
    assert killed("Members said hardly any Muslim had died in the riots in the town.") == 0


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
    assert reported("A fire killed five people who were being detained in the jail.", "killed") == [5]


def test_an_attacker_who_kills_himself_is_one_more_dead() -> None:
    """'killed three people before killing himself / turning the gun on himself / and then took his own
    life': four dead, the attacker among them, as ACLED counts."""
    assert killed("A gunman killed three people at a mosque before killing himself.") == 4
    assert killed("A gunman killed three people at a mosque before turning the gun on himself.") == 4
    assert killed("A gunman killed three people at a mosque and then took his own life.") == 4


def test_the_antecedent_of_an_object_relative_is_the_victim() -> None:
    """'except for one hostage whom they killed', 'the man that gunmen shot dead': one victim each."""
    assert killed("Maoists freed them all, except for one hostage whom they killed after a trial.") == 1
    assert killed("Police identified the man that gunmen shot dead on Friday.") == 1


def test_a_second_verb_shares_the_harm_verbs_object() -> None:
    """'killed and mutilated (the body of) a member of the community': one dead."""
    assert killed("Militiamen killed and mutilated a member of the Fulani community.") == 1
    assert killed("Militiamen killed and mutilated the body of a farmer near the village.") == 1


def test_the_object_of_a_killing_is_not_who_fled() -> None:
    """'Gunmen who killed five people fled': none displaced; 'killed five and 300 villagers fled': 300."""
    assert reported("Gunmen who killed five people fled.", "displaced") == []
    assert reported("Gunmen killed five people and 300 villagers fled.", "displaced") == [300]
    assert reported("Gunmen killed five people and 300 villagers fled.", "killed") == [5]


def test_abstractions_vehicles_and_body_parts_are_no_victims() -> None:
    """'the usual bustle was missing', 'the execution of irrigation schemes', 'the Kalka Mail was detained' and
    'he apprehended the hand of a foreign agency' name no person; 'human skeletons' counts no human."""
    assert _reported("At the bus stand the usual hustle and bustle was missing on Sunday.", "missing") == []
    assert _reported("The festival's usual gaiety was missing this year.", "missing") == []
    assert _reported("The report praised the execution of irrigation schemes in the district.", "killed") == []
    assert _reported("The Kalka Mail was detained at Ambala for two hours.", "arrested") == []
    assert _reported("The minister apprehended the hand of a foreign agency in the blasts.", "arrested") == []
    assert _reported("Human skeletons were found in the dry well.", "killed") == []


def test_the_innocent_and_their_victims_are_no_single_person() -> None:
    """'the killing of the innocent' and 'gangs are killing their victims right in the market' name unnumbered
    groups of people: no one-person count."""
    assert _reported("The killing of the innocent at the depot shocked the town.", "killed") == []
    assert _reported("Gangs are killing their victims right in the market, a trader said.", "killed") == []


def test_an_adverb_after_a_harm_verb_is_no_victim() -> None:
    """'the bus was attacked again at Anand and two persons were stabbed to death': 'again at Anand' is no
    victim, the two are."""
    assert reported("Later, the bus was attacked again at Anand and two persons were stabbed to death.",
                    "killed") == [2]


def test_a_sentence_adverb_before_the_victim_is_skipped() -> None:
    """'Meanwhile, on Monday evening a college student was shot dead': the student is one victim;
    'however no loss of life or injuries were reported' is a negation, not an injured person."""
    assert reported("Meanwhile, on Monday evening a college student was shot dead near the fort.", "killed") == [1]
    body = "Power supply was cut in the valley, however no loss of life or injuries were reported."
    assert _reported(body, "injured") == []


def test_an_adverb_or_an_abstraction_opening_the_phrase_is_no_victim() -> None:
    """'how many of those killed thus had been members of the minority' asks about the dead, naming no one
    killed; 'in the town democracy was missing' names no missing person."""
    body = "asked how many of those killed thus had been members of the minority, he said most were not."
    assert _reported(body, "killed") == []
    body = "He lamented that in the town democracy was missing."
    assert _reported(body, "missing") == []


def test_a_participle_of_reporting_after_a_harm_noun_is_no_victim() -> None:
    """'No fatalities nor injuries reported.' counts no injured person; 'Around 10 injuries reported.' ten."""
    assert _reported("Shells hit the farms in Hays. No fatalities nor injuries reported.", "injured") == []
    assert _reported("The two clans clashed with machetes in Buhomba. Around 10 injuries reported.", "injured") == [10]


def test_a_number_before_and_others_is_not_the_others_count() -> None:
    """'8 tribesmen killed, 5 from one clan and 3 from the other, and others injured': the injured are
    uncounted, not three."""
    body = "The clash resulted in 8 tribesmen killed, 5 from one clan and 3 from the other, and others injured."
    assert _reported(body, "injured") == []
    assert _reported(body, "killed") == [8]


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
