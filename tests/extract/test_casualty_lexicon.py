"""Tests for the harm vocabulary of pipeline/extract/casualty_lexicon.py, read through the incident's
killed figure. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import injured, killed, mentions, reported


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen shoot dead 4 shopkeepers in market town", 4),
        ("Bandits gun down three traders on highway", 3),
        ("Rebels execute 5 captured soldiers", 5),
        ("Insurgents behead two hostages in the north", 2),
        ("Mob lynches two suspected cattle thieves", 2),
        ("Militia massacres 30 villagers in remote district", 30),
        ("Attackers murder 6 farmers near the river", 6),
        ("Gunmen slay eight worshippers at shrine", 8),
        ("Separatists assassinate 2 local officials", 2),
        ("Raiders slaughter at least 12 herders", 12),
    ],
)
def test_present_tense_headline_verbs_report_deaths(headline: str, expected: int) -> None:
    """Headline verbs in the present tense ('shoot dead', 'execute', 'lynches') count their objects."""
    assert killed(headline) == expected


def test_present_tense_verb_with_a_singular_object_counts_one() -> None:
    """'Gunmen shoot dead village chief' is one killed."""
    assert killed("Gunmen shoot dead village chief in the east") == 1


@pytest.mark.parametrize(
    "headline",
    [
        "Police arrest murder suspect in the capital",
        "A lynch mob chased a pickpocket through the bus depot",
        "Massacre survivors recall the attack ten years on",
        "Air defence shoots down drone near the border",
    ],
)
def test_nouns_spelt_like_harm_verbs_are_not_deaths(headline: str) -> None:
    """'murder suspect', 'lynch mob', 'massacre survivors', 'shoots down drone' report no death."""
    assert killed(headline) == 0


def test_cost_the_lives_of_reports_deaths() -> None:
    """'a raid that also cost the lives of two guards': two more dead, as 'claimed the lives of' reports them."""
    body = "Troops said they had shot dead nine raiders in a fight that also cost the lives of two guards."
    assert killed(body) == 11
    assert killed("A grenade thrown into a bus depot cost the life of a ticket clerk on Friday.") == 1


def test_claims_lives_of_without_article_reports_deaths() -> None:
    """'claims lives of 9' reads like 'claims the lives of 9'."""
    assert killed("Suicide blast claims lives of 9 at bus station") == 9


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Nine people lose lives in landmine blast", 9),
        ("Six perish as gunmen torch passenger bus", 6),
        ("Four soldiers embrace martyrdom in roadside blast", 4),
        ("Two guards laid down their lives defending the depot", 2),
    ],
)
def test_idioms_for_dying_report_deaths(headline: str, expected: int) -> None:
    """'lose lives', 'perish', 'embrace martyrdom', 'laid down their lives' report deaths of their subject."""
    assert killed(headline) == expected


def test_two_clauses_with_martyrdom_idiom_add_up() -> None:
    """'kill 4 attackers; 2 soldiers embrace martyrdom' is six killed."""
    assert killed("Troops kill 4 attackers; 2 soldiers embrace martyrdom") == 6


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Death toll hits 23 in mosque attack", 23),
        ("Toll reaches 18 after bus bombing", 18),
        ("Death toll tops 50 in flooded valley clashes", 50),
    ],
)
def test_toll_verbs_in_the_present_tense_lead_to_the_figure(headline: str, expected: int) -> None:
    """'toll hits/reaches/tops N' gives N."""
    assert killed(headline) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Two children among 12 killed in air strike", 12),
        ("3 civilians among ten killed in shelling", 10),
        ("Police chief among three killed in ambush", 3),
    ],
)
def test_among_n_killed_gives_the_toll_not_the_part(headline: str, expected: int) -> None:
    """'Two children among 12 killed': the toll is 12, the children are part of it."""
    assert killed(headline) == expected


@pytest.mark.parametrize("headline", ["Militia kill suspected informer - report", "Blast kills policeman – officials"])
def test_dash_before_a_headline_source_ends_the_object(headline: str) -> None:
    """'kill suspected informer - report': the source after the dash is not part of the victim phrase."""
    assert killed(headline) == 1


def test_the_victims_were_doing_something_is_no_list_of_the_dead() -> None:
    """'The victims were cycling ... and killed them' lists no names: no one is counted from 'cycling'."""
    assert killed("The victims were cycling home along the canal road when a gang cornered them and killed them.") == 0


def test_the_dead_were_names_is_a_list() -> None:
    """'Those killed were Ali Musa and Omar Hassan' still lists two of the dead."""
    assert killed("Gunmen attacked the market on Monday. Those killed were Ali Musa and Omar Hassan.") == 2


def test_apprehending_a_danger_is_no_arrest() -> None:
    """'apprehended that ...' and 'apprehending trouble' fear something; 'apprehended two suspects' arrests."""
    assert [m for m in mentions("He apprehended that the order would not be given.") if m.category == "arrested"] == []
    assert [m for m in mentions("Apprehending trouble, traders pulled down their shutters early.")] == []
    assert [m.count_best for m in mentions("Police apprehended two suspects near the station.")] == [2]
    assert mentions("The ruling party apprehended defections and delayed naming its candidates.") == []
    assert mentions("Residents apprehended fresh violence after the verdict.") == []


def test_dying_down_is_subsiding_not_dying() -> None:
    """'the row refuses to die down' and 'protests died down' name no deaths."""
    assert mentions("The row over the new statue refuses to die down.") == []
    assert killed("Two soldiers died in the attack; the fighting died down by evening.") == 2


def test_die_hard_is_no_death() -> None:
    """'scores of die hard activists', 'die-hard supporters': an adjective, no one died."""
    assert mentions("She is among the scores of die hard volunteers who travelled to the rally.") == []
    assert mentions("Scores of die-hard supporters gathered outside the court.") == []
    assert killed("Two die in clash with police.") == 2


def test_victims_sheltering_in_camps_are_no_death_toll() -> None:
    """'the number of victims who had taken shelter at the relief camps ... 9,000' counts no dead."""
    assert killed("The number of victims who had taken shelter at the relief camps rose to 9,000 by Friday.") == 0
    assert killed("The number of victims rose to 12 on Tuesday.") == 12


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The militants took 30 hostages at the plant on Tuesday.", [30]),
        ("Gunmen seized 12 people hostage at a bank on Tuesday.", [12]),
        ("Rebels took nine foreign workers captive near the border on Tuesday.", [9]),
        ("The rebels are holding about 40 hostages, according to local officials.", [40]),
        ("Gunmen seized 20 passengers from a bus on the highway on Tuesday.", [20]),
        ("Police seized 20 rifles and 3,000 rounds in the raid on Tuesday.", []),
    ],
)
def test_hostage_taking_counts_the_kidnapped(body: str, expected: list[int]) -> None:
    """'took 30 hostages', 'seized 12 people hostage', 'seized 20 passengers': kidnapped (not rifles seized)."""
    assert reported(body, "kidnapped") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Around 3,000 residents fled to neighbouring villages after the attack on Tuesday.", [3000]),
        ("Some 2,000 families have been uprooted by the fighting since Tuesday.", [2000]),
        ("Some 400 families fled the fighting in the town on Tuesday, aid workers said.", [400]),
        ("On 9 May, 840 families evacuated after fighting broke out between two clans.", [840]),
        ("Fighting in Ituri on Tuesday forced about 10,000 people from their homes, the UN said.", [10000]),
        ("About 3,000 villagers were forced from their homes by the clashes on Tuesday.", [3000]),
        ("Police forced the protesters out of the square on Tuesday.", []),
        ("Two suspects fled on motorcycles after the robbery on Tuesday.", []),
        ("The gunmen fled after the attack on Tuesday.", []),
        ("Five injured people were evacuated to a hospital in the capital.", []),
    ],
)
def test_a_population_that_fled_or_was_evacuated_is_displaced(body: str, expected: list[int]) -> None:
    """'3,000 residents fled', '840 families evacuated' are displaced; fleeing attackers and the
    wounded evacuated to hospital are not."""
    assert reported(body, "displaced") == expected


@pytest.mark.parametrize(
    "body",
    [
        "A robbery and kidnapping suspect died in a shootout with officers near the port on Friday.",
        "The kidnapping suspect was arrested at a checkpoint on Thursday.",
    ],
)
def test_kidnapping_as_a_noun_modifier_kidnaps_no_one(body: str) -> None:
    """'a kidnapping suspect': a label, not a report of someone kidnapped."""
    assert reported(body, "kidnapped") == []


def test_the_typo_kiled_still_reports_deaths() -> None:
    """'Gunmen kiled 6-9 farmers' (a typo common in field notes): 6."""
    assert killed("Gunmen kiled 6-9 farmers in the hamlets and set granaries ablaze.") == 6


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The army lost at least 12 soldiers in the ambush on Tuesday.", 12),
        ("Fifteen soldiers were killed on Wednesday. The militants also lost 20 fighters in the fighting.", 35),
        ("The party lost 20 members to defections before the vote.", 0),
        ("Rebels killed 14 villagers after they lost 18 of their men in a failed assault on a barracks.", 14),
    ],
)
def test_a_side_that_lost_its_fighters_reports_their_deaths(body: str, expected: int) -> None:
    """'lost 20 fighters' counts a side's dead ('also' adds them to the toll); not 'lost 20 members to
    defections', nor an earlier defeat after which the reported killing came."""
    assert killed(body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Clashes on Friday resulted in injuries to four persons, three from stones and one from a knife.", 4),
        ("The blast caused serious injuries to two policemen on duty at the gate.", 2),
        ("The mob caused injuries to 12 people and damage to 40 shops in the market.", 12),
    ],
)
def test_injuries_to_people_count_the_injured(sentence: str, expected: int) -> None:
    """'injuries to four persons' names the injured after the noun, like 'the deaths of'."""
    assert injured(sentence) == expected


