"""Tests for casualty readings added to fix misreads: breakdowns across sentences, headline lists,
relative clauses and other phrasings (pipeline/extract/casualty_*.py). Every sentence here was
written for these tests."""

from __future__ import annotations

from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import killed


def test_breakdown_over_later_sentences_is_not_added() -> None:
    """Later sentences whose figures add up to the lead figure break it down, they do not add to it."""
    body = ("Eight villagers were killed in raids on Sunday. Five of them were killed in the first hamlet. "
            "Separately, three people were killed in a second hamlet.")
    assert killed(body) == 8


def test_single_later_addition_still_adds() -> None:
    """One later figure equal to the lead is an addition ("two more"), not a breakdown."""
    body = "Two guards were killed at the gate. Two more guards were killed later in the day."
    assert killed(body) == 4


def test_more_figures_are_never_a_breakdown() -> None:
    """Figures said to be "more" add to the lead even when later figures happen to sum to it."""
    body = ("Six miners were killed in the collapse of a tunnel shaft. Four were killed in the shaft. "
            "Two more miners died in hospital on Tuesday.")
    assert killed(body) == 8


def test_headline_comma_list_of_counts_is_summed() -> None:
    """In a headline, counts joined by a comma alone are one list of victims ("kill 9 rebels, 3 troops")."""
    assert killed("Border clashes kill 9 rebels, three troops in the hills") == 12


def test_comma_after_count_in_a_long_sentence_ends_the_list() -> None:
    """Outside headlines a comma alone does not continue the victims ("killing 45, 20 of them ...")."""
    body = ("The rebels attacked the garrison town at dawn on Sunday after a long siege, killing 45, "
            "20 hours after the truce had been announced by the regional governor.")
    assert killed(body) == 45


def test_headline_clause_before_comma_is_not_a_victim() -> None:
    """A headline clause before the count ("Voters queue in rain, 6 killed") is not a seventh victim."""
    assert killed("Voters queue in heavy rain, 6 killed in blasts") == 6
    assert killed("Town hall hit by rockets, 3 killed") == 3


def test_headline_bare_nouns_before_comma_still_count() -> None:
    """Bare singular nouns and names listed in a headline still count one each."""
    assert killed("Arms dealer, nephew shot dead in port city") == 2
    assert killed("Imam Yusuf Bakr, driver killed in ambush") == 2


def test_relative_clause_after_comma_names_its_victim() -> None:
    """"X, who was killed by ..." counts X once, with or without a name in apposition."""
    assert killed("Investigators are hunting the killers of the councillor, Ana Paredes, who was shot dead "
                  "outside her home last week.") == 1
    assert killed("The treasurer, who was killed by a mob last week, had been threatened.") == 1


def test_coordinated_to_death_participles_share_the_subject() -> None:
    """"was tortured and beaten to death" is one passive: its subject is the victim."""
    assert killed("A herdsman was tortured and beaten to death near the market.") == 1
    assert killed("A pharmacist was discovered tortured and strangled to death in his flat.") == 1


def test_relative_clause_victim_is_the_noun_after_a_preposition() -> None:
    """In "fired several bullets at the watchman, who died" the watchman died; the bullets are not people."""
    assert killed("A sniper fired several bullets at the watchman, who was declared dead in hospital.") == 1


def test_the_dead_included_lists_parts_of_the_toll() -> None:
    """"The dead included A and B" sums A and B when no total is given, and never adds to a total."""
    assert killed("The attackers stormed the depot at night. The dead included four guards and two drivers.") == 6
    assert killed("A mortar round killed nine people. Those killed included three children and a nurse.") == 9


def test_cause_of_death_is_not_a_victim() -> None:
    """"The cause of death was ..." talks about a death already counted; it adds no victim."""
    assert killed("Four miners died underground. The cause of death was smoke from a fire.") == 4


def test_count_before_another_harm_participle_is_its_subject() -> None:
    """In "six people killed dozens more hurt" the dozens are hurt, not killed."""
    assert killed("At least six people killed dozens more hurt in a feud between two clans.") == 6


