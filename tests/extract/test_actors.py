"""Actor mentions: catalogue names in context, persons, roles and offsets (sentences written by us)."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actors, inter_code
from pipeline.extract.analyse import analyse
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention, ArticleText


def actors(body: str) -> list[ActorMention]:
    mentions = extract_actors(body, split_sentences(body))
    for m in mentions:
        assert body[m.char_start : m.char_end] == m.text
    return mentions


def names(body: str) -> dict[str, str]:
    """text -> actor_name of every mention."""
    return {m.text: m.actor_name for m in actors(body)}


def test_demonym_and_kind_noun_name_a_state_force() -> None:
    """'Pakistani troops' is one mention of the Military Forces of Pakistan."""
    found = names("Pakistani troops killed three fighters near the border on Monday.")
    assert found["Pakistani troops"] == "Military Forces of Pakistan"


def test_airforce_in_one_word_is_the_military() -> None:
    """'the Pakistan Airforce' (one word, as field notes write it) is the Military Forces of Pakistan,
    not its government."""
    found = names("Jets of the Pakistan Airforce pounded hideouts in the valley, killing nine insurgents.")
    assert found["Pakistan Airforce"] == "Military Forces of Pakistan"


def test_country_possessive_and_of_forms() -> None:
    """ "Pakistan's army" and "military forces of India and Bangladesh" name state forces."""
    assert names("Pakistan's army shelled the village.")["Pakistan's army"] == "Military Forces of Pakistan"
    found = {m.actor_name for m in actors("On Friday, military forces of India and Bangladesh traded fire along the "
                                          "frontier.")}
    assert {"Military Forces of India", "Military Forces of Bangladesh"} <= found


def test_country_as_location_is_no_actor() -> None:
    """A country named only as a location is not an actor."""
    assert actors("Heavy rain fell in Pakistan on Tuesday.") == []


def test_country_that_acts_is_its_government() -> None:
    """A country that speaks or acts stands for its state."""
    assert names("Pakistan said the talks had failed.")["Pakistan"] == "Government of Pakistan"
    assert names("Pakistan bombed the camps overnight.")["Pakistan"] == "Military Forces of Pakistan"


def test_capital_as_metonym_only_when_it_acts() -> None:
    """ "Kabul rejected" is the Afghan government; "in Kabul" is a place."""
    assert names("Kabul rejected the accusation on Sunday.")["Kabul"] == "Government of Afghanistan"
    assert actors("A bomb went off in Kabul.") == []


def test_afghan_and_pakistani_taliban_are_different_groups() -> None:
    """The qualifier decides which Taliban are meant."""
    found = names("The Afghan Taliban denied any links with the Pakistani Taliban.")
    assert found["Afghan Taliban"] == "Taliban"
    assert found["Pakistani Taliban"] == "TTP: Tehreek-i-Taliban Pakistan"


def test_mediators_in_coordination_and_passive() -> None:
    """Countries mediating a deal are mediators, whether listed or after 'mediated by'."""
    mentions = actors("The truce was mediated by Norway and Oman after weeks of talks.")
    roles = {m.text: m.role for m in mentions}
    assert roles == {"Norway": "mediator", "Oman": "mediator"}


def test_parties_after_between_are_no_mediators() -> None:
    """The sides of talks named after 'between' are parties, not mediators, beside the one mediating."""
    roles = {m.text: m.role for m in actors("Oman mediated talks between Iran and the Houthis on Monday.")}
    assert roles["Oman"] == "mediator"
    assert roles["Iran"] is None and roles["Houthis"] is None


def test_titled_person_and_later_short_name_are_one_actor() -> None:
    """A titled official and the later short form of the name are one actor with the title's country."""
    body = (
        "Indian Home Minister Rajnath Kumar Singh visited the camp. "
        "Later, Rajnath Singh told reporters that the curfew would stay."
    )
    people = [m for m in actors(body) if m.actor_type == "person"]
    assert [m.text for m in people] == ["Rajnath Kumar Singh", "Rajnath Singh"]
    assert {m.actor_name for m in people} == {"Rajnath Kumar Singh"}
    assert {m.country_iso3 for m in people} == {"IND"}


def test_media_are_sources() -> None:
    """News agencies are the source of information."""
    mentions = actors("Two soldiers were wounded, an official told Reuters, according to Xinhua.")
    roles = {m.actor_name: m.role for m in mentions}
    assert roles["Reuters"] == "source"
    assert roles["Xinhua"] == "source"


def test_claimant_perpetrator_and_target() -> None:
    """Claims of responsibility, attackers and the attacked get their roles."""
    roles = {m.text: m.role for m in actors("The TTP claimed responsibility for the blast.")}
    assert roles["TTP"] == "claimant"
    roles = {m.text: m.role for m in actors("Gunmen shot dead two policemen on the highway.")}
    assert roles["Gunmen"] == "perpetrator"
    assert roles["policemen"] == "target"


def test_who_raped_or_tortured_is_the_perpetrator() -> None:
    """'a militiaman raped a girl', 'tortured by prison wardens': sexual violence and torture are violence, so the
    doer is its perpetrator."""
    roles = {m.text: m.role for m in actors("On Friday a soldier raped a girl who was fetching water by the dam.")}
    assert roles["soldier"] == "perpetrator"
    roles = {m.text: m.role for m in actors("The inmate was tortured by prison guards before his death.")}
    assert roles["prison guards"] == "perpetrator"
    # (the noun names no doer: a death that "followed torture at a regime jail" leaves the regime's part untold)
    body = "The detainee's death followed torture at a regime jail, his brother said."
    roles = {m.text: m.role for m in actors(body)}
    assert roles.get("regime") != "target"


def test_who_was_taken_into_custody_is_the_target() -> None:
    """'Three suspected rebels were taken into custody', 'troops took two rebels into custody': an arrest told
    without 'arrest', whose object is its target and whose subject did it."""
    roles = {m.text: m.role for m in actors("Three suspected rebels were taken into custody near the bridge.")}
    assert roles["rebels"] == "target"
    roles = {m.text: m.role for m in actors("Troops took two suspected rebels into custody at dawn.")}
    assert roles == {"Troops": "perpetrator", "rebels": "target"}


