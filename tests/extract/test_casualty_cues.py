"""Tests for the status cues of casualty figures (pipeline/extract/casualty_cues.py). Every
sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualties import extract_casualties
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import mentions


def statuses(body: str) -> list[str]:
    """The status of each killed mention, in text order."""
    return [m.status for m in extract_casualties(body, split_sentences(body)) if m.category == "killed"]


def test_that_after_a_verb_of_saying_reports_deaths_at_a_protest() -> None:
    """"a bulletin indicated that 11 protesters died" reports the protest's toll, not its occasion."""
    assert statuses("A later hospital bulletin indicated that 11 protesters died during the dispersal.") == ["reported"]


def test_relative_clause_in_a_protest_sentence_is_its_occasion() -> None:
    """"protested against the gang that killed two traders": the deaths are the protest's cause."""
    assert statuses("Shopkeepers protested against the gang that killed two traders.") == ["background"]


def test_a_force_relative_clause_in_a_protest_sentence_is_its_deed() -> None:
    """"clashed with police, who shot dead two demonstrators": the force's deed at the protest, not its occasion;
    "protested against the police who shot dead two youths" still tells the occasion."""
    assert statuses("Protesters clashed with police, who shot dead two demonstrators.") == ["reported"]
    assert statuses("Residents protested against the police who shot dead two youths last week.") == ["background"]
    assert _arrest_statuses("The police, who arrested 12 protesters on Monday, said the march was illegal.") == [
        ("reported", None)]


def test_a_relative_clause_after_a_failed_wish_tells_a_deed() -> None:
    """'failed to arrest the gunmen, who killed two villagers': the killing happened; a modal of the relative
    clause's own ('..., which could kill hundreds') keeps it hypothetical."""
    assert statuses("The army failed to arrest the gunmen, who killed two villagers.") == ["reported"]
    assert statuses("Militants want to attack the camp, which could kill hundreds.") == ["hypothetical"]


def test_a_past_tense_deed_after_and_ends_the_purpose_s_reach() -> None:
    """'foiled a plot to bomb the depot and arrested four men': the arrest is the main clause's next deed, reported;
    'plotted to bomb the depot and kill the guards' keeps both in the plan."""
    body = "Police foiled a plot to bomb the fuel depot and arrested four men on Friday."
    assert [(m.category, m.status) for m in extract_casualties(body, split_sentences(body))] == [
        ("arrested", "reported")]
    assert statuses("Rebels tried to storm the depot and killed two guards at the gate.") == ["reported"]
    assert statuses("The gang plotted to rob the depot and kill its two guards.") in ([], ["hypothetical"])


def test_moving_quickly_to_arrest_is_an_arrest() -> None:
    """'officers moved quickly to arrest the shopkeeper' tells of an arrest made; 'must act swiftly to' does not."""
    assert _arrest_statuses("Officers moved quickly to arrest the shopkeeper on Sunday.") == [("reported", None)]
    assert [s for s, _ in _arrest_statuses("Police must act swiftly to arrest the killers of the two boys.")] in (
        [], ["hypothetical"])


def test_a_purpose_or_expectation_to_kill_is_no_killing() -> None:
    """'weapons to kill' and 'expected to kill' say what something is for, not what it did."""
    assert statuses("Gun-runners brought in weapons to kill two informers, the inspector said.") == ["hypothetical"]
    assert statuses("The fresh spraying was expected to kill the weevil.") == ["hypothetical"]


def test_managing_to_kill_is_a_report() -> None:
    """'managed to kill five militants' reports five deaths: only purposes and expectations are hypothetical."""
    assert statuses("The troops managed to kill five militants in the raid.") == ["reported"]


def _arrest_statuses(body: str) -> list[tuple[str, str | None]]:
    """(status, reason) of each arrest mention in `body`."""
    return [(m.status, m.reason) for m in extract_casualties(body, split_sentences(body)) if m.category == "arrested"]


def test_demands_and_orders_to_arrest_are_no_arrests() -> None:
    """'demanded the arrest of', 'should be arrested' and '15 days to arrest' report no detention."""
    assert _arrest_statuses("The opposition leader loudly demanded the arrest of the contractor.") == [
        ("hypothetical", "demanded")]
    assert _arrest_statuses("The judge allowed investigators 15 days to arrest the bank chairman.") == [
        ("hypothetical", "days to")]
    assert _arrest_statuses("Police arrested a shopkeeper and his wife on Friday.") == [("reported", None)] * 2


def test_failing_to_arrest_is_a_negation_with_its_words() -> None:
    """'failed to arrest' negates the arrest, and the mention says which words did."""
    assert _arrest_statuses("Detectives failed to arrest the contractor.") == [("negated", "failed to")]
    assert statuses("No one was killed, the army said.") == ["negated"]


def test_a_pages_list_of_other_stories_is_background() -> None:
    """Figures in an inline 'related stories' or 'Also read' trailer belong to other articles."""
    body = ("Gunmen killed five people in the market on Friday, police said. "
            "related stories: toll climbs to 147 after village raid curfew eased in cantonment")
    assert [(m.count_best, m.status, m.reason) for m in extract_casualties(body, split_sentences(body))] == [
        (5, "reported", None), (147, "background", "related stories")]


def test_in_the_past_is_background_but_the_past_day_is_not() -> None:
    """'stabbed to death near this crossing in the past' is history; 'died in the past 24 hours' is the report."""
    assert statuses("A milkman was stabbed to death near this crossing in the past.") == ["background"]
    assert statuses("Three people died in the past 24 hours in the district.") == ["reported"]


def test_natural_disasters_are_not_conflict_deaths() -> None:
    """'a quake that killed 2,300' and 'killed in the floods' are background; quake-relief troops are not."""
    assert statuses("A powerful earthquake that killed 2,300 people shook the hills on Tuesday.") == ["background"]
    assert statuses("Twelve people were killed in the floods.") == ["background"]
    assert statuses("A bomb killed three soldiers on earthquake relief work.") == ["reported"]


def test_a_relative_clause_about_a_dated_past_event_is_background() -> None:
    """'the 1992 riots in Bombay, where some 900 died' is history; 'the town, where five died' is not."""
    assert statuses("She compared the unrest to the 1992 riots in Bombay, where some 900 people died.") == [
        "background"]
    assert statuses("Gunmen stormed the market in the town, where five people died on Monday.") == ["reported"]


def test_sometime_back_and_years_back_date_an_earlier_killing() -> None:
    """'was murdered on this road some time back' and 'two years back' tell history, not the reported incident."""
    assert statuses("A tax collector was murdered on this road some time back, the villagers said.") == ["background"]
    assert statuses("The shrine was looted two years back after its priest was murdered.") == ["background"]


