"""Tests for pipeline/extract/actor_evidence.py (with actor_crowds.py and actor_words.py, which it reads crowds
and kinds of actor with): the incident's actors get mentions at the words they were read from. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.analyse import analyse
from pipeline.extract.types import ActorMention, ArticleText


def _mentions(body: str) -> tuple[str | None, str | None, list[ActorMention]]:
    """(actor1, actor2, actor mentions) of `body`; every mention's text is its span of the body."""
    result = analyse(ArticleText("t", body, None, None))
    for m in result.actors:
        assert body[m.char_start:m.char_end] == m.text
    return result.incident.actor1, result.incident.actor2, result.actors


def test_protesters_are_the_people_before_the_protest_word() -> None:
    """'taxi drivers protested' and 'nurses and doctors protested': the people words are the protesters."""
    actor1, _, found = _mentions("On 3 June 2021, nurses and doctors protested in Lahore against unpaid wages.")
    assert actor1 == "Protesters (Pakistan)"
    assert [(m.text, m.actor_name, m.actor_type) for m in found if m.actor_type != "group"] == [
        ("nurses and doctors", "Protesters (Pakistan)", "protesters")]


def test_a_people_mention_before_the_protest_word_takes_the_protesters_name() -> None:
    """'residents of Kisumu blocked a road ... to protest': the residents' mention is the protesters'."""
    actor1, _, found = _mentions("On 6 June 2021, residents of Kisumu blocked a road to protest against a killing.")
    assert actor1 == "Protesters (Kenya)"
    assert ("residents of Kisumu", "Protesters (Kenya)") in [(m.text, m.actor_name) for m in found]


def test_civilian_victims_are_the_victims_of_the_first_reported_harm() -> None:
    """'a shopkeeper was shot dead': the shopkeeper is the Civilians actor, without the verb after him."""
    _, actor2, found = _mentions("On 4 June 2021, a shopkeeper was shot dead by unknown gunmen in Tegucigalpa.")
    assert actor2 == "Civilians (Honduras)"
    assert ("a shopkeeper", "Civilians (Honduras)", "target") in [(m.text, m.actor_name, m.role) for m in found]
    assert "Unidentified Armed Group (Honduras)" in [m.actor_name for m in found]


def test_an_actor_the_text_gives_no_words_for_gets_no_mention() -> None:
    """'observers recorded 12 explosions near Horlivka' names neither side: no mention is made up."""
    actor1, actor2, found = _mentions("On 5 June 2021, observers recorded 12 explosions near Horlivka.")
    assert actor1 is not None and actor2 is not None
    assert not {m.actor_name for m in found} & {actor1, actor2}


def test_agent_nouns_and_other_crowd_words_name_the_crowd() -> None:
    """'more than 500 market sellers demonstrated' (an agent noun in the plural) are the protesters; 'armed
    inmates' who stabbed a man are the armed group."""
    actor1, _, found = _mentions("On 7 June 2021, in Tela, more than 500 market sellers demonstrated for permits.")
    assert (actor1, [m.text for m in found if m.actor_name == actor1]) == ("Protesters (Honduras)", ["sellers"])
    actor1, _, found = _mentions("On 8 June 2021, a prisoner died in a jail in Manaus, Amazonas, after armed "
                                 "inmates stabbed him in his cell.")
    assert [m.text for m in found if m.actor_name == actor1] == ["armed inmates"]


def test_words_already_read_as_a_mention_are_renamed_not_doubled() -> None:
    """'The three robbers fled' is a mention already; the incident's armed side named there renames it, so one
    span carries one actor."""
    body = ("A goldsmith was shot dead at his shop in Nagpur on Tuesday after he refused to hand over his cash. The "
            "three robbers fled on bikes. Police have formed teams to trace them.")
    actor1, _, found = _mentions(body)
    robbers = [m for m in found if m.text == "robbers"]
    assert len(robbers) == 1 and robbers[0].actor_name == actor1


def test_a_named_victim_is_the_civilians() -> None:
    """'Sajid Mehmood was gunned down': ACLED names him Civilians (Pakistan), and so does his mention (its text
    keeps his name)."""
    _, actor2, found = _mentions("On 4 June 2021, Sajid Mehmood was gunned down by two attackers near his home in "
                                 "Quetta.")
    assert (actor2, [m.actor_name for m in found if m.text == "Sajid Mehmood"]) == ("Civilians (Pakistan)",
                                                                                    ["Civilians (Pakistan)"])


