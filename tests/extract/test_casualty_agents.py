"""Who did the harm each casualty figure counts, read from the figure's own sentence."""

from __future__ import annotations

import pytest

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText


def perpetrators(body: str) -> list[tuple[str, str | None]]:
    """(figure as written, perpetrator) of every casualty mention of `body`."""
    return [(c.text, c.perpetrator) for c in analyse(ArticleText("t", body, None, None)).casualties]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One man was killed in police firing in Vadodara on Tuesday.", [("One", "Police Forces of India")]),
        ("Gunmen abducted 25 students from a school in Zamfara state.", [("25", "Unidentified Armed Group (Nigeria)")]),
        ("Police fired at the mob, killing one and injuring two.",
         [("one", "Police Forces"), ("two", "Police Forces")]),
        ("Five people were killed and 10 injured when gunmen stormed the village.",
         [("Five", "Unidentified Armed Group"), ("10", "Unidentified Armed Group")]),
        ("Shelling by the paramilitary Rapid Support Forces killed 12 people in El Fasher.",
         [("12", "RSF: Rapid Support Forces")]),
    ],
)
def test_the_perpetrator_is_the_side_its_sentence_names(body: str, expected: list[tuple[str, str | None]]) -> None:
    """The doer of the figure's violence: the agent of a passive, the subject of an active verb."""
    assert perpetrators(body) == expected


def test_a_later_clause_with_its_own_subject_is_no_agent() -> None:
    """'one was killed in police firing and two others were injured as violence spread' does not say who
    injured the two; nor does 'two were stabbed and the police fired in the air' make the police stab."""
    assert perpetrators("One man was killed in police firing and two others were injured as violence spread.") == [
        ("One", "Police Forces"), ("two", None)]
    assert perpetrators("Two persons were stabbed to death and the police fired several rounds in the air.") == [
        ("Two", None)]


def test_participle_clause_takes_the_subject_not_the_nearest_name() -> None:
    """'Troops repulsed a Taliban attack on the base, killing five': the troops killed the five."""
    assert perpetrators("Troops repulsed a Taliban attack on the base, killing five.") == [
        ("five", "Military Forces of Afghanistan")]


def test_sides_of_a_fight_are_no_single_perpetrator() -> None:
    """'Fighting between ELN guerrillas and FARC dissidents killed eight' names both sides, so neither."""
    assert perpetrators("Fighting between ELN guerrillas and FARC dissidents killed eight fighters in Catatumbo.") == [
        ("eight", None)]


def test_a_claim_of_its_own_killing_names_the_claimant() -> None:
    """'The army said it had repelled the assault and killed about 30 attackers': the army's claimed deed;
    'Police said two men were shot dead' tells of others' violence, so no one."""
    assert perpetrators("The army said it had repelled the assault and killed about 30 attackers.") == [
        ("about 30", "Military Forces")]
    assert perpetrators("Police said two men were shot dead near the market.") == [("two", None)]


def test_an_actor_among_the_victims_did_no_harm() -> None:
    """'the three Hizbul Mujahideen (HM) militants arrested on Friday': the group names who was arrested, not who
    arrested them (the police, by default); nor did 'the LeT militants' wound anyone in 'two LeT militants wounded'."""
    assert perpetrators("The three Hizbul Mujahideen (HM) militants arrested on Friday in Sopore had planned attacks."
                        ) == [("three", "Police Forces of India")]
    assert perpetrators("The two Lashkar-e-Taiba militants wounded on Friday in Sopore were taken to hospital.") == [
        ("two", None)]


def test_a_claim_of_its_own_losses_names_no_perpetrator() -> None:
    """'The VHP claimed two of its workers were killed and six others seriously injured': the claimant's own dead
    and wounded, told as victims (the passive without its auxiliary too), not its deed."""
    body = "The VHP claimed two of its workers were killed and six others seriously injured in the firing."
    assert [p for _, p in perpetrators(body)] == [None, None]


def test_an_agent_after_two_coordinated_figures_did_both() -> None:
    """'1 child was killed and 3 civilians were wounded by a Taliban rocket': the agent phrase governs both."""
    assert perpetrators("One child was killed and three civilians were wounded by a Taliban rocket in Helmand.") == [
        ("One", "Taliban"), ("three", "Taliban")]


def test_sides_that_clashed_are_no_single_perpetrator() -> None:
    """'... injured after the police and party workers clashed': the fight's two sides, neither the doer."""
    body = "One person died and 29 others were seriously injured after the police and party workers clashed."
    assert [p for _, p in perpetrators(body)] == [None, None]


def test_a_bomber_who_blew_himself_up_did_the_killing() -> None:
    """'A suicide bomber blew himself up at a checkpoint, killing at least seven people': the bomber's deed."""
    assert perpetrators("A suicide bomber blew himself up at a police checkpoint in Mogadishu, killing at least seven "
                        "people.") == [("at least seven", "Unidentified Armed Group (Somalia)")]


def test_a_force_telling_of_arrests_made_them() -> None:
    """'Forty people were detained, police said': arrests are a state force's deed, and the force telling of them
    tells of its own; a killing the police tell of stays unattributed."""
    assert perpetrators("Forty people were detained in the raids, police said.") == [("Forty", "Police Forces")]
    assert perpetrators("Two men were shot dead in the market, police said.") == [("Two", None)]


