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
        ("Parents formed a human chain outside the school, denouncing vandalism in the area.", "Peaceful protest"),
        ("The rally against violence turned violent when youths pelted stones.", "Violent demonstration"),
        ("Angry residents set fire to a police station after a man died in custody, police said.",
         "Mob violence"),
        ("A crowd set fire to a police outpost after a youth was found dead in a canal.", "Mob violence"),
        ("Police foiled a plot to bomb the fuel depot and arrested four men on Friday.", "Arrests"),
        ("Militiamen set fire to houses in the village.", "Looting/property destruction"),
        ("The authorities imposed a curfew in the old city.", "Change to group/activity"),
        ("The land registry's records room in the district court complex was burnt down by masked men.",
         "Looting/property destruction"),
        ("Rebels seized the town without a fight on Tuesday after government troops withdrew.",
         "Non-violent transfer of territory"),
        ("Farmers demonstrated in the market square. Police used tear gas to scatter the crowd.",
         "Protest with intervention"),
        ("Soldiers opened fire on a crowd of protesters in Gulu, killing three of the demonstrators.",
         "Excessive force against protesters"),
        ("Soldiers shot dead at least nine protesters in the city on Wednesday, witnesses said.",
         "Excessive force against protesters"),
        ("Police killed two student protesters at the rally.", "Excessive force against protesters"),
        ("A student was killed by police during a demonstration in the capital.",
         "Excessive force against protesters"),
        ("Protesters burned tyres and pelted stones at the district office over water shortages.",
         "Violent demonstration"),
        ("An angry mob lynched a suspected thief in the market.", "Mob violence"),
        ("Three constables were hurt in the stone pelting at the bus stand.", "Mob violence"),
        ("Two militants died in an encounter, and stone pelting followed.", "Armed clash"),
        ("Two groups of villagers clashed over a land dispute, leaving five injured.", "Mob violence"),
        ("Clashes between the two communities in the old quarter left seven people injured.", "Mob violence"),
        ("Officers held 30 people after fighting between two castes left a farmer dead.", "Mob violence"),
        ("Police detained 15 people after rival groups fought with sticks, leaving one dead.", "Mob violence"),
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
        ("Turkish strike kills three fighters near Qamishli, monitor says", "Air/drone strike"),
        ("A suicide bomber detonated his vest beside an army roadblock, killing four soldiers.", "Suicide bomb"),
        ("Artillery shells hit a residential area overnight.", "Shelling/artillery/missile attack"),
        ("A roadside bomb struck a bus carrying pilgrims.", "Remote explosive/landmine/IED"),
        ("Their jeep drove over a roadside mine and two guards lost their lives.", "Remote explosive/landmine/IED"),
        ("A tractor set off an anti-personnel mine in the field.", "Remote explosive/landmine/IED"),
        ("Rebels blew up a school building in the district overnight; no one was hurt.",
         "Remote explosive/landmine/IED"),
        ("Unidentified men hurled a grenade at a traffic police booth.", "Grenade"),
        ("A glide bomb hit an apartment block in the city, killing three civilians.", "Air/drone strike"),
        ("Weapons inspectors concluded that chlorine gas had been dropped on the town's residents.", "Chemical weapon"),
        ("Gunmen shot dead a shopkeeper and his son at their home.", "Attack"),
        ("Bandits stormed a village and killed 20 people.", "Attack"),
        ("Armed bandits abducted 40 villagers in a raid on Tuesday night.", "Abduction/forced disappearance"),
        ("Police killed three bandits in a gunfight near the forest.", "Armed clash"),
        ("Militants abducted six aid workers on the highway.", "Abduction/forced disappearance"),
        ("Gunmen seized 30 passengers from a bus near the checkpoint.", "Abduction/forced disappearance"),
        ("Six pilgrims were snatched by armed men at the ferry.", "Abduction/forced disappearance"),
        ("Soldiers seized the houses of three rebel leaders.", "Looting/property destruction"),
        ("Nine soldiers sustained injuries when militants ambushed their convoy.", "Armed clash"),
        ("A soldier raped a woman in the village.", "Sexual violence"),
        ("Police arrested the leader of the opposition party at his home.", "Arrests"),
        ("Police arrested 14 suspected members of a kidnapping gang and rescued three victims.", "Arrests"),
        ("Five poachers were caught by forest department guards inside the reserve.", "Arrests"),
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


