"""Tests for pipeline/extract/casualty_victims.py: which phrase a harm word's victims are read from.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.casualties import extract_casualties
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import counts, killed, mentions, reported


def test_participle_after_the_object_of_an_active_verb_is_a_reduced_relative() -> None:
    """'kill two teachers abducted in May': the two teachers are killed (and were kidnapped before)."""
    body = "Militants kill two teachers abducted in May"
    found = extract_casualties(body, split_sentences(body))
    assert sorted((m.category, m.count_best) for m in found) == [("kidnapped", 2), ("killed", 2)]


def test_participle_after_an_intransitive_reading_starts_a_new_clause() -> None:
    """'Five villagers killed many more hurt': 'many more' are the injured, not the killed."""
    body = "Five villagers killed many more hurt in cattle raid"
    found = extract_casualties(body, split_sentences(body))
    assert [(m.category, m.count_best) for m in found] == [("killed", 5), ("injured", 10)]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen kill cleric, his two sons", 3),
        ("Shelling kills woman, child in border village", 2),
        ("Army kills rebel commander, his deputy", 2),
        ("Gunmen kill trader, his son, the police said.", 2),
    ],
)
def test_headline_comma_list_of_persons_is_counted(headline: str, expected: int) -> None:
    """In a headline 'kill A, B' counts B when B is a person ('child', 'his two sons')."""
    assert killed(headline) == expected


@pytest.mark.parametrize(
    "headline",
    ["Gunmen kill guard, rob bank", "Militants kill soldier, flee into hills", "Gunmen kill guard, police say"],
)
def test_headline_comma_before_a_second_verb_ends_the_list(headline: str) -> None:
    """'Gunmen kill guard, rob bank': what follows the comma is another verb phrase, not a victim."""
    assert killed(headline) == 1


def test_a_clause_before_and_is_no_conjunct_of_the_victims() -> None:
    """'Three men were shot on Friday and one of them died': one death, the three are not all dead (and
    of three wounded, two remain so)."""
    assert counts("Three men were shot on Friday and one of them died on Saturday.") == (1, 0)
    assert counts("Three men were wounded on Friday and one of them died on Saturday.") == (1, 2)


def test_succumbing_to_unnamed_injuries_is_one_death() -> None:
    """'succumbed to gunshot injuries' reads as one death, with no separate injured figure."""
    assert counts("A policeman later succumbed to gunshot injuries in hospital.") == (1, 0)


def test_the_number_before_bodies_of_counts_the_dead() -> None:
    """'police found 13 bodies of villagers' is 13 dead, like 'the bodies of 13 villagers'."""
    assert killed("Police found 13 bodies of villagers near the canal on Wednesday.") == 13
    assert killed("Rescuers pulled out eight charred bodies of passengers from the coach.") == 8


def test_the_dead_of_a_coordinated_toll_are_not_also_wounded() -> None:
    """'which left 17 dead and 29 others hurt': the 17 are the dead, not wounded as well."""
    body = "The ambush, which left 17 dead and 29 others hurt, had been planned for weeks."
    found = [(m.category, m.count_best) for m in extract_casualties(body, split_sentences(body))]
    assert found == [("killed", 17), ("injured", 29)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to the rebels' own radio station, 17 fighters and three women died in the raid.", 20),
        ("According to local media, two policemen died in the attack.", 2),
        ("Citing hospital staff, officials said three children died.", 3),
    ],
)
def test_a_source_before_the_victims_is_none_of_them(sentence: str, expected: int) -> None:
    """'According to X, N died': the source ends with its comma and is not counted among the dead."""
    assert killed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A head constable attacked with swords was badly hurt.", (0, 1)),
        ("Four porters attacked with iron rods were badly hurt.", (0, 4)),
        ("The tailor attacked near the vegetable market on Sunday has died.", (1, 0)),
    ],
)
def test_a_participle_with_its_place_or_weapon_describes_the_victim(sentence: str, expected: tuple[int, int]) -> None:
    """'a constable attacked with swords was hurt': 'attacked' ends no subject, the constable is the victim."""
    assert counts(sentence) == expected


def test_the_victims_named_by_a_participle_phrase_are_the_noun_before_it() -> None:
    """The victim read is the noun before the participle, not its place ('near the market on Sunday')."""
    body = "The tailor attacked near the vegetable market on Sunday has died."
    assert [m.victim for m in extract_casualties(body, split_sentences(body))] == ["The tailor"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Six farmers with gunshot wounds reached the district hospital at dawn.", (0, 6)),
        ("Doctors said nine guards with stab wounds were admitted overnight.", (0, 9)),
        ("An old man with gunshot wounds was found dead beside the highway.", (1, 0)),
        ("Three porters with burn injuries died in the hospital on Friday.", (3, 0)),
        ("Villagers found the bodies of four herders with gunshot wounds in a ravine.", (4, 0)),
    ],
)
def test_people_with_wounds_are_wounded_unless_found_dead(sentence: str, expected: tuple[int, int]) -> None:
    """'with gunshot wounds' names the wounded (the noun, not the verb 'wounds'), unless they are dead."""
    assert counts(sentence) == expected


def test_the_bodies_awaited_or_told_before_count_no_one() -> None:
    """'250 relatives stood at the morgue gates waiting for the burnt bodies to be brought in': the 250 are not the
    dead; a number of bodies still counts."""
    assert killed("Before dawn, roughly 250 relatives stood at the morgue gates waiting for the burnt bodies to be "
                  "brought in.") == 0
    assert killed("Villagers found 15 charred bodies in the fields on Monday.") == 15


def test_a_clause_before_and_is_no_co_victim() -> None:
    """'a havan was also performed at Rampur today and 85 were arrested there': the first clause is no group of
    arrested people, only the 85 are."""
    assert reported("He said a havan was also performed at Rampur today and 85 were arrested there.",
                    "arrested") == [85]


def test_the_victims_of_a_relative_clause_after_including_are_read() -> None:
    """'deplored the riots, including the one in which a retired judge was killed': the judge is the victim,
    not the words before 'including'."""
    body = "The governor deplored the riots in the port town, including the one in which a retired judge was killed."
    assert [m.text for m in mentions(body) if m.category == "killed"] == ["a retired judge"]


def test_an_active_verb_with_a_thing_for_object_has_no_victim() -> None:
    """'The envoy apprehended the role of the agency': an object that is no person leaves no victim, and the
    subject before the verb is its agent, not a detainee."""
    assert reported("The envoy apprehended the role of the agency in the riots.", "arrested") == []


def test_he_was_arrested_after_a_protest_against_his_arrest_is_the_cause_again() -> None:
    """'protested against the arrest of the editor ... He was arrested in an old case': the protest's cause told
    again, no arrest of the incident; 'Police arrested a trader. He was arrested for hoarding' stays reported."""
    body = ("Reporters protested outside the press club against the arrest of the editor. He was arrested in an old "
            "tax case, his lawyers said.")
    assert reported(body, "arrested") == []
    assert reported("Police arrested a trader in the bazaar. He was arrested for hoarding rice.", "arrested") != []


def test_a_hyphenated_word_is_no_boundary_of_the_victim_phrase() -> None:
    """'a passer-by' is one victim whole: the 'by' after the hyphen is no agent."""
    found = mentions("A grenade exploded in the market, killing a passer-by.")
    assert [(m.category, m.victim) for m in found] == [("killed", "a passer-by")]


def test_people_also_taken_after_an_abduction_are_kidnapped() -> None:
    """'Two teachers were also taken.' after an abduction: two more kidnapped; 'taken to hospital' is not."""
    body = "Gunmen abducted 15 students from a school in Kaduna on Thursday. Two teachers were also taken."
    assert reported(body, "kidnapped") == [15, 2]
    assert reported("Two wounded soldiers were also taken to hospital.", "kidnapped") == []


def test_a_verb_in_scare_quotes_still_counts() -> None:
    """'its troops had "neutralised" 23 terrorists': the quoted verb is the verb; the victim words keep no
    quote and no double space ("an 'infiltrator'")."""
    assert reported('The army said its troops had "neutralised" 23 terrorists last week.', "killed") == [23]
    (found,) = mentions("Troops killed an 'infiltrator' on the border on Friday.")
    assert (found.text, found.victim) == ("an 'infiltrator'", "an infiltrator")


def test_late_before_a_time_ends_the_victim_phrase() -> None:
    """'killed five people late on Monday night': the victims are 'people', not 'people late'."""
    (found,) = mentions("Gunmen killed five people late on Monday night in the town of Bama.")
    assert found.victim == "people"


def test_kidnapping_as_the_name_of_a_crisis_counts_no_one() -> None:
    """"Nigeria's kidnapping crisis explained" names a problem, not people kidnapped."""
    assert mentions("Analysts say Nigeria's kidnapping crisis explained much of the anger.") == []


def test_the_verb_after_the_counted_bodies_ends_the_victims() -> None:
    """'The bodies of 20 migrants were found': the victims are 'migrants', not 'migrants were found'."""
    (found,) = mentions("The bodies of 20 migrants were found in a truck near Bani Walid on Monday.")
    assert (found.count_best, found.victim) == (20, "migrants")


def test_succumbing_to_wounds_is_dying_and_to_pressure_is_not() -> None:
    """'12 of the wounded succumbing to their injuries' died; 'succumbed to pressure' harms no one."""
    toll = "The death toll from Sunday's bombing has risen to 45, with 12 of the wounded succumbing to their injuries."
    assert [(m.category, m.count_best) for m in mentions(toll)] == [("killed", 45), ("killed", 12)]
    assert mentions("The government succumbed to foreign pressure and released 12 prisoners.") == []


def test_an_including_list_ends_where_a_new_clause_begins() -> None:
    """'killed 9 people including a prison guard ..., as thousands of residents fled': the dead stay
    dead and the residents are who fled; 'Five were killed, including two children, and 12 others were
    wounded': the others are the wounded."""
    body = ("Gang members killed at least 9 people including a prison guard in a raid on the suburb on "
            "Friday, as thousands of residents fled.")
    assert reported(body, "killed") == [9]
    assert reported(body, "displaced") == [1000]
    assert counts("Five people were killed, including two children, and 12 others were wounded.") == (5, 12)


