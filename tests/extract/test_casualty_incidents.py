"""Tests for casualty readings across several incidents of one article and for figures given
without a harm verb's usual shape (pipeline/extract/casualty_*.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.casualty_helpers import counts, injured, killed, reported


def test_then_step_adds_its_victims() -> None:
    """A later sentence saying the attackers "then" killed someone adds that victim to the toll."""
    body = ("Raiders shot dead three herders near the river on Monday. "
            "The raiders then killed a shopkeeper in the next village.")
    assert killed(body) == 4


def test_then_step_restating_the_toll_is_not_added() -> None:
    """A "then" step giving the same figure as the toll so far retells the attack, it adds nothing."""
    body = ("Six people were killed when bandits raided a market. "
            "The bandits blocked the road and then shot six traders dead.")
    assert killed(body) == 6


def test_then_as_adjective_is_no_step() -> None:
    """"The then governor" and "since then" do not mark a next step of an attack."""
    body = ("Four guards were killed at the depot. The then governor said two guards died at the gate.")
    assert killed(body) == 4


def test_figures_on_different_weekdays_add_up() -> None:
    """A later sentence dating its deaths to another weekday than the lead's reports another day's incident."""
    body = ("Riot police killed five marchers on Tuesday. "
            "Troops opened fire on a crowd in the old town on Wednesday, killing two people.")
    assert killed(body) == 7


def test_weekday_of_a_statement_is_not_an_incident_day() -> None:
    """The day a source spoke ("told reporters on Friday") does not make a figure another day's incident."""
    body = ("Nine villagers were killed on Thursday in a raid, an official told reporters on Friday. "
            "Seven of the victims were shot on Thursday evening.")
    assert killed(body) == 9


def test_second_source_figure_in_one_sentence_is_not_added() -> None:
    """"Residents said 20 were killed, the army said only 8 died": two sources' figures, the first stands."""
    body = "Residents said 20 people were killed in the raid, the army said only 8 people died."
    assert killed(body) == 20


def test_second_source_naming_other_victims_adds() -> None:
    """A source's figure for other victims in the same sentence is a second group, counted on top."""
    assert killed("Gunmen killed 3 soldiers, the army said 2 civilians died.") == 5


def test_lone_shooting_victim_is_killed() -> None:
    """A person who "was shot", in an article with no toll and no word of a wound, counts as one killed."""
    assert killed("The head of the farmers' union was shot by two men on a motorbike outside his home.") == 1


def test_shooting_with_a_wound_or_hospital_is_not_a_death() -> None:
    """"Was shot in the leg", "shot at" or a hospital stay do not make a lone shooting a death."""
    assert killed("A trader was shot in the leg by robbers near the market.") == 0
    assert killed("A councillor was shot at by gunmen but escaped.") == 0
    assert killed("A teacher was shot by gunmen and taken to hospital.") == 0


def test_an_aircraft_shot_down_is_no_lone_shooting_victim() -> None:
    """"A drone was shot down" names no person: the lone-shooting fallback counts no death."""
    assert killed("A reconnaissance drone was shot down over the border town overnight, the army said.") == 0
    assert killed("A military helicopter has been shot down by rebels in the north.") == 0


def test_lone_shooting_never_overrides_a_stated_toll() -> None:
    """When the article gives a killed figure, a "was shot" elsewhere does not change it."""
    body = "Three soldiers were killed in an ambush. Their commander was shot by a sniper."
    assert killed(body) == 3


def test_place_named_after_including_opens_its_own_clause() -> None:
    """"Many villages, including A where four farmers were killed": the four are the toll, not a part of one."""
    body = ("Raids are reported in many hamlets, including Kolo where four farmers were killed on Monday. "
            "Two other farmers were killed in Beta on Tuesday.")
    assert killed(body) == 6


def test_fatal_injuries_are_deaths() -> None:
    """"Sustained fatal injuries" and "suffered mortal wounds" report deaths, not injuries."""
    body = "Three herders sustained fatal injuries in the raid and two suffered minor wounds."
    assert (killed(body), injured(body)) == (3, 2)
    assert killed("Two guards suffered mortal wounds.") == 2


