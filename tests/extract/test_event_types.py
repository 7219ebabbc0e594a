"""ACLED event and sub-event typing of sentences we wrote for the purpose."""

from __future__ import annotations

import pytest

from pipeline.extract.event_type_cues import find_cues, parse_lexicon, tokens
from pipeline.extract.event_types import EVENT_TYPE_OF, classify_event
from pipeline.extract.sentences import split_sentences


def classify(text: str) -> tuple[str | None, str | None]:
    return classify_event(split_sentences(text))


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Hundreds of teachers staged a peaceful protest outside the ministry demanding unpaid wages.",
         "Peaceful protest"),
        ("Angry residents set fire to a police station after a man died in custody, police said.",
         "Mob violence"),
        ("Militiamen set fire to houses in the village.", "Looting/property destruction"),
        ("The authorities imposed a curfew in the old city.", "Change to group/activity"),
        ("The board's offices in the old secretariat were burnt down by unidentified men.",
         "Looting/property destruction"),
        ("Rebels seized the town without a fight on Tuesday after government troops withdrew.",
         "Non-violent transfer of territory"),
        ("Farmers demonstrated in the town square. Police dispersed them with tear gas.",
         "Protest with intervention"),
        ("Security forces opened fire on protesters in the capital, killing three demonstrators.",
         "Excessive force against protesters"),
        ("Soldiers shot dead at least nine protesters in the city on Wednesday, witnesses said.",
         "Excessive force against protesters"),
        ("Police killed two student protesters at the rally.", "Excessive force against protesters"),
        ("A student was killed by police during a demonstration in the capital.",
         "Excessive force against protesters"),
        ("Protesters burned tyres and pelted stones at the district office over water shortages.",
         "Violent demonstration"),
        ("An angry mob lynched a suspected thief in the market.", "Mob violence"),
        ("Two groups of villagers clashed over a land dispute, leaving five injured.", "Mob violence"),
        ("Government troops clashed with rebels near the river crossing for several hours.", "Armed clash"),
        ("Soldiers raided the old refugee camp in the north and clashed with gunmen.", "Armed clash"),
        ("Troops were deployed to the town after clashes.", "Change to group/activity"),
        ("Army troops recaptured the town from the insurgents after two days of fighting.",
         "Government regains territory"),
        ("Rebel fighters seized control of the district capital on Sunday.",
         "Non-state actor overtakes territory"),
        ("The Rapid Support Forces said on Sunday they had taken full control of the army's last base in the city.",
         "Non-state actor overtakes territory"),
        ("Warplanes carried out airstrikes on a market, killing twelve people.", "Air/drone strike"),
        ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.", "Suicide bomb"),
        ("Artillery shells hit a residential area overnight.", "Shelling/artillery/missile attack"),
        ("A roadside bomb struck a bus carrying pilgrims.", "Remote explosive/landmine/IED"),
        ("Rebels blew up a school building in the district overnight; no one was hurt.",
         "Remote explosive/landmine/IED"),
        ("Unknown attackers lobbed a grenade at a police patrol.", "Grenade"),
        ("A glide bomb hit an apartment block in the city, killing three civilians.", "Air/drone strike"),
        ("Inspectors said chlorine gas was used in the attack on the village.", "Chemical weapon"),
        ("Gunmen shot dead a shopkeeper and his son at their home.", "Attack"),
        ("Bandits stormed a village and killed 20 people.", "Attack"),
        ("Armed bandits abducted 40 villagers in a raid on Tuesday night.", "Abduction/forced disappearance"),
        ("Police killed three bandits in a gunfight near the forest.", "Armed clash"),
        ("Militants abducted six aid workers on the highway.", "Abduction/forced disappearance"),
        ("A soldier raped a woman in the village.", "Sexual violence"),
        ("Police arrested the leader of the opposition party at his home.", "Arrests"),
        ("Police arrested 14 suspected members of a kidnapping gang and rescued three victims.", "Arrests"),
        ("The two armed groups signed a ceasefire agreement in the capital.", "Agreement"),
        ("The bomb disposal squad defused an improvised explosive device found near the bridge.",
         "Disrupted weapons use"),
        ("Troops set up a new military base on the hill overlooking the valley.",
         "Headquarters or base established"),
        ("Armed men looted shops and stole cattle from the village.", "Looting/property destruction"),
        ("The army sent reinforcements to the northern front.", "Change to group/activity"),
        ("Foreign troops handed over control of the base to the national army without a fight.",
         "Non-violent transfer of territory"),
    ],
)
def test_sub_event_types(text: str, sub_type: str) -> None:
    """Each ACLED sub-event type is recognised from a typical sentence reporting it."""
    assert classify(text) == (EVENT_TYPE_OF[sub_type], sub_type)


def test_taxonomy_is_acled() -> None:
    """The taxonomy has ACLED's 6 event types and 25 sub-event types."""
    assert len(set(EVENT_TYPE_OF.values())) == 6
    assert len(EVENT_TYPE_OF) == 25


def test_no_event_is_none() -> None:
    """Text that reports no event of any kind gets no type."""
    assert classify("The committee published its annual budget report on Tuesday.") == (None, None)
    assert classify("") == (None, None)


def test_negated_clash_does_not_count() -> None:
    """'No clashes were reported' is no battle."""
    assert classify("Troops patrolled the town. No clashes were reported.")[1] == "Change to group/activity"


def test_cue_under_a_modal_or_a_plan_is_no_event() -> None:
    """'should be arrested', 'would launch an agitation', 'will be deployed' tell of no event; a later
    sentence that reports one types the text; the month in 'On 9 May 2020' is no modal."""
    assert classify("The minister said the leaders should be arrested for their remarks.") == (None, None)
    assert classify("The group threatened to launch an agitation if the ban was not lifted.") == (None, None)
    text = "More troops will be deployed next week, officials said. Protesters marched through the capital on Monday."
    assert classify(text) == ("Protests", "Peaceful protest")
    assert classify("On 9 May 2020, people protested in the city.") == ("Protests", "Peaceful protest")
    assert classify("In May police arrested 12 people.") == ("Strategic developments", "Arrests")
    assert classify("The party has decided to observe a protest day on Friday.") == (None, None)


def test_imposed_alone_is_no_change_of_activity() -> None:
    """'restrictions imposed', 'section 144 imposed' are background; 'imposed a curfew' is a change."""
    assert classify("Officials explained the restrictions imposed in the district last month.") == (None, None)
    assert classify("Police imposed section 144 and a curfew in the old city.")[1] == "Change to group/activity"


def test_took_to_streets_without_the_is_a_sign_of_protest() -> None:
    """'took to streets' (no article) counts like 'took to the streets' among the weak signs of a protest."""
    assert classify("About 400 activists took to streets and marched through the capital.")[0] == "Protests"


def test_words_as_weapons_are_no_attack() -> None:
    """'in a veiled attack on the government', 'a scathing attack on the opposition': speech, not violence."""
    assert classify("In a veiled attack on the ministers, the party chief said they lacked courage.") == (None, None)
    assert classify("The minister made a scathing attack on the opposition in the assembly.") == (None, None)
    assert classify("Gunmen attacked the minister's convoy on the highway.")[0] is not None


def test_an_attack_launched_on_a_government_in_a_house_is_speech() -> None:
    """'ministers were targeted in an attack launched against the coalition government by the opposition leader in
    the assembly': words; 'attack on government forces' stays violence."""
    assert classify("Two ministers were targeted in an attack launched against the coalition government by the "
                    "opposition leader in the assembly on Friday.") == (None, None)
    assert classify("Rebels launched an attack on government forces near the dam on Friday.")[0] is not None