def test_a_claim_of_others_plight_or_deed_names_no_perpetrator() -> None:
    """'they claimed 45 persons were still missing' and 'police claimed the two men confessed to killing him' tell
    of others; 'to get the VHP, Bajrang Dal and other activists arrested' lists the VHP among the arrested."""
    assert perpetrators("The villagers claimed there was a list of 45 persons still missing.") == [("45", None)]
    assert [p for _, p in perpetrators("This is a plot to get the VHP, Bajrang Dal and other activists arrested.")] \
        == [None]


def test_a_relative_clause_takes_its_antecedents_doer() -> None:
    """'a probe into the police firing in which one person was killed': the police firing killed the one."""
    assert perpetrators("The party demanded a probe into the police firing in Taldih in which one man was killed.") \
        == [("one", "Police Forces")]


def test_a_relative_clause_of_another_antecedent_takes_no_doer() -> None:
    """'Police arrested 62 people over the carnage in which 58 passengers were burnt': the police made the
    arrests; the carnage, not the police, killed the 58."""
    assert perpetrators("Police arrested 62 people over the train carnage in which 58 passengers were killed.") == [
        ("62", "Police Forces"), ("58", None)]


def test_a_contrasting_clause_after_the_figure_names_no_doer_of_it() -> None:
    """'20 protesters were killed, whereas another report said security forces shot dead 21': the second
    clause's doer is its own figure's."""
    assert perpetrators("Twenty protesters were killed in the city, whereas another report said that soldiers shot "
                        "dead 21 people.") == [("Twenty", None), ("21", "Military Forces")]


def test_a_participle_clause_reaches_every_figure_it_lists() -> None:
    """'Rebels fired on a bus, leaving one dead and one wounded': the rebels' both; 'police killed a militant who was
    armed' keeps the police though a relative clause follows the figure."""
    assert [p for _, p in perpetrators("Rebels fired on a bus in the hills, leaving one dead and one wounded.")] == [
        "Unidentified Armed Group", "Unidentified Armed Group"]
    assert perpetrators("Police shot and killed a militant who was armed with a grenade at the checkpoint.") == [
        ("a militant", "Police Forces")]


def test_a_relative_clause_of_harm_takes_its_antecedent_as_the_doer() -> None:
    """'gunmen who killed five villagers': the gunmen; 'the market bombing that killed 20': no actor, so not the
    police who made arrests over it; 'the police firing that left one dead': the police."""
    assert perpetrators("Unknown gunmen who killed five villagers on Sunday fled into the forest.") == [
        ("five", "Unidentified Armed Group")]
    assert perpetrators("Police arrested five men on Monday in connection with the market bombing that killed 20 "
                        "people.") == [("five", "Police Forces"), ("20", None)]
    assert perpetrators("They demanded a probe into the police firing that left one dead in Taldih.") == [
        ("one", "Police Forces")]


def test_a_relative_clause_on_a_named_side_tells_its_deed() -> None:
    """'The Taliban, which killed two policemen' and 'clashed with police, who shot dead two demonstrators' name the
    doer by the relative pronoun's antecedent, even the object of 'with'."""
    assert perpetrators("The Taliban, which killed two policemen in Kunduz on Monday, vowed to fight on.") == [
        ("two", "Taliban")]
    assert perpetrators("Protesters clashed with police, who shot dead two demonstrators.") == [
        ("two", "Police Forces")]
    assert perpetrators("The harbour police, which arrested as many as 40 people, gave no names.") == [
        ("as many as 40", "Police Forces")]


def test_a_force_that_moved_to_arrest_made_the_arrest() -> None:
    """'the police managed to arrest three suspects', 'went on to arrest four men': the force's arrests."""
    assert perpetrators("The police managed to arrest three suspects on Monday.") == [("three", "Police Forces")]
    assert perpetrators("Police went on to arrest four men in connection with the attack.") == [
        ("four", "Police Forces")]


def test_the_force_that_arrests_did_not_do_the_crime() -> None:
    """'Police detained three youths on Friday for beating a driver to death': the youths are the killers, not the
    police; 'Police beat a driver to death' names the police."""
    assert perpetrators("Police detained three youths on Friday for beating a driver to death.") == [
        ("three", "Police Forces"), ("a driver", None)]
    assert perpetrators("Police beat a driver to death on Friday.") == [("a driver", "Police Forces")]


def test_a_bare_infinitive_of_harm_names_its_doer() -> None:
    """'constables watched a mob lynch two porters': the mob lynched them (the constables only watched)."""
    assert perpetrators("Four constables watched a mob lynch two porters near the station.") == [("two", "Rioters")]


def test_an_arrest_told_without_its_agent_is_the_police_s() -> None:
    """'Five activists were arrested in Jaipur on Monday': arrests are the state's act, by its police (as ACLED codes
    them) unless the sentence names another force; an arrest only demanded has no one making it."""
    assert perpetrators("Five activists were arrested in Jaipur on Monday.") == [("Five", "Police Forces of India")]
    assert perpetrators("Two shepherds were detained near the border in Kashmir during a raid by soldiers.") == [
        ("Two", "Military Forces of India")]
    assert perpetrators("The party demanded the arrest of the mayor of Jaipur.") == [("the mayor of Jaipur", None)]
