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
    assert killed("The head of the fishermen's cooperative was shot by a pillion rider on a scooter outside his "
                  "shop.") == 1


def test_shooting_with_a_wound_or_hospital_is_not_a_death() -> None:
    """"Was shot in the leg", "shot at" or a hospital stay do not make a lone shooting a death."""
    assert killed("A trader was shot in the leg by robbers near the market.") == 0
    assert killed("A councillor was shot at by gunmen but escaped.") == 0
    assert killed("A teacher was shot by gunmen and taken to hospital.") == 0


def test_an_aircraft_shot_down_is_no_lone_shooting_victim() -> None:
    """"A drone was shot down" names no person: the lone-shooting fallback counts no death."""
    assert killed("A reconnaissance drone was shot down over the border town overnight, the army said.") == 0
    assert killed("A military helicopter has been shot down by rebels in the north.") == 0


def test_a_death_the_authorities_deny_is_no_lone_shooting() -> None:
    """'... the death of a driver who was allegedly shot by police, though the police have denied it': the death
    read is denied, and its 'was shot' counts no death of its own."""
    assert killed("Relatives blocked the road to demand action over the death of a bus driver who was allegedly shot "
                  "by police at a checkpoint, though the police have denied it.") == 0


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
    """"Eleven bodies were laid out, but the real toll could be nearer to 40": the counted figure stands."""
    assert killed("Eleven bodies were laid out at the clinic, but the real death toll could be nearer to 40.") == 11


def test_second_witness_estimate_is_an_alternative() -> None:
    """"A nurse counted roughly 14 bodies; a second witness estimated up to 50 had died": two estimates of
    one toll (the conservative one stands), not 64."""
    assert killed("A nurse said she counted roughly 14 bodies; a second witness estimated that up to 50 had "
                  "died.") == 14


def test_verbless_sentence_about_one_person_is_one_death() -> None:
    """"The commander, Yusuf Garba, in a bombing by government forces." (verb edited out) reads one killed."""
    assert killed("The militia's field commander, Yusuf Garba, in a bombing by government forces.") == 1
    assert killed("The retired headmaster, 64-year-old Juma Oti, in by masked men.") == 1


def test_sentence_with_a_verb_is_not_verbless() -> None:
    """"The convoy, in an attack by militants, was turned back" has its verb: no death is read."""
    assert killed("The convoy, in an attack by militants, was turned back.") == 0


def test_conditional_then_or_an_earlier_clause_then_is_no_step() -> None:
    """"If ..., then" and a "then" of an earlier clause do not make a later figure an addition."""
    body = "Gunmen killed four traders. If the army does not act, then they will kill two more, elders warned."
    assert killed(body) == 4


def test_killing_a_suspect_is_accused_of_is_background() -> None:
    """"The dead man was the main accused in the killing of a shopkeeper" names an earlier crime, not a victim."""
    body = ("A wanted robber died in an exchange of fire with police on Thursday. The dead man was the main "
            "accused in the killing of a shopkeeper, who was beaten to death on Sunday.")
    assert killed(body) == 1


def test_person_shot_down_by_gunmen_is_a_lone_shooting_victim() -> None:
    """"The treasurer was shot down by a gunman" (no aircraft named) counts one death."""
    assert killed("The cooperative's treasurer was shot down by a gunman near the ferry landing.") == 1


def test_the_lead_victim_told_again_with_companions_raises_the_toll() -> None:
    """'gunned down the mayor. The mayor and his driver were shot dead' is two dead, not one."""
    body = ("Gunmen on a motorbike gunned down the mayor of a small river town on Saturday, police said. "
            "Mayor Carlos Ruiz and his driver were riding home when they were shot dead near the market.")
    assert killed(body) == 2


def test_the_lead_victim_told_again_by_pronoun_stays_one() -> None:
    """'her brother was murdered ... They executed him' tells of one man twice: the toll stays one."""
    body = ("The journalist's sister insists the footage shows her brother was murdered. They executed him on "
            "purpose, she said, at the spot where her brother was gunned down in June.")
    assert killed(body) == 1


def test_an_exact_updated_toll_is_not_replaced_by_a_later_part() -> None:
    """After a vague start and 'the toll reached 312', a later '41 who died in the fire' stays a part."""
    body = ("Doctors struggled to explain why so many had died. The death toll reached 312 on Saturday. "
            "The figure of 312 includes the 41 who died in the market fire.")
    assert killed(body) == 312