def test_a_body_of_people_is_no_dead_body() -> None:
    """'a petition seeking a body of eminent people to oversee the work' finds no body; 'the body of a trader was
    found in a canal' does."""
    assert classify("A petition was filed on Monday seeking a body of eminent people to oversee the work.") == (
        None, None)
    assert classify("The body of a trader was found in a canal on Monday.")[0] is not None


def test_a_case_s_crime_named_as_known_is_no_event() -> None:
    """'the use of the law against all accused in the train massacre': the case's crime, an event the reader knows;
    'a massacre in the village on Sunday' is news."""
    assert classify("The move upset officers who thought the use of the law against all accused in the train "
                    "massacre would help the prosecution.") == (None, None)
    assert classify("Gunmen carried out a massacre in the village on Sunday.")[0] is not None


def test_riot_police_is_not_a_riot() -> None:
    """'Riot police' dispersing a march makes it a protest with intervention, not a riot."""
    text = "Students marched against fee increases and riot police dispersed the protest."
    assert classify(text) == ("Protests", "Protest with intervention")


def test_a_place_marked_by_riots_is_no_riot() -> None:
    """'the riot-hit state', 'relief for riot victims': the riots are past, none is told."""
    assert classify("The government set up peace committees to restore harmony in the riot-hit state.") == (None, None)
    assert classify("Relief for the riot victims reached the camps.") == (None, None)
    assert classify("Rioters burnt shops in the riot-hit district.")[0] == "Riots"


def test_protest_about_a_killing_stays_peaceful() -> None:
    """A protest against an earlier killing is not excessive force against protesters."""
    text = "Residents protested against the killing of a local trader by unknown gunmen last week."
    assert classify(text) == ("Protests", "Peaceful protest")


def test_crowd_size_note_makes_a_demonstration() -> None:
    """A coder's crowd-size note marks the event as a demonstration, so a fight there is a riot."""
    text = "Supporters of two candidates fought each other with sticks near a polling station. [size=dozens]"
    assert classify(text) == ("Riots", "Mob violence")


def test_mutual_fire_with_mortars_is_a_battle() -> None:
    """Artillery used while both sides exchange fire is an armed clash; one-sided shelling is shelling."""
    assert classify("The two armies exchanged fire with mortars and machine guns.")[1] == "Armed clash"
    assert classify("The army fired mortars at rebel positions.")[1] == "Shelling/artillery/missile attack"


def test_label_of_strategic_development() -> None:
    """An ACLED-style 'Arrests:' label opening a note decides the sub-event type."""
    assert classify("Arrests: On 3 June, police detained eleven men in the port.") == (
        "Strategic developments", "Arrests")


def test_arrest_for_earlier_protest() -> None:
    """People arrested for having organised a protest are arrests, not an intervention."""
    text = "Police arrested three activists for organising a protest against the mayor."
    assert classify(text)[1] == "Arrests"


def test_inflections_and_gaps_in_lexicon() -> None:
    """Stems take common endings and gaps let other words pass, but not 'by'."""
    lexicon = parse_lexicon("@armed: soldier*\nHIT: attack* ~3 @armed\nWORD: protest*")
    names = [cue.name for cue in find_cues(tokens("They attacked two soldiers; protesters left."), lexicon)]
    assert names == ["HIT", "WORD"]
    assert not find_cues(tokens("A man was attacked by soldiers"), lexicon)


def test_strikes_on_targets_are_air_strikes() -> None:
    """'US and British strikes on Houthi targets in Yemen killed five': air strikes, not a labour strike
    nor an attack on civilians."""
    assert classify("US and British strikes on Houthi targets in Yemen killed five people on Tuesday.") == (
        "Explosions/Remote violence", "Air/drone strike")


def test_a_bomb_at_a_rally_is_remote_violence_not_a_protest() -> None:
    """'A suicide bomber blew himself up at a political rally, killing 54': a suicide bomb; 'protesters
    rallied against the bombing' is still a protest."""
    assert classify("A suicide bomber blew himself up at a political rally in the northwest on Sunday, killing "
                    "54 people.") == ("Explosions/Remote violence", "Suicide bomb")
    assert classify("Hundreds of people rallied in the city on Monday to protest against the bombing.")[0] == "Protests"


def test_two_weak_signs_of_a_demonstration_make_one() -> None:
    """'Thousands marched peacefully ... to demand the resignation of the government': a peaceful
    protest, though neither 'marched' nor 'demand' alone is enough."""
    assert classify("Thousands of people marched peacefully in the capital on Saturday to demand the "
                    "resignation of the government.") == ("Protests", "Peaceful protest")


def test_an_exchange_of_fire_told_next_makes_the_killing_a_battle() -> None:
    """'Security forces killed 11 members of the TTP ... Two soldiers were also killed in the exchange of
    fire': an armed clash told in two sentences, not an attack on civilians."""
    assert classify("Security forces killed 11 suspected members of the Pakistani Taliban in an operation in "
                    "the district on Wednesday. Two soldiers were also killed in the exchange of fire.") == (
        "Battles", "Armed clash")
    assert classify("Gunmen killed four villagers in the district on Wednesday. Police said the attackers "
                    "fled.") == ("Violence against civilians", "Attack")


def test_a_statement_that_condemns_and_demands_is_no_protest() -> None:
    """'condemning the remarks, the alliance has demanded a probe': words of a statement, not a march."""
    assert classify("Strongly condemning the remarks by the minister, an alliance of NGOs in the city has demanded "
                    "a probe.")[0] != "Protests"


def test_arrests_told_by_the_police_are_arrests_not_abductions() -> None:
    """'Police said 14 people were arrested over the murder of a councillor': the police speak, the
    passive's subject is the arrested, and arresting is the state's."""
    assert classify("Police said 14 people were arrested over the murder of a councillor.") == (
        "Strategic developments", "Arrests")


def test_burning_tyres_after_a_killing_is_a_riot_not_the_killing() -> None:
    """'Youths burned tyres and blocked the highway after a driver was killed by police': the street's
    answer to the killing, a violent demonstration."""
    assert classify("Angry youths burned tyres and blocked the main highway after a motorcycle taxi driver "
                    "was killed by a police officer.") == ("Riots", "Violent demonstration")


def test_units_named_by_their_kind_are_armed_sides() -> None:
    """'clashes between members of the Hamza Division and the Sultan Murad Division': a battle between
    armed groups, not mob violence."""
    assert classify("Clashes took place between members of the Hamza Division and the Sultan Murad Division "
                    "on the road.") == ("Battles", "Armed clash")


def test_fire_aimed_at_villages_with_a_long_list_of_weapons_is_shelling() -> None:
    """'forces fired 12.7mm and 14.5mm guns, PK machine guns and sniper shots at residential villages':
    one-sided fire on where people live, shelling, however long the list of weapons."""
    assert classify("Pro-Houthi forces reportedly fired caliber 12.7mm, 14.5mm, and PK machine guns, and sniper "
                    "shots at residential villages and farms.") == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_killing_with_an_abduction_is_an_attack() -> None:
    """'gunmen attacked the village, killed one resident and abducted five others': ACLED types the
    gravest harm, an attack; an abduction alone stays an abduction."""
    assert classify("Gunmen attacked the village, killed one resident and abducted five others.") == (
        "Violence against civilians", "Attack")
    assert classify("Gunmen abducted five farmers from the village on Sunday.") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_barricading_oneself_in_is_a_sit_in_not_a_barricade() -> None:
    """'teachers went on strike and barricaded themselves into an office': a peaceful protest."""
    assert classify("School teachers went on strike and barricaded themselves into an office of the ministry "
                    "to protest against unpaid salaries.") == ("Protests", "Peaceful protest")