def test_speaker_after_a_victim_list_is_not_a_victim() -> None:
    """"killed 4 guards and 9 rebels, the ministry said": the ministry is the source, not a victim."""
    assert killed("Heavy fighting killed 4 guards and 9 rebels, the ministry said.") == 13


def test_burned_alive_is_killed() -> None:
    """"burnt alive" reports deaths, passive or active; "pulled alive" does not."""
    assert killed("Five traders were burnt alive in their shop.") == 5
    assert killed("The mob burned three suspects alive near the bridge.") == 3
    assert killed("Rescuers pulled two miners alive from the shaft.") == 0


def test_another_count_after_an_adverbial_adds() -> None:
    """"killed two on Monday and another three on Tuesday" counts five; "another attack" adds nobody."""
    assert killed("Raiders killed two herders on Friday and another four on Saturday.") == 6
    assert killed("Raiders killed two herders on Friday and another attack was repelled.") == 2


def test_wounded_who_later_died_add_to_the_dead() -> None:
    """"N of the wounded later died" and "wounded, one of whom died" add deaths; "killed, two of whom" does not."""
    assert killed("Two guards were killed and nine wounded. Three of the wounded later died in hospital.") == 5
    assert killed("Six workers were hurt, one of whom died days later.") == 1
    assert killed("Seven people were killed, three of whom were police officers.") == 7


def test_headline_reported_killed_counts_bare_noun() -> None:
    """A headline's "commander reported killed" counts one, like "commander killed"."""
    assert killed("Rebel commander reported killed in border clash") == 1
    assert killed("Militia leader feared dead after air raid") == 1


def test_headline_list_with_uncounted_plural_keeps_the_counted_victim() -> None:
    """"Mayor, bodyguards killed": the bodyguards are uncounted, the mayor still counts one."""
    assert killed("Mayor, bodyguards killed in roadside ambush") == 1
    assert killed("Judge and his escorts shot dead in city") == 1


def test_counted_noun_before_participle_phrase_is_the_subject() -> None:
    """"Four workers seized during the raid were found dead": the four are the dead."""
    assert killed("Four workers seized during the raid were found dead near the mine.") == 4


def test_collective_group_name_is_not_one_person() -> None:
    """"Taliban killed in raid" names an uncounted group, not one victim; "Taliban commander" is one."""
    assert killed("Taliban killed in night raid") == 0
    assert killed("Taliban commander killed in night raid") == 1


def test_among_the_dead_is_a_part_of_the_toll() -> None:
    """"X, who ..., was among the dead" is one of the toll already given, and alone still proves one death."""
    assert killed("A blast killed eight people at the depot. The depot manager, who had received threats "
                  "for months, was among the dead.") == 8
    assert killed("A local councillor was among the dead.") == 1
    assert killed("Those killed included a nurse and a driver.") == 2


def test_number_of_wounded_is_a_toll_of_the_injured() -> None:
    """"The number of wounded rose to 40" gives the injured toll (it was read as an adjective before)."""
    body = "Five people died in the blast. The number of wounded rose to 40, a doctor said."
    sentences = split_sentences(body)
    assert incident_counts(extract_casualties(body, sentences), sentences, body=body) == (5, 40)


def test_injury_toll_replaces_the_first_injured_figure() -> None:
    """"the injury toll climbed to 25" updates an earlier figure of the wounded."""
    body = "A bomb killed two people and wounded ten at a bus stop. The injury toll later climbed to 25."
    sentences = split_sentences(body)
    assert incident_counts(extract_casualties(body, sentences), sentences, body=body) == (2, 25)


def test_clause_before_and_is_no_victim() -> None:
    """"A firefight erupted and three robbers died": the clause "erupted" names no victim of "died"."""
    assert killed("A firefight erupted and three robbers died.") == 3
    assert killed("Troops fired back and 13 gunmen were killed in the encounter.") == 13


