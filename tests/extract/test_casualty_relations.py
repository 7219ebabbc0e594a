"""Tests for pipeline/extract/casualty_relations.py: how a figure relates to the figures before it in
its sentence, read through the links and statuses of its mentions. Every sentence here was written
for these tests."""

from __future__ import annotations

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from tests.extract.casualty_helpers import counts, mentions


def links(body: str) -> list[tuple[int, str, str]]:
    """(best figure, status, link) of each killed mention of `body`, in text order."""
    return [(m.count_best, m.status, m.link) for m in mentions(body) if m.category == "killed"]


def test_a_figure_restated_for_another_verb_is_the_same() -> None:
    """'Five people were killed when gunmen attacked the bus, killing five': one figure told twice."""
    assert links("Five people were killed when gunmen attacked the bus, killing five.") == [
        (5, "reported", "new"), (5, "reported", "same")]


def test_bodies_recovered_after_a_vague_toll_update_it() -> None:
    """'Dozens were feared dead; rescuers recovered 18 bodies': the bodies are those dead, an update."""
    assert links("Dozens were feared dead after the raid, and rescuers recovered 18 bodies.") == [
        (12, "reported", "new"), (18, "reported", "update")]


def test_a_second_source_s_figure_for_the_same_people_is_an_alternative() -> None:
    """'Residents said 20 people were killed, police said only 8 died': two reports of one toll."""
    assert links("Residents said 20 people were killed, police said only 8 died.") == [
        (20, "reported", "new"), (8, "reported", "alternative")]


def test_a_bare_count_after_another_source_is_its_figure_for_the_same_dead() -> None:
    """'Medics said troops shot dead 9 strikers; the governor said 4 died': the governor's 4 are the same dead."""
    assert links("Medics said troops shot dead 9 strikers; the governor said 4 died.") == [
        (9, "reported", "new"), (4, "reported", "alternative")]


def test_a_toll_far_above_the_sentence_s_own_figure_is_a_wider_count() -> None:
    """'17 died in new raids, taking the toll to 438': the 438 is cumulative."""
    assert links("At least 17 villagers died in new raids on Friday, taking the toll to 438.") == [
        (17, "reported", "new"), (438, "cumulative", "total")]


def test_a_sides_own_count_of_its_dead_answers_its_enemys_claim() -> None:
    """'The army said it had killed 40 militants; the group said it lost two fighters': the same people,
    so the incident takes the conservative 2 (40 at the highest); 'the rebels admitted losing five
    men' is no detail of the 30; the army's own losses after villagers' deaths are more dead."""
    body = "The army said it had killed 40 militants; the group said it lost two fighters."
    assert links(body) == [(40, "reported", "new"), (2, "reported", "alternative")]
    incident = analyse(ArticleText("a", body, None, None)).incident
    assert (incident.killed, incident.killed_high) == (2, 40)
    assert links("The army said it killed 30 rebels, but the rebels admitted losing five men.") == [
        (30, "reported", "new"), (5, "reported", "alternative")]
    assert links("Gunmen killed 12 villagers; the army said it lost two soldiers in the pursuit.") == [
        (12, "reported", "new"), (2, "reported", "new")]


def test_a_side_s_own_loss_answers_its_figure_among_several_groups() -> None:
    """'Some 50 insurgents and 7 soldiers were killed, ..., while the rebels said they lost only 10 men': the
    10 are the rebels' count of the 50, not ten more dead (57, not 67)."""
    body = "Some 50 insurgents and 7 soldiers were killed, the army said, while the rebels said they lost only 10 men."
    assert links(body) == [(50, "reported", "new"), (7, "reported", "new"), (10, "reported", "alternative")]


def test_n_others_told_again_in_a_later_sentence_is_the_same_figure() -> None:
    """'9 were killed and 18 others wounded ... Eighteen others were wounded in the gunfight, he said': 18
    wounded, not 36; another number of others still adds."""
    body = ("Nine people were killed and 18 others wounded on Friday when gunmen raided the shrine. The district "
            "commander said three of the raiders were killed. Eighteen others were wounded in the gunfight, he said.")
    assert counts(body) == (9, 18)
    body = ("Nine people were killed and 18 others wounded on Friday when gunmen raided the shrine. Four others "
            "were hurt in a crush at the gate, he said.")
    assert counts(body) == (9, 22)


def test_another_wounded_told_again_with_its_dead_is_one_person() -> None:
    """'shot dead a vaccination volunteer and wounded another ... killing one vaccination volunteer and wounding
    another': one wounded, told twice; 'wounded another' in a later sentence with other dead is one more."""
    body = ("Militants shot dead a vaccination volunteer and wounded another in Kunar on Friday. The militants "
            "ambushed the pair near Shigal bazaar, killing one vaccination volunteer and wounding another.")
    assert counts(body) == (1, 1)
    body = ("Gunmen killed two villagers and wounded another in Zamfara on Monday. "
            "In Kano, police shot dead one robber and wounded another.")
    assert [m.link for m in mentions(body) if m.category == "injured"] == ["more", "more"]