def test_a_toll_till_date_is_cumulative() -> None:
    """'415 villagers have died till date' is a running tally, like 'to date'."""
    assert statuses("An activist told reporters 415 villagers have died till date in the district.") == ["cumulative"]


def test_a_time_opening_the_sentence_dates_every_clause() -> None:
    """'and eight years ago, three watchmen, including a retired soldier, were killed' is history in each of its
    clauses."""
    assert statuses("And eight years ago, three watchmen, including a retired soldier, were beaten to death at a "
                    "warehouse.") == [
        "background"]


def test_a_figure_in_an_apparent_aside_is_read_in_its_own_clause() -> None:
    """'besides, a watchman was shot dead near the gate years back, the priest said': the comma-bounded clause is
    no aside to skip."""
    assert statuses("Besides, a watchman was shot dead near the gate sometime back, the priest recalled.") == [
        "background"]
    held = "The rebels praised the attack, which left 14 dead since March 2, police said."
    assert statuses(held) == ["cumulative"]


def test_deaths_that_an_arrest_or_a_commemoration_is_about_are_background() -> None:
    """'arrested in connection with the raid, which left 9 dead', 'four days after the blast in which 12
    died', 'in memory of the 30 burnt alive': the news is the arrest or the silence, the toll is its occasion."""
    assert statuses("Police held three youths in connection with the raid, which left 9 dead, on Monday.") == [
        "background"]
    assert statuses("Four days after the blast in which 12 traders died, the market reopened.") == ["background"]
    assert statuses("Lawmakers observed a minute's silence in memory of the 30 villagers burnt alive in the "
                    "hamlet.") == [
        "background"]
    assert statuses("Lawyers filed cases on the brutal killing of 14 workers at the mill.") == ["background"]


def test_a_toll_told_as_what_came_days_before_is_background() -> None:
    """'killed a guard, a week after a raid on the post killed six': the six are the earlier raid's."""
    assert statuses("Gunmen killed a guard at the post, a week after a raid on the same post killed six soldiers.") \
        == ["reported", "background"]
    assert statuses("A bomb killed two guards at the gate, two days after gunmen shot dead four traders nearby.") \
        == ["reported", "background"]


def test_a_toll_beside_an_arrest_in_its_own_clause_is_reported() -> None:
    """'two days after the raid, gunmen killed five more' and 'police arrested two men; 5 people died' report deaths."""
    assert statuses("Two days after the raid, gunmen killed five guards at the gate.") == ["reported"]
    assert statuses("Police arrested two men after the gunmen killed 5 people in the market.") == ["reported"]


def test_a_spell_of_violence_that_has_claimed_lives_gives_a_running_toll() -> None:
    """'the unrest, which has claimed some 450 lives' is a tally of many incidents; 'the fighting has left
    27 dead' stays one engagement's toll."""
    assert statuses("The ban follows riots which have resulted in the deaths of more than 130 people.") == [
        "cumulative"]
    assert statuses("The violence in the province has claimed 212 lives.") == ["cumulative"]
    assert statuses("The fighting has left 27 people dead near the bridge.") == ["reported"]


def test_a_duty_or_obligation_to_arrest_is_no_arrest() -> None:
    """'the state's responsibility to apprehend', 'we have to arrest the accused': no one was arrested."""
    for body in ("The mayor argued it is the state's responsibility to apprehend whoever plotted the bombing.",
                 '"Above all, we have to arrest the accused," the commissioner said.'):
        assert [m.status for m in extract_casualties(body, split_sentences(body))
                if m.category == "arrested"] == ["hypothetical"]


def test_had_to_be_hospitalised_still_reports_the_injured() -> None:
    """'Six people had to be hospitalised': a past necessity, the six were injured."""
    body = "Six people had to be hospitalised after the blast on Tuesday."
    assert [m.status for m in extract_casualties(body, split_sentences(body))] == ["reported"]


def test_a_disappearance_before_the_news_is_background() -> None:
    """'found stabbed to death, a week after her family reported that she had gone missing': she is the dead,
    not missing; 'twelve people went missing after the boat was attacked' are missing."""
    dead = "A councillor was found stabbed to death, a week after her family reported that she had gone missing."
    assert [m.status for m in extract_casualties(dead, split_sentences(dead)) if m.category == "missing"] == [
        "background"]
    lost = "Twelve people went missing after the boat was attacked on Monday."
    assert [m.status for m in extract_casualties(lost, split_sentences(lost)) if m.category == "missing"] == [
        "reported"]


def test_a_disappearance_in_a_past_perfect_relative_clause_is_background() -> None:
    """'the bodies of three men who had been missing since Monday': found dead, no longer missing."""
    body = "Soldiers recovered the bodies of three men who had been missing since Monday, police said."
    found = extract_casualties(body, split_sentences(body))
    assert [(m.category, m.status) for m in found] == [("killed", "reported"), ("missing", "background")]


def test_the_main_clause_after_an_opening_date_is_no_aside() -> None:
    """'On 9 June 2019, a service was held to remember the killings of 1921-22, during which colonial
    soldiers killed thousands': the clause after the date is read (no aside ', a service ... ,'),
    so the 1921 killings stay background."""
    body = ("On 9 June 2019, a memorial service was held in the valley to remember the killings of 1921-22, "
            "during which colonial soldiers killed thousands of peasants.")
    assert statuses(body) == ["background"]


def test_may_have_been_killed_is_an_uncertain_report() -> None:
    """'Up to 1,200 people may have been killed, the UN said': reported (uncertain), not a threat."""
    assert statuses("Up to 1,200 people may have been killed, the UN said.") == ["reported"]
    assert statuses("Thousands of people may be killed if the offensive goes ahead.") == ["hypothetical"]


def test_bringing_a_spells_toll_to_a_figure_is_cumulative() -> None:
    """'..., bringing the death toll from this week's violence to 40': 40 is a running total; 'from the
    blast to 12' is the incident's own updated toll."""
    assert statuses("Eleven people were killed in twin blasts on Tuesday, bringing the death toll from this "
                    "week's violence to 40.") == ["reported", "cumulative"]
    assert statuses("Two more people died in hospital on Tuesday, bringing the death toll from the blast "
                    "to 12.") == ["reported", "reported"]

    assert statuses("Two soldiers were killed in the south on Tuesday, the army said, bringing its toll in the "
                    "ground offensive to 249.") == ["reported", "cumulative"]