def test_a_figure_after_an_opening_of_the_whole_is_a_part_of_it() -> None:
    """'Of the 34 others hurt, nine remain in a critical condition': 34 injured, the nine are among them."""
    assert counts("Five died in the explosion. Of the 34 others hurt, nine remain in a critical condition.") == (5, 34)


def test_fleeing_after_a_killing_reports_the_killing() -> None:
    """'fled after shooting dead a policeman': the killing is the incident, not an earlier occasion."""
    assert killed("Two gunmen fled on motorcycles after shooting dead a police officer on Tuesday.") == 1


def test_protest_after_a_death_still_names_its_occasion() -> None:
    """'rallied after the killing of a student' keeps the death as the protest's occasion (background)."""
    assert killed("Hundreds of students rallied on Tuesday after the killing of a classmate by police.") == 0


@pytest.mark.parametrize(
    "body",
    [
        "The toll in the sectarian violence now stands at 415, including the 38 who died in the bus ambush.",
        "Some 380 residents have died during these riots, the governor said in a radio address.",
        "The interior minister told parliament that 512 people had died in the sectarian violence, 74 of them in "
        "police shootings.",
        "The death toll in the region's deadliest sectarian bloodshed in decades climbed to 389 on Sunday. "
        "Inspectors are due on Tuesday. The figure of 389 includes the 44 reported dead in the bus fire.",
        "The toll over the past nine days in the troubled province now stands at 318, officials said on Friday.",
        "Four days of sectarian clashes in the province had so far claimed more than 140 lives, police said.",
        "The relief office reported that 293 deaths had taken place across the region after the vote.",
        "The governor noted that post-ceasefire, 455 people had died in clashes across the province.",
        "The minister said 207 people were shot dead by police until April 3.",
        "Records show that about 90 protesters had been killed in police shooting during riots, the historian said.",
    ],
)
def test_the_toll_of_a_spell_of_violence_and_its_parts_are_no_incident_s(body: str) -> None:
    """'the toll in the sectarian violence now stands at 415, including the 38 ...', '380 have died during these
    riots', and a later 'the figure of 389 includes the 44 ...': a spell's running toll and its parts, not one
    incident's dead."""
    assert killed(body) == 0


def test_an_outbreak_s_dead_and_a_part_told_after_a_tally_still_count() -> None:
    """'17 villagers have been killed in sectarian violence' reports one outbreak; 'three were knifed, one of whom
    later died', told after a spell's tally, is a death of its own; so are a spree's dead 'over the past two days'
    and the toll of one 'bus carnage'."""
    assert killed("Seventeen villagers have been killed in sectarian violence in the northern hills, a local radio "
                  "station reported.") == 17
    assert killed("The toll in the sectarian violence now stands at 415. Three men were knifed near the bus depot "
                  "on Friday, one of whom later died.") == 1
    assert killed("Armed herders have killed at least 31 villagers in a string of raids over the past two days.") == 31
    assert killed("The toll in the bus carnage of May 14 rose to 47 on Thursday.") == 47


def test_so_many_deaths_counts_no_one() -> None:
    """'why there were so many deaths', 'too many people have died': a degree, not the vague 'many' (10)."""
    assert killed("The inquiry tried to explain why there were so many deaths in one week.") == 0
    assert killed("Too many people have died on these roads, the imam said at Friday prayers.") == 0
    assert killed("Many people were killed when militants stormed the bus station on Saturday.") == 10


def test_a_reaction_s_occasion_is_no_incident() -> None:
    """'the motion condemned the bus fire in which 33 passengers were burnt alive', 'its silence on the killing of
    33 pilgrims': the occasion of a statement; 'a statement denouncing the massacre of 19 villagers' is still news
    of the massacre."""
    assert killed("The assembly on Thursday adopted a motion that condemned the bus fire in which 33 passengers "
                  "were burnt alive.") == 0
    assert killed("The union attacked the government on Monday over its silence on the killing of 33 "
                  "pilgrims.") == 0
    assert killed("Senators agreed on Wednesday to adopt a statement denouncing the massacre of 19 villagers by "
                  "militiamen near the border.") == 19