def test_a_crowd_word_that_is_its_riot_cue_is_the_crowd() -> None:
    """'30 officers were injured when protesters hurled stones': the protesters are the rioters, not the officers
    named before them."""
    actor1, _, mentions = _mentions(
        "Police said 30 officers sustained injuries when protesters hurled stones at them in Harare, Zimbabwe.")
    assert actor1 == "Rioters (Zimbabwe)"
    assert {m.text for m in mentions if m.actor_name == actor1} == {"protesters"}


def test_counted_victims_are_read_at_their_head_noun_not_at_the_attackers() -> None:
    """'1 PPP worker was fatally shot by unknown assailants': the worker is the civilians' mention, the assailants
    stay the armed group's, and the party keeps its own."""
    actor1, actor2, found = _mentions(
        "On 4 June 2021, 1 PPP worker was fatally shot by unknown assailants near a market in Sukkur.")
    assert (actor1, actor2) == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")
    named = [(m.text, m.actor_name) for m in found]
    assert ("worker", "Civilians (Pakistan)") in named
    assert ("unknown assailants", "Unidentified Armed Group (Pakistan)") in named


def test_a_protest_named_without_its_people_is_the_protesters_mention() -> None:
    """'protests were held in Guntur': no people are named, so the protest word carries the protesters."""
    actor1, _, found = _mentions("On 5 June 2021, protests were held in Guntur against the closure of a sugar mill.")
    assert actor1 == "Protesters (India)"
    assert ("protests", "Protesters (India)") in [(m.text, m.actor_name) for m in found]


def test_the_people_after_a_crowd_word_are_the_crowd() -> None:
    """'a clash broke out between villagers of two hamlets': the villagers are the rioters."""
    actor1, _, found = _mentions("On 5 June 2021, a clash broke out between villagers of two hamlets near Larkana "
                                 "over a water channel, injuring four men.")
    assert actor1 == "Rioters (Pakistan)"
    assert ("villagers", "Rioters (Pakistan)") in [(m.text, m.actor_name) for m in found]


def test_fire_at_governmental_positions_names_the_state_s_military() -> None:
    """'rebels opened mortar fire on governmental positions': those words are the military's mention."""
    _, _, found = _mentions("On 5 June 2021, the NAF opened mortar fire on governmental positions close to Marinka, "
                            "Donetsk.")
    assert ("governmental positions", "Military Forces of Ukraine") in [(m.text, m.actor_name) for m in found]


def test_a_victim_phrase_holding_a_named_group_leaves_the_group_its_mention() -> None:
    """'A supporter of the Jubo League was hacked to death': 'A supporter' is the civilians' mention and the
    league keeps its own; 'another BNP man' gives 'man'."""
    _, _, found = _mentions("On 5 June 2021, a supporter of the Jubo League was hacked to death in Noakhali.")
    named = [(m.text, m.actor_name) for m in found]
    assert ("a supporter", "Civilians (Bangladesh)") in named
    assert any(m.text == "Jubo League" and not m.actor_name.startswith("Civilians") for m in found)
    _, _, found = _mentions("On 5 June 2021, another BNP man was stabbed to death in Bogura.")
    assert ("man", "Civilians (Bangladesh)") in [(m.text, m.actor_name) for m in found]


def test_members_of_a_named_union_are_the_protesters_not_a_word_of_its_name() -> None:
    """'members of the Bus Drivers Union staged a protest': the members are the protesters; 'Drivers' belongs to the
    union's name, which keeps its own mention."""
    actor1, _, found = _mentions("On 2 June 2021, members of the Bus Drivers Union staged a protest in Lahore.")
    assert actor1 == "Protesters (Pakistan)"
    assert ("members", "Protesters (Pakistan)") in [(m.text, m.actor_name) for m in found]


def test_villagers_who_clashed_with_police_are_the_rioters_facing_the_police() -> None:
    """'Villagers clashed with police': Rioters against the police, the villagers their mention."""
    actor1, actor2, found = _mentions("On 2 June 2021, villagers clashed with police in Birgunj after a boy was hit "
                                      "by a truck.")
    assert (actor1, actor2) == ("Rioters (Nepal)", "Police Forces of Nepal")
    assert ("villagers", "Rioters (Nepal)") in [(m.text, m.actor_name) for m in found]