def test_injuries_to_a_body_part_are_no_second_group() -> None:
    """'succumbed to injuries to the chest': one death, nobody else injured."""
    assert injured("He succumbed to his injuries to the chest on Monday.") == 0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("At least 12 suspected militants were neutralised in an operation in North Waziristan.", 12),
        ("Troops neutralized 15 drones and eliminated three terrorists near the border.", 3),
        ("The army eliminated 20 bandits in Zamfara on Sunday.", 20),
        ("The team was eliminated from the tournament and the threat was neutralised.", 0),
        ("The plan would eliminate 40 posts and neutralise two rival candidates.", 0),
        ('Five of the attackers were "liquidated", the anti-terrorism committee said.', 5),
        ("The company was liquidated last year and its 40 workers were laid off.", 0),
    ],
)
def test_military_euphemisms_kill_only_fighters(body: str, expected: int) -> None:
    """'neutralised', 'eliminated', 'liquidated' count the dead when they are fighters or outlaws, not drones, teams or
    companies."""
    assert killed(body) == expected


def test_a_side_losing_one_soldier_adds_its_dead() -> None:
    """'killed six fighters in a firefight, losing one soldier': seven dead ("losing" and the singular)."""
    assert killed("Troops killed six Abu Sayyaf fighters in a firefight on Jolo, losing one soldier.") == 7
    assert killed("He lost one man he trusted and one member of the board.") == 0