def test_days_after_an_earlier_harm_is_background() -> None:
    """'Gunmen abducted 87 people ..., days after nearly 300 schoolchildren were kidnapped': the 300 are
    an earlier incident; 'was laid to rest days after he was abducted and killed' reports the killing."""
    body = ("Gunmen abducted at least 87 people from a village in Kaduna state, residents said Wednesday, days "
            "after nearly 300 schoolchildren were kidnapped in the same state.")
    assert [m.status for m in extract_casualties(body, split_sentences(body))] == ["reported", "background"]
    assert statuses("A village chief was laid to rest on Friday, a few days after he was abducted and killed "
                    "near the market.") == ["reported"]


def test_an_opening_days_after_clause_recalls_an_earlier_harm() -> None:
    """'A week after gunmen killed ten policemen in X, another attack killed four soldiers': the ten are
    background; an opening clause followed by no harm of its own ('..., police arrested four') stays."""
    assert statuses("A week after gunmen killed ten policemen in Tank, another attack killed four soldiers in "
                    "Bannu on Tuesday.") == ["background", "reported"]
    assert statuses("Two days after gunmen killed ten policemen in Tank, militants killed four soldiers in "
                    "Bannu.") == ["background", "reported"]
    assert statuses("Two days after gunmen killed ten policemen in Tank, police arrested four suspects.") == [
        "reported"]


def test_the_dead_of_last_week_s_floods_are_no_conflict_s() -> None:
    """'The number of people killed in last week's floods rose to 64': a disaster's toll, dated or not."""
    assert statuses("The number of people killed in last week's floods rose to 64.") == ["background"]


def test_a_capsized_boat_is_an_accident() -> None:
    """'12 drowned when a boat carrying people fleeing fighting capsized': no conflict deaths."""
    assert statuses("At least 12 people drowned when a boat carrying people fleeing fighting capsized on the "
                    "lake on Tuesday.") == ["background"]
    assert statuses("Two persons were killed in a road mishap when their jeep fell into a ditch.") == ["background"]
    assert statuses("At least 30 people died when a boat carrying villagers fleeing an attack sank on the "
                    "river.") == ["background"]


def test_a_vehicle_that_plunged_or_overturned_is_an_accident_unless_violence_set_it_off() -> None:
    """'when a bus plunged into a gorge': no conflict deaths; 'when their vehicle overturned after coming under
    fire from militants': the militants' killing."""
    assert statuses("Thirteen people died when a bus plunged into a gorge in the hills on Sunday.") == ["background"]
    assert statuses("Six pilgrims were killed when their jeep skidded off the road and overturned.") == ["background"]
    assert statuses("Three policemen died when their truck overturned after coming under fire from "
                    "militants on Sunday.") == ["reported"]


def test_helicopter_bus_and_train_crashes_are_accidents() -> None:
    """'killed in a helicopter crash', 'died in a bus accident': no conflict deaths."""
    assert statuses("Twelve passengers were killed in a helicopter crash near the border on Sunday.") == ["background"]
    assert statuses("Nine pilgrims died in a bus accident on the highway on Monday.") == ["background"]
    assert statuses("A military helicopter was shot down by rebels on Monday, killing all 12 soldiers on "
                    "board.") == ["reported"]


def test_a_death_told_in_an_aside_is_read_in_the_aside() -> None:
    """'The speaker, who was killed in a road accident on Sunday, ...': the aside is the death's clause."""
    assert statuses("The speaker, who was killed in a road accident on Sunday, was remembered in the "
                    "house.") == ["background"]
    assert statuses("The speaker, who was shot dead by gunmen on Sunday, was buried in his village.") == [
        "reported"]


def test_till_now_and_thus_far_are_running_totals() -> None:
    """'500 people have been arrested thus far', '60 killed till now': running totals, not the incident."""
    for body in ("Police said more than 500 people have been arrested thus far.",
                 "Officials said 60 people have been killed till now in the district."):
        assert [m.status for m in extract_casualties(body, split_sentences(body))] == ["cumulative"]


def test_a_toll_of_an_earlier_massacre_is_background() -> None:
    """'killed 15 in the village, where 104 had been killed in an earlier massacre': the 104 are history."""
    assert statuses("Fighters killed at least 15 people in the village, where activists said 104 had been "
                    "killed in an earlier massacre in June.") == ["reported", "background"]


def test_a_tally_over_the_first_days_is_cumulative() -> None:
    """'killed 71 during the first four days of the unrest': a tally of a spell, not one incident."""
    assert statuses("Troops fired on mobs and killed 71 during the first four days of the unrest, the home "
                    "secretary said.") == ["cumulative"]


def test_deaths_from_disease_are_no_conflict_deaths() -> None:
    """'died of cholera', 'died of a heart attack in custody': no violence; 'died from a bullet wound' is."""
    assert statuses("Twelve people died of cholera in the camp on Tuesday.") == ["background"]
    assert statuses("The prisoner died of a heart attack in custody on Tuesday, police said.") == ["background"]
    assert statuses("The boy died from a bullet wound on Tuesday.") == ["reported"]


def test_could_have_killed_is_a_counterfactual_not_a_report() -> None:
    """'The bomb could have killed hundreds' killed no one; 'might have killed 30' and 'could have been
    killed' are uncertain reports."""
    assert statuses("The bomb could have killed hundreds, officials said on Tuesday.") == ["hypothetical"]
    assert statuses("Militants might have killed 30 villagers in the raid, officials said.") == ["reported"]
    assert statuses("As many as 50 people could have been killed in the raid, residents said.") == ["reported"]


def test_could_not_escape_is_a_failed_ability_not_a_hypothesis() -> None:
    """'One man could not escape and was burnt alive': the harm happened; 'could not' is no modal of it."""
    assert statuses("One man could not escape and was burnt alive.") == ["reported"]
    assert statuses("The villagers could not save the boy, who was shot dead by the gunmen.") == ["reported"]


def test_an_honour_to_the_dead_is_no_report_of_their_deaths() -> None:
    """'three troopers, who died on counter-insurgency duty, were decorated posthumously': an award."""
    assert statuses("Three paramilitary troopers, who died on counter-insurgency duty in the hills, were decorated "
                    "posthumously at the parade.") == ["background"]
    assert statuses("Four soldiers were killed in an ambush on Sunday.") == ["reported"]


def test_a_killing_a_week_earlier_is_an_earlier_incident() -> None:
    """'..., adding that the jihadists had killed nine herders in the same area a week earlier': recalled."""
    assert statuses("Fighters killed 15 fishermen on Sunday, a militia leader said, adding that the jihadists had "
                    "killed nine herders in the same area a week earlier.") == ["reported", "background"]


def test_a_recent_day_after_the_harm_dates_it() -> None:
    """'one of the hostages seized last month was found dead on Wednesday': the death is this week's;
    'militants who killed 20 people last month attacked again on Wednesday' recalls the 20."""
    assert statuses("One of the two hostages seized last month was found dead on Wednesday.") == ["reported"]
    assert statuses("Militants who killed 20 people last month attacked the town again on Wednesday.") == [
        "background"]