def test_weapons_recovered_after_a_killing_are_a_detail_of_the_clash() -> None:
    """'gunned down four Maoists in an encounter; a rifle was recovered': a clash; defusing alone is disrupted use."""
    assert classify("Security forces gunned down four Maoists in an encounter in Bijapur on Tuesday; an AK-47 "
                    "rifle and explosives were recovered from the spot.") == ("Battles", "Armed clash")
    assert classify("Police defused a bomb planted near a school on Tuesday.") == (
        "Strategic developments", "Disrupted weapons use")


def test_police_hurt_in_communal_clashes_do_not_make_them_a_battle() -> None:
    """'clashes between Hindu and Muslim groups; 34 policemen were injured': mob violence, the police harmed."""
    assert classify("Clashes erupted between Hindu and Muslim groups in Nagpur on Monday night; 34 policemen "
                    "were injured.") == ("Riots", "Mob violence")


def test_neutralised_fighters_make_a_clash() -> None:
    """'12 suspected militants were neutralised in an operation': a battle, as if they were killed."""
    assert classify("At least 12 suspected militants were neutralised in an intelligence-based operation.") == (
        "Battles", "Armed clash")


def test_done_to_death_is_a_killing() -> None:
    """'villagers were done to death by cattle rustlers': an attack, not looting."""
    assert classify("Half a dozen villagers were done to death by suspected cattle rustlers on Monday night.") == (
        "Violence against civilians", "Attack")


def test_youths_picked_up_by_police_are_arrests() -> None:
    """'Police picked up 17 youths for questioning': arrests; 'picked up by unknown men' an abduction."""
    assert classify("Police picked up 17 youths for questioning after the violence on Tuesday.") == (
        "Strategic developments", "Arrests")
    assert classify("Three students were picked up by unknown men in plain clothes on Monday.") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_arrests_for_rioting_are_arrests() -> None:
    """'Police arrested 17 youths for rioting': the arrests are the event, not the riot before them."""
    assert classify("Police arrested 17 youths for rioting in the town on Tuesday.") == (
        "Strategic developments", "Arrests")


def test_missiles_fired_at_targets_and_intercepted_are_disrupted() -> None:
    """'air defenses intercepted missiles that were fired at military targets': fire is no harm, disrupted use."""
    assert classify("Air defence units intercepted several rockets that were fired at army positions near the "
                    "capital.") == ("Strategic developments", "Disrupted weapons use")


def test_safe_custody_of_a_thing_is_no_arrest() -> None:
    """'kept in the safe custody of the court' (documents): no arrest; 'in the custody of
    police' is one."""
    assert classify("The seized documents will be kept in the safe custody of the court.") != (
        "Strategic developments", "Arrests")
    assert classify("The accused is now in the custody of the Lucknow police.") == (
        "Strategic developments", "Arrests")


def test_gang_members_who_kill_are_no_armed_victims() -> None:
    """'gang members killed at least 25 people and torched homes': an attack on civilians, not a battle;
    'two gang members were shot dead by police' stays a clash."""
    assert classify("Police said gang members killed at least 25 people in the neighbourhood over the weekend and "
                    "torched dozens of homes.") == ("Violence against civilians", "Attack")
    assert classify("Two gang members were shot dead by police in the neighbourhood.") == ("Battles", "Armed clash")


def test_bombs_left_from_previous_fighting_are_an_explosion_not_a_clash() -> None:
    """'Two boys were killed when an old bomb from earlier fighting blew up': a remote explosive, no clash."""
    assert classify("Two boys were killed when an old bomb from earlier fighting blew up in a courtyard.") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_killing_before_the_arrests_is_the_event() -> None:
    """'shot dead two suspected kidnappers and arrested four others': a clash; 'arrested two men over the
    killing of a trader' and 'three days after the massacre in which 40 were burnt alive, police arrested five'
    stay arrests."""
    assert classify("Security forces shot dead two suspected kidnappers and arrested four others during a raid.") == (
        "Battles", "Armed clash")
    assert classify("Police arrested two men over the killing of a trader.") == ("Strategic developments", "Arrests")
    assert classify("Three days after the massacre in which 40 villagers were burnt alive, police arrested five "
                    "men.") == ("Strategic developments", "Arrests")


def test_kidnappers_killed_by_troops_are_armed_victims() -> None:
    """'rescued 42 kidnapped passengers and killed three of their abductors': a clash with the kidnappers."""
    assert classify("Security forces rescued 42 kidnapped passengers on Tuesday and killed three of their "
                    "abductors.") == ("Battles", "Armed clash")


def test_police_registering_cases_are_no_side_of_a_brawl() -> None:
    """'a clash between two groups over a statue; police have registered cases': mob violence, no battle."""
    assert classify("Two persons were injured in a clash between two groups over the installation of a statue; "
                    "police have registered cases against 40 people.") == ("Riots", "Mob violence")


def test_killing_a_former_fighter_is_an_attack_on_a_civilian() -> None:
    """'Gunmen shot dead a former Taliban commander': an attack, not a clash."""
    assert classify("Gunmen shot dead a former Taliban commander in Kunduz.") == (
        "Violence against civilians", "Attack")


def test_an_off_duty_officer_ambushed_is_a_civilian_attacked() -> None:
    """'Gunmen ambushed a police inspector who was off duty': an attack, not a clash."""
    assert classify("Gunmen ambushed a police inspector who was off duty on his way home.") == (
        "Violence against civilians", "Attack")


def test_people_shot_by_gang_members_are_attacked() -> None:
    """'a shopkeeper was shot dead ... by gang members': the gang is the agent, an attack on civilians."""
    assert classify("A shopkeeper was shot dead and three customers were wounded by gang members at a "
                    "bakery.") == ("Violence against civilians", "Attack")


def test_villages_torched_during_a_battle_are_the_battle_s() -> None:
    """'homes were burned down during a three-day battle between militia fighters and troops': an armed clash;
    'stalls were destroyed after a clash between youth groups' stays the destruction."""
    assert classify("Homes were burned down during a three-day battle between militia fighters and troops.") == (
        "Battles", "Armed clash")
    assert classify("Dozens of market stalls were destroyed after a clash between rival youth groups.") == (
        "Strategic developments", "Looting/property destruction")


def test_a_mob_that_stones_police_is_mob_violence() -> None:
    """'a mob threw stones at officers and tore down barricades': mob violence, no demonstration named."""
    assert classify("A mob threw stones at officers and tore down barricades outside the market.") == (
        "Riots", "Mob violence")


def test_dead_found_with_a_gang_s_message_are_its_victims() -> None:
    """'four dead men with their throats slit were dumped beside a banner signed by a criminal group': an attack
    on civilians; the group signed a banner, no agreement, and it is no armed victim."""
    assert classify("Four dead men with their throats slit were dumped near a bridge beside a banner signed by a "
                    "criminal group.") == ("Violence against civilians", "Attack")


def test_a_banned_group_is_described_not_banned() -> None:
    """'fighters of a banned separatist outfit exchanged fire with troops': a clash, the ban describes the group."""
    assert classify("Fighters of a banned separatist outfit exchanged fire with troops near the river.") == (
        "Battles", "Armed clash")
    assert classify("Authorities banned the separatist group on Monday.") == (
        "Strategic developments", "Change to group/activity")