def test_charred_to_death_is_a_killing() -> None:
    """'Five members of a family, including three minors, were charred to death': five dead, not three."""
    assert killed("Five members of a family, including three minors, were charred to death after miscreants "
                  "set their house on fire.") == 5


def test_a_figure_after_with_is_its_own_group() -> None:
    """'lost 3 fighters in the battle with five injured': five injured, not the three fighters again."""
    assert injured("The rebels insist they lost 3 fighters in the battle with five injured.") == 5
    assert injured("The driver together with two others were injured.") == 3


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The toll in the clashes has gone up to 9 with two more injured persons succumbing in hospital.", 9),
        ("Five were killed on Monday. The death toll went up to 12 on Tuesday.", 12),
        ("The toll could go up to 50, officials feared.", 0),
    ],
)
def test_a_toll_that_has_gone_up_to_a_figure_is_that_figure(body: str, expected: int) -> None:
    """'the toll has gone up to 9': the verb's 'up to', an exact toll, not 'at most 9' (a guess stays none)."""
    assert killed(body) == expected


def test_a_victim_shot_at_length_and_dead_is_one_killed() -> None:
    """'was shot thrice by two motorcycle-borne assailants outside his shop and died': one dead."""
    assert killed("The man, identified as Ramesh Kumar, 34, was shot thrice by two motorcycle-borne assailants "
                  "outside his shop and died on the way to hospital.") == 1