def test_a_modal_in_the_victims_relative_clause_is_no_hypothesis() -> None:
    """'two villagers who tried to flee were shot dead', 'about 17 pilgrims who tried to sneak in were
    arrested': the attempt is the victims', the harm happened; 'militants tried to kill five' did not."""
    assert statuses("Two villagers who tried to flee were shot dead by the gunmen.") == ["reported"]
    assert statuses("Two militants who were trying to plant a bomb were killed.") == ["reported"]
    assert statuses("Militants tried to kill five policemen.") == ["hypothetical"]


def test_a_negated_escape_in_a_relative_clause_leaves_the_victims_to_the_death() -> None:
    """'two children who could not flee were burnt alive': two killed, no displacement read."""
    body = "Two children who could not flee were burnt alive in the hut."
    assert [(m.category, m.count_best, m.status) for m in extract_casualties(body, split_sentences(body))] == [
        ("killed", 2, "reported")]


def test_a_toll_far_above_the_sentence_s_own_figure_is_a_running_total() -> None:
    """'17 died in renewed raids, taking the toll to 430': the 430 tallies many incidents; 'three died
    in hospital, taking the toll to 15' and 'one died of his wounds, raising the toll from the bombing
    to 31' revise this one's."""
    assert statuses("At least 17 people died in renewed raids across the district on Thursday, taking the "
                    "toll to 430.") == ["reported", "cumulative"]
    assert statuses("Three people died in hospital on Wednesday, taking the toll to 15.") == ["reported", "reported"]
    assert statuses("One person died of his wounds on Wednesday, raising the death toll from the bombing to "
                    "31.") == ["reported", "reported"]


def test_a_running_total_told_after_its_parts_is_cumulative() -> None:
    """'Some 6,500 arrests, including precautionary detentions, have been made so far' and 'have arrested about
    2700 people in the first three days of the curfew' are tallies; 'arrested 40 rioters, including two leaders of
    the mob, on Tuesday' is the incident's."""
    def arrests(body: str) -> list[str]:
        return [m.status for m in extract_casualties(body, split_sentences(body)) if m.category == "arrested"]

    assert arrests('"Some 6,500 arrests, including precautionary detentions, have been made so far," a '
                   'commissioner said.') == ["cumulative"]
    assert arrests("Officers have arrested about 2700 people in the first three days of the curfew, a spokesman "
                   "said.") == ["cumulative"]
    assert arrests("Police arrested 40 rioters, including two leaders of the mob, on Tuesday.")[0] == "reported"


def test_an_ordinal_victim_with_its_participle_counts_such_deaths() -> None:
    """'killed the headmaster, the third teacher killed in the state this month': one death, not two."""
    assert statuses("Gunmen killed the headmaster of a school, the third teacher killed in the state this month.") \
        == ["reported", "cumulative"]
    assert statuses("The third victim was killed by a stray round.") == ["reported"]


def test_an_attack_on_another_target_is_another_incident() -> None:
    """'Last August, a raid on another guesthouse in the capital left 21 dead' recalls an earlier attack."""
    assert statuses("Last August, a raid on another guesthouse in the capital left 21 dead.") == ["background"]


def test_a_similar_blast_days_earlier_is_an_earlier_incident() -> None:
    """'Three days earlier, a similar blast in another town killed eight': recalled for comparison."""
    assert statuses("A blast at a market killed five people on Wednesday. Three days earlier, a similar blast "
                    "in a nearby town killed eight.") == ["reported", "background"]
    assert statuses("A blast at a market killed five people on Wednesday. On Sunday, a similar bombing in a "
                    "nearby town killed eight.") == ["reported", "background"]


def test_one_of_the_largest_abductions_is_a_ranking_not_a_person() -> None:
    """'in one of the largest mass abductions in years' counts no one; 'one of the oldest residents' is one."""
    body = "Gunmen kidnapped 20 pupils on Thursday, in one of the largest mass abductions in years."
    found = [(m.category, m.count_best) for m in extract_casualties(body, split_sentences(body))]
    assert found == [("kidnapped", 20)]
    assert statuses("One of the oldest residents of the village was killed.") == ["reported"]


def test_a_verb_coordinated_with_a_wars_tally_is_part_of_the_tally() -> None:
    """'The conflict has killed more than 18,800 people and displaced over 10 million': both running totals."""
    def all_statuses(body: str) -> list[tuple[str, str]]:
        return [(m.category, m.status) for m in extract_casualties(body, split_sentences(body))]

    assert all_statuses("The conflict has killed more than 18,800 people and displaced over 10 million, "
                        "according to the UN.") == [("killed", "cumulative"), ("displaced", "cumulative")]
    assert all_statuses("The fighting has killed 20 people and displaced 5,000 since Friday.") == [
        ("killed", "reported"), ("displaced", "reported")]


def test_a_killing_weeks_ago_is_recalled_unless_it_opens_the_story() -> None:
    """'..., revenge for troops killing 6 farmers a week ago' (a later sentence) recalls an earlier
    incident; 'Gunmen killed 9 people two weeks ago, residents said' opening a story is its news."""
    assert statuses("Several grenades went off in the town. Investigators think the attacks were revenge for "
                    "troops killing 6 farmers a week ago.") == ["background"]
    assert statuses("Gunmen killed 9 people two weeks ago, residents said.") == ["reported"]


def test_the_death_a_protest_is_about_is_no_lone_shooting() -> None:
    """'residents blocked the ring road, demanding justice for a youth police allegedly shot dead': the
    protest's occasion, no death of its own; 'calling on detectives to hurry the probe into the killing of a
    boy' likewise."""
    body = ("Some 40 residents blocked the ring road, demanding justice for a youth whom officers allegedly "
            "shot dead at a checkpoint.")
    assert "reported" not in statuses(body)
    assert statuses("Marches were held calling on detectives to hurry the probe into the killing of a teenage "
                    "boy.") == ["background"]


def test_a_past_period_closing_a_later_clause_recalls_an_earlier_incident() -> None:
    """'... killed 17 soldiers in a raid on a camp near Hombori last month.' after today's attack:
    background, however far the period stands from the figure; the opening sentence stays the news."""
    body = ("Suspected jihadists killed at least 26 travellers when they ambushed a coach on Tuesday. JNIM fighters "
            "killed 17 soldiers in a raid on an army camp near the town of Hombori last month.")
    assert statuses(body) == ["reported", "background"]
    assert statuses("Troops killed 20 militants in an operation in the hills near the border late last month.") == [
        "reported"]
    assert statuses("Troops killed 20 militants on Tuesday. Last year it was the floods that killed 30 people in "
                    "the valley, officials recalled on Wednesday.") == ["reported", "background"]