def test_freedom_regained_is_no_territory() -> None:
    """'Five kidnapped traders regained their freedom': a release, no government retaking ground."""
    assert classify("Five kidnapped traders regained their freedom on Sunday.")[1] != "Government regains territory"


def test_a_demolition_told_as_a_time_is_no_event() -> None:
    """'a library rebuilt ten years after its demolition' recalls history: no property destruction now."""
    assert classify("The town opened a library rebuilt ten years after its demolition.")[1] \
        != "Looting/property destruction"
    assert classify("Bulldozers demolished 30 houses in the camp.")[1] == "Looting/property destruction"


def test_no_event_is_none() -> None:
    """Text that reports no event of any kind gets no type."""
    assert classify("The committee published its annual budget report on Tuesday.") == (None, None)
    assert classify("") == (None, None)


def test_negated_clash_does_not_count() -> None:
    """'No clashes were reported' is no battle."""
    assert classify("Troops patrolled the town. No clashes were reported.")[1] == "Change to group/activity"


def test_cue_under_a_modal_or_a_plan_is_no_event() -> None:
    """'should be arrested', 'threatened to start an agitation', 'will be deployed' tell of no event; a later
    sentence that reports one types the text; the month in 'On 21 May 2021' is no modal."""
    assert classify("The cleric said the organisers should be arrested over the speech.") == (None, None)
    assert classify("The farmers' union threatened to start an agitation unless the tax was withdrawn.") == (None, None)
    text = "More troops will be deployed next week, officials said. Protesters marched through the capital on Monday."
    assert classify(text) == ("Protests", "Peaceful protest")
    assert classify("On 21 May 2021, nurses protested in the port city.") == ("Protests", "Peaceful protest")
    assert classify("In May police arrested 12 people.") == ("Strategic developments", "Arrests")
    assert classify("The union has decided to hold a protest day next Friday.") == (None, None)


def test_imposed_alone_is_no_change_of_activity() -> None:
    """'restrictions imposed', 'section 144 imposed' are background; 'imposed a curfew' is a change."""
    assert classify("A spokesman defended the restrictions imposed on the market area in June.") == (None, None)
    assert classify("Police imposed section 144 and a curfew in the old city.")[1] == "Change to group/activity"


def test_took_to_streets_without_the_is_a_sign_of_protest() -> None:
    """'took to streets' (no article) counts like 'took to the streets' among the weak signs of a protest."""
    assert classify("About 400 activists took to streets and marched through the capital.")[0] == "Protests"


def test_words_as_weapons_are_no_attack() -> None:
    """'launching a veiled attack on his colleagues', 'a scathing attack on her rivals': speech, not violence."""
    assert classify("Launching a veiled attack on his cabinet colleagues, the mayor called them cowards.") == (
        None, None)
    assert classify("The senator delivered a scathing attack on her rivals during the budget debate.") == (None, None)
    assert classify("Gunmen attacked the minister's convoy on the highway.")[0] is not None


def test_an_attack_launched_on_a_government_in_a_house_is_speech() -> None:
    """'cabinet members were singled out in an attack launched against the ruling government by the opposition whip
    in parliament': words; 'attack on government forces' stays violence."""
    assert classify("Three cabinet members were singled out on Friday in an attack launched against the ruling "
                    "government by the opposition whip in parliament.") == (None, None)
    assert classify("Rebels launched an attack on government forces near the dam on Friday.")[0] is not None


def test_a_body_of_people_is_no_dead_body() -> None:
    """'asking for a body of experts to monitor the inquiry' finds no body; 'the body of a trader was found in a
    canal' does."""
    assert classify("Activists went to court on Monday asking for a body of experts to monitor the inquiry.") == (
        None, None)
    assert classify("The body of a trader was found in a canal on Monday.")[0] is not None


def test_a_case_s_crime_named_as_known_is_no_event() -> None:
    """'charging every person accused in the bus massacre under the new law': the case's crime, an event the reader
    knows; 'a massacre in the village on Sunday' is news."""
    assert classify("Defence lawyers argued that charging every person accused in the bus massacre under the new "
                    "law would weaken the case.") == (None, None)
    assert classify("Gunmen carried out a massacre in the village on Sunday.")[0] is not None