def test_a_side_s_own_loss_told_later_adds_to_its_enemy_s_dead() -> None:
    """'killing seven policemen ... The Taliban lost six fighters in the clash, he added': 13 dead."""
    assert killed("Taliban fighters attacked a police checkpoint overnight, killing seven policemen, a council "
                  "member said. The Taliban lost six fighters in the clash, he added.") == 13


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police picked up 17 youths for questioning after the violence on Tuesday.", [17]),
        ("The army had picked up at least 40 people from the village, residents said.", [40]),
        ("His friends picked up three men from the station.", []),
        ("Twenty activists were taken into preventive custody before the rally.", [20]),
        ("Commandos took 14 suspects into custody after the raid on the farmhouse.", [14]),
        ("The army took control of the ridge after the raid.", []),
    ],
)
def test_people_picked_up_by_state_forces_are_arrested(body: str, expected: list[int]) -> None:
    """'Police picked up 17 youths' arrests 17; friends picking people up arrest no one."""
    assert reported(body, "arrested") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Six smugglers were caught by border guards near the river crossing on Friday.", [6]),
        ("Two pickpockets were caught red-handed by railway police at the station.", [2]),
        ("Three thieves were caught by shopkeepers and handed over to the police.", []),
        ("Four fishermen were caught in the storm off the coast.", []),
    ],
)
def test_people_caught_by_a_force_are_arrested(body: str, expected: list[int]) -> None:
    """'caught by border guards' arrests six; caught by shopkeepers or caught in a storm arrests no one."""
    assert reported(body, "arrested") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Three guards were killed and 17 others were rushed to hospital after the ambush.", [17]),
        ("The toll from the market bombing rose to 31, with 52 others in hospital.", [52]),
        ("Six miners died in the blast while nine are being treated at a district hospital.", [9]),
        ("Four bodies were taken to hospital for a post-mortem examination.", []),
        ("The bodies of five miners were brought to the district hospital.", []),
        ("Two porters were shot and taken to a hospital where they later died.", []),
        ("Two buses were hit. The injured were rushed to a hospital in the town.", []),
    ],
)
def test_people_taken_to_hospital_are_wounded(body: str, expected: list[int]) -> None:
    """'17 others were rushed to hospital' are wounded; bodies taken for a post-mortem and those who died there are
    not."""
    assert reported(body, "injured") == expected


def test_the_wounded_included_lists_parts_of_the_wounded() -> None:
    """'The wounded included two nurses' lists parts of the wounded, as 'the dead included' does for the dead."""
    found = mentions("A shell hit the clinic, killing five and wounding 14. The wounded included two nurses.")
    assert [(m.category, m.count_best, m.link) for m in found if m.category == "injured"] == [
        ("injured", 14, "new"), ("injured", 2, "part")]
    assert injured("Among the wounded were three firefighters, the brigade said.") == 3


def test_people_taken_away_are_abducted() -> None:
    """'They also took away at least 20 women and children': 20 abducted; 'took away their cattle' no one."""
    assert reported('"They also took away at least 20 women and children," he said.', "kidnapped") == [20]
    assert reported("Thieves took away their cattle on Monday.", "kidnapped") == []


def test_the_buried_are_a_count_of_the_dead() -> None:
    """'We buried 45 people yesterday': 45 dead; 'buried alive under the rubble' names no figure here."""
    assert reported('"We buried 45 people yesterday," said a community leader.', "killed") == [45]
    assert reported("Twelve people were buried alive when the building collapsed.", "killed") == []


