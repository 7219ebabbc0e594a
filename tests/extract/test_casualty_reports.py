"""Tests for choosing among several reports of one incident's toll (pipeline/extract/casualty_reports.py).
Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extract.casualty_helpers import counts, high, killed, mentions


def test_later_sourced_higher_toll_refines_a_lower_bound() -> None:
    """"at least five" then another source's 12 for the same people: no dispute, 12 in both figures."""
    body = ("Militants stormed a wedding hall on Friday, killing at least five guests, officials said. "
            "Local residents said 12 people were killed.")
    assert counts(body)[0] == 12 and high(body)[0] == 12


def test_disputed_exact_figures_keep_the_conservative_one() -> None:
    """"police confirmed six, villagers said 11": killed keeps 6 (ACLED), killed_high takes 11."""
    body = "The police confirmed six people killed in the raid, although villagers said 11 people were killed."
    assert counts(body)[0] == 6 and high(body)[0] == 11


def test_lower_rival_figure_does_not_lower_the_toll() -> None:
    """Another source's lower figure ("the army said only 7") leaves the higher lead toll in place."""
    body = "Twelve villagers died when raiders torched the market. The army said only 7 people were killed."
    assert counts(body)[0] == 12


def test_later_figure_without_a_source_is_no_rival_report() -> None:
    """A later, higher figure that names no source or report is a detail, not another report of the toll."""
    body = ("Four guards were killed when the depot was attacked. "
            "Nine people died in the fire that followed the attack.")
    assert counts(body)[0] == 4


def test_other_victim_group_is_no_rival_report() -> None:
    """A source's figure for other people ("30 militants" after "five soldiers") is no revised toll."""
    body = ("Five soldiers died when their convoy was ambushed on the highway. "
            "The army said 30 militants died in the fighting that followed.")
    assert counts(body)[0] == 5


def test_guessed_toll_in_a_later_sentence_is_no_report() -> None:
    """"officials said the toll could be as high as 40" is an estimate, not a report of a count."""
    body = ("At least 14 people were killed in the shelling of the town. "
            "Officials said the toll could be as high as 40.")
    assert counts(body)[0] == 14


def test_other_report_of_the_wounded_is_read_alike() -> None:
    """Reports differing on the wounded are read alike: injured keeps 8, injured_high takes 20."""
    body = ("A bomb killed three people and wounded eight at a bus stop. "
            "Other reports said 20 people were wounded.")
    assert counts(body) == (3, 8) and high(body) == (3, 20)


def test_report_introduced_by_saying_is_a_source() -> None:
    """"a monitor posted a statement saying 11 people had been killed" names its source."""
    body = ("Rebels killed at least six villagers in raids overnight, an official said. "
            "A local monitor posted a statement saying that 11 people had been killed in the raids.")
    assert counts(body)[0] == 11


def test_far_larger_sourced_figure_is_no_revised_toll() -> None:
    """A later sourced figure over ten times the toll ("the UN said 300 people were killed") is a wider count."""
    body = ("Three people were killed when a mortar shell hit a market. "
            "The UN said 300 people were killed in the province.")
    assert counts(body)[0] == 3


def test_itemised_toll_is_not_revised() -> None:
    """A toll listed victim group by victim group is a count of known victims: a rival round figure leaves it."""
    body = ("At least seven civilians died when a drone struck a farmhouse, officials said. "
            "The strike left two children, three women and two men dead. "
            "An insurgent radio station put the death toll at 11.")
    assert counts(body)[0] == 7


def test_sourced_figure_of_an_earlier_incident_is_no_rival_report() -> None:
    """"Last week, 20 people were killed on the same road, police said" does not revise this incident's toll."""
    body = ("Five passengers died when gunmen fired on a bus near the border. "
            "Last week, 20 people were killed on the same road, police said.")
    assert counts(body)[0] == 5


def test_civilians_do_not_revise_a_toll_of_soldiers() -> None:
    """"Five soldiers were killed ... residents said 12 civilians died": another victim group, no revision."""
    body = ("Five soldiers were killed when militants ambushed a patrol near the village. "
            "Residents said 12 civilians were killed in the crossfire.")
    assert counts(body)[0] == 5


def test_civilians_may_revise_a_toll_of_children() -> None:
    """"Gunmen ... shooting at least four children dead. Other reports said at least five civilians had died":
    revised to five."""
    body = ("Gunmen raided a school on the edge of the city, shooting at least four children dead. "
            "Other reports said at least five civilians had died there.")
    assert counts(body)[0] == 5


def test_claim_of_own_kills_answered_by_another_source_is_lowered() -> None:
    """A party's claim of 25 kills answered in the sentence by another source's 3: killed 3, high 25."""
    body = ("The Taliban claimed to have killed 25 soldiers, but the defence ministry said only three soldiers "
            "were killed in the attack.")
    assert counts(body)[0] == 3 and high(body)[0] == 25


def test_only_after_another_source_gainsays_a_claim_without_naming_the_victims() -> None:
    """'claimed to have killed dozens of guards, but officials said only four died': one toll told twice, four."""
    body = "The rebels claimed to have killed dozens of border guards, but officials said only four died."
    assert [m.link for m in mentions(body) if m.category == "killed"] == ["new", "alternative"]
    assert counts(body)[0] == 4


def test_same_head_noun_in_one_sentence_is_another_report_not_another_group() -> None:
    """"more than 40 Kenyan soldiers ..., while the military said nine soldiers": one group, never 49."""
    body = ("The militants said they had killed more than 40 Kenyan soldiers in the raid, while the Kenyan "
            "military said nine soldiers had died.")
    assert [m.link for m in mentions(body) if m.category == "killed"] == ["new", "alternative"]
    assert high(body)[0] == 40