def test_the_side_fired_at_is_the_target() -> None:
    """'opened fire at the police': the police are the target, the gunmen the perpetrator."""
    roles = {m.text: m.role for m in actors("Gunmen opened fire at the police outside a mosque in the evening.")}
    assert roles == {"Gunmen": "perpetrator", "police": "target"}


def test_the_side_whose_vehicle_a_blast_hit_is_the_target() -> None:
    """'a mine blew up under an army lorry, killing ...': the army lost the men; no army attacked."""
    roles = {m.text: m.role for m in actors("A buried mine blew up under an army lorry, killing four soldiers.")}
    assert roles == {"army": "target", "soldiers": "target"}
    roles = {m.text: m.role for m in actors("A charge went off behind a police jeep, wounding a sergeant.")}
    assert roles["police"] != "perpetrator"


def test_a_side_that_sustained_injuries_is_the_target() -> None:
    """'Nine soldiers sustained injuries in the ambush': the soldiers were hurt, they hurt no one."""
    roles = {m.text: m.role for m in actors("Nine soldiers sustained injuries in the ambush near the pass.")}
    assert roles == {"soldiers": "target"}


def test_a_witness_or_a_subordinate_clauses_subject_did_not_fire() -> None:
    """'police officers watched two men firing' and 'When police arrived, gunmen opened fire': the police saw or
    came; the shooting is another's."""
    roles = {m.text: m.role for m in actors("Police officers watched two men firing at a bus stop.")}
    assert roles["Police officers"] is None
    roles = {m.text: m.role for m in actors("When police arrived, gunmen opened fire, killing two officers.")}
    assert roles["police"] is None and roles["gunmen"] == "perpetrator"


def test_kind_nouns_take_the_article_country() -> None:
    """'police' is coded to the country the article is about."""
    found = names("Police in Nepal detained six students. The police later released them.")
    assert found["police"] == "Police Forces of Nepal"


def test_lower_cased_text_still_finds_catalogue_actors() -> None:
    """Articles that lost their capitals still give catalogue actors, but no guessed names."""
    found = names("the bsf and the crpf launched a joint operation against maoists in the district.")
    assert found["bsf"] == "Police Forces of India Border Security Force"
    assert found["maoists"] == "CPI (Maoist): Communist Party of India (Maoist)"


def test_the_railway_protection_force_is_india_s_police() -> None:
    """'RPF' in Indian news is the Railway Protection Force, a police unit, not a rebel front."""
    found = names("RPF personnel guarded the platform at the station in Vadodara on Sunday.")
    assert found["RPF"] == "Police Forces of India Railway Protection Force"


def test_pronoun_refers_to_the_last_named_person() -> None:
    """'he' takes the name of the person named just before."""
    mentions = actors("Police chief Anil Verma visited the site. He said the area was safe.")
    he = next(m for m in mentions if m.text == "He")
    assert he.actor_name == "Anil Verma"


def test_object_pronoun_never_names_its_own_clause_subject() -> None:
    """'them' after a verb is not the clause's subject: not the police who fired, not the mediators."""
    fired = actors("Maoist rebels were seen near the camp. Police fired at them on Sunday.")
    assert next(m for m in fired if m.text == "them").actor_name == "CPI (Maoist): Communist Party of India (Maoist)"
    talks = actors("Tensions between Iran and the Houthis remain high. Norway and Oman mediate the talks between them.")
    them = next(m for m in talks if m.text == "them")
    assert them.actor_name not in ("Government of Norway", "Government of Oman")


def test_object_pronoun_after_a_clause_opener_may_name_the_earlier_subject() -> None:
    """'The militants said police had beaten them': after the verb of saying, 'them' are the militants."""
    mentions = actors("Taliban fighters said police had beaten them.")
    assert next(m for m in mentions if m.text == "them").actor_name == "Taliban"


def test_object_pronoun_of_an_infinitive_follows_who_does_it() -> None:
    """'to scatter them' is done by the sentence's subject, 'asked police to protect them' by the police."""
    purpose = actors("Maoist rebels gathered near the camp. Police used batons to scatter them.")
    assert next(m for m in purpose if m.text == "them").actor_name.startswith("CPI (Maoist)")
    control = actors("Maoist rebels surrendered on Sunday. They asked police to protect them.")
    assert next(m for m in control if m.text == "them").actor_name.startswith("CPI (Maoist)")


def test_a_kind_noun_right_before_a_name_only_describes_it() -> None:
    """'Sudan's paramilitary Rapid Support Forces' is the RSF alone, not also Sudan's army; a verb before a
    name ('protesting HTS policies') is no description of it."""
    found = names("Sudan's paramilitary Rapid Support Forces shelled El Fasher on Wednesday.")
    assert "Military Forces of Sudan" not in found.values()
    assert found["Rapid Support Forces"] == "RSF: Rapid Support Forces"
    rebels = set(names("The Syrian rebel group Jaish al-Islam shelled Damascus.").values())
    assert "Jaysh al Islam" in rebels and "Unidentified Armed Group (Syria)" not in rebels


def test_inter_codes() -> None:
    """ACLED inter codes from names; a state's forces abroad are external (8)."""
    assert inter_code("Protesters (India)") == 6
    assert inter_code("Rioters (Nepal)") == 5
    assert inter_code("Civilians (Mexico)") == 7
    assert inter_code("Unidentified Armed Group (Syria)") == 3
    assert inter_code("TTP: Tehreek-i-Taliban Pakistan") == 2
    assert inter_code("Military Forces of Pakistan", "PAK") == 1
    assert inter_code("Military Forces of Pakistan", "IND") == 8
    assert inter_code("Police Forces of the Philippines") == 1
    assert inter_code("Reuters") is None


def test_country_with_a_stance_noun_acts() -> None:
    """ "the UK's commitment" and "U.S. airstrikes" make the country an actor."""
    found = names("The minister reiterated the UK's commitment to the talks.")
    assert found["UK"] == "Government of the United Kingdom"
    assert (
        names("Two U.S. airstrikes hit the depot.")["U.S. airstrikes"]
        == "Military Forces of the United States of America"
    )


def test_plural_demonym_is_a_group_of_people() -> None:
    """ "Syrians" used as a noun is a group of Syrian people; the adjective alone is not an actor."""
    assert names("Thousands of Syrians crossed the border.")["Syrians"] == "Civilians (Syria)"
    assert "Syrian" not in names("The Syrian economy shrank again.")