def test_a_crowd_named_only_by_its_organisation_is_read_at_its_protest_verb() -> None:
    """'the Sindh Teachers Alliance protested': the alliance keeps its own mention; the protest verb carries the
    protesters, so the summary's actor is traceable."""
    actor1, _, found = _mentions("On 3 June 2021, the Sindh Teachers Alliance protested outside the press club in "
                                 "Hyderabad.")
    assert actor1 == "Protesters (Pakistan)"
    named = [(m.text, m.actor_name) for m in found]
    assert ("protested", "Protesters (Pakistan)") in named
    assert ("Sindh Teachers Alliance", "Sindh Teachers Alliance") in named


def test_every_protest_word_of_a_sentence_is_read_before_the_next_sentence() -> None:
    """'as strikes at clinics went on, nurses in Erbil protested': the first protest word names no people, the
    second does."""
    actor1, _, found = _mentions("On 4 June 2021, as strikes at clinics went on, nurses in Erbil protested over "
                                 "unpaid salaries.")
    assert actor1 == "Protesters (Iraq)"
    assert [m.text for m in found if m.actor_name == actor1] == ["nurses"]


@pytest.mark.parametrize(
    ("body", "crowd", "name"),
    [
        ("On 5 June 2021, a march was held in Tyre against rising prices.", "march", "Protesters (Lebanon)"),
        ("On 5 June 2021, activists of a student front marched in a procession through Rajshahi.", "activists",
         "Protesters (Bangladesh)"),
        ("On 8 June 2021, a suspected burglar was beaten to death by residents in Recife.", "residents",
         "Rioters (Brazil)"),
        ("On 9 June 2021, police used tear gas on rioting inmates who had taken over a wing of the jail in El Obeid.",
         "inmates", "Rioters (Sudan)"),
        ("On 11 June 2021, a clash ensued between traders and police in Birgunj.", "traders", "Rioters (Nepal)"),
    ],
)
def test_the_crowd_is_found_at_its_words(body: str, crowd: str, name: str) -> None:
    """A march named without people, a procession, a passive's agent after 'beaten to death by', a crowd told by
    what it is doing ('rioting inmates'), the people after 'a clash ensued between'."""
    actor1, _, found = _mentions(body)
    assert actor1 == name
    assert (crowd, name) in [(m.text, m.actor_name) for m in found]


def test_armed_with_is_no_armed_group_but_men_armed_with_are() -> None:
    """'the dead man was armed and' names no attacker; 'three men armed with knives' do."""
    _, _, found = _mentions("On 3 June 2021, a mechanic was shot dead in Uruapan. The dead man was armed and no "
                            "suspect has been named.")
    assert not [m for m in found if m.text.startswith("armed")]
    actor1, _, found = _mentions("On 3 June 2021, a money changer was killed by three men armed with knives in "
                                 "Beledweyne.")
    assert ("men armed with", actor1) in [(m.text, m.actor_name) for m in found]


@pytest.mark.parametrize(
    ("body", "crowd"),
    [
        ("jaipur: on march 5 the police said the bandh called by trader associations was peaceful.", "bandh"),
        ("Police held a flag march through the bazaar area on Thursday ahead of a bandh the Bajrang Dal had called.",
         "bandh"),
    ],
)
def test_the_month_march_and_a_flag_march_are_no_protest(body: str, crowd: str) -> None:
    """'on march 5' in a lower-cased page is the month, and a force's 'flag march' a show of force: neither stands
    for the protesters; the bandh does."""
    actor1, _, found = _mentions(body)
    assert actor1 == "Protesters (India)"
    assert [m.text for m in found if m.actor_name == actor1] == [crowd]


def test_unnamed_gunmen_take_the_country_s_conventional_name() -> None:
    """In Brazil ACLED names drive-by killers 'Unidentified Gang and/or Police Militia'; the 'armed men' the summary
    read that from carry the same name, not a second, unidentified armed group."""
    actor1, _, found = _mentions("On 4 June 2021, in Manaus, Amazonas, two armed men riding a motorbike shot dead a "
                                 "teenager in a drive-by attack.")
    assert actor1 == "Unidentified Gang and/or Police Militia"
    assert ("armed men", actor1) in [(m.text, m.actor_name) for m in found]
    assert "Unidentified Armed Group (Brazil)" not in {m.actor_name for m in found}


def test_an_undated_lynch_mob_is_the_vigilante_group_at_its_word() -> None:
    """Before 2019 (and undated) ACLED named a lynch mob a vigilante group: 'mob' carries that name, not rioters'."""
    actor1, actor2, found = _mentions("A mob lynched a suspected cattle thief near Nongpoh.")
    assert (actor1, actor2) == ("Vigilante Group (India)", "Civilians (India)")
    assert ("mob", actor1) in [(m.text, m.actor_name) for m in found]