def test_a_later_definite_count_of_the_same_figure_is_the_same_people() -> None:
    """'Maoists killed two villagers on Sunday night ... The bodies of the two men were found on Monday': the two
    again, not two more dead of another day; 'the two other traders were found beaten to death' are two more."""
    body = ("Suspected Maoists killed two villagers on Sunday night, police said. The bodies of the two men were "
            "found on a road on Monday morning.")
    assert counts(body)[0] == 2
    assert [m.link for m in mentions(body)] == ["new", "same"]
    body = ("Two of the traders were found beaten to death on Monday. The two other traders were found beaten to "
            "death on Wednesday.")
    assert counts(body)[0] == 4


def test_a_person_named_again_is_the_same_person() -> None:
    """'shot dead journalist Ali Khan ... Ali Khan was killed as he left his office': one death told twice; 'union
    leader Rafiq Qureshi, who was shot dead last month ... the killing of Rafiq Qureshi was the result of police
    neglect': the protest's occasion stays background when named again."""
    body = "Gunmen shot dead journalist Ali Khan on Monday. Ali Khan was killed as he left his office, police said."
    assert [m.link for m in mentions(body)] == ["new", "same"]
    body = ("Marchers sought justice for union leader Rafiq Qureshi, who was shot dead last month. They said the "
            "killing of Rafiq Qureshi was the result of police neglect.")
    assert [(m.victim, m.status) for m in mentions(body)] == [
        ("union leader Rafiq Qureshi", "background"), ("Rafiq Qureshi", "background")]


def test_a_toll_of_one_group_is_that_groups_figure() -> None:
    """'killing at least 23 people ... the number of police officers killed was 9': the police are among the 23
    (a part; 23 killed, 14 civilians); 'killing 15 police officers and several civilians ... the number of police
    killed had risen to 16': the police's figure rises beside the civilians' (16 + 3); 'the number of people killed
    rose to 12' after 'killed 10 people' is the whole toll's update."""
    body = ("A car bomb tore through a checkpoint on Saturday evening, killing at least 23 people, officials said. "
            "Local media said the number of police officers killed was 9.")
    assert [m.link for m in mentions(body)] == ["new", "part"]
    incident = analyse(ArticleText("a", body, None, None)).incident
    assert (incident.killed, incident.civilians_killed) == (23, 14)
    body = ("Gunmen attacked a police post on Sunday, killing at least 15 police officers and several civilians, the "
            "governor said. He said the number of police killed had risen to 16.")
    assert counts(body)[0] == 19
    assert counts("Gunmen killed 10 people on Sunday. The number of people killed rose to 12 on Monday.")[0] == 12


def test_a_sides_own_loss_of_the_dead_told_before_is_them_again() -> None:
    """'killing at least 11 soldiers ... "We lost 11 soldiers," he said': the same 11, not 22; a loss of
    another kind ("killed six militants ... lost six soldiers") still adds."""
    assert counts("Fighters stormed an army base on Tuesday, killing at least 11 soldiers, an officer said. "
                  "\"We lost 11 soldiers and 14 others were wounded,\" he said.") == (11, 14)
    assert counts("Troops killed six militants in a raid on Tuesday. The army said it lost six soldiers.") == (12, 0)


def test_a_sides_own_count_answers_its_enemys_vague_claim() -> None:
    """'The RSF claimed it had killed hundreds of army soldiers, but the army said only 14 of its soldiers had died':
    another source's count of the same dead, the conservative 14, not 114."""
    assert counts("The RSF claimed it had killed hundreds of army soldiers in the battle, but the army said only 14 "
                  "of its soldiers had died.") == (14, 0)


def test_remains_of_different_kinds_listed_together_are_different_dead() -> None:
    """'seven charred bodies and seven skulls': fourteen dead, not one figure restated; 'Six people were killed and six
    bodies were recovered' stays six."""
    assert counts("Police found seven charred bodies and seven skulls in a gully outside Chilapa on Monday.")[0] == 14
    assert counts("Officials said three charred bodies, three skulls and a set of bones lay by a farm.")[0] == 6
    assert counts("Six people were killed and six bodies were recovered from the river on Monday.")[0] == 6


def test_a_partys_claim_of_its_kills_after_a_semicolon_is_a_rival_report() -> None:
    """'leaving four guards dead; the group later claimed it had killed 15': the group's figure for the same dead,
    so the toll is four (15 the highest report), not 19; a claim of other victims ('killed 20 rebels') still adds."""
    body = "Fighters raided an outpost on Sunday, leaving four guards dead; the group later claimed it had killed 15."
    assert [m.link for m in mentions(body) if m.category == "killed"] == ["new", "alternative"]
    incident = analyse(ArticleText("a", body, None, None)).incident
    assert (incident.killed, incident.killed_high) == (4, 15)
    body = "Rebels raided an outpost on Sunday, leaving four guards dead; the army said it had killed 20 rebels."
    assert counts(body)[0] == 24