def test_a_person_who_speaks_with_others_after_the_victims_is_no_victim() -> None:
    """'killing at least 11 soldiers, a military officer and residents said': the officer told of the dead;
    'killed four villagers and a child' still lists two groups."""
    assert counts("Fighters stormed an army base before dawn on Tuesday, killing at least 11 soldiers, a military "
                  "officer and residents said.") == (11, 0)
    assert counts("Gunmen killed four villagers and a child on Tuesday.") == (5, 0)


def test_a_quoted_short_phrase_after_the_verb_is_its_object() -> None:
    """'had killed "dozens of terrorists"': the side's own words for its victims, counted as ACLED does (12)."""
    assert reported('The army said it had killed "dozens of terrorists" in air strikes on Sunday.', "killed") == [12]
    assert reported("The army said it had killed “nine insurgents” on Sunday.", "killed") == [9]


def test_a_reporting_clause_between_commas_is_no_appositive() -> None:
    """'..., the officials said adding at least four people, including a teenager, were beaten to death': the four
    are the subject, not part of an aside."""
    assert killed("Shops stayed shut across the walled town, the officials said adding at least four people, including "
                  "a teenager, were beaten to death near the bus stand overnight.") == 4


def test_an_absolute_clause_after_a_comma_lists_its_own_victims() -> None:
    """'clashed with police on Tuesday, with at least one protester and two police officers killed': three dead;
    'eleven fighters, with ties to a banned outfit, were killed' is no such clause."""
    assert killed("Supporters of the party clashed with police in the capital on Tuesday, with at least one "
                  "protester and two police officers killed, officials said.") == 3
    assert killed("Eleven fighters, with ties to a banned outfit, were killed in the night raid.") == 11