def test_protesters_arrested_after_the_lead_make_an_intervention() -> None:
    """'... staged a sit-in. They were detained ...', '... About 20 people were arrested': a protest with
    intervention, whatever the word for the protesters."""
    assert classify("Nurses staged a sit-in outside the health ministry on Monday. They were detained for "
                    "breaking the curfew.") == ("Protests", "Protest with intervention")
    assert classify("Shopkeepers protested outside the municipal office over new taxes. About 20 people were "
                    "arrested.") == ("Protests", "Protest with intervention")
    assert classify("Shopkeepers protested outside the municipal office over new taxes. The mayor met them "
                    "later.") == ("Protests", "Peaceful protest")


def test_a_street_march_with_a_demand_is_the_lead_before_later_arrests() -> None:
    """'Hundreds of teachers marched to the assembly demanding their salaries. They were rounded up by police':
    the march is the event (two weak signs, one in the street), the arrests its intervention."""
    assert classify("Hundreds of teachers marched to the assembly on Monday demanding their salaries. They were "
                    "rounded up by police near the gate.") == ("Protests", "Protest with intervention")


@pytest.mark.parametrize(
    "text",
    [
        "The minister, who died in a helicopter crash near the hills in May, was remembered on Sunday.",
        "Opposition members on Tuesday staged a walkout in the Lok Sabha over the budget.",
        "The last of the special trains, carrying some 1,500 pilgrims, left town on Sunday evening.",
        "The temple trust chief announced his determination to kill himself if the ceremony was stopped.",
        "The minister asked the monk's followers to persuade him to withdraw his suicide threat.",
    ],
)
def test_an_accident_a_walkout_a_departure_or_a_threat_is_no_event(text: str) -> None:
    """A crash, a legislature's walkout, a train leaving town, a vow to die or a suicide threat types no event."""
    assert classify(text)[1] not in ("Air/drone strike", "Peaceful protest", "Non-violent transfer of territory",
                                     "Attack", "Suicide bomb")


def test_an_irate_party_is_no_mob() -> None:
    """'irate party workers blocked the highway': no mob's violence; 'irate villagers beat a thief': a mob's."""
    assert classify("Irate party workers blocked the national highway for two hours on Monday.")[1] != "Mob violence"
    assert classify("Irate villagers beat a suspected cattle thief to death on Monday.")[1] == "Mob violence"


def test_a_crackdown_on_planned_protests_names_protests_held() -> None:
    """'police cracked down on planned marches, killing five': 'planned' describes the marches, it plans nothing."""
    assert classify("Five people were killed after police cracked down on planned opposition protests in the "
                    "capital.")[0] == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said some leaders were engaged in pleasing voters in the name of the temple.",
        "The foreign minister visited the capital on Sunday to defuse tension between the two neighbours.",
        "Clerics urged all communities to avoid provocative remarks and ease communal tension in the city.",
        "Traders fear large-scale transfers of property in a post-riot scenario in the old city.",
        "A careless remark brought the lane to the brink of a riot last year.",
        "The trust said it was apprehending acts of retaliation after the train attack.",
    ],
)
def test_words_of_politics_and_fear_are_no_event(text: str) -> None:
    """'engaged in pleasing voters', 'defuse tension', 'communal tension', 'post-riot', 'the brink of a riot',
    'apprehending acts of retaliation': no fight, bomb disposal, mob, riot or arrest."""
    assert classify(text)[1] not in ("Armed clash", "Disrupted weapons use", "Mob violence", "Violent demonstration",
                                     "Arrests")


def test_violence_that_left_people_hurt_during_a_strike_is_a_riot() -> None:
    """'violence left 14 people injured ... during the bandh': a violent demonstration, not a peaceful one."""
    assert classify("Violence left 14 people injured, three of them in stabbing incidents, during the statewide "
                    "bandh on Friday.") == ("Riots", "Violent demonstration")


def test_a_natural_disaster_is_no_attack() -> None:
    """'an earthquake that killed 900 people': a disaster, no violence against civilians."""
    assert classify("The country still remembers the earthquake that killed 900 people in the hills on Tuesday.")[
        0] != "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Residents protested from their windows against the mayor. Supporters of the mayor answered with noise and "
        "torches.",
        "Nurses protested outside the ministry on Monday. One of the nurses set herself on fire; colleagues put out "
        "the flames.",
        "Bus drivers demonstrated and barricaded two avenues in the city centre, demanding higher fares.",
    ],
)
def test_torches_self_immolation_and_road_barricades_make_no_riot(text: str) -> None:
    """'noise and torches' (a noun), a protester setting herself on fire, roads barricaded: a protest, no riot."""
    assert classify(text)[0] == "Protests"


def test_a_drone_strike_by_forces_is_no_workers_strike() -> None:
    """'a drone strike by coalition forces killed a farmer': an air strike, not a 'strike by' workers."""
    assert classify("A drone strike by coalition forces killed a farmer in his field in Kunar on Monday.") == (
        "Explosions/Remote violence", "Air/drone strike")


def test_severed_heads_found_are_killings() -> None:
    """'two severed human heads were found beside a road': an attack on civilians, like bodies found."""
    assert classify("Two severed human heads were found beside a road with a threatening message.") == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text",
    [
        "Members of a local cartel delivered boxes of food to families in the town during the lockdown.",
        "Government forces reportedly established three fortifications near the airport road east of the city.",
    ],
)
def test_an_armed_group_s_handouts_and_fortifications_change_its_activity(text: str) -> None:
    """A cartel handing out food, forces building fortifications: a change to a group's activity."""
    assert classify(text) == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inmates demonstrated over a search of their cells. Mattresses were burnt and the property of the prison "
         "was vandalised.", "Violent demonstration"),
        ("A suspected thief was beaten to death by villagers in a market on Monday.", "Mob violence"),
    ],
)
def test_stems_reach_their_british_and_irregular_forms(text: str, expected: str) -> None:
    """'vandalised', 'property', 'beaten': forms a 'stem*' of the lexicon never generated ('vandali*', 'propert*')."""
    assert classify(text)[1] == expected


def test_fire_aimed_at_a_district_is_shelling() -> None:
    """'fired mortar shells and 12.7mm machine guns at Sirte district': shelling of an area, not a clash; fire at a
    police post in a district stays a clash."""
    assert classify("On 3 May 2021, rebel forces reportedly fired mortar shells and 12.7mm machine guns at Khamir "
                    "district.")[1] == "Shelling/artillery/missile attack"
    assert classify("Militants fired at a police post in the district, killing two policemen.")[1] == "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents reported that shoot-outs took place in the Vila Nova community overnight.", "Armed clash"),
        ("Two herding groups clashed near the river, both of them using firearms.", "Armed clash"),
        ("Two farming groups clashed over a water point near the river.", "Mob violence"),
        ("On 3 June 2021, a man was found beside the highway. The body was burned. 1 fatality.", "Attack"),
    ],
)
def test_gunfire_makes_a_clash_and_a_coded_fatality_a_killing(text: str, expected: str) -> None:
    """Shoot-outs or armed groups clashing are armed clashes, unarmed groups' a brawl; a man found with '1 fatality'
    coded is a killing."""
    assert classify(text)[1] == expected


def test_police_firing_on_mobs_is_a_riot() -> None:
    """'three were killed in police firing on mobs': the mobs' riot the police fired on, not the police's attack."""
    assert classify("Three people were killed in police firing on mobs as violence spread to two towns on "
                    "Monday.") == ("Riots", "Mob violence")
    assert classify("Militants and a mob attacked the police station.")[0] == "Battles"