def test_victim_injured_earlier_who_died_is_killed_not_injured() -> None:
    """"A guard who was wounded in the attack died" is one more death and no injury."""
    body = "The judge was killed by a gunman. Another guard who was wounded during the attack died on Friday."
    assert (killed(body), injured(body)) == (2, 0)


def test_relative_clause_with_commas_stays_an_aside() -> None:
    """"One of the six workers, who was abducted ..., was killed" still counts the one, not the six."""
    assert killed("One of the six workers, who was abducted by gunmen in May, was killed.") == 1


def test_and_inside_a_plural_relative_clause_names_no_people() -> None:
    """"Villagers who are Abc and Def were killed" is one uncounted group; a later number gives the toll."""
    body = "Villagers who are Abc and Def were killed by gunmen. At least 40 villagers lost their lives."
    assert killed(body) == 40


def test_singular_relative_clause_keeps_its_coordination() -> None:
    """"A soldier who was on patrol and a civilian were killed" still counts two people."""
    assert killed("A soldier who was on patrol and a civilian were killed.") == 2


def test_deaths_during_the_past_week_are_the_reported_incidents() -> None:
    """"Shelling during the past week killed nine" reports the week's incidents; "past weeks" stays cumulative."""
    assert killed("Shelling during the past week hit three hamlets and killed nine farmers.") == 9
    assert killed("Shelling in the past few weeks has killed ninety farmers.") == 0


def test_third_such_killing_is_background() -> None:
    """"The third such killing of a judge" refers to earlier incidents, not another victim of this one."""
    body = "Gunmen shot dead a judge in the city on Monday, the third such killing of a judge in the past week."
    assert killed(body) == 1


def test_toll_with_its_verb_edited_out_is_read() -> None:
    """A toll whose harm verb is missing ("a car bomb five people") is read when nothing else is."""
    assert killed("A truck bomb nine people, including two guards, near the port.") == 9
    assert killed("Eleven villagers, including four women, were in air strikes on the valley.") == 11


def test_people_in_a_place_are_no_toll() -> None:
    """"Five people were in the bus" or "a bomb 20 km away" are not tolls with a missing verb."""
    assert killed("Five people were in the bus when a bomb went off nearby; nobody was hurt.") == 0
    assert killed("A bomb 20 km from the town was defused by the army.") == 0


def test_guessed_toll_does_not_replace_the_counted_one() -> None:
    """"Nine bodies were counted, but the toll could be closer to 30": the counted figure stands."""
    assert killed("Nine bodies were counted at the morgue, but the death toll could be closer to 30.") == 9


def test_second_witness_estimate_is_an_alternative() -> None:
    """"One witness saw about 20 bodies; another estimated as many as 60 died": two estimates of
    one toll (the conservative one stands), not 80."""
    assert killed("One witness said he saw about 20 bodies; another estimated that as many as 60 died.") == 20


def test_verbless_sentence_about_one_person_is_one_death() -> None:
    """"The leader, Ali Musa, in an air strike by the coalition." (verb edited out) reads one killed."""
    assert killed("The party's deputy leader, Ali Musa, in an air strike by the coalition.") == 1
    assert killed("The village elder, 70-year-old Musa Ali, in by unknown gunmen.") == 1


def test_sentence_with_a_verb_is_not_verbless() -> None:
    """"The convoy, in an attack by militants, was turned back" has its verb: no death is read."""
    assert killed("The convoy, in an attack by militants, was turned back.") == 0


def test_conditional_then_or_an_earlier_clause_then_is_no_step() -> None:
    """"If ..., then" and a "then" of an earlier clause do not make a later figure an addition."""
    body = "Gunmen killed four traders. If the army does not act, then they will kill two more, elders warned."
    assert killed(body) == 4


def test_killing_a_suspect_is_accused_of_is_background() -> None:
    """"The dead man was the prime accused in the killing of a boy" names an earlier crime, not a victim."""
    body = ("A gang leader was killed on Tuesday in a gunfight with police. The deceased was the prime "
            "accused in the killing of a teenage boy, who was tortured to death on Monday.")
    assert killed(body) == 1


def test_person_shot_down_by_gunmen_is_a_lone_shooting_victim() -> None:
    """"The union leader was shot down by two men" (no aircraft named) counts one death."""
    assert killed("The union leader was shot down by two men on a motorbike near his farm.") == 1