def test_a_verb_coordinated_with_a_later_running_tally_shares_it() -> None:
    """'which has killed thousands and displaced more than 400,000 people since 2012': both a tally."""
    assert statuses("The insurgency, which has killed thousands and displaced more than 400,000 people since "
                    "2012, goes on.") == ["cumulative"]


def test_since_a_weekday_at_the_end_of_the_read_words_is_the_incident_s_spell() -> None:
    """'killed five people and displaced 300 families since Monday': the incident's own figures."""
    assert statuses("Gunmen killed five people and displaced 300 families since Monday in the district.") == [
        "reported"]


def test_a_death_that_sparked_protests_is_their_cause() -> None:
    """'The death of a boy in police firing sparked violent protests': background to the protests."""
    assert statuses("The death of a 14-year-old boy allegedly in police firing sparked violent protests in which "
                    "11 officers were injured.") == ["background"]
    assert statuses("The bodies of five men were found on Monday, police said.") == ["reported"]


def test_an_arrest_that_sparked_protests_is_their_cause() -> None:
    """'Police detained 300 people over five days of protests sparked by the arrest of Mayor Ali Demir': the 300
    are the news, the mayor's arrest their occasion."""
    found = [(m.count_best, m.status) for m in mentions(
        "Police detained 300 people over five days of protests sparked by the arrest of Mayor Ali Demir, the "
        "minister said on Monday.") if m.category == "arrested"]
    assert found == [(300, "reported"), (1, "background")]


def test_a_wish_in_another_clause_is_no_hypothesis() -> None:
    """'... blocking a road to demand unpaid wages; 15 workers were injured': reported, the demand is another
    clause's."""
    body = "Police dispersed garment workers who were blocking a road to demand unpaid wages; 15 workers were injured."
    assert [m.status for m in extract_casualties(body, split_sentences(body)) if m.category == "injured"] == [
        "reported"]


def test_a_road_death_is_an_accident() -> None:
    """'the body of a teenager killed by a speeding truck': an accident, no conflict death."""
    assert statuses("Villagers blocked the highway with the body of a teenager killed by a speeding truck, "
                    "demanding compensation.") == ["background"]


def test_a_toll_told_of_elsewhere_is_not_the_incident_s() -> None:
    """'Elsewhere in the state, where the riots have now claimed some 640 lives, ...' after a local attack: the
    other places' toll is background; a figure of its own told 'elsewhere' still adds to the incident's."""
    body = ("A crowd torched two buses outside Anand on Monday and three conductors were hurt. Elsewhere in the "
            "state, where the riots have now claimed some 640 lives, the streets were quiet on Tuesday.")
    assert statuses(body) in (["background"], ["cumulative"])  # told elsewhere, and a spell's toll
    assert statuses("Two guards were shot dead at a depot near Kota. Elsewhere in the state, four men died "
                    "in police firing.") == ["reported", "reported"]


def test_a_court_s_conviction_for_old_deaths_is_background() -> None:
    """'gave three men life terms, convicting them of burning alive a family of five': a judgment on an old
    crime."""
    assert statuses("A special court gave three men life terms, convicting them of burning alive a family of five "
                    "near the station.") == ["background"]


def test_a_lower_cased_opening_adverbial_is_no_aside() -> None:
    """'on 12 march 2018, a vigil was held ..., during which ... killed thousands' in a lower-cased archive: the
    comma after the opening adverbial opens the main clause (as 'On 12 March 2018,' does), so the pogroms of 1946
    stay an old event's, not today's."""
    body = ("on 12 march 2018, a vigil was held in the square to recall the pogroms of 1946-47, during which armed "
            "militias killed and displaced thousands across the province.")
    assert {m.category: m.status for m in extract_casualties(body, split_sentences(body))} == {
        "killed": "background", "displaced": "background"}


def test_an_arrest_still_to_come_is_no_arrest() -> None:
    """'officers will arrest the cashier', 'teams went to Pune to arrest the agent' and 'nothing can stop them
    from arresting the broker' tell of arrests not yet made: hypothetical, with the words that say so."""
    assert _arrest_statuses("Officers will arrest the cashier by Monday, the prosecutor assured the bench.") == [
        ("hypothetical", "will")]
    assert _arrest_statuses("Two teams went to Pune to arrest the agent, who had fled.") == [("hypothetical", "to")]
    assert _arrest_statuses("Nothing can stop them from arresting the broker, the lawyer argued.") == [
        ("hypothetical", "stop them from")]


def test_what_was_done_or_reported_after_to_stays_reported() -> None:
    """'got lucky to arrest', 'confessed to killing', 'were reported to kill', 'stabbed a trader to death' and
    'due to injuries' are deeds or reports of deeds, not purposes."""
    assert _arrest_statuses("Frankly, the squad got lucky to arrest the courier, the officer said.") == [
        ("reported", None)]
    assert statuses("The two brothers confessed to killing the shopkeeper.") == ["reported"]
    assert statuses("Mortar rounds were reported to kill 11 villagers overnight.") == ["reported"]
    assert statuses("A gang stabbed a trader to death at the fair.") == ["reported"]
    assert statuses("Raiders went on to kill three guards at the gate.") == ["reported"]


def test_a_rumour_of_a_killing_is_unconfirmed() -> None:
    """'acting on rumours that the union leader had been gunned down': hearsay, not the incident's toll."""
    assert statuses("Crowds gathered outside the clinic, acting on rumours that the union leader had been gunned "
                    "down.") == ["hypothetical"]


def test_a_figure_set_apart_from_a_toll_is_a_known_incident_s() -> None:
    """'This excludes the 40 dead in the torched bus' after a riot toll: the bus's dead, told as known, are
    background; 'excluding the 12 deaths in the hamlet on Saturday night' names a new night's dead: reported."""
    body = "The toll of this week's riots has reached 410. This excludes the 40 dead in the torched bus."
    assert statuses(body) == ["cumulative", "background"]
    body = "The death toll has risen to 95, excluding the 12 deaths in Rampur hamlet on Saturday night."
    assert statuses(body)[1:] == ["reported"]


def test_deaths_recorded_across_many_parts_of_a_country_are_a_tally() -> None:
    """'38 deaths were recorded from different parts of the country' sums many places; 'clashes erupted across
    the state overnight, claiming five lives' is one night's toll."""
    assert statuses("An official said 38 deaths were recorded from different parts of the country this week.") == [
        "cumulative"]
    assert statuses("Clashes erupted across the state overnight, claiming five lives.") == ["reported"]