def test_listed_nationalities_share_the_kind_noun() -> None:
    """ "Indian and Pakistani troops" and "Turkish and Russian forces" are two state forces each."""
    found = {m.actor_name for m in actors("Indian and Pakistani troops exchanged fire overnight.")}
    assert {"Military Forces of India", "Military Forces of Pakistan"} <= found
    found = {m.actor_name for m in actors("Turkish and Russian forces drove through the town on a joint patrol.")}
    assert {"Military Forces of Turkey", "Military Forces of Russia"} <= found


def test_of_phrase_completes_an_organisation_name() -> None:
    """ "Qatar Ministry of Foreign Affairs" is one mention of Qatar's government, not a person."""
    mentions = actors("The photo was released by the Qatar Ministry of Foreign Affairs on Sunday.")
    assert [(m.text, m.actor_name) for m in mentions] == [("Qatar Ministry of Foreign Affairs", "Government of Qatar")]


def test_nationality_before_strikes_or_shelling_names_its_military() -> None:
    """'Israeli strikes', 'Russian shelling': the state's military; a bare 'strikes' names no one."""
    names = {a.actor_name for a in actors("Israeli strikes killed 31 people in Rafah overnight.")}
    assert "Military Forces of Israel" in names
    assert "Military Forces of Russia" in {a.actor_name for a in actors("Russian shelling hit Kharkiv on Monday.")}
    assert "Military Forces of Russia" in {a.actor_name for a in actors("Russian missiles hit Odesa on Monday.")}
    assert not actors("Strikes hit the city overnight.")


def test_the_dead_of_an_intransitive_verb_are_targets() -> None:
    """'two policemen died in the attack', 'lost their lives': the dead are its victims, whatever noun follows."""
    roles = {m.text: m.role for m in actors("Two policemen died in the attack on a checkpoint.")}
    assert roles["policemen"] == "target"
    roles = {m.text: m.role for m in actors("Two soldiers succumbed to their wounds after the ambush.")}
    assert roles["soldiers"] == "target"
    roles = {m.text: m.role for m in actors("A policeman and three civilians lost their lives in the attack.")}
    assert roles == {"policeman": "target", "civilians": "target"}


def test_world_media_have_no_home_country() -> None:
    """A wire service reports from everywhere: 'Reuters' carries no country, a national outlet does."""
    found = {m.actor_name: m.country_iso3 for m in actors("Reuters and Dawn reported the blast.")}
    assert found == {"Reuters": None, "Dawn": "PAK"}


def test_a_district_s_name_is_no_person() -> None:
    """'in Lakki Marwat' names a district, not a person (two capitalised words of a known division)."""
    assert "Lakki Marwat" not in {m.text for m in actors("Four policemen were killed in Lakki Marwat on Monday.")}


def test_a_town_named_after_its_noun_is_no_person() -> None:
    """'stormed the town of Pont-Sonde', 'the villages of Zike, Kimakpa and Kpachudu': places named after "town
    of" or in a list that starts there, not persons."""
    assert "Pont-Sonde" not in {m.text for m in actors("Gang members stormed the town of Pont-Sonde, killing 70.")}
    found = {m.text for m in actors("Gunmen attacked the villages of Zike, Kimakpa and Kpachudu, killing 23.")}
    assert not {"Kimakpa", "Kimakpa and Kpachudu", "Kpachudu"} & found


def test_a_speaker_telling_of_its_own_attack_claims_it() -> None:
    """'the rebels said they had killed four policemen': the rebels claim the attack, they do not only report."""
    roles = {m.text: m.role for m in actors("The Taliban said they had killed four policemen at a checkpoint.")}
    assert roles["Taliban"] == "claimant"
    roles = {m.text: m.role for m in actors("Police said two men were shot dead.")}
    assert roles["Police"] == "source"
    roles = {m.text: m.role for m in actors("The Taliban said on Tuesday they had killed 12 soldiers.")}
    assert roles["Taliban"] == "claimant"  # a day told between the saying and the claim


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Jihadists killed 28 people including 11 soldiers in two attacks.", {"Jihadists": "perpetrator",
                                                                            "soldiers": "target"}),
        ("Police found the bodies of four men in a ditch.", {"Police": "source"}),
        ("Troops in Sagaing recovered the bodies of five men on Sunday.", {"Troops": "source"}),
        ("Soldiers recovered the bodies of six villagers killed by gunmen.", {"Soldiers": "source",
                                                                             "villagers": "target",
                                                                             "gunmen": "perpetrator"}),
        ("A soldier was killed by suspected Waziristan militants near the border.", {"soldier": "target",
                                                                                "militants": "perpetrator"}),
        ("Six policemen killed in militants' raid on a border post", {"policemen": "target"}),
        ("6 TTP and LeI fighters killed in jet strikes by the air force", {"TTP": "target"}),
        ("Jihadists killed at least 20 civilians during a raid on a hamlet.", {"civilians": "target"}),
        ("Militants killed more than 30 soldiers in an attack on the base.", {"soldiers": "target"}),
        ("No group claimed the attack, but the al Qaeda-affiliated JNIM is active in the area.",
         {"al Qaeda": None}),
        ("Police shot and killed a gunman at the checkpoint.", {"Police": "perpetrator", "gunman": "target"}),
        ("Troops neutralised 23 terrorists in Borno last week.", {"Troops": "perpetrator", "terrorists": "target"}),
        ("Police spokesman Yazid Abubakar confirmed the attack on the village.", {"Police": "source"}),
        ("The blast killed 14 people, among them four policemen, and wounded 32.", {"policemen": "target"}),
        ("Army soldiers shot dead up to 12 traders at the cattle market.", {"Army soldiers": "perpetrator"}),
    ],
)
def test_roles_in_lists_findings_and_headline_grammar(body: str, expected: dict[str, str]) -> None:
    """Victims listed after 'including', finders of bodies, agents after a proper name, and bare
    participles of headlines ('policemen killed in attack') get the roles they play."""
    roles = {m.text: m.role for m in actors(body)}
    assert {text: roles.get(text) for text in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A youth died in police firing near the bus stand.", {"police": "perpetrator"}),
        ("Three soldiers died in a Taliban attack on Monday.", {"soldiers": "target", "Taliban": "perpetrator"}),
        ("Three protesters died in the army's operation near the border.", {"army": "perpetrator"}),
        ("Rebels sought a court hearing on the police firing in which a farmer was killed.", {"police": "perpetrator"}),
        ("A Thai military air strike on the camp on Friday killed six fighters.", {"Thai military air strike":
                                                                                 "perpetrator"}),
        ("Two men died in an attack on police in the market.", {"police": "target"}),
        ("Three soldiers, four militants killed in shootout in Pulwama", {"soldiers": "target", "militants": "target"}),
        ("Gunmen ambushed 3 local policemen at a checkpoint, killing them all.", {"policemen": "target"}),
        ("The VHP wants a judge to look at the police firing in which a farmer was killed.", {"VHP": None}),
        ("Farhan Kabir, another atheist writer hacked to death in Sylhet on Friday.", {"Farhan Kabir": "target"}),
        ("Mobs hacked to death two men in the village.", {"Mobs": "perpetrator"}),
        ("A bus driver was shot to death near the Alvorada market by three armed men.", {"armed men": "perpetrator"}),
        ("Two suspected insurgents died after an encounter with police near Multan.", {"police": "perpetrator"}),
        ("Troops pounded militant hideouts with jets, killing five.", {"Troops": "perpetrator"}),
        ("The military pounded militant hideouts with jets, killing five.", {"military": "perpetrator"}),
        ("Four policemen shot dead in eastern Afghanistan", {"policemen": "target"}),
        ("Police shot dead two robbers in the market.", {"Police": "perpetrator", "robbers": "target"}),
        ("Sixty volunteers were detained by the railway police on the platform.", {"police": "perpetrator"}),
        ("The police have rounded up 200 activists headed for the town.", {"police": "perpetrator"}),
    ],
)
def test_the_side_named_before_its_violence_did_it(body: str, expected: dict[str, str]) -> None:
    """An actor qualifying a noun of violence ('police firing', 'a Taliban attack') is its perpetrator;
    victims listed with commas in a headline, or after a modifier ('4 local policemen'), are targets."""
    roles = {m.text: m.role for m in actors(body)}
    assert {text: roles.get(text) for text in expected} == expected