def test_raising_a_voice_against_killings_is_a_protest() -> None:
    """'citizens gathered at the ashram to raise their voice against the killings': a protest, not the killings."""
    assert classify("Hundreds of citizens gathered at the ashram on Sunday to raise their voice against the "
                    "killings and arson.") == ("Protests", "Peaceful protest")


def test_stone_pelting_with_no_side_named_is_a_riot() -> None:
    """'stray incidents of stone pelting were reported': a crowd's riot, not an armed group's property destruction;
    members storming a legislature's well riot no one."""
    assert classify("Stray incidents of stone pelting were reported from the old city on Friday during the "
                    "festival.") == ("Riots", "Mob violence")
    assert classify("Agitated opposition members stormed the well of the house, forcing its adjournment on "
                    "Thursday.")[0] != "Riots"


def test_a_speaker_is_no_victim_of_the_harm_they_tell() -> None:
    """'Police said 14 people were hurt': the police told of the hurt, they are no armed victims of a battle."""
    assert classify("Police said 14 people were hurt.")[0] != "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers met on Monday and chalked out a plan to prevent communal violence in the old city.",
        "The committee met on Wednesday and condemned the mayhem of the recent riots.",
        "The state's image has taken a major beating, the industrialist told traders on Saturday.",
        "More people from one community fell to police bullets, the minister told the house on Monday.",
    ],
)
def test_violence_prevented_recalled_or_idiomatic_is_no_event(text: str) -> None:
    """'a plan to prevent communal violence', 'the recent riots', 'taken a major beating', 'fell to police bullets':
    no riot, killing or territory taken that day."""
    assert classify(text)[1] not in ("Mob violence", "Violent demonstration", "Attack", "Government regains territory",
                                     "Non-state actor overtakes territory")


@pytest.mark.parametrize(
    "text",
    [
        "The collector shot off a letter on Monday to the home secretary seeking his directions.",
        "Opposition members on Tuesday staged a walk-out from the state assembly in protest against the new tax.",
        "Opposition members walked out of the house in protest against the speaker's ruling on Friday.",
        "Police pickets were posted at all the sensitive crossings of the old city on Saturday.",
        "At the airport on Tuesday he asked only one question: has the anger of the people died down?",
        "Under attack from allies over the temple, the prime minister on Thursday sought to mollify the party.",
    ],
)
def test_a_letter_a_legislature_walkout_or_a_police_picket_is_no_event(text: str) -> None:
    """'shot off a letter', a legislature's walk-out 'in protest', 'police pickets were posted', anger that 'died
    down', a leader 'under attack from allies': no shooting, no demonstration, no death or attack."""
    assert classify(text) == (None, None)


def test_a_worker_walkout_in_protest_stays_a_protest() -> None:
    """Workers walking out of a mill in protest demonstrate: only a legislature's walkout is no protest; a convoy
    'under attack from militants' is attacked."""
    assert classify("Workers staged a walkout in protest against the closure of the mill.") == (
        "Protests", "Peaceful protest")
    assert classify("The convoy came under attack from militants near the border on Thursday.")[0] == "Battles"


def test_a_threatened_blast_by_a_device_is_no_explosion() -> None:
    """'the temple will be blown up by a remote-controlled device': the instrument after 'by' is under the same
    'will' as its verb; the blast that happened stays one."""
    assert classify("A poster pasted on a wall on Sunday said the bridge will be blown up by a remote-controlled "
                    "device on Monday.")[0] != "Explosions/Remote violence"
    assert classify("The bridge was blown up by a remote-controlled device on Monday.") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_counterfactual_tells_of_no_event() -> None:
    """'Had the police acted on the clash in December, the riots would not have spread': nothing happened as told;
    a sentence merely opening with 'had' as a verb still types."""
    assert classify("Had the police acted on the clash between two groups in December, the riots would not have "
                    "spread.") == (None, None)
    assert classify("Had a busy day, the gunmen killed three villagers near the market on Monday.")[0] == (
        "Violence against civilians")


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("The army recovered the hills near the border that had been taken over last month by armed groups.",
         "Government regains territory"),
        ("The army staged a counterattack on Wednesday and much ground was regained.",
         "Government regains territory"),
        ("An army spokesman in the province said today that the rebels have taken over four villages.",
         "Non-state actor overtakes territory"),
        ("The rebels were pushed back from the town on Monday.", "Government regains territory"),
    ],
)
def test_who_took_the_ground(text: str, sub_type: str) -> None:
    """'the army recovered the hills ... taken over by armed groups', '... and ground was regained' after the army's
    counterattack, and rebels taking villages told by an army spokesman: the side that holds the ground at the end;
    'the rebels were pushed back' still turns the passive round."""
    assert classify(text)[1] == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "All government troops have withdrawn from the hill town, leaving it in the hands of the rebels.",
        "The alliance tasked with fighting the insurgents withdrew from the air base on Monday. Its troops handed "
        "control of the base to the national army.",
    ],
)
def test_a_withdrawal_that_hands_the_ground_over_is_a_transfer(text: str) -> None:
    """'withdrew from the base ... handed control of the base to the army', 'leaving it in the hands of the rebels':
    a non-violent transfer of territory; a force 'tasked with fighting' fought no one."""
    assert classify(text)[1] == "Non-violent transfer of territory"


def test_a_withdrawal_after_fighting_is_no_transfer() -> None:
    """'withdrew after clashes that killed five ... handed control': the fighting types the event."""
    text = ("Troops withdrew from the town after clashes that killed five soldiers. They handed control of the town "
            "to the militia.")
    assert classify(text)[1] != "Non-violent transfer of territory"


def test_an_opening_dated_by_an_earlier_event_gives_way_to_the_main_clause() -> None:
    """'A day after police arrested hundreds of protesters, the council said three of its members had been
    abducted': the abduction is the news; when the main clause has no cue, the opening's still types."""
    text = ("A day after police arrested hundreds of protesters in the capital, the opposition council said three "
            "of its members had been abducted.")
    assert classify(text)[1] == "Abduction/forced disappearance"
    assert classify("Two days after rioting in the old city, the streets were calm.")[0] == "Riots"


def test_a_person_taken_back_to_an_office_takes_no_ground() -> None:
    """'was taken back to the ministry in December' types nothing; 'the army took back the town' regains it."""
    text = "The minister, who was forced to resign, was taken back to the ministry in December."
    assert classify(text) == (None, None)
    assert classify("The army took back the town from the rebels on Monday.")[1] == "Government regains territory"


def test_violence_named_by_its_year_is_no_event() -> None:
    """'sentenced five men for the 2021 lynching': a court's sentence, not a lynching that happened now."""
    text = "A court in Lahore sentenced five men to death on Thursday for the 2021 lynching of a factory manager."
    assert classify(text)[0] != "Riots"


def test_arrests_ahead_of_a_planned_rally_are_arrests() -> None:
    """'detained 200 opposition supporters ahead of Friday's planned rally': preventive arrests, no protest."""
    text = "Security forces detained at least 200 opposition supporters ahead of Friday's planned rally in Kampala."
    assert classify(text) == ("Strategic developments", "Arrests")


def test_people_killed_in_clashes_are_no_crowd_that_fought() -> None:
    """'Four people were killed in clashes': the people are the dead, not a mob; 'villagers clashed using
    bamboo sticks' is one."""
    assert classify("Four people were killed in clashes in the early hours of Wednesday.")[1] != "Mob violence"
    text = "A man was killed yesterday as villagers clashed using bamboo sticks after a cow ate paddy."
    assert classify(text) == ("Riots", "Mob violence")