def test_a_clause_of_those_who_escaped_is_no_group_of_the_dead() -> None:
    """'Five travellers escaped and two others were found dead': two dead, not seven."""
    assert killed("Gunmen seized 27 travellers from a minibus on Friday. Five travellers escaped and two others were "
                  "found dead by a stream on Sunday.") == 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Raiders killed four farmers in Tse Akaa and two herders in Udei on Monday.", [4, 2]),
        ("Troops killed 12 militants near the pass, and three in the valley.", [12, 3]),
        ("Raiders killed four farmers in Tse Akaa and burned their barns.", [4]),
    ],
)
def test_a_count_after_a_place_and_and_is_the_same_verbs_victims(body: str, expected: list[int]) -> None:
    """'killed four farmers in Tse Akaa and two herders in Udei': both counts are the verb's objects."""
    assert reported(body, "killed") == expected


@pytest.mark.parametrize(
    ("body", "category", "expected"),
    [
        ("Two porters, Dilip Rana and Mohan, who were killed in the ambush, came from Almora.", "killed", [2]),
        ("jaipur: three \"core members\" of the farmers' action front (fam), suresh and gopal and rakesh, who "
         "were detained by railway police on a train, live in ajmer.", "arrested", [3]),
        ("Four workers of a textile unit in Surat, Anil, Bharat, Chetan and Deepak, who were hurt in the fire, "
         "are stable.", "injured", [4]),
    ],
)
def test_names_between_a_counted_noun_and_its_relative_clause_name_the_counted_people(
        body: str, category: str, expected: list[int]) -> None:
    """'Two porters, A and B, who were killed': the relative clause is about the two porters, who are counted."""
    assert reported(body, category) == expected