def test_the_lead_victim_told_again_with_companions_raises_the_toll() -> None:
    """'gunned down the mayor. The mayor and his driver were shot dead' is two dead, not one."""
    body = ("Gunmen on a motorbike gunned down the mayor of a small river town on Saturday, police said. "
            "Mayor Carlos Ruiz and his driver were riding home when they were shot dead near the market.")
    assert killed(body) == 2


def test_the_lead_victim_told_again_by_pronoun_stays_one() -> None:
    """'her husband was murdered ... They killed him' tells of one man twice: the toll stays one."""
    body = ("His widow says the tapes prove her husband was murdered. "
            "They killed him in cold blood, she said, where her husband was gunned down in May.")
    assert killed(body) == 1


def test_an_exact_updated_toll_is_not_replaced_by_a_later_part() -> None:
    """After a vague start and 'the toll reached 726', a later '60 who died in the fire' stays a part."""
    body = ("Officials gave reasons for so many deaths in such a short time. The death toll reached 726 on "
            "Monday. The figure of 726 includes the 60 who died in the train fire.")
    assert killed(body) == 726


def test_a_figure_after_an_opening_of_the_whole_is_a_part_of_it() -> None:
    """'Of the 28 others injured, 13 are in a serious condition': 28 injured, the 13 are among them."""
    assert counts("Seven died in the blast. Of the 28 others injured, 13 are in a serious condition.") == (7, 28)


def test_fleeing_after_a_killing_reports_the_killing() -> None:
    """'fled after shooting dead a policeman': the killing is the incident, not an earlier occasion."""
    assert killed("Two gunmen fled on motorcycles after shooting dead a police officer on Tuesday.") == 1


def test_protest_after_a_death_still_names_its_occasion() -> None:
    """'rallied after the killing of a student' keeps the death as the protest's occasion (background)."""
    assert killed("Hundreds of students rallied on Tuesday after the killing of a classmate by police.") == 0


@pytest.mark.parametrize(
    "body",
    [
        "The toll in the communal violence now stands at 667, including the 62 who died in the train attack.",
        "An estimated 700 people have been killed during these riots, the chief minister said on Wednesday.",
        "The minister told the house that 668 persons had died in the communal violence, including 100 in police "
        "firing.",
        "The death toll in the worst-ever communal carnage in the state reached 726 on Monday. The commission "
        "arrives on Wednesday. The figure of 726 includes the 60 who were reported dead in the train fire.",
        "The toll in the last six days in this riot-torn state now stands at 544, officials said on Monday.",
        "Communal clashes in the state for the last three days had so far claimed over 250 lives, officials said.",
        "The control room confirmed that 486 deaths had taken place in the post-poll aftermath.",
        "The minister added that post-Godhra, 668 persons had died in communal violence.",
        "The minister said 668 persons were killed in police firing till March 12.",
        "It was the first time that nearly 100 people had been killed in police firing during riots, he said.",
    ],
)
def test_the_toll_of_a_spell_of_violence_and_its_parts_are_no_incident_s(body: str) -> None:
    """'the toll in the communal violence now stands at 667, including the 62 ...', '700 have been killed during these
    riots', and a later 'the figure of 726 includes the 60 ...': a spell's running toll and its parts, not one
    incident's dead."""
    assert killed(body) == 0


def test_an_outbreak_s_dead_and_a_part_told_after_a_tally_still_count() -> None:
    """'13 people have been killed in ethnic violence' reports one outbreak; 'two were stabbed, one of whom later
    died', told after a spell's tally, is a death of its own; so are a spree's dead 'over the past two days' and
    the toll of one 'train carnage'."""
    assert killed("Thirteen people have been killed in ethnic violence in the southern state, a newspaper "
                  "reported.") == 13
    assert killed("The toll in the communal violence now stands at 667. Two persons were stabbed in the old city on "
                  "Thursday, one of whom later died.") == 1
    assert killed("Militiamen have killed at least 22 people in raids on villages over the past two days.") == 22
    assert killed("The toll in the train carnage of February 27 rose to 60 on Monday.") == 60