def test_an_arrest_over_an_earlier_event_is_news() -> None:
    """'Police arrested three men over last year's riots': the arrests are today's, the riots last year's;
    a figure of last year's riots stays background."""
    found = [m for m in mentions("Police arrested three men over last year's riots.") if m.category == "arrested"]
    assert [(m.count_best, m.status, m.victim) for m in found] == [(3, "reported", "men")]
    found = mentions("Last year's riots left six dead and 80 were arrested.")
    assert {m.status for m in found} == {"background"}


def test_an_arrest_of_the_suspects_in_an_earlier_attack_is_news() -> None:
    """'arrested three suspects in last month's attack', 'arrested the suspected mastermind of last month's
    attack': today's arrests (three and one), the attack last month's."""
    found = mentions("Police on Tuesday arrested three suspects in last month's attack on a bus.")
    assert [(m.category, m.count_best, m.status) for m in found] == [("arrested", 3, "reported")]
    found = mentions("Police on Tuesday arrested the suspected mastermind of last month's attack on a bus.")
    assert [(m.category, m.count_best, m.status) for m in found] == [("arrested", 1, "reported")]


def test_a_perfect_toll_over_a_state_then_explained_is_a_tally() -> None:
    """'More than 250 people have died in Bihar because ...': a state's dead over days, not one incident's;
    a lede's 'have been killed in Kenya, police said' and "in Nigeria's Borno state" stay reported."""
    found = mentions("More than 250 people have died in Bihar because a leader made one speech, she said.")
    assert [m.status for m in found] == ["cumulative"]
    found = mentions("Dozens of villagers have been killed in rural Assam owing to official negligence.")
    assert [m.status for m in found] == ["cumulative"]
    assert [m.status for m in mentions("Five people have been killed in Kenya, police said.")] == ["reported"]
    found = mentions("Nine villagers have been killed in Nigeria's Borno state because of a raid.")
    assert [m.status for m in found] == ["reported"]


def test_the_victims_earlier_harm_dates_only_itself() -> None:
    """'The bodies of seven men abducted by gunmen last month were found': seven dead now, the abduction last
    month's; 'who were abducted last week were found dead' the same; 'Gunmen abducted seven men last month',
    told alone, is the news."""
    found = mentions("The bodies of seven men abducted by gunmen last month were found in a forest.")
    assert {(m.category, m.status) for m in found} == {("killed", "reported"), ("kidnapped", "background")}
    found = mentions("Seven men who were abducted last month were found dead in a forest.")
    assert [(m.category, m.status) for m in found] == [("killed", "reported")]
    found = mentions("Seven men abducted by gunmen last month were found dead in a forest.")
    assert {(m.category, m.status) for m in found} == {("killed", "reported"), ("kidnapped", "background")}
    assert [m.status for m in mentions("Gunmen abducted seven men last month.")] == ["reported"]


def test_the_wounded_who_died_are_only_dead() -> None:
    """'Three soldiers injured in an ambush died in hospital': three dead, none wounded besides;
    'wounding several militiamen, with no deaths reported' keeps the wounded."""
    found = mentions("Three soldiers injured in an ambush last week died in hospital on Monday.")
    assert [(m.category, m.count_best, m.status) for m in found] == [("killed", 3, "reported")]
    found = mentions("Artillery pounded the ridge, wounding several militiamen, with no deaths reported.")
    assert ("injured", "reported") in {(m.category, m.status) for m in found}


def test_a_harm_told_days_before_the_news_strike_is_background() -> None:
    """'The strike came two days after shelling killed three children': the children are an earlier harm."""
    body = ("An air strike on Sunday hit a market in Idlib, killing seven people. The strike came two days after "
            "shelling killed three children in the same area.")
    found = extract_casualties(body, split_sentences(body))
    assert [(m.count_best, m.status) for m in found] == [(7, "reported"), (3, "background")]


def test_the_abducted_told_as_freed_or_still_held_are_no_new_abduction() -> None:
    """'engineers kidnapped in March were freed on Tuesday', 'released 12 truck drivers they had abducted': the
    release is the news, the abduction background; 'Hamas still holds about 120 hostages': a standing count,
    cumulative."""
    for freed in (
        "Three Chinese engineers kidnapped in Nigeria in March were freed on Tuesday.",
        # (a recent period dates the abduction, not the release: "kidnapped last month ... have been freed")
        "Twenty schoolgirls kidnapped last month from a boarding school have been freed, the governor said.",
        "Militants released 12 truck drivers they had abducted last week after elders intervened.",
    ):
        assert [(m.category, m.status) for m in extract_casualties(freed, split_sentences(freed))] == [
            ("kidnapped", "background")], freed
    held = "Hamas still holds about 120 hostages taken during the October 7 attack."
    assert [(m.category, m.status) for m in extract_casualties(held, split_sentences(held))] == [
        ("kidnapped", "cumulative")]
    taken = "Gunmen kidnapped three engineers in Kaduna on Tuesday, police said."
    assert [(m.category, m.status) for m in extract_casualties(taken, split_sentences(taken))] == [
        ("kidnapped", "reported")]


def test_the_abducted_whose_rescue_or_death_is_the_news_are_background() -> None:
    """'Police rescued four men who had been abducted', 'the bodies of four men who were abducted last week': the
    rescue or the killing is the news; 'abducted four men who were travelling' is still an abduction."""
    for body in ("Police rescued four men who had been abducted by gunmen.",
                 "Police recovered the bodies of four men who were abducted last week."):
        found = extract_casualties(body, split_sentences(body))
        assert [m.status for m in found if m.category == "kidnapped"] == ["background"]
    body = "Gunmen abducted four men who were travelling to Kaduna."
    assert [(m.category, m.status) for m in extract_casualties(body, split_sentences(body))] == [
        ("kidnapped", "reported")]


def test_the_abducted_found_dead_are_killed_not_newly_abducted() -> None:
    """'Six men abducted by gunmen last week were found dead', 'the bodies of six men abducted ... were found
    dumped': the killing is the news, the abduction background (the six are counted once, as killed)."""
    for body in ("Six men abducted by gunmen last week were found dead on a highway on Saturday.",
                 "The bodies of six men abducted by cartel members were found dumped on a highway on Saturday."):
        found = extract_casualties(body, split_sentences(body))
        assert [(m.category, m.status) for m in found if m.category == "kidnapped"] == [("kidnapped", "background")]


def test_a_year_named_siege_in_a_relative_clause_is_background() -> None:
    """'since the 2004 Beslan school siege, in which more than 330 people were killed': an old event's dead."""
    body = ("It was the deadliest attack in Russia since the 2004 Beslan school siege, in which more than 330 "
            "people were killed.")
    assert [m.status for m in extract_casualties(body, split_sentences(body))] == ["background"]