def test_a_force_confirming_the_news_is_its_source() -> None:
    """'Police confirmed the attack' tells the news: the police did not attack."""
    roles = {m.text: m.role for m in actors("Gunmen abducted 40 villagers. Police confirmed the attack.")}
    assert roles["Police"] == "source"


@pytest.mark.parametrize(
    ("body", "accused"),
    [("A drone strike killed a commander on Tuesday, in an attack the group blamed on Israel.", "Israel"),
     ("Police blamed the deadly bombing on the Taliban.", "Taliban"),
     ("Officials blamed the Taliban for the bombing that killed 12 people.", "Taliban"),
     ("Three farmers died in a raid attributed to ADF fighters.", "ADF fighters"),
     ("The ambush was carried out by al-Shabaab, police said.", "al-Shabaab"),
     ("Armed men killed 12 villagers on Sunday, local sources said, blaming the M23 rebels.", "M23 rebels"),
     ("No group claimed the attack, but local leaders blamed Fulani herders, who deny it.", "Fulani herders")],
)
def test_the_accused_of_an_attack_is_its_perpetrator(body: str, accused: str) -> None:
    """'blamed (the attack) on X', 'blamed X for', 'attributed to X', 'carried out by X', '..., blaming X.': X
    attacked."""
    roles = {m.text: m.role for m in actors(body)}
    assert roles[accused] == "perpetrator"


def test_the_accuser_is_a_source_not_the_attacker() -> None:
    """'Pakistan blamed the attack on India': Pakistan tells, India's forces are accused."""
    found = {m.text: (m.actor_name, m.role) for m in actors("Pakistan blamed the attack on India.")}
    assert found["Pakistan"][1] == "source"
    assert found["India"] == ("Military Forces of India", "perpetrator")


def test_a_named_militia_is_found_by_its_members() -> None:
    """'Dogon militiamen', 'Dogon militias': the militia catalogued as 'Dogon militia'."""
    assert names("Dogon militiamen attacked the village.")["Dogon militiamen"] == "Dan Na Ambassagou"
    assert names("Clashes with Dogon militias left 12 dead.")["Dogon militias"] == "Dan Na Ambassagou"


def test_we_in_a_quote_is_not_the_last_group_named() -> None:
    """'Gunmen forced their way in. "We lost 17 of our men," he said': "we" are not the gunmen."""
    found = actors('Gunmen forced their way inside the base. "We lost 17 of our men," the captain said.')
    assert all(m.text != "We" for m in found)


def test_they_after_residents_are_the_residents() -> None:
    """'The government denied it. Residents said they heard gunfire': "they" are the residents."""
    found = actors("The government denied the report. Residents said they heard heavy gunfire all night.")
    assert {m.text: m.actor_name for m in found}["they"] == {m.text: m.actor_name for m in found}["Residents"]


def test_a_claim_told_through_a_channel_is_the_speakers() -> None:
    """'X said in a statement on its radio that its fighters had killed 47 soldiers': X claims it."""
    roles = {m.text: m.role for m in actors(
        "Al Shabaab said in a statement on its radio that its fighters had killed 47 soldiers.")}
    assert roles["Al Shabaab"] == "claimant"


def test_we_outside_quotes_is_the_statements_author() -> None:
    """'The Coalition struck 12 targets. We will continue to strike ISIL': a statement's "we" is its author."""
    found = {m.text: m.actor_name for m in actors(
        "The Coalition conducted 12 strikes against ISIL on Monday. We will continue to strike its fighters.")}
    assert found["We"] == found["Coalition"]


def test_the_accused_of_carrying_out_a_killing_is_a_force() -> None:
    """'accused the military of torching huts': 'military' before 'of' + verb is the force."""
    found = names("Rights monitors in Burkina Faso have accused the military of torching the huts of herders.")
    assert found["military"] == "Military Forces of Burkina Faso"
    assert "ministry" not in names("The ministry of defence of Mali said five soldiers were killed.")


