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
        ("One youth died in police firing in Meerut on Thursday.", [("One", "Police Forces of India")]),
        ("Gunmen abducted 25 students from a school in Zamfara state.", [("25", "Unidentified Armed Group (Nigeria)")]),
        ("Police opened fire on the rioters, killing one and wounding three.",
         [("one", "Police Forces"), ("three", "Police Forces")]),
        ("Five people were killed and 10 injured when gunmen stormed the village.",
         [("Five", "Unidentified Armed Group"), ("10", "Unidentified Armed Group")]),
        ("Shelling by the paramilitary Rapid Support Forces killed 12 people in El Fasher.",
         [("12", "RSF: Rapid Support Forces")]),
    ],
)
def test_the_perpetrator_is_the_side_its_sentence_names(body: str, expected: list[tuple[str, str | None]]) -> None:
    """The doer of the figure's violence: the agent of a passive, the subject of an active verb."""
    assert perpetrators(body) == expected


def test_a_doer_before_a_subordinate_clause_with_its_own_harm_did_not_do_that_harm() -> None:
    """'Police detained nine youths after a brawl between two hostels left a student dead': the brawl killed, the
    police only detained; 'Gunmen, after storming the farm, shot dead two guards. keeps its gunmen."""
    assert perpetrators("Police detained nine youths after a brawl between two hostels left a student dead.") == [
        ("nine", "Police Forces"), ("a student", None)]
    assert perpetrators("Gunmen, after storming the farm, shot dead two guards.") == [
        ("two", "Unidentified Armed Group")]


def test_a_later_clause_with_its_own_subject_is_no_agent() -> None:
    """'one died in police firing and three others were hurt as the unrest spread' does not say who hurt the
    three; nor does 'three were hacked to death and the police then fired tear gas' make the police hack."""
    assert perpetrators("One youth died in police firing and three others were hurt as the unrest spread.") == [
        ("One", "Police Forces"), ("three", None)]
    assert perpetrators("Three men were hacked to death and the police then fired tear gas at the crowd.") == [
        ("Three", None)]


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
    """'the four Hizbul Mujahideen (HM) cadres arrested in Baramulla': the group names who was arrested, not who
    arrested them (the police, by default); nor did 'the LeT gunmen' wound anyone in 'two LeT gunmen injured'."""
    assert perpetrators("The four Hizbul Mujahideen (HM) cadres arrested in Baramulla last week were planning a "
                        "grenade attack.") == [("four", "Police Forces of India")]
    assert perpetrators("Two Lashkar-e-Taiba gunmen injured in the Kupwara encounter were moved to a military "
                        "hospital.") == [("Two", None)]


def test_a_claim_of_its_own_losses_names_no_perpetrator() -> None:
    """'The Bajrang Dal claimed three of its members were killed and nine others badly hurt': the claimant's own
    dead and wounded, told as victims (the passive without its auxiliary too), not its deed."""
    body = "The Bajrang Dal claimed three of its members were killed and nine others badly hurt in the lathi charge."
    assert [p for _, p in perpetrators(body)] == [None, None]


def test_an_agent_after_two_coordinated_figures_did_both() -> None:
    """'2 farmers were killed and 4 villagers were wounded by a Taliban rocket': the agent phrase governs both."""
    assert perpetrators("Two farmers were killed and four villagers were wounded by a Taliban rocket fired into "
                        "Kandahar.") == [("Two", "Taliban"), ("four", "Taliban")]


def test_sides_that_clashed_are_no_single_perpetrator() -> None:
    """'... injured after the police and party workers clashed': the fight's two sides, neither the doer."""
    body = "Two people died and 14 others were badly hurt after the police and union workers clashed."
    assert [p for _, p in perpetrators(body)] == [None, None]


def test_a_bomber_who_blew_himself_up_did_the_killing() -> None:
    """'A bomber blew himself up outside a hotel, killing at least nine people': the bomber's deed."""
    assert perpetrators("A bomber blew himself up outside a hotel in Baidoa, killing at least nine people.") == [
        ("at least nine", "Unidentified Armed Group (Somalia)")]


def test_a_force_telling_of_arrests_made_them() -> None:
    """'Forty people were detained, police said': arrests are a state force's deed, and the force telling of them
    tells of its own; a killing the police tell of stays unattributed."""
    assert perpetrators("Forty people were detained in the raids, police said.") == [("Forty", "Police Forces")]
    assert perpetrators("Two men were shot dead in the market, police said.") == [("Two", None)]