def test_riot_police_is_not_a_riot() -> None:
    """'Riot police' dispersing a march makes it a protest with intervention, not a riot."""
    text = "Students marched against fee increases and riot police dispersed the protest."
    assert classify(text) == ("Protests", "Protest with intervention")


def test_a_place_marked_by_riots_is_no_riot() -> None:
    """'the riot-hit state', 'relief for riot victims': the riots are past, none is told."""
    assert classify("Officials set up peace panels to rebuild trust in the riot-hit district.") == (None, None)
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
    """'A suicide bomber struck an election rally, killing 38': a suicide bomb; 'protesters rallied against the
    bombing' is still a protest."""
    assert classify("A suicide bomber struck an election rally in the south on Sunday, leaving 38 "
                    "people dead.") == ("Explosions/Remote violence", "Suicide bomb")
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
    """'condemning the comments, the coalition has demanded an inquiry': words of a statement, not a march."""
    assert classify("Sharply condemning the mayor's comments, a coalition of civic groups has demanded an "
                    "inquiry.")[0] != "Protests"


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
    assert classify("Near a checkpoint, clashes broke out between members of the Hamza Division and the Sultan "
                    "Murad Division.") == ("Battles", "Armed clash")


def test_fire_aimed_at_villages_with_a_long_list_of_weapons_is_shelling() -> None:
    """'forces fired 23mm and 57mm guns, DShK machine guns and rifles at residential neighbourhoods': one-sided
    fire on where people live, shelling, however long the list of weapons."""
    assert classify("Government troops were said to have fired 23mm and 57mm anti-aircraft guns, DShK machine "
                    "guns and rifles at residential neighbourhoods and orchards.") == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_killing_with_an_abduction_is_an_attack() -> None:
    """'gunmen attacked the village, killed one resident and abducted five others': ACLED types the
    gravest harm, an attack; an abduction alone stays an abduction."""
    assert classify("Gunmen attacked the village, killed one resident and abducted five others.") == (
        "Violence against civilians", "Attack")
    assert classify("Gunmen abducted five farmers from the village on Sunday.") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_barricading_oneself_in_is_a_sit_in_not_a_barricade() -> None:
    """'cleaners stopped work and barricaded themselves inside a room': a peaceful protest."""
    assert classify("Hospital cleaners stopped work and barricaded themselves inside a room of the health "
                    "department to protest over months of back pay.") == ("Protests", "Peaceful protest")


def test_weapons_recovered_after_a_killing_are_a_detail_of_the_clash() -> None:
    """'shot dead five Maoists during an encounter; rifles were recovered': a clash; defusing alone is disrupted use."""
    assert classify("Police commandos shot dead five Maoists during an encounter in the Abujhmarh forest on Tuesday; "
                    "two rifles and explosives were recovered from the spot.") == ("Battles", "Armed clash")
    assert classify("Police defused a bomb planted near a school on Tuesday.") == (
        "Strategic developments", "Disrupted weapons use")


def test_police_hurt_in_communal_clashes_do_not_make_them_a_battle() -> None:
    """'clashes between Hindu and Muslim groups; 34 policemen were injured': mob violence, the police harmed."""
    assert classify("Clashes erupted between Hindu and Muslim groups in Nagpur on Monday night; 34 policemen "
                    "were injured.") == ("Riots", "Mob violence")