def test_the_sudan_people_s_liberation_army_is_south_sudan_s() -> None:
    """'Sudan People's Liberation Army' is South Sudan's army, not China's People's Liberation Army."""
    found = names("Fighting between factions of the Sudan People's Liberation Army left 25 dead in Upper Nile.")
    assert found["Sudan People's Liberation Army"] == "Military Forces of South Sudan"


def test_they_in_a_quote_are_not_the_sources_telling_it() -> None:
    """'Gunmen opened fire, the official told Reuters. "They burned the bus," he said': they are the gunmen."""
    found = {m.text: m.actor_name for m in actors(
        'Gunmen stopped the bus and opened fire, the official told Reuters. "They burned the bus and shot '
        'everyone who tried to run," he said.')}
    assert found["They"] == found["Gunmen"]


def test_a_post_set_ablaze_is_the_target() -> None:
    """'Unknown assailants set ablaze a police post, killing one officer': the police are attacked."""
    roles = {m.text: m.role for m in actors(
        "Unknown assailants set ablaze a police post in Imo state on Tuesday, killing one officer.")}
    assert roles["police"] == "target" and roles["Unknown assailants"] == "perpetrator"


def test_a_coast_guard_is_the_state_s_forces() -> None:
    """'fired upon by the Libyan coast guard': Libya's forces (they had been missed, leaving gunmen)."""
    assert names("At least 17 migrants died after their boat was fired upon by the Libyan coast guard.")[
        "Libyan coast guard"] == "Military Forces of Libya"


def test_a_claim_that_others_harmed_someone_is_a_source_s() -> None:
    """'The Indian army claimed that a farmer was killed by Pakistani shelling': the army tells of it, it claims
    no attack; 'the Taliban claimed that they had killed 12 soldiers' is the Taliban's claim."""
    roles = {m.text: m.role for m in actors(
        "The Indian army claimed on Monday that a farmer was killed in shelling by Pakistani troops near Uri.")}
    assert roles["Indian army"] == "source"
    assert {m.text: m.role for m in actors("The Taliban claimed that they had killed 12 soldiers.")}[
        "Taliban"] == "claimant"


def test_an_actor_speaking_through_a_statement_is_a_source() -> None:
    """'an Indian Army statement said': the army speaks, it takes no part."""
    roles = {m.text: m.role for m in actors('"The shell landed near the school," an Indian Army statement said.')}
    assert roles["Indian Army"] == "source"


def test_they_who_speak_again_are_the_earlier_speakers() -> None:
    """'The Indian army claimed ... by Pakistani troops. They said ...': they are the army that spoke."""
    found = {m.text: m.actor_name for m in actors(
        "The Indian army claimed that a farmer was killed in shelling by Pakistani troops. They said the shell "
        "hit his house near Uri.")}
    assert found["They"] == "Military Forces of India"


def test_former_fighters_are_civilians() -> None:
    """'shot dead three ex-TTP militants', 'a former Taliban commander': civilians to ACLED; 'the former
    Al-Shabaab stronghold' is a place, and the group stays itself."""
    found = [(m.text, m.actor_name) for m in actors("TTP militants shot dead three ex-TTP militants in Bannu, "
                                                    "Pakistan.")]
    assert found[-1] == ("TTP militants", "Civilians (Pakistan)") and found[0][1] != "Civilians (Pakistan)"
    assert names("Troops patrolled the market of Jilib, a former Al-Shabaab stronghold in Somalia.")[
        "Al-Shabaab"] == "Al Shabaab"


def test_a_former_group_is_still_the_group() -> None:
    """'the former FARC rebel group': the rebel noun describes the group, no former member; civilians never."""
    found = names("Dissidents of the former FARC rebel group killed four soldiers in Cauca, Colombia.")
    assert found["FARC rebel group"] != "Civilians (Colombia)"


def test_they_in_a_quote_prefer_the_attackers() -> None:
    """'Gunmen attacked the village, police said. "They took away 20 women," a leader said': the gunmen."""
    found = {m.text: m.actor_name for m in actors(
        'Gunmen attacked the village in Zamfara, police said. "They also took away 20 women," a leader said.')}
    assert found["They"] == found["Gunmen"]


def test_a_country_across_the_border_gives_the_actors_no_country() -> None:
    """'near the Afghan border': the gunmen are not Afghanistan's because the border is named."""
    found = [(m.text, m.country_iso3) for m in actors("Gunmen shot dead a health worker near the Afghan border.")]
    assert found == [("Gunmen", None)]


def test_a_currency_gives_the_actors_no_country() -> None:
    """'angry at the soaring US dollar exchange rate': the troops who dispersed the crowd are not America's."""
    found = dict((m.text, m.country_iso3) for m in actors(
        "Traders angry at the soaring US dollar exchange rate were dispersed by army troops."))
    assert found["army troops"] != "USA"


def test_a_name_with_a_hyphened_particle_is_one_person() -> None:
    """'Foreign Minister Ibrahim al-Jaafari', 'Abu Bakr al-Baghdadi': one person each, not two half-names."""
    found = names("Foreign Minister Ibrahim al-Jaafari said on Monday that talks would resume.")
    assert found.get("Ibrahim al-Jaafari") == "Ibrahim al-Jaafari"
    assert "Jaafari" not in found


def test_an_unnamed_office_is_its_government() -> None:
    """'the Iraqi foreign minister said' is the Government of Iraq; 'Prime Minister Nawaz Sharif' is the person,
    not a second mention of the government; lower-case 'the home minister said' is the government, 'prime minister
    atal sen said' the person."""
    assert names("The Iraqi foreign minister said the border would open.")["Iraqi foreign minister"] == (
        "Government of Iraq")
    assert "Prime Minister" not in names("Prime Minister Nawaz Sharif visited Quetta on Monday.")
    found = names("ahmedabad: the home minister of gujarat said on monday that the army would stay in the city.")
    assert (found.get("home minister") or "").startswith("Government")
    assert "prime minister" not in names("new delhi: prime minister atal sen said the army would stay in gujarat.")


def test_a_state_s_firing_named_by_its_nationality_is_its_military() -> None:
    """'Indian firing across the border wounded a shepherd': the Indian military's fire; bare 'firing' names no one."""
    found = names("Indian firing on the Line of Control wounded a shepherd on Monday, Pakistani officials said.")
    assert found["Indian firing"] == "Military Forces of India"
    assert "firing" not in names("Heavy firing was heard in the old city on Monday night.")