def test_the_toll_of_a_week_of_clashes_is_cumulative() -> None:
    """'after a week of deadly clashes ... that left at least 174 people dead': a spell's tally, not one day's."""
    body = ("The government lifted a curfew on Wednesday after a week of deadly clashes between police and "
            "protesters that left at least 174 people dead.")
    assert [m.status for m in extract_casualties(body, split_sentences(body))] == ["cumulative"]


def test_a_war_s_toll_and_its_others_are_cumulative() -> None:
    """'Some 15,000 people have been killed in the conflict': a war's toll; '... displaced since the war began.
    2.1 million others had fled abroad': the others of the tally; 'On Monday, five more were killed': news."""
    body = ("More than 10 million people have been displaced since the war began, the agency said. The agency "
            "said 2.1 million others had fled to neighbouring countries. Some 15,000 people have been killed in "
            "the conflict.")
    assert [m.status for m in extract_casualties(body, split_sentences(body))] == ["cumulative"] * 3
    news = "Since January, 300 people have been killed in the region. On Monday, five more were killed."
    assert [m.status for m in extract_casualties(news, split_sentences(news))] == ["cumulative", "reported"]


def test_a_demand_ends_at_its_comma() -> None:
    """'fire on demonstrators demanding his resignation, killing at least 14': the killing is reported."""
    body = ("Security forces opened fire on demonstrators demanding the prime minister's resignation, "
            "killing at least 14 people.")
    assert [m.status for m in extract_casualties(body, split_sentences(body)) if m.category == "killed"] == [
        "reported"]


def test_a_demand_without_a_comma_still_wishes() -> None:
    """'demanded the arrest of the five men' is no arrest; the guard of the comma rule."""
    body = "Villagers demanded the arrest of five men accused of the killing."
    assert [m.status for m in extract_casualties(body, split_sentences(body)) if m.category == "arrested"] in (
        [], ["hypothetical"])


def test_wounds_sustained_are_a_noun() -> None:
    """'died from wounds sustained in the bombing': no one injured, 'sustained' is no victim."""
    body = "Three people died on Tuesday from wounds sustained in the bombing."
    assert [m.category for m in extract_casualties(body, split_sentences(body))] == ["killed"]


def test_the_killing_a_blockade_answers_is_its_occasion() -> None:
    """'Youths burned tyres and blocked the expressway after a police officer shot dead a motorcyclist': the
    street's answer is the news, the killing its occasion; 'Gunmen blocked the highway and killed five' reports."""
    assert statuses("Angry youths burned tyres and blocked the expressway on Tuesday after a police officer shot "
                    "dead a commercial motorcyclist.") == ["background"]
    assert statuses("Gunmen blocked the highway and killed five travellers.") == ["reported"]


def test_the_dead_of_the_crime_a_suspect_is_arrested_for_are_background() -> None:
    """'arrested the suspected mastermind of the bank robbery in which three guards were killed': the arrest is
    the news, the robbery's dead an earlier incident's."""
    body = "Police arrested the suspected mastermind of the bank robbery in which three guards were killed."
    found = extract_casualties(body, split_sentences(body))
    assert [(m.category, m.status) for m in found] == [("arrested", "reported"), ("killed", "background")]


def test_a_death_a_crowds_arson_came_after_is_its_occasion() -> None:
    """'Villagers set fire to a police outpost after a man died in custody': the death is the riot's occasion
    (background); 'Gunmen torched houses after killing five villagers' and 'villagers torched a police jeep after
    police fired on them, killing two' keep their dead."""
    found = mentions("Villagers set fire to a police outpost after a man died in custody on Wednesday night.")
    assert [(m.count_best, m.status) for m in found] == [(1, "background")]
    found = mentions("Gunmen torched houses after killing five villagers on Wednesday.")
    assert [(m.count_best, m.status) for m in found] == [(5, "reported")]
    found = mentions("Villagers torched a police jeep after police fired on them, killing two.")
    assert [(m.count_best, m.status) for m in found] == [(2, "reported")]



def test_a_killing_a_day_before_its_claim_is_the_news() -> None:
    """'The group on Friday claimed an ambush that killed six guards a day earlier' is the news; told after
    another killing ('..., adding that they had killed nine herders a day earlier') it is an earlier one."""
    assert statuses("The rebel group on Friday claimed an ambush that killed six prison guards near the dam a "
                    "day earlier.") == ["reported"]
    assert statuses("Fighters killed 15 fishermen on Sunday, a militia leader said, adding that the jihadists had "
                    "killed nine herders in the same area a day earlier.") == ["reported", "background"]


def test_none_of_the_people_counted_were_harmed() -> None:
    """'None of the 40 passengers was injured' harms none of them; in 'not one of the 650 arrested has been
    charged' the arrests stand (the clause's verb, not the arrest, is negated)."""
    found = mentions("None of the 40 passengers on the bus was injured, the driver said.")
    assert [(m.category, m.status) for m in found] == [("injured", "negated")]
    found = mentions("Not one of the roughly 650 arrested after the unrest has been charged under the new law.")
    assert [(m.category, m.status) for m in found] == [("arrested", "reported")]


def test_a_report_found_untrue_denies_its_figure() -> None:
    """'Reports that 15 people had been abducted turned out to be false': denied; 'were confirmed' stands."""
    found = mentions("Reports that 15 villagers had been abducted from the market turned out to be false.")
    assert [(m.category, m.status) for m in found] == [("kidnapped", "denied")]
    found = mentions("Reports that 15 villagers had been abducted from the market were confirmed by the police.")
    assert [(m.category, m.status) for m in found] == [("kidnapped", "reported")]


def test_a_court_rejecting_a_bail_plea_denies_no_arrest() -> None:
    """'the court rejected the bail plea of a trader who was arrested', 'denied bail to': the arrest stands;
    'the police rejected reports that 15 were arrested' is still a denial."""
    found = mentions("A sessions court on Friday rejected the bail plea of a trader who was arrested on Tuesday.")
    assert [(m.category, m.status) for m in found] == [("arrested", "reported")]
    found = mentions("The magistrate denied bail to the teacher, who was detained at the bus stand last week.")
    assert [(m.category, m.status) for m in found] == [("arrested", "reported")]
    found = mentions("The police rejected reports that 15 students were arrested at the campus.")
    assert [(m.category, m.status) for m in found] == [("arrested", "denied")]