def test_toll_standing_at_a_figure_gives_it() -> None:
    """"Fatalities stood at 7" and "early estimates of deaths stand at 6" give the toll, not nothing
    (the anchor's own "at" leads to the figure; "estimates of" is no other source's estimate)."""
    assert killed("Fatalities stood at 7, the army said.") == 7
    assert killed("Early estimates of deaths stand at 6 after the clash.") == 6


def test_companion_after_along_with_a_counts() -> None:
    """"killed two traders along with an unidentified man" adds the companion; a weapons cache is none."""
    assert killed("Militants killed two traders along with an unidentified man near the bridge.") == 3
    assert killed("Troops killed five rebels along with a large cache of weapons, the army said.") == 5


def test_subject_along_with_companions_counts_both() -> None:
    """"The commander, along with three of his guards, was killed" counts the commander and the three."""
    assert killed("The commander, along with three of his guards, was killed in the ambush.") == 4
    assert killed("The mayor, along with his driver, was shot dead on Monday.") == 2


def test_critical_condition_counts_as_injured() -> None:
    """"12 are in critical condition" reports 12 injured."""
    body = "Medics said 31 people were killed and 12 are in critical condition with burns."
    sentences = split_sentences(body)
    assert incident_counts(extract_casualties(body, sentences), sentences, body=body) == (31, 12)


def test_a_gunfight_is_no_injured_person() -> None:
    """"died in an explosion and subsequent firefight at the port and 170 were wounded": the firefight is no
    victim."""
    body = "Medics said 52 people died in an explosion and subsequent firefight at the port and 170 were wounded."
    sentences = split_sentences(body)
    assert incident_counts(extract_casualties(body, sentences), sentences, body=body) == (52, 170)


def test_object_list_of_names_counts_each() -> None:
    """"shot dead Ali Musa, Hassan Omar and Yusuf Ibrahim" counts three named victims, not only the first."""
    assert killed("Gunmen shot dead Ali Musa, Hassan Omar and Yusuf Ibrahim in the market.") == 3


def test_names_after_a_counted_group_restate_it() -> None:
    """"killed three traders, Ali Musa, Omar Ali and Musa Omar" names the three: not six."""
    assert killed("Soldiers killed three traders, Ali Musa, Omar Ali and Musa Omar, near the border.") == 3


def test_listed_dead_add_numbers_and_described_persons() -> None:
    """"The dead included three women and a child" proves four dead, not three."""
    assert killed("The dead included three women and a child.") == 4


def test_attacker_killing_himself_counts() -> None:
    """"A bomber killed 12 people and himself": the attacker counts among the dead (13)."""
    assert killed("A suicide bomber killed 12 people and himself at the market.") == 13


def test_those_killed_were_names_lists_the_dead() -> None:
    """"Those killed were A, B and C" lists three dead; "the victims were taken to hospital" lists none."""
    assert killed("Those killed were Ali Musa, Hassan Omar and Yusuf Ibrahim.") == 3
    assert killed("Police said the dead were identified as Ali Musa and Hassan Omar.") == 2
    assert killed("The victims were taken to hospital in the town.") == 0


def test_both_aside_is_no_count() -> None:
    """"A and B, both teachers, were shot dead": "both teachers" describes the two, it adds no victims."""
    assert killed("Ali Musa and Hassan Omar, both teachers, were shot dead.") == 2


def test_they_after_when_stands_for_the_first_subject() -> None:
    """"The journalist and his wife were riding home when they were shot dead" counts the two."""
    assert killed("The journalist and his wife were riding home when they were shot dead.") == 2
    assert killed("The trucks and their cargo were moving north when they were hit.") == 0


def test_they_after_where_is_not_resolved() -> None:
    """"two others were rushed to clinics where they later died" does not count the sentence's subject again."""
    body = ("Six people were killed when attackers sprayed a bar with bullets. Officers found four victims dead "
            "inside, and two others were rushed to clinics where they later died.")
    assert killed(body) == 6