def test_an_official_condemning_an_attack_did_not_carry_it_out() -> None:
    """'Prime Minister Nawaz Sharif condemned the attack, which killed 12 people': he reacts to the violence, he is
    no perpetrator; neither is the minister who 'deplored' it."""
    roles = {m.text: m.role for m in actors("Prime Minister Nawaz Sharif condemned the attack in Quetta, which "
                                            "killed 12 people.")}
    assert roles["Nawaz Sharif"] == "source"
    roles = {m.text: m.role for m in actors("The interior minister deplored the bombing, which killed 12 people.")}
    assert roles["interior minister"] == "source"


def test_a_name_after_in_or_near_or_before_neighborhood_is_a_place_not_a_person() -> None:
    """'found dead in Colonia El Mirador', 'shots near Staro Selo', 'a shoot-out in Vila Bonita neighborhood':
    unknown capitalised names in a location's slot are places, no actor; a possessive ('in Omar Khalid's
    house') and a name elsewhere ('gunmen shot dead Omar Khalid') stay persons."""
    assert names("A taxi driver was found dead in Colonia El Mirador on Monday.") == {}
    assert names("Observers heard 12 shots near Staro Selo.") == {}
    assert names("A shoot-out was heard in Vila Bonita neighborhood.") == {}
    assert names("Hundreds rallied outside the Quetta Press Club on Friday.") == {}  # "outside the ..."
    assert "Omar Khalid" in names("The body was found in Omar Khalid's house.")
    assert names("Gunmen shot dead Omar Khalid in the market.")["Omar Khalid"] == "Omar Khalid"


def test_officials_who_say_or_tell_are_sources() -> None:
    """'Kenyan police say gunmen have shot dead a chief' (the present tense, as wire copy writes it): the police
    tell the news, the gunmen attacked; 'troops say kill six rebels' (a headline) is the troops' claim."""
    roles = {m.text: m.role for m in actors("Kenyan police say gunmen have shot dead a chief in Garissa.")}
    assert roles["Kenyan police"] == "source" and roles["gunmen"] == "perpetrator"
    roles = {m.text: m.role for m in actors("Somali troops say kill six al-Shabaab fighters")}
    assert roles["Somali troops"] == "claimant"


def test_a_speaker_placed_before_the_verb_of_saying_is_a_source() -> None:
    """'Police in Kabul said gunmen killed two people': the police tell, the gunmen killed, and Kabul is the
    police's place, no person; 'in their states' names a place, not the verb 'states'."""
    found = {m.text: m for m in actors("Police in Kabul said gunmen killed two people.")}
    assert found["Police"].role == "source" and found["gunmen"].role == "perpetrator"
    assert "Lahore" not in names("Police in Lahore said the army fired first.")
    roles = {m.text: m.role for m in actors("Landmine kills 2 soldiers in North Waziristan, says official")}
    assert roles["soldiers"] == "target"  # the comma ends the place: the official says
    roles = {m.text: m.role for m in actors("The council urged states to ban the Bajrang Dal in their states.")}
    assert roles["Bajrang Dal"] != "source"


def test_speakers_joined_by_and_are_sources() -> None:
    """'..., killing 23 people and abducting dozens of others, police and residents said': both tell the news;
    'killed two soldiers and wounded three' keeps the soldiers targets."""
    body = "Gunmen stormed a village, killing 23 people and abducting dozens of others, police and residents said."
    roles = {m.text: m.role for m in actors(body)}
    assert roles["police"] == "source" and roles["residents"] == "source" and roles["Gunmen"] == "perpetrator"
    roles = {m.text: m.role for m in actors("Gunmen killed two soldiers and wounded three, officials said.")}
    assert roles["soldiers"] == "target"


def test_a_countrys_red_cross_is_its_national_society() -> None:
    """'the Kenya Red Cross said' is Kenya's national society, not the ICRC; 'the Red Cross' alone stays the ICRC."""
    found = {m.text: m for m in actors("At least 12 people were injured, the Kenya Red Cross said.")}
    assert found["Kenya Red Cross"].actor_name == "Kenya Red Cross"
    assert found["Kenya Red Cross"].country_iso3 == "KEN"
    assert names("The Red Cross said 12 people were injured.")["Red Cross"].startswith("ICRC")


def test_a_short_form_before_fighters_is_the_group_in_lower_case_text() -> None:
    """'killed 9 is militants' in a lower-cased story is the Islamic State; 'the village is members only' is a
    verb."""
    body = ("on 12 may 2020, iraqi troops killed 9 is militants in salahuddin province, officials said. the operation "
            "followed weeks of raids on farms near the river, residents said.")
    assert "Islamic State" in names(body)["is militants"]
    assert not [m for m in actors("the village club is members only, and everyone knows it, the owner said.")
                if m.text == "is"]


def test_a_group_described_as_backed_is_still_the_victim_s() -> None:
    """'killed a senior commander of the Iran-backed Kataib Hezbollah': the group is the target."""
    roles = {m.text: m.role for m in actors(
        "A drone strike killed a senior commander of the Iran-backed Kataib Hezbollah in Baghdad.")}
    assert roles["Kataib Hezbollah"] == "target"


def test_the_government_coordinated_with_another_side_is_an_actor() -> None:
    """'between the government and the rebels': a noun, not the adjective of 'government officials'."""
    found = names("A peace agreement was signed between the government and the rebels in Addis Ababa, Ethiopia.")
    assert found.get("government") == "Government of Ethiopia"


def test_the_dead_told_by_kind_are_targets() -> None:
    """'Of the dead, 19 were soldiers', 'Among the dead were six policemen': victims; 'One victim was the
    daughter of a police officer' does not make the officer one."""
    roles = {m.text: m.role for m in actors("Of the dead, 19 were soldiers and six were civilians.")}
    assert roles == {"soldiers": "target", "civilians": "target"}
    assert {m.text: m.role for m in actors("Among the dead were six policemen.")}["policemen"] == "target"
    assert {m.text: m.role for m in actors("One victim was the daughter of a police officer.")}[
        "police officer"] != "target"