def test_listed_groups_before_a_relative_clause_are_no_names() -> None:
    """'three guards, a driver and a clerk, who were shot': the determiners make victims of their own, no names."""
    assert reported("Three guards, a driver and a clerk, who were shot dead at the depot, were buried on Sunday.",
                    "killed") == [3, 1, 1]


def test_who_after_an_organisation_is_the_person_before_it() -> None:
    """'the bail plea of Ram, secretary of the weavers' guild, who was arrested': one arrested, the secretary."""
    found = mentions("A city court rejected the bail plea of Ram Prasad, secretary of the handloom weavers' guild, "
                     "who was arrested on Sunday ahead of a planned rally.")
    assert [(m.category, m.count_best, m.text) for m in found] == [("arrested", 1, "secretary")]


def test_the_people_after_whose_are_the_subject_of_its_verb() -> None:
    """'nine widows whose husbands were killed' counts no nine dead; 'a judge whose court has tried such cases was
    shot dead' is the judge."""
    assert reported("Nine widows whose husbands were killed in the raid met the governor.", "killed") == []
    assert reported("A magistrate whose court has tried several gang cases was shot dead on Monday.", "killed") == [1]


def test_counted_speakers_after_the_list_are_no_victims() -> None:
    """'wounding 14, three officials said', 'wounding dozens, two witnesses and a nurse told AFP': the officials and
    witnesses speak; they are not more wounded ('two policemen and a child, officials said' are all wounded)."""
    assert counts("A mine exploded under a lorry, killing four and wounding 14, three officials said.") == (4, 14)
    assert counts("A shell hit the bazaar on Monday, killing no fewer than 20 and wounding dozens, two witnesses "
                  "and a nurse told AFP.") == (20, 12)
    assert counts("A mine killed four people and wounded two policemen and a child, officials said.") == (4, 3)
    assert counts("Gunmen shot dead two guards and a reporter who had written about the mine.")[0] == 3