def test_a_bomb_that_did_not_go_off_is_disrupted_weapons_use() -> None:
    """'hurled a grenade at a police post, but it failed to explode': ACLED's disrupted weapons use, no explosion."""
    text = "Militants hurled a grenade at a police post in Pulwama on Friday, but it failed to explode."
    assert classify(text) == ("Strategic developments", "Disrupted weapons use")
    assert classify("Militants hurled a grenade at a police post in Pulwama, injuring two policemen.")[1] == "Grenade"


def test_a_bomb_followed_by_gunfire_is_an_armed_clash() -> None:
    """'a roadside bomb exploded and was followed by gunfire that killed two soldiers': a combined attack, an armed
    clash to ACLED, not a bombing alone."""
    text = "A roadside bomb exploded near a checkpoint in Kirkuk and was followed by gunfire that killed two soldiers."
    assert classify(text) == ("Battles", "Armed clash")


def test_goods_taken_away_are_looting_and_people_taken_away_an_abduction() -> None:
    """'raided several houses, taking away clothes, food and motorcycles' is looting; 'took away two men' an
    abduction; 'carted away food items' after a killing leaves the killing the event."""
    assert classify("Insurgents raided several houses in the village, taking away clothes, food and motorcycles.") == (
        "Strategic developments", "Looting/property destruction")
    assert classify("Gunmen took away two men from the village.")[1] == "Abduction/forced disappearance"
    text = "The insurgents attacked the communities, killed one person and carted away food items."
    assert classify(text) == ("Violence against civilians", "Attack")


def test_a_raid_that_turned_into_a_gunfight_is_an_armed_clash() -> None:
    """'Police raided a house. A gunfight broke out and two militants were killed': the raid's clash; a raid with
    arrests stays arrests, and a cattle raid is no security raid."""
    text = "Police raided a house in Karachi on Monday. A gunfight broke out and two militants were killed."
    assert classify(text) == ("Battles", "Armed clash")
    assert classify("Police raided a house in Karachi on Monday and arrested two militants.")[1] == "Arrests"


def test_residents_beating_a_suspect_are_a_mob() -> None:
    """'residents of the neighbourhood hit a man suspected of robberies': mob justice, a riot; a truck that hit a
    bus is no event."""
    text = "Residents of the neighbourhood hit a man suspected of robberies in the region on Monday."
    assert classify(text) == ("Riots", "Mob violence")
    assert classify("A truck hit a bus on the highway.") == (None, None)


def test_tear_gas_fired_at_protesters_is_an_intervention_not_excessive_force() -> None:
    """'Police fired tear gas at them': a dispersal, ACLED's protest with intervention; live rounds that killed
    are excessive force."""
    text = "Workers demonstrated against fuel prices in Khartoum. Police fired tear gas at them."
    assert classify(text) == ("Protests", "Protest with intervention")
    text = "Protesters marched in Dhaka. Police fired live rounds at them, killing two."
    assert classify(text) == ("Protests", "Excessive force against protesters")


def test_a_weapon_carried_is_no_weapon_used() -> None:
    """'police shot dead a militant who was armed with a hand grenade': a clash, no grenade attack; 'carried out
    two grenade attacks' and 'armed men used explosives' stay explosions."""
    text = "Police shot and killed a militant who was armed with a hand grenade at a checkpoint in Mogadishu."
    assert classify(text) == ("Battles", "Armed clash")
    assert classify("Militants carried out two grenade attacks in Pulwama, injuring three.")[1] == "Grenade"