def test_neutralised_fighters_make_a_clash() -> None:
    """'nine suspected militants were neutralised during a search operation': a battle, as if they were killed."""
    assert classify("Nine suspected militants were neutralised during a search operation in the tribal district.") == (
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
    """'air defence units intercepted rockets fired at army positions': fire is no harm, disrupted use."""
    assert classify("Air defence units intercepted several rockets that were fired at army positions near the "
                    "capital.") == ("Strategic developments", "Disrupted weapons use")


def test_safe_custody_of_a_thing_is_no_arrest() -> None:
    """'to stay in the safe custody of a bank' (ledgers): no arrest; 'in the custody of
    police' is one."""
    assert classify("The recovered ledgers are to stay in the safe custody of a bank until the trial.") != (
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
    """'two groups fought over a procession's route; police have registered cases': mob violence, no battle."""
    assert classify("Six people were hurt when two groups fought over the route of a religious procession; "
                    "police have registered cases against 25 people.") == ("Riots", "Mob violence")


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
    """'the bodies of four men, their throats slit, were left next to a banner signed by a criminal group': an
    attack on civilians; the group signed a banner, no agreement, and it is no armed victim."""
    assert classify("The bodies of four men, their throats slit, were left under a bridge next to a banner signed "
                    "by a criminal group.") == ("Violence against civilians", "Attack")


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
        "The governor, who lost her life when her light aircraft crashed last winter, was honoured on Sunday.",
        "Opposition members on Tuesday staged a walkout in the Lok Sabha over the budget.",
        "The last of the special trains, carrying some 1,500 pilgrims, left town on Sunday evening.",
        "The sect leader vowed on Monday to kill himself unless the procession went ahead.",
        "Officials urged the hermit's disciples to talk him out of his suicide threat.",
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
        "The bishop said some politicians were engaged in pleasing voters by exploiting faith.",
        "An envoy flew in on Sunday hoping to defuse tension along the disputed frontier.",
        "Clerics urged all communities to avoid provocative remarks and ease communal tension in the city.",
        "Shop owners dread distress sales of homes in the post-riot climate of the walled city.",
        "Last spring, one careless remark pushed the bazaar to the verge of a riot.",
        "The trust said it was apprehending fresh trouble after the bus attack.",
    ],
)
def test_words_of_politics_and_fear_are_no_event(text: str) -> None:
    """'engaged in pleasing voters', 'defuse tension', 'communal tension', 'post-riot', 'the verge of a riot',
    'apprehending fresh trouble': no fight, bomb disposal, mob, riot or arrest."""
    assert classify(text)[1] not in ("Armed clash", "Disrupted weapons use", "Mob violence", "Violent demonstration",
                                     "Arrests")


def test_violence_that_left_people_hurt_during_a_strike_is_a_riot() -> None:
    """'violence left nine people hurt ... during the general strike': a violent demonstration, not a peaceful one."""
    assert classify("Violence left nine people hurt in the port town, two of them in stabbing incidents, during "
                    "Friday's general strike.") == ("Riots", "Violent demonstration")


def test_a_natural_disaster_is_no_attack() -> None:
    """'an earthquake that killed 900 people': a disaster, no violence against civilians."""
    assert classify("The country still remembers the earthquake that killed 900 people in the hills on Tuesday.")[
        0] != "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Residents banged pots on their balconies in protest against the governor. Her supporters replied with "
        "whistles and torches.",
        "Nurses protested outside the ministry on Monday. One of the nurses set herself on fire; colleagues put out "
        "the flames.",
        "Bus drivers demonstrated and barricaded two avenues in the city centre, demanding higher fares.",
    ],
)
def test_torches_self_immolation_and_road_barricades_make_no_riot(text: str) -> None:
    """'whistles and torches' (a noun), a protester setting herself on fire, roads barricaded: a protest, no riot."""
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
        ("Prisoners protested against the transfer of their leaders. They burnt mattresses and vandalised prison "
         "property.", "Violent demonstration"),
        ("A suspected cattle thief was beaten to death by villagers near the weekly market.", "Mob violence"),
    ],
)
def test_stems_reach_their_british_and_irregular_forms(text: str, expected: str) -> None:
    """'vandalised', 'property', 'beaten': forms a 'stem*' of the lexicon never generated ('vandali*', 'propert*')."""
    assert classify(text)[1] == expected


def test_fire_aimed_at_a_district_is_shelling() -> None:
    """'fired mortars and heavy machine guns at Marib district': shelling of an area, not a clash; fire at a
    police post in a district stays a clash."""
    assert classify("On 8 July 2021, opposition fighters were reported to have fired mortars and heavy machine guns "
                    "at Marib district.")[1] == "Shelling/artillery/missile attack"
    assert classify("Militants fired at a police post in the district, killing two policemen.")[1] == "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Locals said shoot-outs broke out in the Rocinha favela during the night.", "Armed clash"),
        ("Two herding groups clashed near the river, both of them using firearms.", "Armed clash"),
        ("Two farming groups clashed over a water point near the river.", "Mob violence"),
        ("On 7 July 2021, villagers found a man in a ditch near the market. His body was burned. 1 fatality.",
         "Attack"),
    ],
)
def test_gunfire_makes_a_clash_and_a_coded_fatality_a_killing(text: str, expected: str) -> None:
    """Shoot-outs or armed groups clashing are armed clashes, unarmed groups' a brawl; a man found with '1 fatality'
    coded is a killing."""
    assert classify(text)[1] == expected