def test_the_dead_laid_to_rest_are_no_new_dead() -> None:
    """'140 unclaimed bodies, most of them charred, were given a mass burial', 'the bodies of nine victims were
    laid to rest': a funeral of earlier dead; 'raiders killed nine farmers, who were laid to rest on Friday' still
    kills nine."""
    assert killed("Gunmen killed at least 17 people in new raids on Saturday, even as 140 unclaimed bodies, most of "
                  "them charred past identification, were given a mass burial outside the capital.") == 17
    assert killed("The bodies of nine victims were laid to rest on Friday.") == 0
    assert killed("Raiders killed nine farmers, who were laid to rest on Friday.") == 9


@pytest.mark.parametrize(
    "body",
    [
        "In the northern district the count rose from 32 dead on Monday to 38 on Tuesday, officials said.",
        "A further 21 deaths had been added to the official tally in the capital overnight.",
        "Government statistics show that 86 people have died in police shootings across the province.",
        "Official data indicate that 64 people have lost their lives in the coastal districts.",
    ],
)
def test_a_tally_s_revision_or_statistics_are_no_incident_s(body: str) -> None:
    """'the count rose from 32 dead on Monday', '21 deaths had been added to the official tally', 'government statistics
    show that 86 people have died': a tally's old value, its revision and its statistics."""
    assert killed(body) == 0


def test_a_figure_set_outside_a_tally_is_judged_on_its_own() -> None:
    """'the official toll of the sectarian violence has climbed to 296, but that does not include the 18 people who
    died ... on Saturday night': the 18 are one night's dead, not part of the spell's toll; a tally's parts still
    are."""
    assert killed("The official toll of the sectarian violence across the province has climbed to 296, but that "
                  "does not include the 18 people who died in a hill village on Saturday night.") == 18
    assert killed("The toll of the sectarian violence now stands at 296, including the 18 people who died in a hill "
                  "village on Saturday night.") == 0
    assert killed("Eleven deaths have taken place in outlying hamlets of the northern district alone.") == 0


def test_the_dead_a_relative_clause_calls_wounded_are_not_wounded_too() -> None:
    """'with the death of three people who were badly wounded in the blast': three dead and no one wounded; the
    wounded of a clause of their own still count."""
    assert counts("The toll from the bus bombing climbed to 37 on Wednesday with the death of three people who were "
                  "badly wounded in the blast.") == (37, 0)
    assert counts("The death of three people was confirmed on Wednesday, and five others were badly wounded in the "
                  "blast.") == (3, 5)


@pytest.mark.parametrize(
    "body",
    [
        "The governor has cancelled his birthday reception because of the unrest in the province, in which "
        "hundreds of residents have died.",
        "The bar association denounced the bombing of the bus and the violence in the province, where hundreds of "
        "civilians have perished.",
        "Take the figures from the province's months-long ordeal: the official toll stands at 521.",
    ],
)
def test_a_spell_s_dead_told_in_the_perfect_or_over_months_are_no_incident_s(body: str) -> None:
    """'the unrest in the province, in which hundreds of residents have died', 'the months-long ordeal: the official
    toll stands at 521': a spell's running toll."""
    assert killed(body) == 0


def test_a_clash_s_dead_in_a_relative_clause_still_count() -> None:
    """'fighting ..., in which 14 people have died' and 'the violence, in which 14 people were killed' report their
    dead."""
    assert killed("Officials said on Thursday that fighting erupted in the port, in which 14 people have died.") == 14
    assert killed("The violence on Saturday, in which 14 people were killed, broke out at a bus depot.") == 14


def test_the_crime_of_an_arrest_is_no_incident() -> None:
    """'detained four local officials in connection with the torching of the night bus outside the terminal, which
    claimed 26 lives': the arrests are the news, the bus's dead background."""
    assert killed("Detectives have detained four local officials in connection with the torching of the night bus "
                  "outside the terminal, which claimed 26 lives.") == 0
    assert killed("Attackers set fire to a bus outside the terminal on Monday, which claimed 26 lives.") == 26


def test_a_law_s_record_of_arrests_is_no_incident() -> None:
    """'a total of 41,230 people were detained under the emergency law', 'out of the 41,230 arrested under the
    emergency law': a law's record; 'police arrested 15 people under the emergency law on Friday' and 'a total of
    38 were arrested' are arrests."""
    assert reported("Rights groups say a total of 41,230 people were detained under the emergency law, most of whom "
                    "were later freed.", "arrested") == []
    assert reported("Out of the 41,230 people arrested under the emergency law, more than 3,000 were freed without "
                    "charge.", "arrested") == []
    assert reported("Police arrested 15 people under the emergency law in the capital on Friday.", "arrested") == [15]
    assert reported("A total of 38 people were arrested in the capital on Friday.", "arrested") == [38]