def test_so_many_deaths_counts_no_one() -> None:
    """'reasons for so many deaths', 'too many people have died': a degree, not the vague 'many' (10)."""
    assert killed("The report gave reasons for so many deaths in such a short time.") == 0
    assert killed("Too many people have died in this state, the bishop said on Sunday.") == 0
    assert killed("Many people were killed in the attack on the market on Monday.") == 10


def test_a_reaction_s_occasion_is_no_incident() -> None:
    """'the resolution condemned the train fire in which 58 passengers were burnt alive', 'their silence on the
    killing of 58 passengers': the occasion of a statement; 'a declaration condemning the massacre of 12 civilians'
    is still news of the massacre."""
    assert killed("The meeting on Friday passed a resolution that condemned the train fire in which 58 passengers "
                  "were burnt alive.") == 0
    assert killed("The party criticised the opposition on Saturday for its silence on the killing of 58 "
                  "passengers.") == 0
    assert killed("Lawmakers voted on Tuesday to issue a declaration condemning the massacre of 12 civilians by "
                  "soldiers in the town.") == 12


def test_the_dead_laid_to_rest_are_no_new_dead() -> None:
    """'212 unclaimed bodies, many burnt beyond recognition, were given mass burial', 'the bodies of 12 victims were
    cremated': a funeral of earlier dead; 'gunmen killed 12 villagers, who were cremated on Sunday' still kills 12."""
    assert killed("At least 24 people were killed in fresh attacks near the town on Wednesday even as 212 unclaimed "
                  "bodies, many of them burnt beyond recognition, were given mass burial in the city.") == 24
    assert killed("The bodies of 12 victims were cremated on Sunday.") == 0
    assert killed("Gunmen killed 12 villagers, who were cremated on Sunday.") == 12


@pytest.mark.parametrize(
    "body",
    [
        "The district's figure was up from 40 dead on Wednesday to 45 on Thursday, officials said.",
        "As many as 30 more deaths have been added to the tally in the city in the last 24 hours.",
        "Official statistics say that 120 persons have been killed in police firing in the state.",
        "Official figures show that 75 people have died in the districts of the north.",
    ],
)
def test_a_tally_s_revision_or_statistics_are_no_incident_s(body: str) -> None:
    """'the figure was up from 40 dead on Wednesday', '30 more deaths have been added to the tally', 'official
    statistics say that 120 persons have been killed': a tally's old value, its revision and its statistics."""
    assert killed(body) == 0


def test_a_figure_set_outside_a_tally_is_judged_on_its_own() -> None:
    """'the toll in the communal violence has gone up to 231 but this does not include the 27 deaths ... on Friday
    night': the 27 are one night's dead, not part of the spell's toll; a tally's parts still are."""
    assert killed("The official toll in the communal violence in the state has gone up to 231 but this does not "
                  "include the 27 deaths which have taken place in a village of the district on Friday night.") == 27
    assert killed("The toll in the communal violence now stands at 231, including the 27 deaths which have taken "
                  "place in a village of the district on Friday night.") == 0
    assert killed("In the district alone 9 deaths have taken place in some of the remote villages.") == 0


def test_the_dead_a_relative_clause_calls_wounded_are_not_wounded_too() -> None:
    """'the death of four persons who were seriously injured in the attack': four dead and no one wounded; the
    wounded of a clause of their own still count."""
    assert counts("The toll in the train attack rose to 54 on Monday with the death of four persons who were "
                  "seriously injured in the attack.") == (54, 0)
    assert counts("The death of four persons was confirmed on Monday and two others were seriously injured in the "
                  "attack.") == (4, 2)


@pytest.mark.parametrize(
    "body",
    [
        "The minister will not celebrate the festival this year in view of the violence in the state, in which "
        "hundreds of people have lost their lives.",
        "The council condemned the attack on the train and the violence in the state where hundreds of innocent "
        "people have lost their life.",
        "Consider the statistics of the month-long nightmare the state has lived: the official toll stands at 783.",
    ],
)
def test_a_spell_s_dead_told_in_the_perfect_or_over_months_are_no_incident_s(body: str) -> None:
    """'the violence in the state, in which hundreds of people have lost their lives', 'the month-long nightmare:
    the official toll stands at 783': a spell's running toll."""
    assert killed(body) == 0