def test_a_figure_called_exaggerated_or_baseless_is_denied() -> None:
    """'the district chief termed as exaggerated the claim that 40 died', 'described as baseless the reports
    that 30 were killed': denied figures; 'termed the incident a clash and said three died' denies none."""
    assert statuses("The district chief termed as exaggerated the claim that 40 labourers died.") == ["denied"]
    assert statuses("Officials described as baseless the reports that 30 villagers were killed.") == ["denied"]
    assert statuses("The district chief termed the incident a clash and said three men died.") == ["reported"]


def test_a_claim_denied_after_its_figure_is_denied() -> None:
    """'claimed to have killed 25 guards, a claim the army denied', '..., which the ministry rejected', 'but the
    police denied the claim': denied figures; 'but the family denied the men were armed' denies no death."""
    for sentence in ("The rebels claimed to have killed 25 border guards, a claim the army denied.",
                     "The rebels said they had killed 25 border guards, a claim swiftly rejected by the army.",
                     "The rebels said they had killed 25 border guards, which the defence ministry denied.",
                     "The rebels said they had killed 25 border guards, but the army flatly denied the claim."):
        assert statuses(sentence) == ["denied"], sentence
    assert statuses("Police shot dead three robbers near the toll plaza, but their families denied the men "
                    "were armed.") == ["reported"]
    assert statuses("The two men shot dead at the toll plaza in 2019 were the ones for which the high court had "
                    "dismissed the state's appeal.") != ["denied"]


def test_the_incident_a_superlative_or_an_anniversary_recalls_is_background() -> None:
    """'the deadliest since a truck bomb killed 60 in May' and 'three years after the raid that killed 45 miners'
    recall earlier incidents; 'the deadliest since the ceasefire, killed 18' is the news."""
    assert statuses("Sunday's ambush was the bloodiest since a truck bomb killed 60 recruits near the port in "
                    "May.") == ["background"]
    assert statuses("Three years after the raid that killed 45 miners, their families still wait for "
                    "compensation.") == ["background"]
    assert statuses("The ambush, the deadliest since the ceasefire, killed 18 recruits near the port.") == [
        "reported"]


def test_a_fall_from_a_vehicle_or_a_roof_is_an_accident() -> None:
    """'died after he fell off a moving train' is an accident (background); 'pushed him from the roof' is not."""
    assert statuses("A railway porter died after he fell off a moving train near the yard.") == ["background"]
    assert statuses("A trader was killed when the mob pushed him from the roof of his shop.") == ["reported"]


def test_the_missing_found_safe_are_missing_no_more() -> None:
    """'Four hikers who went missing on Friday have been found safe': no missing; 'are still missing' are."""
    found = mentions("Four hikers who went missing on Friday have been found safe near the lake.")
    assert [(m.category, m.status) for m in found] == [("missing", "background")]
    found = mentions("Four hikers are still missing after the raid on the camp.")
    assert [(m.category, m.status) for m in found] == [("missing", "reported")]


def test_a_bombing_at_a_rally_that_killed_people_is_the_news() -> None:
    """'claimed a suicide bombing at a political rally that killed 54 people': the rally was attacked, its dead
    are the news; 'rallied to condemn the bombing that killed 54' names the rally's occasion."""
    assert statuses("The group claimed a suicide bombing at an election rally in the valley on Sunday that killed "
                    "38 people.") == ["reported"]
    assert statuses("Thousands rallied on Sunday to condemn the bombing that killed 38 people.") == ["background"]


def test_nature_s_harm_is_no_conflict_death_unless_violence_is_told_beside_it() -> None:
    """'a strong earthquake ... killing eight', 'a tsunami killed 40', 'died after flash floods': no conflict deaths;
    'a roadside bomb hit a truck carrying earthquake aid, killing three soldiers' is the bomb's."""
    assert statuses("A strong earthquake struck the island on Sunday, killing eight people.") == ["background"]
    assert statuses("A tsunami killed at least 40 people along the coast on Saturday night.") == ["background"]
    assert statuses("At least 31 people died after flash floods swept through the valley.") == ["background"]
    assert statuses("A roadside bomb hit an army truck carrying earthquake aid, killing three soldiers.") == [
        "reported"]
    assert statuses("Three people were killed in clashes as the party won a landslide victory.") == ["reported"]


def test_industrial_blasts_and_crashed_aircraft_are_accidents() -> None:
    """'a chemical plant exploded', 'gas cylinders exploded', 'a crash and explosion', 'aircraft that had crashed':
    accidents; 'a car packed with explosives exploded' stays an attack."""
    assert statuses("Two workers were killed when a chemical plant exploded on Monday.") == ["background"]
    assert statuses("Three people died when gas cylinders exploded in a restaurant kitchen.") == ["background"]
    assert statuses("A lorry driver died after a tanker crash and explosion on the motorway.") == ["background"]
    assert statuses("Three airmen died after a navy aircraft that had crashed into the sea was located.") == [
        "background"]
    assert statuses("A car packed with explosives exploded near the market, killing nine people.") == ["reported"]


def test_a_feeling_about_a_massacre_names_its_occasion() -> None:
    """'voiced its horror at the massacre in which 30 villagers were burnt alive' and 'took strong exception to
    rioting that claimed several lives' react to earlier deaths; 'shot dead three ..., and the minister expressed
    shock over the killings' reports them."""
    assert statuses("The union voiced its horror at the massacre in which 30 villagers were "
                    "burnt alive.") == ["background"]
    assert statuses("The bar association took strong exception to the rioting that claimed several lives last "
                    "week.") == ["background"]
    assert statuses("Gunmen shot dead three journalists in the city on Tuesday, and the minister expressed shock "
                    "over the killings.") == ["reported"]


def test_a_feeling_about_a_massacre_and_the_toll_it_led_to_names_its_occasion() -> None:
    """'expressed horror at the lynching and the riots it set off, leading to hundreds of deaths': the deaths
    the feeling is about; 'Rioters torched shops, leading to the deaths of three people' reports them."""
    assert statuses("The writers' forum expressed horror at the lynching and the riots it set off, leading to "
                    "hundreds of deaths.") == ["background"]
    assert statuses("Rioters torched shops in the old city, leading to the deaths of three people.") == ["reported"]


def test_a_deed_disowned_leaves_the_death_reported() -> None:
    """'The militia denied killing the headman': the headman is dead, the deed disowned; 'denied killing 12
    herders' gainsays a count, and 'denied that the detainee died under torture' the death itself."""
    assert statuses("The militia denied killing the headman, blaming bandits for the murder.") == ["reported"]
    assert statuses("The militia denied any role in killing the headman.") == ["reported"]
    assert statuses("The militia denied killing 12 herders near the river.") == ["denied"]
    assert statuses("Officials denied that the detainee was beaten to death.") == ["denied"]