def test_a_remote_explosive_attack_is_an_ied() -> None:
    """'carried out a remote explosive attack targeting a factory': a planted explosive, not a plain attack."""
    text = "Militants carried out a remote explosive attack targeting a factory in Esenyurt on Tuesday."
    assert classify(text) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_town_taken_after_the_other_side_pulled_out_is_a_non_violent_transfer() -> None:
    """'recaptured the town after government forces pulled out' is ACLED's non-violent transfer of territory;
    'recaptured the town after heavy fighting, killing 20 soldiers' a takeover by force."""
    text = "The militants recaptured the town yesterday after government forces pulled out of it, monitors said."
    assert classify(text) == ("Strategic developments", "Non-violent transfer of territory")
    text = "Rebels recaptured the town after heavy fighting with government troops, killing 20 soldiers."
    assert classify(text)[1] == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a church in Kaduna on Sunday, killing nine worshippers, police said.",
        "Gunmen stormed a wedding in Rajouri on Saturday, killing three guests, police officials said.",
    ],
)
def test_the_police_who_tell_of_a_killing_are_not_its_armed_victims(text: str) -> None:
    """'killing nine worshippers, police said': the police after the victims speak, they were not killed with
    them, so gunmen killing civilians stay an attack, not a battle with the police."""
    assert classify(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("verb", ["neutralised", "neutralized"])
def test_neutralising_fighters_is_killing_them(verb: str) -> None:
    """'troops neutralised 23 terrorists' (either spelling) is an armed clash; the cue's stem once expanded to
    no English form ("neutrali" + "ed")."""
    assert classify(f"Troops {verb} 23 terrorists in the northeast on Monday.") == ("Battles", "Armed clash")


def test_people_shot_over_a_land_dispute_were_attacked() -> None:
    """'shot dead at their home over a land dispute' is an attack; a clash between two families over land stays
    mob violence."""
    shot = "Five members of a family were shot dead at their home in Tando Allahyar over a land dispute on Tuesday."
    assert classify(shot) == ("Violence against civilians", "Attack")
    fight = "Two men were hacked to death in a clash between two families over a land dispute in Jhang on Tuesday."
    assert classify(fight) == ("Riots", "Mob violence")


def test_people_counted_dead_in_fighting_are_no_crowd_that_fought() -> None:
    """'A total of 31 people, 19 of them civilians, died in the fighting': the people are the dead, told
    with an aside before their verb, so the fighting is a battle, not a crowd's brawl."""
    assert classify("A total of 31 people, 19 of them civilians, died in the fighting, the monitor said.") == (
        "Battles", "Armed clash")


def test_an_armed_group_named_army_that_says_it_took_a_place_overtakes_it() -> None:
    """'The Arakan Army said it had captured a military base': the speaker is the subject ("it"), and the
    Arakan Army is no state's army, so a non-state actor took territory."""
    assert classify("The Arakan Army said it had captured a military base in Buthidaung township.") == (
        "Battles", "Non-state actor overtakes territory")
    assert classify("The army said it had recaptured the town of Kalay from rebels on Monday.") == (
        "Battles", "Government regains territory")


def test_freed_hostages_and_arrested_kidnappers_are_no_abduction() -> None:
    """'rescued 17 hostages and arrested three kidnappers' tells a rescue and arrests, not an abduction; the
    kidnappers are who is arrested. 'abducted 20 pupils' is one."""
    assert classify("Security forces rescued 17 hostages and arrested three kidnappers in Zamfara on Tuesday.") == (
        "Strategic developments", "Arrests")
    assert classify("Gunmen abducted 20 pupils from a school in Kuriga on Tuesday.") == (
        "Violence against civilians", "Abduction/forced disappearance")
    # the release told a dozen words after the abduction: "kidnapped last month from a boarding school in Kebbi
    # state have been freed"
    assert classify("Twenty schoolgirls kidnapped last month from a boarding school in Kebbi state have been "
                    "freed.")[1] != "Abduction/forced disappearance"


def test_people_forced_to_flee_are_no_crowd_that_fought() -> None:
    """'Fighting ... killed at least 10 and forced around 7,000 people to flee': the people fled, the fighting
    was a battle."""
    text = "Fighting in Ngaoundaye killed at least 10 and forced around 7,000 people to flee the area on Monday."
    assert classify(text) == ("Battles", "Armed clash")


def test_a_risen_death_toll_types_the_attack_not_the_arrests_beside_it() -> None:
    """'The death toll from a gun attack ... rose to 133, as authorities detained 11 people': the toll tells of
    the killing, so the attack, not the arrests, is the event."""
    text = ("The death toll from a gun attack on a concert hall near Moscow rose to 133 on Saturday, investigators "
            "said, as authorities detained 11 people.")
    assert classify(text) == ("Violence against civilians", "Attack")


def test_a_curfew_after_deadly_clashes_is_the_clashes() -> None:
    """'declared a curfew after clashes between rival groups left 12 dead': the deadly clashes are the event."""
    assert classify("The government declared a curfew in Jos on Monday after two days of clashes between "
                    "rival groups left 12 dead.") == ("Battles", "Armed clash")


def test_gang_members_who_kill_residents_attack_civilians() -> None:
    """'Gang members set fire to houses and killed 20 residents': the gang attacked, it was no armed victim."""
    assert classify("Gang members set fire to houses and killed at least 20 residents over the weekend.") == (
        "Violence against civilians", "Attack")
    assert classify("Police killed five gang members in a shootout.") == ("Battles", "Armed clash")


def test_the_police_left_dead_before_a_speaker_are_armed_victims() -> None:
    """'The attack left ten policemen dead, officials said': the speaker after the victims' state does not
    take the victims away; the attack on the police is a battle."""
    assert classify("The attack, which took place on Sunday evening, left ten policemen dead, officials said.") == (
        "Battles", "Armed clash")


def test_a_strike_that_hit_a_house_is_from_the_air() -> None:
    """'an Israeli strike hit a house': an air strike, not a labour strike nor a plain attack."""
    assert classify("At least 17 people were killed when an Israeli strike hit a house sheltering displaced "
                    "families in Beit Lahiya overnight, medics said.") == (
        "Explosions/Remote violence", "Air/drone strike")
    assert classify("Workers went on strike on Monday in the car factory.")[0] == "Protests"


def test_a_candlelight_vigil_for_the_dead_is_a_peaceful_protest() -> None:
    """'Students held a candlelight vigil to mourn a classmate killed in a police raid': a protest, not the raid."""
    assert classify("Students held a candlelight vigil at the university to mourn a classmate killed in a police "
                    "raid last week.") == ("Protests", "Peaceful protest")


def test_the_gunmen_of_an_as_clause_are_no_armed_victims() -> None:
    """'15 killed as gunmen attack village': the gunmen attacked; the dead are no armed victims."""
    assert classify("BREAKING: 15 KILLED AS GUNMEN ATTACK VILLAGE IN PLATEAU") == ("Violence against civilians",
                                                                                  "Attack")


def test_a_flag_march_of_security_forces_is_no_protest() -> None:
    """'staged a flag march ... to demonstrate their strength': security forces showing force, no demonstration."""
    assert classify("Paramilitary forces staged a flag march through the old city to demonstrate their "
                    "strength.") == (None, None)


def test_protesters_who_attack_people_riot() -> None:
    """'demonstrators beat up two journalists covering the march', 'protesters, led by a union leader, attacked
    rival workers': a violent demonstration; 'protesters were attacked by ...' stays the protest."""
    assert classify("Demonstrators beat up two journalists covering the march in the capital.") == (
        "Riots", "Violent demonstration")
    assert classify("Striking protesters, led by a union leader, attacked rival workers outside the mill.") == (
        "Riots", "Violent demonstration")
    assert classify("Protesters were attacked by supporters of the ruling party outside the court.")[0] == "Protests"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("The junta's forces bombed a village school on Friday, killing nine pupils.", "Air/drone strike"),
        ("Government troops bombed rebel positions near the river, killing 14 fighters.", "Air/drone strike"),
        ("Insurgents bombed a telecom tower on the highway overnight.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_state_s_forces_bombing_a_place_strike_from_the_air(text: str, sub_type: str) -> None:
    """'The army bombed a village' is an air strike; insurgents who bombed a tower planted explosives."""
    assert classify(text)[1] == sub_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Gunmen attacked a convoy of cattle traders on the road to the market, killing six.",
         "Violence against civilians"),
        ("Militants ambushed a convoy of relief lorries near the pass on Monday, killing two drivers.",
         "Violence against civilians"),
        ("Militants ambushed an army convoy near the pass on Monday, killing two soldiers.", "Battles"),
        ("Rebels shot dead a suspected army informer in the village on Monday.", "Violence against civilians"),
    ],
)
def test_a_convoy_of_civilians_is_no_armed_target(text: str, event_type: str) -> None:
    """'Attacked a convoy of cattle traders' is violence against civilians, as is killing an army informer; an
    army convoy's ambush a battle."""
    assert classify(text)[0] == event_type


def test_people_feared_dead_after_a_raid_were_attacked() -> None:
    """'Scores were feared dead after gunmen raided a mining camp': a killing, not a raid as a development."""
    assert classify("Scores of miners were feared dead after gunmen raided a mining camp in the hills on Monday.") == (
        "Violence against civilians", "Attack")


def test_the_riots_the_reader_knows_of_are_a_topic_not_news() -> None:
    """'affected by the communal riots' refers to riots already known: no riot is reported; 'riots broke out
    in the old city on Friday' still reports one."""
    assert classify("The minister said on Monday that tourism had not been affected by the communal riots.") == (
        None, None)
    assert classify("Riots broke out in the old city on Friday, and shops were set on fire.")[0] == "Riots"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said on Monday that the state had no prior warning of the Kalupur train attack.", None),
        ("In the wake of the attack on the express train, police tightened security at all stations.", None),
        ("The assembly observed two minutes of silence for the victims of the massacre of pilgrims at the shrine.",
         None),
        ("Residents condemned the massacre of 14 farmers by gunmen in the valley.", "Violence against civilians"),
    ],
)
def test_an_attack_named_as_known_is_no_attack_reported(text: str, expected: str | None) -> None:
    """'The Kalupur train attack', 'the attack on the express train' name an event the reader knows; 'the
    massacre of 14 farmers' counts its victims, as news does."""
    assert classify(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riots have been a major setback to tourism in the hill district, the hoteliers' association said.", None),
        ("Hundreds of residents rallied on Friday against the detention of nine men accused of taking part in riots.",
         "Protests"),
        ("Riots over the arrest of a student leader on Monday sparked violence across the state.", "Riots"),
    ],
)
def test_riots_as_a_topic_are_no_riot_reported(text: str, expected: str | None) -> None:
    """'Riots have been a setback to tourism' speaks of riots; 'riots ... sparked violence' reports them."""
    assert classify(text)[0] == expected