def test_a_clash_s_dead_in_a_relative_clause_still_count() -> None:
    """'clashes in which 12 people died' and 'the violence, in which 12 people were killed' report their dead."""
    assert killed("Police said on Monday that clashes broke out in the town, in which 12 people have died.") == 12
    assert killed("The violence on Sunday, in which 12 people were killed, began at a market.") == 12


def test_the_crime_of_an_arrest_is_no_incident() -> None:
    """'arrested three councillors in connection with the setting ablaze of the train near the railway station
    which claimed 58 lives': the arrests are the news, the train's dead background."""
    assert killed("Police have arrested three councillors in connection with the setting ablaze of the express "
                  "train near the railway station which claimed 58 lives.") == 0
    assert killed("Gunmen burnt a train near the station on Sunday, which claimed 58 lives.") == 58


def test_a_law_s_record_of_arrests_is_no_incident() -> None:
    """'a total of 77,571 people were detained under the act', 'out of the 77,571 arrested under the act': a law's
    record; 'police arrested 12 people under the act on Monday' and 'a total of 45 were arrested' are arrests."""
    assert reported("Activists said a total of 77,571 people were detained under the act, of whom most were let "
                    "off.", "arrested") == []
    assert reported("Out of the 77,571 people arrested under the act, over 2,000 were let off without trial.",
                    "arrested") == []
    assert reported("Police arrested 12 people under the act in the city on Monday.", "arrested") == [12]
    assert reported("A total of 45 people were arrested in the city on Monday.", "arrested") == [45]


@pytest.mark.parametrize(
    "body",
    [
        "Police said so far 3,976 persons have been arrested all over the state.",
        "Officials said over 2,500 people have been arrested in the state over the last five days.",
        "The total number of persons arrested in the state in the last four days has gone up to 1587.",
    ],
)
def test_arrests_counted_over_days_are_no_operation_s(body: str) -> None:
    """'so far 3,976 persons have been arrested all over the state': a tally of arrests, not one operation's."""
    assert reported(body, "arrested") == []


def test_one_day_s_arrests_still_count() -> None:
    """'The police have rounded up 1,740 activists headed for the town on Tuesday': that day's arrests; a spree's
    dead 'over the past two days' still count (the tally rule reads arrests only)."""
    assert reported("The police have rounded up 1,740 activists headed for the town on Tuesday.", "arrested") == [1740]
    assert killed("Militiamen have killed at least 22 people in raids on villages over the past two days.") == 22


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_death_reads_either_apostrophe(apostrophe: str) -> None:
    """'a man’s body was found', 'over a soldier’s death' count one dead with a curly apostrophe as with a straight
    one; 'the leader’s death anniversary' counts none; 'the murder of the activist Sara Khan’s murder' is one."""
    assert killed(f"A man{apostrophe}s body was found near the canal on Monday.") == 1
    assert killed(f"The country lodged a protest over a soldier{apostrophe}s death at the border.") == 1
    assert killed(f"The march will end on January 30, the leader{apostrophe}s death anniversary.") == 0
    assert killed(f"Police questioned a witness to the murder of the activist Sara Khan{apostrophe}s murder.") == 1


def test_a_ward_s_census_is_no_incident_s_wounded() -> None:
    """'820 persons with serious injuries were still admitted to various hospitals': the wounded of many days; 'two
    other people who suffered gunshot wounds were still being treated' are the incident's."""
    assert injured("Figures at the control room state that 820 persons with serious injuries were still admitted to "
                   "various hospitals.") == 0
    assert injured("A gunman shot the mayor dead on Monday. Two other people who suffered gunshot wounds were still "
                   "being treated at a local hospital.") == 2


def test_a_harm_that_would_follow_is_a_prospect() -> None:
    """'firing resulting in the killing of thousands of people will be counter-productive': a prospect; 'opened fire,
    resulting in the killing of three people' and 'led to the deaths of 12, which may cause unrest' report deaths."""
    assert killed("The minister agreed that firing resulting in the killing of thousands of people will be "
                  "counter-productive.") == 0
    assert killed("A crackdown leading to the deaths of hundreds would be a disaster, he said.") == 0
    assert killed("Police opened fire on the crowd, resulting in the killing of three people.") == 3
    assert killed("The clashes led to the deaths of 12 people, which may cause more unrest in the city.") == 12