def test_police_firing_on_mobs_is_a_riot() -> None:
    """'four died in police firing on rioting mobs': the mobs' riot the police fired on, not the police's attack."""
    assert classify("Four people died on Monday in police firing on rioting mobs in two market "
                    "towns.") == ("Riots", "Mob violence")
    assert classify("Militants and a mob attacked the police station.")[0] == "Battles"


def test_raising_a_voice_against_killings_is_a_protest() -> None:
    """'people gathered at the temple grounds to raise their voices against the murders': a protest, not the
    murders."""
    assert classify("Several hundred people gathered at the temple grounds on Saturday to raise their voices "
                    "against the recent murders.") == ("Protests", "Peaceful protest")


def test_stone_pelting_with_no_side_named_is_a_riot() -> None:
    """'a few cases of stone pelting were reported': a crowd's riot, not an armed group's property destruction;
    members storming a legislature's well riot no one."""
    assert classify("A few cases of stone pelting were reported in the walled city during Friday's "
                    "festival.") == ("Riots", "Mob violence")
    assert classify("Shouting opposition members stormed the well of the chamber, and the speaker suspended the "
                    "sitting for an hour.")[0] != "Riots"


def test_a_speaker_is_no_victim_of_the_harm_they_tell() -> None:
    """'Police said 14 people were hurt': the police told of the hurt, they are no armed victims of a battle."""
    assert classify("Police said 14 people were hurt.")[0] != "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Community elders met on Monday and drew up steps to prevent communal clashes during the festival.",
        "The committee met on Wednesday and condemned the mayhem of the recent riots.",
        "Tourism has taken a major beating this season, hotel owners complained on Saturday.",
        "Most of those who fell to police bullets were young men, the report said.",
    ],
)
def test_violence_prevented_recalled_or_idiomatic_is_no_event(text: str) -> None:
    """'steps to prevent communal clashes', 'the recent riots', 'taken a major beating', 'fell to police bullets':
    no riot, killing or territory taken that day."""
    assert classify(text)[1] not in ("Mob violence", "Violent demonstration", "Attack", "Government regains territory",
                                     "Non-state actor overtakes territory")