def test_those_an_attack_left_dead_are_its_targets() -> None:
    """'a bomb ... leaving 1 soldier dead', 'the attack left ten policemen dead': victims, not attackers."""
    roles = {m.text: m.role for m in actors(
        "The attack, which took place on Sunday evening, left ten policemen dead, officials said.")}
    assert roles["policemen"] == "target"
    roles = {m.text: m.role for m in actors(
        "A bomb buried by militants hit an army truck near the bridge, leaving 1 soldier dead while 2 others were "
        "wounded.")}
    assert roles["soldier"] == "target"


def test_a_country_after_a_place_noun_and_of_is_located() -> None:
    """'strikes on Kurdish-held areas of northeast Syria killed 10': Syria is where, not who killed."""
    assert "Syria" not in names("Turkish drone strikes on Kurdish-held areas of northeast Syria killed 10 people.")


def test_kurdish_led_forces_in_syria_are_the_sdf() -> None:
    """'Kurdish-led forces' in a story from Syria are the SDF, as news calls them there."""
    found = names("Kurdish-led forces said they had arrested 12 Islamic State suspects in a raid near Raqqa, Syria.")
    assert found["Kurdish-led forces"] == "QSD: Syrian Democratic Forces"


def test_a_state_s_counterattack_names_its_forces() -> None:
    """'12 killed in a Ukrainian counterattack': Ukraine's forces did the killing; a bare 'counterattack' is no
    actor."""
    found = {m.text: (m.actor_name, m.role) for m in actors(
        "Five Russian soldiers were captured and 12 killed in a Ukrainian counterattack near Kupiansk.")}
    assert found["Ukrainian counterattack"] == ("Military Forces of Ukraine", "perpetrator")
    assert not names("The counterattack killed 12 soldiers.").keys() - {"soldiers"}


def test_finders_placed_by_a_longer_phrase_are_sources() -> None:
    """'Police in Mexico's Zacatecas state found the bodies': the police tell of the dead; 'the band said that
    X and Y were found murdered': the found are no finders."""
    roles = {m.text: m.role for m in actors(
        "Police in Mexico's Zacatecas state found the bodies of nine men hanging from a bridge on Tuesday.")}
    assert roles["Police"] == "source"
    roles = {m.text: m.role for m in actors(
        "Police in the state said that Mario Ortega and drummer Luis Cano were found murdered.")}
    assert roles.get("Luis Cano") != "source"


def test_a_police_chief_without_a_name_is_the_police() -> None:
    """'A roadside bomb killed a district police chief': the police were hit; 'Police chief Abdul Rahman said'
    introduces a person."""
    assert names("A roadside bomb killed a district police chief in Helmand, Afghanistan.")["police chief"] == (
        "Police Forces of Afghanistan")
    assert "police chief" not in {m.text.lower() for m in actors("Police chief Abdul Rahman said five were killed.")}


def test_a_nigerian_local_government_area_is_no_government() -> None:
    """'in Bokkos Local Government Area': a place, not the government as an actor."""
    assert "Government" not in names("Gunmen killed 9 people in Bokkos Local Government Area of Plateau State.")


def test_another_country_s_local_name_leaves_its_kind_noun() -> None:
    """'the state police spokesman' in a story from Nigeria: the police (Mexico's State Police is a local name
    there only), who speak, and so does their 'we'."""
    found = [(m.text, m.actor_name, m.role) for m in actors(
        'Gunmen killed 9 people in Plateau, Nigeria. The state police spokesman, Alfred Alabo, said: "We have '
        'deployed a team."')]
    assert ("police", "Police Forces of Nigeria", "source") in found


def test_the_subject_of_a_when_clause_is_no_earlier_verb_s_object() -> None:
    """'eight villagers died and many more were hurt when a band of Boko Haram terrorists stormed the settlement':
    the band attacked."""
    roles = {m.text: m.role for m in actors(
        "Eight villagers died and many more were hurt when a band of Boko Haram terrorists riding motorcycles "
        "stormed the settlement.")}
    assert roles["Boko Haram terrorists"] != "target"


def test_the_group_of_the_victims_an_active_verb_governs_is_a_target() -> None:
    """'killing two fighters of the Kurdish-led Syrian Democratic Forces and wounding a third': the SDF were hit,
    whatever verb of violence follows."""
    roles = {m.text: m.role for m in actors("A Turkish drone strike hit a vehicle on Sunday, killing two fighters of "
                                             "the Kurdish-led Syrian Democratic Forces and wounding a third.")}
    assert roles["Syrian Democratic Forces"] == "target"


def test_a_people_coordinated_with_a_force_is_no_second_force() -> None:
    """"clashes between Syrians and Turkish forces": the Syrians are people, not "Syrian [forces]"."""
    found = {m.actor_name for m in actors("Clashes erupted between Syrians and Turkish forces near the crossing.")}
    assert "Military Forces of Turkey" in found and "Military Forces of Syria" not in found


def test_the_side_whose_positions_were_hit_is_the_target() -> None:
    """"shelled the positions of the rebels": the rebels are the target; positions merely named are not."""
    roles = {m.text: m.role for m in actors("The army shelled the positions of the rebels near Kadugli.")}
    assert roles["rebels"] == "target"
    assert {m.text: m.role for m in actors("The minister visited the positions of the army.")}.get("army") != "target"


def test_al_qaeda_s_iraqi_branch_is_its_own_group() -> None:
    """"al-Qaida in Iraq" and "AQI" name Al Qaeda in Iraq, not the parent group."""
    found = [(m.text, m.actor_name) for m in actors("The leader of al-Qaida in Iraq was killed near Baquba in 2006.")]
    assert ("al-Qaida in Iraq", "AQI: Al Qaeda in Iraq") in found
    assert [m.actor_name for m in actors("AQI fighters attacked a checkpoint in Ramadi.")] == ["AQI: Al Qaeda in Iraq"]


def test_a_military_post_under_attack_names_the_military() -> None:
    """"attacked a military position" names the forces holding it as the target; "built a new military post"
    names no one."""
    roles = {(m.text, m.role) for m in actors("Militants attacked a military position near Goniri on Sunday.")}
    assert ("military", "target") in roles
    assert [m.text for m in actors("Engineers built a new military post near the village.")] == []