def test_a_homicide_or_a_femicide_is_an_attack() -> None:
    """'was victim of a homicide', 'victims of femicide': killings of civilians."""
    assert classify("A taxi driver was victim of a homicide in the old quarter on Saturday.") == (
        "Violence against civilians", "Attack")
    assert classify("Three women were victims of femicide in the state last weekend.")[0] == (
        "Violence against civilians")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mills in the town stayed shut on Monday due to communal violence, traders said.", None),
        ("The minister resigned after the demolition of the old mosque in 1992, he recalled.", None),
        ("Communal violence continued in the district on Monday, killing three people.", "Riots"),
    ],
)
def test_communal_violence_as_a_topic_or_an_event_of_a_past_year_is_no_event(text: str, expected: str | None) -> None:
    """'shut due to communal violence' speaks of it, 'the demolition ... in 1992' is a past year's; 'communal
    violence continued ..., killing three' reports it."""
    assert classify(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six people were killed when a car bomb exploded at a checkpoint during a protest march in the capital.",
         "Remote explosive/landmine/IED"),
        ("Two buses were torched by demonstrators during Friday's rally against the bombing of the market.",
         "Violent demonstration"),
        ("Gunmen ambushed a bus carrying pilgrims to the shrine, killing nine passengers.", "Attack"),
        ("Militants ambushed an army truck carrying soldiers on the highway, killing nine.", "Armed clash"),
    ],
)
def test_a_bomb_during_a_protest_and_an_ambushed_bus_of_civilians(text: str, expected: str) -> None:
    """A bomb that went off during a protest march hit the gathering (not a blast the protest was against); an
    ambushed bus carrying pilgrims is violence against civilians, an army truck carrying soldiers a battle."""
    assert classify(text)[1] == expected


def test_a_patrol_hit_by_an_attack_is_the_attack() -> None:
    """"a convoy was on routine patrol when it was struck by an IED": the blast, not the patrol, is the event;
    a patrol that meets nothing stays a change of activity."""
    body = "A convoy of troops was on routine patrol near Wana when it was struck by an IED. Three soldiers died."
    assert classify(body)[1] == "Remote explosive/landmine/IED"
    assert classify("Troops patrolled the town. No clashes were reported.")[1] == "Change to group/activity"


def test_a_missile_named_as_policy_is_no_attack() -> None:
    """"withdrew from a nuclear missile pact", "its ballistic missile programme": no missile was fired."""
    assert classify("The government formally withdrew from a nuclear missile pact on Thursday.")[1] == "Agreement"
    assert classify("Experts said the launch could speed up the ballistic missile programme.")[0] is None
    assert classify("Rebels fired a missile at the airport on Monday.")[1] == "Shelling/artillery/missile attack"


def test_expelled_diplomats_and_an_aircraft_carrier_are_no_event() -> None:
    """"expelled two embassy staff members" is diplomacy, not territory retaken; "the aircraft carrier" is a ship,
    not an air strike; "expelled the militants from the town" is still territory retaken."""
    assert classify("The government said it expelled two embassy staff members in a retaliatory move.")[0] is None
    assert classify("An outbreak on the aircraft carrier left hundreds of sailors ill.")[0] is None
    assert classify("The army expelled the militants from the town on Sunday.")[1] == "Government regains territory"


@pytest.mark.parametrize(
    "text",
    [
        "Villagers clashed with police in the market town on Monday after a boy was hit by a truck.",
        "Hundreds of residents clashed with police on Monday over the demolition of their homes.",
        "A clash broke out between students and the police outside the campus on Monday.",
        "Clashes erupted between the police and traders at the bus stand on Monday.",
    ],
)
def test_a_crowd_fighting_the_state_s_forces_is_a_riot(text: str) -> None:
    """A crowd of no named group that clashes with police or troops, with no gunfight, is mob violence, not a
    battle: no armed, organised group stands on the crowd's side."""
    assert classify(text) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Red Cobra gang clashed with police on Monday.",
        "Villagers armed with guns clashed with police on Monday.",
        "Villagers clashed with police on Monday in a gunfight that lasted two hours.",
        "Clashes erupted between the police and members of the banned People's Front on Monday.",
    ],
)
def test_a_named_group_weapons_or_a_gunfight_keep_the_clash_a_battle(text: str) -> None:
    """A gang's members, villagers with guns, or a gunfight make the fight with police an armed clash."""
    assert classify(text) == ("Battles", "Armed clash")


def test_a_forces_seizure_or_destruction_of_drugs_is_property_destruction() -> None:
    """'Police seized four tonnes of cocaine in a container ... Two men were arrested': ACLED codes the seizure (the
    lead) as property destruction; a gunfight told after a lab is dismantled makes the operation an armed clash."""
    assert classify("Customs police seized four tonnes of cocaine in a container at the port of Santos on Monday. "
                    "Two men were arrested.") == ("Strategic developments", "Looting/property destruction")
    assert classify("Soldiers destroyed two hectares of poppy fields near the village.") == (
        "Strategic developments", "Looting/property destruction")
    assert classify("Police dismantled a cocaine laboratory near Tumaco on Friday. Two armed men exchanged fire with "
                    "the officers during the operation.") == ("Battles", "Armed clash")


def test_the_crime_of_a_court_case_is_no_event() -> None:
    """'remanded the alleged mastermind of the hotel attack', 'who masterminded the abduction of a jeweller', 'the
    kidnapping case', 'arrested in connection with the bombings': the crimes a case is about; 'gunmen abducted a
    jeweller on Monday' is news."""
    assert classify("A court on Monday remanded the alleged mastermind of the hotel attack to judicial custody.")[
        1] != "Attack"
    assert classify("The man, who masterminded the abduction of a jeweller, was produced in court.")[1] != (
        "Abduction/forced disappearance")
    assert classify("The judge will hear the kidnapping case on Monday.") == (None, None)
    assert classify("Another man was arrested in connection with the bombings of two embassies last year.") == (
        "Strategic developments", "Arrests")
    assert classify("Gunmen abducted a jeweller from his shop on Monday.") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_idioms_of_posts_answers_and_handovers_are_no_events() -> None:
    """'has taken over as acting chief justice' takes no territory, 'said in response to persistent queries' returns
    no fire, 'a transit remand before handover to the state CID' hands over no town; 'rebels took over the town'
    does."""
    assert classify("Justice Rao has taken over as acting chief justice of the high court.") == (None, None)
    assert classify("We shall comment later, he said in response to persistent queries about the budget.") == (
        None, None)
    assert classify("He will be produced in court for a transit remand before handover to the state CID.")[1] != (
        "Non-violent transfer of territory")
    assert classify("Rebels took over the town on Monday after a week of fighting.")[0] is not None


def test_what_is_to_be_avoided_has_not_happened() -> None:
    """'pilgrims were told not to wear saffron to avoid identification by attackers': no attack; 'attackers fired on
    pilgrims near the shrine' is one."""
    assert classify("Pilgrims were told not to wear saffron scarves to avoid identification by attackers.") == (
        None, None)
    assert classify("Attackers fired on pilgrims near the shrine on Sunday.")[0] is not None


def test_a_legislature_s_walkout_or_dharna_in_the_well_is_no_demonstration() -> None:
    """'opposition members walked out of the state assembly in protest', 'members trooped into the well and staged a
    dharna': words inside a legislature; 'farmers protested in the capital against a bill voted in parliament' and
    'students demonstrated outside parliament' are demonstrations."""
    assert classify("Opposition members on Tuesday staged a walk-out from the state assembly in protest against "
                    "the new ordinance.") == (None, None)
    assert classify("The members trooped into the well of the house and staged a dharna, shouting slogans.") == (
        None, None)
    assert classify("Hundreds of farmers protested in the capital against a bill being voted in parliament.") == (
        "Protests", "Peaceful protest")
    assert classify("Students demonstrated outside parliament against the fee increase.") == (
        "Protests", "Peaceful protest")