def test_a_killing_others_are_blamed_for_is_no_incident() -> None:
    """'not against others responsible for killing of 1,000 people in that state': a crime people are blamed for,
    like 'accused of'; 'gunmen killed three farmers' reports the killing."""
    assert killed("The law was used against the accused and not against others responsible for killing of 1,000 "
                  "people in that state.") == 0
    assert killed("Gunmen killed three farmers near the village on Monday.") == 3


def test_a_noun_with_an_adjective_after_it_is_not_counted_as_one() -> None:
    """'arrested the men responsible for the killing' counts no single arrest: 'responsible' follows its noun."""
    assert reported("Police arrested the men responsible for the killing of three farmers on Monday.", "arrested") == []
    assert reported("Police arrested a man in the village on Monday.", "arrested") == [1]


def test_an_incident_s_toll_so_far_is_its_own() -> None:
    """'The clashes, which began on Sunday, have so far left 27 people dead': the incident's present toll."""
    assert killed("The clashes, which began on Sunday, have so far left 27 people dead, officials said.") == 27


def test_a_toll_told_before_its_noun_is_the_toll() -> None:
    """'raising to nine the death toll', 'taking to nine the number of officers killed': nine, not the two more."""
    assert killed("Two more policemen died on Tuesday, raising to nine the death toll from Sunday's ambush.") == 9
    assert killed("Two more policemen succumbed to their injuries on Tuesday, taking to nine the number of officers "
                  "killed in Sunday's ambush.") == 9


def test_more_dead_after_a_complete_breakdown_add_to_the_first_figure() -> None:
    """"Two were killed. A man was shot dead ... another stabbed to death. Two more died": four, not five."""
    body = ("At least two people were killed in the bazaar on Friday. Men on a scooter shot dead a tailor near the "
            "clock tower. Later, another man was dragged from a bus and stabbed to death. Residents say two "
            "more people died in the lanes behind the market.")
    assert killed(body) == 4


def test_the_crime_people_are_held_or_accused_over_is_no_incident() -> None:
    """'held for allegedly stabbing a trader to death', 'accused of torching a van, causing the death of three
    riders': the crime of the accused, an earlier event; 'two men, wanted for looting a shop, were shot dead' is the
    news, and so is a relative clause's deed ('arrested for paying the men who shot a trader dead')."""
    assert killed("The pair are being held for allegedly stabbing a trader to death near the bus stand.") == 0
    assert killed("The four were accused of torching a van on the highway, causing the death of three riders.") == 0
    assert killed("Two men, wanted for looting a shop, were shot dead by the police on Sunday.") == 2
    assert killed("A councillor was arrested for paying the men who shot a trader dead near the bus stand.") == 1


def test_a_party_that_blames_another_tells_the_news() -> None:
    """'The governor accused the militia of attacking herders, killing six': a blame for the incident, not a charge."""
    assert killed("The governor accused the militia of attacking herders near the town, killing six.") == 6


def test_a_harm_someone_means_to_have_done_to_others_has_not_happened() -> None:
    """'a plot to get the three elected leaders of the union arrested', 'plotted to have the judge killed':
    aims; 'the villagers managed to get the two thieves arrested' is done."""
    assert reported("The workers alleged a plot to get the three elected leaders of the dock workers' union "
                    "arrested.", "arrested") == []
    assert killed("The two brothers plotted to have the judge killed on his way to court.") == 0
    assert reported("The villagers managed to get the two thieves arrested on Sunday.", "arrested") == [2]
    assert killed("At least 15 people are confirmed to have been killed in the clan fighting.") == 15


def test_arrests_told_before_their_bail_are_a_tally() -> None:
    """'Of the 900-odd workers who have been arrested, about 600 have already got bail': the arrests came before
    the news of bail; 'arrested 12 youths on Sunday who were later released on bail' reports the arrests."""
    body = "Of the 900-odd workers who have been arrested, about 600 have already got bail."
    assert reported(body, "arrested") == []
    assert reported("Police arrested 12 youths on Sunday who were later released on bail.", "arrested") == [12]