@pytest.mark.parametrize(
    "text",
    [
        "The district magistrate shot off a letter on Tuesday to the chief secretary asking for guidance.",
        "Opposition legislators staged a walkout in the state assembly in protest at the fuel levy on Wednesday.",
        "Rival MPs walked out of the house in protest at the chair's decision on Friday.",
        "Police pickets were posted at all the sensitive crossings of the old city on Saturday.",
        "Landing on Tuesday, she wanted to know just one thing: had public fury died down?",
        "Under attack from allies over the budget, the chancellor tried on Thursday to win back their support.",
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
    """'the dam will be destroyed by a remote-controlled device': the instrument after 'by' is under the same
    'will' as its verb; the blast that happened stays one."""
    assert classify("An unsigned letter that reached the police on Sunday warned that the dam will be destroyed by "
                    "a remote-controlled device.")[0] != "Explosions/Remote violence"
    assert classify("The dam's sluice gate was destroyed by a remote-controlled device on Tuesday.") == (
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
        ("Troops recovered the ridges along the frontier which militias had taken over weeks earlier.",
         "Government regains territory"),
        ("The army staged a counterattack on Wednesday and much ground was regained.",
         "Government regains territory"),
        ("A military spokesman said on Monday that the insurgents have taken over three hamlets near the lake.",
         "Non-state actor overtakes territory"),
        ("The rebels were pushed back out of the valley on Monday.", "Government regains territory"),
    ],
)
def test_who_took_the_ground(text: str, sub_type: str) -> None:
    """'troops recovered the ridges ... militias had taken over', '... and ground was regained' after the army's
    counterattack, and insurgents taking hamlets told by a military spokesman: the side that holds the ground at the
    end; 'the rebels were pushed back' still turns the passive round."""
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
    """'Two days after police detained scores of marchers, the front said four of its activists had been
    kidnapped': the kidnapping is the news; when the main clause has no cue, the opening's still types."""
    text = ("Two days after police detained scores of marchers in the port city, the opposition front said four "
            "of its activists had been kidnapped.")
    assert classify(text)[1] == "Abduction/forced disappearance"
    assert classify("Two days after rioting in the old city, the streets were calm.")[0] == "Riots"


def test_a_person_taken_back_to_an_office_takes_no_ground() -> None:
    """'was taken back into the cabinet in March' types nothing; 'the army took back the town' regains it."""
    text = "The official, who had been sacked last year, was taken back into the cabinet in March."
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
    """'Four people were killed in clashes': the people are the dead, not a mob; 'villagers clashed with
    sticks' is one."""
    assert classify("Four people were killed in clashes before dawn on Wednesday.")[1] != "Mob violence"
    text = "A farmer died on Sunday as villagers clashed with sticks over a goat that strayed into a field."
    assert classify(text) == ("Riots", "Mob violence")


def test_a_bomb_that_did_not_go_off_is_disrupted_weapons_use() -> None:
    """'hurled a grenade at a police post, but it failed to explode': ACLED's disrupted weapons use, no explosion."""
    text = "Militants hurled a grenade at a police post in Sopore on Friday, but it failed to explode."
    assert classify(text) == ("Strategic developments", "Disrupted weapons use")
    assert classify("Militants hurled a grenade at a police post in Sopore, injuring two policemen.")[1] == "Grenade"


def test_a_bomb_followed_by_gunfire_is_an_armed_clash() -> None:
    """'a roadside bomb went off and was followed by gunfire that killed three soldiers': a combined attack, an
    armed clash to ACLED, not a bombing alone."""
    text = "A roadside bomb went off by an army post in Diyala and was followed by gunfire that killed three soldiers."
    assert classify(text) == ("Battles", "Armed clash")


def test_goods_taken_away_are_looting_and_people_taken_away_an_abduction() -> None:
    """'raided several houses, taking away clothes, food and motorcycles' is looting; 'took away two men' an
    abduction; 'carted away sacks of grain' after a killing leaves the killing the event."""
    assert classify("Insurgents raided several houses in the village, taking away clothes, food and motorcycles.") == (
        "Strategic developments", "Looting/property destruction")
    assert classify("Gunmen took away two men from the village.")[1] == "Abduction/forced disappearance"
    text = "The raiders attacked the hamlet, killed a herder and carted away sacks of grain."
    assert classify(text) == ("Violence against civilians", "Attack")


def test_a_raid_that_turned_into_a_gunfight_is_an_armed_clash() -> None:
    """'Police raided a house. A gunfight broke out and two militants were killed': the raid's clash; a raid with
    arrests stays arrests, and a cattle raid is no security raid."""
    text = "Police raided a house in Karachi on Monday. A gunfight broke out and two militants were killed."
    assert classify(text) == ("Battles", "Armed clash")
    assert classify("Police raided a house in Karachi on Monday and arrested two militants.")[1] == "Arrests"


def test_residents_beating_a_suspect_are_a_mob() -> None:
    """'locals hit a youth suspected of stealing motorbikes': mob justice, a riot; a truck that hit a bus is no
    event."""
    text = "Locals hit a youth suspected of stealing motorbikes on Monday."
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
    """'soldiers shot dead a suspect armed with a grenade': a clash, no grenade attack; 'carried out three grenade
    attacks' and 'armed men used explosives' stay explosions."""
    text = "Soldiers shot dead a militant armed with a grenade outside a hotel in Baidoa."
    assert classify(text) == ("Battles", "Armed clash")
    assert classify("Insurgents carried out three grenade attacks in Shopian, wounding four.")[1] == "Grenade"


def test_a_remote_explosive_attack_is_an_ied() -> None:
    """'staged a remote explosive attack on a gas pipeline': a planted explosive, not a plain attack."""
    text = "Insurgents staged a remote explosive attack on a gas pipeline near Siirt on Tuesday."
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
    """'Fighting ... killed at least 14 and forced some 5,000 residents to flee': the people fled, the fighting
    was a battle."""
    text = "On Friday, fighting around Kaga-Bandoro killed at least 14 and forced some 5,000 residents to flee."
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
    """'despite the communal riots' refers to riots already known: no riot is reported; 'riots broke out
    in the old city on Friday' still reports one."""
    assert classify("Hotel bookings have held up despite the communal riots, the tourism board said on Monday.") == (
        None, None)
    assert classify("Riots broke out in the old city on Friday, and shops were set on fire.")[0] == "Riots"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said on Monday that the state had no prior warning of the Riverside market attack.", None),
        ("After the attack on the night bus, police stepped up checks at every depot.", None),
        ("The assembly observed two minutes of silence for the victims of the massacre of pilgrims at the shrine.",
         None),
        ("Residents condemned the massacre of 14 farmers by gunmen in the valley.", "Violence against civilians"),
    ],
)
def test_an_attack_named_as_known_is_no_attack_reported(text: str, expected: str | None) -> None:
    """'The Riverside market attack', 'the attack on the night bus' name an event the reader knows; 'the
    massacre of 14 farmers' counts its victims, as news does."""
    assert classify(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riots have been a heavy blow to the handloom trade in the valley, weavers said.", None),
        ("Hundreds of residents rallied on Friday against the detention of nine men accused of taking part in riots.",
         "Protests"),
        ("Riots over a union leader's detention on Monday spread to three districts.", "Riots"),
    ],
)
def test_riots_as_a_topic_are_no_riot_reported(text: str, expected: str | None) -> None:
    """'Riots have been a heavy blow to the trade' speaks of riots; 'riots ... spread to three districts' reports
    them."""
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
        ("He left the cabinet after the demolition of the chapel in 1986, the veteran recalled.", None),
        ("Communal violence continued in the district on Monday, killing three people.", "Riots"),
    ],
)
def test_communal_violence_as_a_topic_or_an_event_of_a_past_year_is_no_event(text: str, expected: str | None) -> None:
    """'shut due to communal violence' speaks of it, 'the demolition ... in 1986' is a past year's; 'communal
    violence continued ..., killing three' reports it."""
    assert classify(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people died when a car bomb exploded during an opposition protest march in the port city.",
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
    """"a convoy was patrolling when a roadside IED hit its lead truck": the blast, not the patrol, is the event;
    a patrol that meets nothing stays a change of activity."""
    body = ("A convoy of troops was patrolling near Miranshah when a roadside IED hit its lead truck. Three "
            "soldiers died.")
    assert classify(body)[1] == "Remote explosive/landmine/IED"
    assert classify("Troops patrolled the town. No clashes were reported.")[1] == "Change to group/activity"


def test_a_missile_named_as_policy_is_no_attack() -> None:
    """"withdrew from a nuclear missile pact", "its ballistic missile programme": no missile was fired."""
    assert classify("The government formally withdrew from a nuclear missile pact on Thursday.")[1] == "Agreement"
    assert classify("Experts said the launch could speed up the ballistic missile programme.")[0] is None
    assert classify("Rebels fired a missile at the airport on Monday.")[1] == "Shelling/artillery/missile attack"


def test_expelled_diplomats_and_an_aircraft_carrier_are_no_event() -> None:
    """"expelled three diplomats" is diplomacy, not territory retaken; "the aircraft carrier" is a ship, not an air
    strike; "expelled the militants from the town" is still territory retaken."""
    assert classify("The ministry said it expelled three diplomats in retaliation.")[0] is None
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
    assert classify("Police dismantled a cocaine laboratory near Tumaco on Friday. Gunmen guarding it exchanged "
                    "fire with the agents.") == ("Battles", "Armed clash")


def test_the_crime_of_a_court_case_is_no_event() -> None:
    """'remanded the alleged mastermind of the hotel attack', 'who masterminded the kidnapping of a builder', 'the
    kidnapping case', 'arrested in connection with the bombing': the crimes a case is about; 'gunmen abducted a
    builder on Monday' is news."""
    assert classify("A court on Monday remanded the alleged mastermind of the hotel attack to judicial custody.")[
        1] != "Attack"
    assert classify("The gang leader, who masterminded the kidnapping of a builder, faced a judge.")[1] != (
        "Abduction/forced disappearance")
    assert classify("The judge will hear the kidnapping case on Monday.") == (None, None)
    assert classify("A third suspect was arrested on Tuesday in connection with the bombing of a railway station.") == (
        "Strategic developments", "Arrests")
    assert classify("Gunmen abducted a builder from his office on Monday.") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_idioms_of_posts_answers_and_handovers_are_no_events() -> None:
    """'has taken over as interim chief justice' takes no territory, 'said in response to repeated questions'
    returns no fire, 'remand ahead of his handover to the police' hands over no town; 'rebels took over the town'
    does."""
    assert classify("Justice Menon has taken over as interim chief justice.") == (None, None)
    assert classify("No comment for now, the spokesman said in response to repeated questions about the deal.") == (
        None, None)
    assert classify("The suspect will be taken before a magistrate for remand ahead of his handover to the police "
                    "in Goa.")[1] != (
        "Non-violent transfer of territory")
    assert classify("Rebels took over the town on Monday after a week of fighting.")[0] is not None


def test_what_is_to_be_avoided_has_not_happened() -> None:
    """'travellers were advised to hide their badges to avoid being identified by attackers': no attack; 'attackers
    fired on pilgrims near the shrine' is one."""
    assert classify("Travellers were advised to hide their badges to avoid being identified by attackers.") == (
        None, None)
    assert classify("Attackers fired on pilgrims near the shrine on Sunday.")[0] is not None


def test_a_legislature_s_walkout_or_dharna_in_the_well_is_no_demonstration() -> None:
    """'opposition MLAs walked out of the council in protest', 'legislators rushed into the well, where they sat
    on a dharna': words inside a legislature; 'farmers protested in the capital against a bill before parliament'
    and 'students demonstrated outside parliament' are demonstrations."""
    assert classify("Opposition MLAs walked out of the council in protest over the land ordinance on "
                    "Monday.") == (None, None)
    assert classify("Legislators rushed into the well, where they sat on a dharna raising slogans.") == (
        None, None)
    assert classify("Hundreds of farmers protested in the capital against a land bill before parliament.") == (
        "Protests", "Peaceful protest")
    assert classify("Students demonstrated outside parliament against the fee increase.") == (
        "Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday 30 traders who were detained by customs officers at the port were beaten with sticks.",
         ("Violence against civilians", "Attack")),
        ("Police questioned four youths who were detained for the stabbing of a shopkeeper.",
         ("Strategic developments", "Arrests")),
    ],
)
def test_harm_after_an_arrest_told_in_a_relative_clause_is_the_event(text: str, expected: tuple[str, str]) -> None:
    """'traders who were detained ... were beaten': an attack; detained 'for the stabbing' is still an arrest."""
    assert classify(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 weavers took out a silent march through the town on Monday.", ("Protests", "Peaceful protest")),
        ("Nurses held a candle-lit rally outside the district hospital.", ("Protests", "Peaceful protest")),
        ("Paramilitary forces staged a flag march through the old town on Monday.", (None, None)),
    ],
)
def test_a_march_with_words_between_is_a_protest_but_a_flag_march_is_not(
        text: str, expected: tuple[str | None, str | None]) -> None:
    """'took out a silent march' is a protest as 'took out a march' is; 'staged a flag march' is a force's show."""
    assert classify(text) == expected