def test_only_another_sources_figure_is_the_toll() -> None:
    """With no lead figure, "officials put the death toll at 17" is the toll, not 0."""
    body = "Officials put the death toll at 17, though residents said the real number was far higher."
    assert counts(body)[0] == 17


def test_sourced_itemised_sentence_raises_an_open_lead() -> None:
    """'At least 10 ... police said five civilians, three soldiers and all four attackers were killed': 12."""
    body = ("At least 10 people died on Wednesday when gunmen stormed a hotel, police said. "
            "A police spokesman said five civilians, three soldiers and all four attackers were killed.")
    assert counts(body)[0] == 12 and high(body)[0] == 12
    exact = body.replace("At least 10", "Ten")
    assert counts(exact)[0] == 10


def test_a_partys_claim_does_not_raise_a_sourced_open_count() -> None:
    """'killing at least 15 soldiers, a military official said ... Al Shabaab said it had killed 47':
    killed stays 15 (the claim is the least conservative report), killed_high takes 47."""
    body = ("Al Shabaab militants attacked a military base on Wednesday, killing at least 15 soldiers, a military "
            "official said. Al Shabaab said it had killed 47 soldiers.")
    assert counts(body)[0] == 15
    assert high(body)[0] == 47


def test_a_second_source_set_against_the_first_in_one_sentence_is_a_rival_report() -> None:
    """'Officers said one person died, while the union claimed three of its members died':
    1 (ACLED's conservative figure), 3 at the highest; not 4."""
    body = "Officers said one person died in the baton charge, while the union claimed three of its members died."
    assert (counts(body)[0], high(body)[0]) == (1, 3)


def test_a_rival_source_s_wounded_others_are_not_added() -> None:
    """'... 27 others were hurt, but the union claimed three were killed and eight others injured':
    the union's eight are its count of the same wounded (27 stands), not eight more."""
    body = ("Officers said one person died and 27 others were hurt in the baton charge, but the union "
            "claimed three of its members were killed and eight others injured.")
    assert counts(body) == (1, 27)
    assert high(body) == (3, 27)


def test_combatants_named_by_a_contrary_source_are_another_group() -> None:
    """'Officials said one person died, but the army said 30 rebels were killed': the rebels add up."""
    assert counts("Officials said one person died in the operation, but the army said 30 rebels were killed.")[0] == 31


def test_an_answered_claim_keeps_the_figures_no_one_disputes() -> None:
    """'the group said it killed 23 soldiers, while the army said five soldiers and 13 militants died':
    the army's five answer the claim, its 13 militants stand beside them (18; 36 at the highest)."""
    body = ("Militants stormed a base on Sunday; the group said it killed 23 soldiers, while the army said "
            "five soldiers and 13 militants died.")
    assert counts(body)[0] == 18 and high(body)[0] == 36


def test_a_claim_is_its_clause_s_and_named_by_its_subject() -> None:
    """'the group said it killed 23' is the group's claim; the army's figure after 'while' is no one's."""
    body = "Militants stormed a base; the group said it killed 23 soldiers, while the army said five soldiers died."
    assert [(m.count_best, m.claimed_by) for m in mentions(body) if m.category == "killed"] == [
        (23, "the group"), (5, None)]


def test_another_source_s_count_of_deaths_answers_a_claim() -> None:
    """'the rebels said they killed four policemen; police confirmed two deaths': 2 (4 at the highest)."""
    body = "The rebels said they had killed four policemen at the checkpoint; police confirmed two deaths."
    assert counts(body)[0] == 2 and high(body)[0] == 4


def test_a_source_named_with_an_indefinite_article_gives_a_rival_figure() -> None:
    """'officials said 22 bodies were brought in, while a medic at the scene said at least 35 had died':
    two reports of the same dead (22; 35 at the highest), never 57."""
    body = ("Hospital officials said 22 bodies had been brought in, while a medic at the scene said at least 35 "
            "had died.")
    assert counts(body)[0] == 22 and high(body)[0] == 35


def test_a_claim_told_in_a_participle_is_its_subject_s() -> None:
    """'The group claimed responsibility, saying its fighters had killed dozens': the group's claim."""
    body = "The group claimed responsibility, saying its fighters had killed dozens of officials."
    assert [m.claimed_by for m in mentions(body) if m.category == "killed"] == ["The group"]


def test_the_enemy_s_claim_after_a_side_s_own_loss_is_a_rival_figure() -> None:
    """'the army said it lost three men, while the rebels said they had killed 40 soldiers': 3 dead, not 43;
    two sides' own losses still add up."""
    assert killed("The army said it lost three men in the assault, while the rebels said they had killed 40 "
                  "soldiers.") == 3
    assert killed("The army said it lost three men in the assault, while the rebels said they had lost 40 "
                  "fighters.") == 43


def test_a_party_s_claim_of_its_kills_itemises_no_toll() -> None:
    """'At least 10 killed ... The army said it had killed 46 terrorists and lost 4 soldiers': still 10."""
    assert killed("At least 10 people died in the attack on Tuesday. The army said it had killed 46 "
                  "terrorists and lost 4 soldiers.") == 10


def test_the_seriously_hurt_after_the_hurt_are_a_part() -> None:
    """'15 people were hurt; five with serious injuries were moved to the district hospital': 15 hurt, not 20."""
    assert counts("Police said 15 people were hurt; five with serious injuries were moved to the district "
                  "hospital.") == (0, 15)


def test_the_highest_of_two_sources_tolls_is_the_high_figure() -> None:
    """'Officials put the toll at 17, while villagers said 40 were killed': 17 conservatively, 40 at the highest."""
    body = "Officials put the toll at 17, while villagers said 40 were killed."
    assert (killed(body), high(body)[0]) == (17, 40)