@pytest.mark.parametrize(
    "body",
    [
        "Police say 2,814 people have been arrested across the province so far.",
        "More than 1,900 people have been detained in the province over the past six days, officials said.",
        "The total number of people arrested across the province since Tuesday has risen to 1,263.",
    ],
)
def test_arrests_counted_over_days_are_no_operation_s(body: str) -> None:
    """'2,814 people have been arrested across the province so far': a tally of arrests, not one operation's."""
    assert reported(body, "arrested") == []


def test_one_day_s_arrests_still_count() -> None:
    """'Police detained 960 marchers bound for the capital on Thursday': that day's arrests; a spree's dead 'over
    the past two days' still count (the tally rule reads arrests only)."""
    assert reported("Police detained 960 marchers bound for the capital on Thursday.", "arrested") == [960]
    assert killed("Armed herders have killed at least 31 villagers in a string of raids over the past two days.") == 31


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_possessive_death_reads_either_apostrophe(apostrophe: str) -> None:
    """'a woman’s body was pulled', 'over a border guard’s death' count one dead with a curly apostrophe as with a
    straight one; 'the founder’s death anniversary' counts none; 'the murder of the activist Sara Khan’s murder' is
    one."""
    assert killed(f"A woman{apostrophe}s body was pulled from the canal on Sunday.") == 1
    assert killed(f"The government summoned the ambassador over a border guard{apostrophe}s death at the "
                  "crossing.") == 1
    assert killed(f"The pilgrimage ends on August 14, the founder{apostrophe}s death anniversary.") == 0
    assert killed(f"Police questioned a witness to the murder of the activist Sara Khan{apostrophe}s murder.") == 1


def test_a_ward_s_census_is_no_incident_s_wounded() -> None:
    """'615 people with severe injuries are still admitted in wards across the city': the wounded of many days;
    'three bystanders who suffered bullet wounds were still being treated' are the incident's."""
    assert injured("Hospital records show that 615 people with severe injuries are still admitted in wards across "
                   "the city.") == 0
    assert injured("A sniper shot the district chief dead on Friday. Three bystanders who suffered bullet wounds "
                   "were still being treated at the clinic.") == 3


def test_a_harm_that_would_follow_is_a_prospect() -> None:
    """'shelling resulting in the killing of several thousand civilians would be a catastrophe': a prospect;
    'fired on the marchers, resulting in the killing of four people' and 'led to the deaths of 16, which may stoke
    fresh anger' report deaths."""
    assert killed("The general warned that any shelling resulting in the killing of several thousand civilians "
                  "would be a catastrophe.") == 0
    assert killed("An assault leading to the deaths of hundreds would be disastrous, the envoy said.") == 0
    assert killed("Soldiers fired on the marchers, resulting in the killing of four people.") == 4
    assert killed("The fighting led to the deaths of 16 people, which may stoke fresh anger in the region.") == 16


def test_a_killing_others_are_blamed_for_is_no_incident() -> None:
    """'not the officers responsible for killing of 2,300 people in the south': a crime people are blamed for,
    like 'accused of'; 'bandits killed five herders' reports the killing."""
    assert killed("The decree targeted the suspects but not the officers responsible for killing of 2,300 people "
                  "in the south.") == 0
    assert killed("Bandits killed five herders near the well on Sunday.") == 5


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
    assert killed("At least 23 villagers were confirmed to have been killed in the feud between two clans.") == 23


def test_arrests_told_before_their_bail_are_a_tally() -> None:
    """'Of the 450-odd dock workers arrested during the strike, nearly 300 have since been granted bail': the arrests
    came before the news of bail; 'arrested 12 youths on Sunday who were later released on bail' reports the
    arrests."""
    body = "Of the 450-odd dock workers arrested during the strike, nearly 300 have since been granted bail."
    assert reported(body, "arrested") == []
    assert reported("Police arrested 12 youths on Sunday who were later released on bail.", "arrested") == [12]


def test_arrests_of_a_spell_of_hours_are_a_tally() -> None:
    """'Police arrested 30 youths over the last 48 hours in the district': the arrests of two days, not a raid's;
    'arrested 30 youths on Monday' is one day's arrests."""
    assert reported("Police arrested 30 youths over the last 48 hours in the district.", "arrested") == []
    assert reported("Police arrested 30 youths in the district on Monday.", "arrested") == [30]