def test_a_camp_set_up_for_marchers_is_no_base() -> None:
    """'marched from a tent camp set up for their stay to the next camp': a march, no base established."""
    assert classify("The volunteers marched from a tent camp set up for their stay to the next camp by the river.") != (
        "Strategic developments", "Headquarters or base established")


def test_going_on_the_offensive_in_words_is_no_battle() -> None:
    """'the party went on the offensive, saying ...' is speech; 'launched an offensive against positions' fights."""
    assert classify("The opposition party went on the offensive on Friday, saying the minister had misled the "
                    "house.") == (None, None)
    assert classify("The army launched an offensive against rebel positions in the north.") == (
        "Battles", "Armed clash")


def test_violence_of_a_bandh_is_no_excessive_force() -> None:
    """'two shopkeepers died in bandh-related violence': a violent bandh's dead, not protesters shot by police."""
    assert classify("Two shopkeepers died in Ajmer on Friday in bandh-related violence, officials said.") == (
        "Violence against civilians", "Attack")


def test_a_crowd_that_attacks_or_torches_is_a_mob() -> None:
    """'A crowd stormed the depot and torched two buses' is mob violence, not a battle of an armed group."""
    assert classify("A crowd stormed the bus depot and torched two buses on Monday night.") == ("Riots", "Mob violence")


def test_a_death_in_police_custody_is_no_arrest() -> None:
    """'after a youth died in police custody': the custody names where he died, not an arrest the story reports."""
    assert classify("Residents torched a police post after a youth died in police custody.")[1] != "Arrests"