def test_the_trigger_pattern_finds_every_stem_where_it_starts() -> None:
    """The one factored trigger regex finds the same positions as a substring search per stem, overlaps too."""
    from pipeline.extract.casualty_lexicon import TRIGGER, TRIGGER_STEMS

    text = "the bodies were found; two died and one was shot dead after gunmen took away 20 villagers"
    expected = sorted({i for stem in TRIGGER_STEMS for i in range(len(text)) if text.startswith(stem, i)})
    assert [m.start() for m in TRIGGER.finditer(text)] == expected


def test_done_or_put_to_death_is_a_killing_verb_whole() -> None:
    """'Two youths were done to death by a mob', 'more than 30 captives were put to death': the victims are the
    youths and the captives, the idiom's verb is no part of them."""
    assert [(m.count_best, m.victim) for m in mentions("Two youths were done to death by a mob on Monday.")] == [
        (2, "youths")]
    assert [(m.count_best, m.victim) for m in mentions("More than 30 captives were put to death by the insurgents.")
            ] == [(31, "captives")]


def test_a_modal_verb_ends_a_victim_phrase() -> None:
    """'the death of several unarmed villagers must be investigated': the victims are 'unarmed villagers'."""
    found = mentions("He said the raid that caused the death of several unarmed villagers must be investigated.")
    assert [m.victim for m in found] == ["unarmed villagers"]


@pytest.mark.parametrize(
    "body",
    [
        "The bodies of four traders abducted a fortnight ago were found near the quarry on Sunday.",
        "Three herders kidnapped a weekend ago have not been heard from, their families said.",
    ],
)
def test_a_fortnight_or_a_weekend_is_no_victim(body: str) -> None:
    """'abducted a fortnight ago' names a time, not one person kidnapped."""
    assert [m.text for m in mentions(body) if m.category == "kidnapped"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two young men were found lifeless beside a canal on Sunday.", 2),
        ("A school caretaker was deprived of life by hooded attackers in his garden.", 1),
        ("A taxi driver was victim of a homicide in the old quarter on Saturday.", 1),
        ("Three women were victims of femicide in the state last weekend.", 3),
    ],
)
def test_translated_wordings_of_a_killing_report_deaths(body: str, expected: int) -> None:
    """Notes translated from Spanish or French word killings as 'found lifeless', 'deprived of life', 'victim of a
    homicide': the dead are counted."""
    assert killed(body) == expected


def test_someone_left_with_burns_or_wounds_is_injured() -> None:
    """'A vendor was left with severe burns' is one injured, as 'two were left with gunshot wounds' are two."""
    assert injured("A vendor was left with severe burns when the petrol bomb hit his stall.") == 1
    assert injured("Two guards were left with gunshot wounds after the raid.") == 2


def test_skulls_skeletons_and_severed_heads_count_the_dead() -> None:
    """'Three human heads were discovered', 'Nine skulls were found in a grave': one dead each; 'the two heads of
    state' are no remains."""
    assert killed("Three human heads were discovered in a cooler outside the town hall on Monday.") == 3
    assert killed("Nine skulls were found in a clandestine grave on Monday.") == 9
    assert killed("The two heads of state met in Geneva on Monday.") == 0


def test_burns_suffered_are_injuries() -> None:
    """'two constables suffered serious burns when the mob torched their jeep': two hurt."""
    assert reported("Two constables suffered serious burns when the mob torched their jeep.", "injured") == [2]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The clashes have uprooted more than 12,000 residents of the valley.", [12001]),
        ("Scores of families deserted their villages after the night raid.", [20]),
        ("Some 400 villagers abandoned their homes as the shelling went on.", [400]),
        ("The guards deserted their posts before dawn.", []),
    ],
)
def test_people_uprooted_or_abandoning_their_homes_are_displaced(body: str, expected: list[int]) -> None:
    """'uprooted 12,000 residents', 'deserted their villages', 'abandoned their homes': displaced people; guards
    deserting their posts are not."""
    assert reported(body, "displaced") == expected