def test_a_claim_of_others_plight_or_deed_names_no_perpetrator() -> None:
    """'the families claimed 31 relatives were still missing' and 'police claimed the two men confessed to killing
    him' tell of others; 'to have the VHP, Shiv Sena and other workers arrested' lists the VHP among the arrested."""
    assert perpetrators("The families claimed 31 relatives were still missing.") == [("31", None)]
    assert [p for _, p in perpetrators("The party alleged a scheme to have the VHP, Shiv Sena and other workers "
                                       "arrested.")] \
        == [None]


def test_a_relative_clause_takes_its_antecedents_doer() -> None:
    """'an inquiry into the police firing in which one youth died': the police firing killed the one."""
    assert perpetrators("The opposition sought an inquiry into the police firing at the jute mill in which one youth "
                        "died.") == [("one", "Police Forces")]


def test_a_relative_clause_of_another_antecedent_takes_no_doer() -> None:
    """'Police detained 37 people over the massacre in which 22 pilgrims were killed': the police made the
    arrests; the massacre, not the police, killed the 22."""
    assert perpetrators("Police detained 37 people over the bus massacre in which 22 pilgrims were killed.") == [
        ("37", "Police Forces"), ("22", None)]


def test_a_contrasting_clause_after_the_figure_names_no_doer_of_it() -> None:
    """'20 protesters were killed, whereas another report said security forces shot dead 21': the second
    clause's doer is its own figure's."""
    assert perpetrators("Twenty protesters were killed in the city, whereas another report said that soldiers shot "
                        "dead 21 people.") == [("Twenty", None), ("21", "Military Forces")]


def test_a_participle_clause_reaches_every_figure_it_lists() -> None:
    """'Insurgents shot at a truck, leaving two dead and three wounded': the insurgents' both; 'police killed a
    gunman who was carrying a pistol' keeps the police though a relative clause follows the figure."""
    assert [p for _, p in perpetrators("Insurgents shot at a truck on the mountain road, leaving two dead and three "
                                       "wounded.")] == ["Unidentified Armed Group", "Unidentified Armed Group"]
    assert perpetrators("Police shot and killed a gunman who was carrying a pistol near the bridge.") == [
        ("a gunman", "Police Forces")]


def test_a_relative_clause_of_harm_takes_its_antecedent_as_the_doer() -> None:
    """'gunmen who killed five villagers': the gunmen; 'the market bombing that killed 20': no actor, so not the
    police who made arrests over it; 'the police firing that left two dead': the police."""
    assert perpetrators("Unknown gunmen who killed five villagers on Sunday fled into the forest.") == [
        ("five", "Unidentified Armed Group")]
    assert perpetrators("Police arrested five men on Monday in connection with the market bombing that killed 20 "
                        "people.") == [("five", "Police Forces"), ("20", None)]
    assert perpetrators("They demanded action over the police firing that left two dead at the jute mill.") == [
        ("two", "Police Forces")]


def test_a_relative_clause_on_a_named_side_tells_its_deed() -> None:
    """'The Taliban, which killed two policemen' and 'clashed with police, who shot dead two demonstrators' name the
    doer by the relative pronoun's antecedent, even the object of 'with'."""
    assert perpetrators("The Taliban, which killed two policemen in Kunduz on Monday, vowed to fight on.") == [
        ("two", "Taliban")]
    assert perpetrators("Protesters clashed with police, who shot dead two demonstrators.") == [
        ("two", "Police Forces")]
    assert perpetrators("The railway police, which detained as many as 40 people, released no names.") == [
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
    """'constables merely watched a mob lynch three pedlars': the mob lynched them (the constables only
    watched)."""
    assert perpetrators("Two constables merely watched a mob lynch three pedlars outside the bus stand.") == [
        ("three", "Rioters")]


def test_an_arrest_told_without_its_agent_is_the_police_s() -> None:
    """'Five activists were arrested in Jaipur on Monday': arrests are the state's act, by its police (as ACLED codes
    them) unless the sentence names another force; an arrest only demanded has no one making it."""
    assert perpetrators("Five activists were arrested in Jaipur on Monday.") == [("Five", "Police Forces of India")]
    assert perpetrators("Two shepherds were detained near the border in Kashmir during a raid by soldiers.") == [
        ("Two", "Military Forces of India")]
    assert perpetrators("The party demanded the arrest of the mayor of Jaipur.") == [("the mayor of Jaipur", None)]


def test_a_force_that_charged_a_crowd_is_the_doer_of_the_arrests_after() -> None:
    """'Police baton-charged student demonstrators and detained 35 of them': the police arrested them."""
    body = "Police baton-charged student demonstrators and detained 35 of them."
    assert perpetrators(body) == [("35", "Police Forces")]