def test_congress_workers_are_india_s_congress_party() -> None:
    """"Youth Congress workers protested" names India's Congress party, whose country places the protest;
    "Congress" alone (a legislature anywhere) names no party."""
    body = "Youth Congress workers protested outside the collectorate."
    assert "INC: Indian National Congress" in {m.actor_name for m in actors(body)}
    incident = analyse(ArticleText("c", body, None, None)).incident
    assert incident.country_iso3 == "IND"
    assert "INC: Indian National Congress" not in {m.actor_name for m in actors("Congress passed the budget bill.")}


def test_capitalised_runs_joined_by_of_are_no_persons() -> None:
    """'the Line of Control' is a place and 'the Book of Revelation' a text, not people; 'University of Mosul' is
    an organisation."""
    found = {m.text: m.actor_type for m in actors(
        "Troops were deployed along the Line of Control. He quoted the Book of Revelation at the University of Mosul.")}
    assert "Line of Control" not in found and "Book of Revelation" not in found
    assert found.get("University of Mosul") == "organisation"


def test_pakistani_taleban_spelling_is_the_ttp() -> None:
    """'Pakistan Taleban' (a wire spelling) is the Pakistani Taliban, not the Afghan Taliban."""
    assert {m.text: m.actor_name for m in actors("Pakistan Taleban claim responsibility for the attack.")} == {
        "Pakistan Taleban": "TTP: Tehreek-i-Taliban Pakistan"}


def test_capitalised_days_titles_and_units_are_no_persons() -> None:
    """'World Press Freedom Day', 'Geo Group Editor' (though it speaks), 'Minbya Township' and 'the Lahore Press
    Club' (a venue) name no person; 'the Punjab Roadways' is an organisation."""
    found = {m.text: m.actor_type for m in actors(
        "Journalists rallied at the Lahore Press Club on World Press Freedom Day, Geo Group Editor told reporters. "
        "Troops shelled Minbya Township. Punjab Roadways staff walked out over unpaid wages.")}
    assert not {"World Press Freedom Day", "Geo Group Editor", "Minbya Township", "Lahore Press Club"} & {
        t for t, kind in found.items() if kind == "person"}
    assert found.get("Punjab Roadways") == "organisation"


def test_fighters_qualified_by_their_cause_are_an_armed_group() -> None:
    """'Jihadist fighters killed 23 soldiers', 'Islamist fighters attacked': the fighters act; 'Baloch separatist
    fighters' in Pakistan are the Baloch separatists, not Cameroon's Ambazonians."""
    found = {m.text: (m.actor_type, m.role) for m in actors("Jihadist fighters killed 23 soldiers near the base.")}
    assert found["Jihadist fighters"][1] == "perpetrator"
    result = analyse(ArticleText("t", "Baloch separatist fighters attacked a convoy in Turbat, killing two soldiers.",
                                 None, None))
    assert result.incident.actor1 == "Baloch Separatists (Pakistan)"


def test_the_agent_of_another_participle_is_no_perpetrator() -> None:
    """'an air strike on a neighbourhood held by Islamic State': the group holds the neighbourhood, it did not strike;
    'a bombing claimed by the Taliban' is the Taliban's."""
    held = {m.text: m.role for m in actors("A dozen residents were killed by a coalition air strike on a neighbourhood "
                                           "held by Islamic State.")}
    assert held["Islamic State"] != "perpetrator"
    claimed = {m.text: m.role for m in actors("Five men died in a bombing claimed by the Taliban.")}
    assert claimed["Taliban"] == "perpetrator"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Unknown gunmen who killed five villagers on Sunday fled into the forest.",
         {"Unknown gunmen": "perpetrator", "villagers": "target"}),
        ("The Taliban, who shot two policemen in Kunduz, said they would keep fighting.", {"Taliban": "perpetrator"}),
        ("Four soldiers who were killed in the ambush were buried on Monday.", {"soldiers": "target"}),
    ],
)
def test_a_relative_clause_of_harm_gives_its_antecedent_s_role(body: str, expected: dict[str, str]) -> None:
    """'gunmen who killed five': the gunmen did it; 'soldiers who were killed': they were its victims."""
    roles = {m.text: m.role for m in actors(body)}
    assert {text: roles.get(text) for text in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Gunmen burst into the constable's house and killed the constable and his brother.",
         {"Gunmen": "perpetrator"}),
        ("Gunmen ambushed Deputy Superintendent Tariq Mehmood outside his office and killed him.",
         {"Gunmen": "perpetrator", "Tariq Mehmood": "target"}),
    ],
)
def test_an_owner_of_a_thing_and_a_titled_object_are_no_doers(body: str, expected: dict[str, str]) -> None:
    """'the constable's house and killed': the owner of the house is no subject of 'killed'; a name after a title
    that a verb of violence governs ('ambushed Deputy Superintendent Tariq Mehmood') is its target."""
    found = actors(body)
    roles = {m.text: m.role for m in found}
    assert {text: roles.get(text) for text in expected} == expected
    assert not [m for m in found if m.text == "constable" and m.role == "perpetrator"]


def test_cjtf_is_nigeria_s_civilian_task_force_only_where_the_story_is_nigerian() -> None:
    """'CJTF members repelled an attack on Konduga, Borno' is Nigeria's Civilian JTF; 'the CJTF said in its daily
    update' of a strike near Raqqa, Syria is the coalition's Combined Joint Task Force, no Nigerian militia."""
    nigerian = "CJTF members repelled a Boko Haram attack on Konduga, Borno, killing three insurgents."
    assert "CJTF: Civilian Joint Task Force" in {m.actor_name for m in actors(nigerian)}
    syrian = "Coalition jets bombed an oil depot near Raqqa, Syria, the CJTF said in its daily update."
    assert "CJTF: Civilian Joint Task Force" not in {m.actor_name for m in actors(syrian)}


def test_a_torch_light_procession_is_a_protest_not_a_riot() -> None:
    """'staged a torch-light procession': the marchers are protesters; 'torched shops' makes rioters."""
    incident = analyse(ArticleText("t", "About 200 teachers staged a torch-light procession in the town.", None,
                                   None)).incident
    assert (incident.actor1, incident.event_type) == ("Protesters", "Protests")
