"""The incident's country, admin1 and location, from sentences we wrote for the purpose."""

from __future__ import annotations

from pipeline.extract.actors import extract_actors
from pipeline.extract.gazetteer import fold, gazetteer
from pipeline.extract.place_context import context_weight
from pipeline.extract.place_mentions import find_places, mostly_lower_case
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention


def country(text: str, actors: list[ActorMention] | None = None) -> str | None:
    return incident_place(split_sentences(text), actors or [])[0]


def country_of_story(body: str) -> str | None:
    """The incident's country, with the actors the body names."""
    sentences = split_sentences(body)
    return incident_place(sentences, extract_actors(body, sentences))[0]


def test_country_named() -> None:
    """A country named as the place of the incident is its country."""
    assert country("Two people were killed in Mali on Sunday.") == "MLI"


def test_town_and_division_without_country() -> None:
    """Coder notes name a town and its division only; the gazetteer supplies the country."""
    assert country("On 3 June, militants attacked a checkpoint in Kandahar.") == "AFG"
    assert country("On 11 August, shopkeepers rallied over power cuts in Multan city (Multan, Punjab).") == "PAK"


def test_ambiguous_division_resolved_by_other_places() -> None:
    """'Punjab' is India's when an Indian town is named beside it, Pakistan's beside a Pakistani one."""
    assert country("Farmers blocked a highway near Ludhiana, Punjab.") == "IND"
    assert country("Farmers blocked a highway near Faisalabad, Punjab.") == "PAK"


def test_georgia_state_and_country() -> None:
    """'Georgia' is the country alone, the US state when an American city is named with it."""
    assert country("Protesters marched in Tbilisi, Georgia.") == "GEO"
    assert country("Protesters marched in Atlanta, Georgia.") == "USA"


def test_state_named_like_a_country() -> None:
    """'Niger state' (in any case) is Nigeria's state; 'Niger' alone is the country."""
    assert country("Gunmen killed 23 miners at a gold mine in Niger state.") == "NGA"
    assert country("Gunmen killed 23 miners at a gold mine in Niger State.") == "NGA"
    assert country("Gunmen killed 23 miners at a gold mine in western Niger.") == "NER"


def test_actor_country_is_not_the_place() -> None:
    """'Forces of Armenia' fired on a place in Azerbaijan: the place's country wins."""
    text = "Artillery of the forces of Armenia struck a farm outside Tovuz, Azerbaijan, at dawn."
    assert country(text) == "AZE"


def test_border_country_is_not_the_place() -> None:
    """A country across the border from the incident is not its country."""
    assert country("Raiders drove off 200 cattle outside Diffa, along the border with Nigeria.") == "NER"


def test_currency_is_not_a_place() -> None:
    """'US dollar' does not put an incident in the United States."""
    text = "Traders protested against the fall of the local currency against the US dollar in Beirut."
    assert country(text) == "LBN"


def test_common_words_and_names_are_not_places() -> None:
    """Lower-case words and capitalised common words or given names do not fire as towns."""
    table = gazetteer()
    assert not find_places(table, "the police said reading was banned on the line")
    found = [m.text for m in find_places(table, "Police Line Hassan said he would come.")]
    assert "Line" not in found and "Hassan" not in found


def test_name_inside_longer_name_is_partial() -> None:
    """A town name inside a longer capitalised name is flagged partial."""
    mentions = find_places(gazetteer(), "He met the Kabul University Chancellor on Monday.")
    assert [m.partial for m in mentions if m.text == "Kabul"] == [True]


def test_demonym_place_noun() -> None:
    """'The Somali capital' places the incident in Somalia, not in Ethiopia's Somali Region."""
    assert country("Gunmen opened fire at a football pitch in the Somali capital on Friday evening.") == "SOM"


def test_actors_decide_without_places() -> None:
    """With no place named, the actors' countries decide."""
    actor = ActorMention(0, 3, "BNP", "BNP: Bangladesh Nationalist Party Militia", "political_militia", "BGD")
    assert country("Party activists torched a bus on Monday.", [actor]) == "BGD"
    assert country("Party activists torched a bus on Monday.") is None


def test_local_common_noun_is_no_evidence() -> None:
    """'militiamen', a form that is Brazil's police militias only in Brazil, does not place a text
    that names no country in Brazil; an acronym of the same kind still does."""
    militia = ActorMention(
        12, 22, "militiamen", "Unidentified Gang and/or Police Militia", "political_militia", "BRA", generic=True
    )
    assert country("At night, militiamen set fire to a hut, killing a woman.", [militia]) is None
    tmf = ActorMention(8, 11, "TMF", "TMF: Tribal Mobilization Forces", "political_militia", "IRQ", generic=True)
    assert country("Gunmen, TMF fighters said, killed two men.", [tmf]) == "IRQ"


def test_admin1_and_location() -> None:
    """The first town named is the location and its division the admin1."""
    _, admin1, location = incident_place(
        split_sentences("On 2 May, police dispersed a rally in Rawalpindi (Rawalpindi, Punjab)."), []
    )
    assert location == "Rawalpindi"
    assert admin1 == "Punjab"


def test_lower_case_text() -> None:
    """All-lower-case articles still yield countries, divisions and big cities."""
    text = "ahmedabad: the police fired tear gas at a mob in the old city of gujarat's largest town."
    assert mostly_lower_case(text)
    assert country(text) == "IND"


def test_a_short_line_without_capitals_is_read_as_lower_case() -> None:
    """'two killed in blast at kenya market': a headline too short to judge by its share of capitals, but with
    none at all, is lower-cased text and its country is found; a short capitalised line is not."""
    assert mostly_lower_case("two killed in blast at kenya market")
    assert country("two killed in blast at kenya market") == "KEN"
    assert not mostly_lower_case("Two killed in blast at Kenya market")


def test_lower_case_dateline_names_its_place_by_any_name() -> None:
    """'bangalore: ...' opens a story: a small town's name ('ayodhya') counts there, not elsewhere, and a
    page's 'This story is from' line does not make the text look capitalised."""
    text = ("This story is from April 9, 2002  bangalore: hundreds of students on tuesday formed a human chain "
            "to appeal for peace. their teachers walked beside them along the main road.")
    assert incident_place(split_sentences(text), []) == ("IND", "Karnātaka", "Bangalore")
    mid = "a columnist praised the residents of ayodhya for keeping their nerve all week."
    assert incident_place(split_sentences(mid), [])[1:] == (None, None)


def test_division_of_the_town_chosen() -> None:
    """A dateline's town named before the place of the event gives it no division: 'bangalore: ... in
    ahmedabad' is Gujarat's; a division named before any town still is the incident's."""
    text = "bangalore: a crowd attacked a bus in ahmedabad on friday night, the police said."
    assert incident_place(split_sentences(text), []) == ("IND", "Gujarāt", "Ahmedabad")
    _, admin1, location = incident_place(split_sentences("In Borno State, gunmen attacked Konduga town."), [])
    assert (admin1, location) == ("Borno", "Konduga")


def test_a_town_that_names_an_earlier_event_is_no_location() -> None:
    """'protested against the Godhra carnage' in a Surat story: Godhra names the event protested,
    Surat is where the protest was; alone, the named town is still the place."""
    text = "Hundreds of students protested against the Godhra carnage outside the collectorate of Surat."
    assert incident_place(split_sentences(text), [])[1:] == ("Gujarāt", "Surat")
    assert incident_place(split_sentences("The Godhra carnage shook the whole state."), [])[2] == "Godhra"


def test_a_datelines_division_is_where_the_story_was_filed() -> None:
    """'new delhi: ... in ahmedabad': the event is Gujarat's; with no town, the dateline's division stays."""
    text = "new delhi: a mob set fire to shops in ahmedabad on friday, the home ministry said."
    assert incident_place(split_sentences(text), [])[1:] == ("Gujarāt", "Ahmedabad")
    text = "new delhi: the opposition staged a dharna outside the parliament on friday."
    assert incident_place(split_sentences(text), [])[1] == "Delhi"


def test_fold_spellings_meet() -> None:
    """Diacritics, hyphens and apostrophes do not keep spellings apart."""
    assert fold("Deir-ez-Zor") == fold("Deir ez Zor") == "deir ez zor"
    assert fold("Gədəbəy") == "gadabay"
    assert fold("Cox's Bazar") == "coxs bazar"


def test_sea_after_the_is_no_division() -> None:
    """'the Red Sea' and 'the Atlantic' are waters; 'Red Sea State' stays Sudan's division."""
    assert [m.text for m in find_places(gazetteer(), "A ship was hit in the Red Sea.")] == []
    assert [m.text for m in find_places(gazetteer(), "Migrants drowned in the Atlantic.")] == []
    assert country("Dockworkers went on strike at the harbour of Port Sudan, Red Sea State.") == "SDN"
    assert country("Yemen's rebels said they attacked a cargo ship in the Red Sea.") == "YEM"


def test_state_that_fired_is_not_the_place_hit() -> None:
    """'Israel strikes kill 40 in Gaza': the country named as the shooter gives way to the place hit."""
    body = "Israel strikes kill 40 in Gaza, officials say"
    strikes = ActorMention(0, 14, "Israel strikes", "Military Forces of Israel", "state_forces", "ISR", None, 0)
    assert country(body, [strikes]) == "PSE"
    assert country("Israel strikes kill 40") == "ISR"


def test_a_wire_service_is_no_sign_of_the_place() -> None:
    """'According to Reuters, the governor died': no British incident (the wire has no home country)."""
    text = "According to Reuters, the governor died on Monday."
    sentences = split_sentences(text)
    assert country(text, extract_actors(text, sentences)) is None


def test_somalia_s_member_states_are_places_of_their_own() -> None:
    """'Jubaland' is Jubaland, not another state spelled on the same line; 'Galmudug' is known."""
    for name in ("Jubaland", "Galmudug", "Puntland"):
        places = gazetteer().lookup(fold(name))
        assert [(p.name, p.iso3) for p in places] == [(name, "SOM")]


def test_a_form_several_countries_share_is_no_sign_of_the_place() -> None:
    """'UN peacekeepers' (a mission in Mali, in the DR Congo, ...) gives no country by itself."""
    text = "UN peacekeepers were attacked on the road."
    assert country(text, extract_actors(text, split_sentences(text))) is None


def test_a_wire_datelines_town_gives_way_to_the_town_of_the_incident() -> None:
    """'MOGADISHU, May 16 (Reuters) - ... a base in the town of Dhusamareb': the story was filed in
    Mogadishu; the base is in Dhusamareb. With only a region named, the region without a town."""
    def place(body: str) -> tuple[str | None, str | None, str | None]:
        sentences = split_sentences(body)
        return incident_place(sentences, extract_actors(body, sentences))

    assert place("MOGADISHU, May 16 (Reuters) - Militants stormed a military base in the town of Dhusamareb "
                 "on Wednesday, killing 17 soldiers.")[2] == "Dhusamareb"
    assert place("MOGADISHU, May 16 (Reuters) - Militants stormed a military base in Galgaduud region on "
                 "Wednesday.")[1:] == ("Galgaduud", None)
    assert place("MOGADISHU (Reuters) - A car bomb exploded near the parliament on Wednesday, killing nine "
                 "people.")[2] == "Mogadishu"


def test_a_wire_datelines_capital_division_gives_way_to_the_place_of_the_incident() -> None:
    """'KYIV, Ukraine (AP) — ... the city of Kryvyi Rih' (Kyiv is a division of its own): the incident is in
    Kryvyi Rih; 'SANAA, Yemen (AP) — ... in Hodeida province': the division is Hodeidah's."""
    def place(body: str) -> tuple[str | None, str | None, str | None]:
        sentences = split_sentences(body)
        return incident_place(sentences, extract_actors(body, sentences))

    assert place("KYIV, Ukraine (AP) — A missile strike on the city of Kryvyi Rih killed three people and wounded "
                 "nine, officials said.")[1:] == ("Dnipropetrovska oblast", "Kryvyi Rih")
    assert place("SANAA, Yemen (AP) — Air strikes killed 20 people overnight. The strikes hit a fuel depot in "
                 "Hodeida province, the rebels said.")[1] == "Al Ḩudaydah"
    assert place("KYIV, Ukraine (AP) — A drone hit a power plant in the capital overnight.")[1] == "Kyiv City"


def test_a_name_of_several_places_of_one_country_is_the_one_in_the_division_named() -> None:
    """'Bijapur district of Chhattisgarh', 'Chhattisgarh's Bijapur district' (Karnataka has a Bijapur too): the
    town in the division the text names."""
    assert incident_place(split_sentences("Rebels shot dead a village headman in Bijapur district of Chhattisgarh "
                                          "on Sunday night."), [])[1:] == ("Chhattīsgarh", "Bijapur")
    assert incident_place(split_sentences("Rebels shot dead a village headman in Chhattisgarh's Bijapur district "
                                          "on Sunday night."), [])[1:] == ("Chhattīsgarh", "Bijapur")


def test_a_wire_datelines_capital_is_no_place_of_an_incident_in_a_part_of_the_country() -> None:
    """'BEIRUT (Reuters) - An Israeli drone strike ... in southern Lebanon', '... in Colombia's Catatumbo region':
    no division, no town (the capital is where the story was filed); 'MOGADISHU (Reuters) - A car bomb exploded
    near the parliament' stays Mogadishu's."""
    def place(body: str) -> tuple[str | None, str | None, str | None]:
        sentences = split_sentences(body)
        return incident_place(sentences, extract_actors(body, sentences))

    assert place("BEIRUT (Reuters) - An Israeli drone strike on a car in southern Lebanon killed two men on "
                 "Sunday.") == ("LBN", None, None)
    assert place("MOGADISHU (Reuters) - A car bomb exploded near the parliament on Sunday, killing nine "
                 "people.")[2] == "Mogadishu"
    # nor of one in a division the gazetteer lacks, named after its country's possessive
    assert place("BOGOTA (Reuters) - At least 80 people have been killed in clashes in Colombia's Catatumbo region "
                 "since Thursday.") == ("COL", None, None)


def test_a_town_outside_the_division_of_the_incident_is_not_its_location() -> None:
    """'a village in Sennar province ... fighting in Khartoum' (a later sentence): Sennar, no town;
    'Punjab's Lahore city': the division is Punjab (no possessive), the town Lahore."""
    def place(body: str) -> tuple[str | None, str | None, str | None]:
        sentences = split_sentences(body)
        return incident_place(sentences, extract_actors(body, sentences))

    assert place("Fighters attacked a village in Sudan's Sennar province, killing 80 people. The war began "
                 "last year when fighting broke out in Khartoum.")[1:] == ("Sennar", None)
    assert place("Gunmen killed five people in Punjab's Lahore city on Monday.")[1:] == ("Punjab", "Lahore")


def test_an_organisation_s_name_is_no_place() -> None:
    """'according to the Red Cross': the ICRC, not the town of Red Cross in North Carolina."""
    text = "The clashes, which began on Sunday, have left at least 23 dead, according to the Red Cross."
    assert country(text, extract_actors(text, split_sentences(text))) is None


def test_the_division_a_named_area_lies_in_is_located() -> None:
    """'in the Tirah area of Khyber district': Khyber weighs as a located place, like Tirah."""
    text = "Attackers fired at the van in the Tirah area of Khyber district."
    weights = {m.text: context_weight(text, m) for m in find_places(gazetteer(), text)}
    assert weights["Khyber"] == weights["Tirah"] > 1.0


def test_a_building_after_the_or_a_name_after_el_is_no_town() -> None:
    """'outside the Saray and a bank in Halba': the Saray is a building, Halba the town; 'in el Mina' is no
    Mexican town; a town qualifying a noun ('the Quetta press club') or after 'central' stays the town."""
    assert incident_place(split_sentences("Traders gathered outside the Saray and a bank in Halba on Monday."),
                          [])[2] == "Halba"
    assert country("Fishermen blocked the road to the port in el Mina on Monday.") != "MEX"
    assert country("Lawyers gathered at the Quetta press club on Monday.") == "PAK"
    assert country("Dock workers marched through central Thessaloniki on Monday.") == "GRC"


def test_a_row_of_share_buttons_leaves_a_lower_cased_story_lower_cased() -> None:
    """'Facebook Twitter Linkedin Mail' under a short lower-cased story: its places are still read as lower-case."""
    body = ("new delhi: a team of party leaders flew to ahmedabad on tuesday to review relief work in gujarat. they "
            "may also tour vadodara, a spokesman told reporters.\n\nFacebook Twitter Linkedin Mail")
    sentences = split_sentences(body)
    assert incident_place(sentences, extract_actors(body, sentences))[:2] == ("IND", "Gujarāt")


def test_short_opening_sentences_do_not_hide_a_lower_cased_story() -> None:
    """'bangalore: silence.' after the page line: the case is judged on the lead, not on its first few words,
    and the dateline opens the lead."""
    body = ("This story is from April 2, 2002\n\nbangalore: silence. the markets are half empty this week. "
            "shopkeepers say trade has slowed, and families keep phoning cousins in the north to ask if they are safe.")
    assert incident_place(split_sentences(body), []) == ("IND", "Karnātaka", "Bangalore")


def test_a_countrys_founder_does_not_place_the_story() -> None:
    """'jinnah, the founder of pakistan' names a person by his country, not where the Gaya march was."""
    body = ("This story is from April 4, 2002\n\ngaya: teachers and pupils walked through the bazaar on tuesday for "
            "peace. a lecturer warned that riots lent weight to jinnah, the founder of pakistan, and his old claim.")
    assert incident_place(split_sentences(body), [])[:2] == ("IND", "Bihār")


def test_a_country_after_forces_of_weighs_little() -> None:
    """'the forces of Armenia and Azerbaijan', 'the founder of Pakistan': somebody's country, not the place
    (a country after 'in' keeps its full weight)."""
    text = "Shelling by the forces of Armenia and Azerbaijan hit a village in Georgia, said the founder of Pakistan."
    weights = {m.text: context_weight(text, m) for m in find_places(gazetteer(), text)}
    assert weights["Armenia"] < 1.0 and weights["Azerbaijan"] < 1.0 and weights["Pakistan"] < 1.0
    assert weights["Georgia"] >= 1.0


def test_a_wire_storys_credits_name_no_place() -> None:
    """The reporters' names in '(Reporting by John Smith; Editing by Jane Doe)' are no towns: a story that names
    no place keeps no country."""
    body = ("Protesters blocked the main road in both directions on Monday.\n\n"
            "(Reporting by John Smith; Editing by Jane Doe)")
    assert incident_place(split_sentences(body), [])[0] is None


def test_a_division_is_named_as_the_gazetteer_names_it() -> None:
    """'gujarat', 'Gujarat state' and a Gujarat town's division are one admin1, Gujarāt; an alias ('J&K') names its
    division as the division itself is named, so the warehouse groups each division under one name."""
    assert incident_place(split_sentences("gujarat: a mob set fire to two shops on friday, police said."), [])[1] == (
        "Gujarāt")
    assert incident_place(split_sentences("In Gujarat state, a mob set fire to two shops."), [])[1] == "Gujarāt"
    assert incident_place(split_sentences("A mob set fire to two shops in Vadodara."), [])[1] == "Gujarāt"
    assert incident_place(split_sentences("Militants attacked an army camp in J&K on Monday."), [])[1] == (
        incident_place(split_sentences("Militants attacked an army camp in Srinagar on Monday."), [])[1])


def test_a_town_written_in_one_case_is_named_as_elsewhere() -> None:
    """'KABUL (Reuters) -', 'kabul: ...' and 'in Kabul' name one town, Kabul; an old name keeps its own spelling,
    capitalised ('bangalore': Bangalore), and a mixed-case text's spelling stays as written."""
    assert incident_place(split_sentences("KABUL (Reuters) - A bomb went off near the ministry, killing four."),
                          [])[2] == "Kabul"
    assert incident_place(split_sentences("kabul: a bomb went off near the ministry on monday, killing four people "
                                          "and wounding 20, the police said."), [])[2] == "Kabul"
    assert incident_place(split_sentences("bangalore: a mob set fire to a bus on monday, police said."), [])[2] == (
        "Bangalore")
    assert incident_place(split_sentences("A bomb went off in Peshawar on Monday."), [])[2] == "Peshawar"


def test_the_town_the_wounded_were_taken_to_is_not_the_incidents() -> None:
    """'Eleven of the injured were taken to a hospital in Maiduguri': the raid was in Borno's hamlets, not in
    Maiduguri; 'a bomb exploded inside a hospital in Dimapur' stays in Dimapur."""
    body = ("Insurgents burned two hamlets in Borno state on Wednesday, leaving 14 herders dead. "
            "Eleven of the injured were taken to a hospital in Maiduguri.")
    assert incident_place(split_sentences(body), [])[2] is None
    body = "A nurse was hurt when a bomb exploded inside a hospital in Dimapur late on Friday."
    assert incident_place(split_sentences(body), [])[2] == "Dimapur"


def test_a_court_or_university_named_after_a_town_is_not_where_it_happened() -> None:
    """'the appeal heard by the Lucknow High Court' or 'a lecturer of Patna University' do not place a story
    filed from Ayodhya about Ayodhya."""
    body = ("ayodhya: saints met at the temple town on monday and said the appeal heard by the lucknow high court "
            "should be heard daily. a lecturer of patna university also spoke.")
    assert incident_place(split_sentences(body), [])[2] == "Ayodhya"


def test_english_names_of_big_towns_are_read_in_lower_case_text() -> None:
    """'bombay', 'bangalore' and 'hubli' are the towns GeoNames calls Mumbai, Bengaluru and Hubballi, trusted in
    an article written without capitals like their main names."""
    place = incident_place(split_sentences("a mob set fire to three buses in bombay on friday."), [])
    assert place[0] == "IND" and place[1] == "Mahārāshtra"
    place = incident_place(split_sentences("hubli: stones were thrown at a procession in the old town."), [])
    assert place[0] == "IND" and place[1] == "Karnātaka"


def test_a_town_named_with_a_possessive_is_the_town() -> None:
    """'in Kabul's western suburbs': the incident's town is Kabul, not "Kabul's"."""
    text = "Gunmen opened fire on a minibus in Kabul's western suburbs early on Thursday."
    assert incident_place(split_sentences(text), [])[2] == "Kabul"


def test_a_possessive_place_right_before_another_contains_it() -> None:
    """'in Kashmir's Kulgam district', 'in Baghdad's Sadr City': the place is the one named after the possessive."""
    text = "A policeman died in an exchange of fire with militants in Kashmir's Kulgam district late on Friday."
    assert incident_place(split_sentences(text), [])[2] == "Kulgam"
    text = "Mortar rounds landed near a mosque in Baghdad's Sadr City on Tuesday evening."
    assert incident_place(split_sentences(text), [])[2] == "Sadr City"
    text = "A gunman opened fire at Istanbul's Ataturk airport on Tuesday night, wounding two guards."
    assert incident_place(split_sentences(text), [])[2] == "Istanbul"  # a building named after a place


def test_a_region_in_the_headline_gives_way_to_the_district_the_story_names() -> None:
    """'Guard shot dead in Kashmir' (a headline), then 'in north Kashmir's Baramulla district': the district, not the
    region, and not the dateline's town."""
    text = ("Guard shot dead in Kashmir\n\nSRINAGAR: A bank guard was shot dead by two gunmen in north Kashmir's "
            "Baramulla district on Monday, police said.")
    assert incident_place(split_sentences(text), [])[2] == "Baramulla"


def test_a_district_after_its_state_s_possessive_beats_the_dateline_town() -> None:
    """'DHANBAD: ... in Jharkhand's Latehar district': the district the story places it in, not the dateline's town."""
    text = "DHANBAD: Two traders were shot dead in Jharkhand's Latehar district on Sunday night, police said."
    assert incident_place(split_sentences(text), [])[2] == "Latehar"


def test_where_refugees_fled_is_not_the_incident_s_country() -> None:
    """'crossed into Uganda after clashes in North Kivu', 'fled into neighbouring Chad ... in Darfur': the fighting's
    country, not the refuge's."""
    for text, country in (
            ("Thousands of refugees crossed into Uganda after clashes in North Kivu.", "COD"),
            ("Some 9,000 villagers fled into neighbouring Chad after raids on their homes in Darfur.", "SDN")):
        sentences = split_sentences(text)
        assert incident_place(sentences, extract_actors(text, sentences))[0] == country


def test_where_a_statement_was_made_is_not_the_incident_s_place() -> None:
    """'told journalists in Delhi that three constables were shot dead in Srinagar', 'Addressing a rally in Patna,
    ... murdered in Gaya': the incident is where the harm was, the statement's town only a fallback."""
    text = "The minister told journalists in Delhi that three constables were shot dead in Srinagar overnight."
    assert incident_place(split_sentences(text), [])[2] == "Srinagar"
    text = "Addressing a rally in Patna, the chief minister said two traders were murdered in Gaya."
    assert incident_place(split_sentences(text), [])[2] == "Gaya"
    text = "A police spokesman says a rocket strike in Jalalabad hurt nine pupils."  # the reported clause's own place
    assert incident_place(split_sentences(text), [])[2] == "Jalalabad"


def test_a_small_namesake_town_gives_way_to_the_country_the_actors_name() -> None:
    """'Russian Wagner mercenaries and Malian soldiers killed dozens of civilians in the village of Moura': Mali, not
    Portugal, whose small town of that name is all the gazetteer knows."""
    assert country_of_story("Russian Wagner mercenaries and Malian soldiers killed dozens of civilians in the "
                            "village of Moura, witnesses said.") == "MLI"


def test_the_city_of_a_province_s_name_is_the_city() -> None:
    """'the northern city of Kirkuk': the town Kirkuk, not only its same-named province."""
    body = "A roadside bomb wounded four police officers in the northern city of Kirkuk at dawn on Sunday."
    assert incident_place(split_sentences(body), [])[2] == "Kirkuk"


def test_a_town_after_in_the_city_of_is_named_where_it_happened() -> None:
    """'in the Sudanese city of Omdurman' names the incident's town as 'in Omdurman' does: a town of a later
    background sentence ('Last month, a drone ... in El Fasher') does not displace it; 'in the al-Maslub
    district of Jawf' names the district, with Jawf only the province it lies in."""
    body = ("Shelling of a bus station in the Sudanese city of Omdurman killed at least 12 people on Monday. "
            "Last month, a drone hit a clinic in El Fasher and killed 8 patients, according to medics.")
    assert incident_place(split_sentences(body), [])[2] == "Omdurman"
    body = "Fighting left 14 dead. Most were shepherds whose tents stood in the al-Maslub district of Jawf."
    assert incident_place(split_sentences(body), [])[2] == "Maslub"


def test_a_town_inside_a_region_named_before_it_is_the_location() -> None:
    """'in the West Bank city of Nablus', "in Darfur's El Fasher": the town, not the broad region around it; a
    region named alone ('in Gaza') stays the location."""
    for body, town in (("Troops killed a man during clashes in the West Bank city of Nablus on Tuesday.", "Nablus"),
                       ("Gunmen killed five people in Darfur's El Fasher on Tuesday.", "El Fasher"),
                       ("An air strike killed five people in Gaza on Tuesday.", "Gaza")):
        assert incident_place(split_sentences(body), [])[2] == town


def test_a_town_word_keeps_a_division_named_after_the_town() -> None:
    """'Ariha town', 'the town of Ariha': Syria's Ariha (a district in the gazetteer), not another
    country's town of that alias."""
    for body in ("Barrel bombs fell on Ariha town overnight, wounding six.",
                 "Barrel bombs fell on the town of Ariha in Idlib province overnight, wounding six."):
        assert incident_place(split_sentences(body), [])[0] == "SYR"


def test_a_gang_is_no_town() -> None:
    """'Gang members set fire to houses': a common noun opening the sentence, not the Philippine town Gang."""
    assert country("Gang members looted shops and shot dead at least nine residents over the weekend.") is None


def test_a_force_s_owner_is_not_where_it_was_hit() -> None:
    """'an Israeli air strike ... in Damascus killed seven, including a commander of Iran's Revolutionary
    Guards, Iranian state media reported': Syria, not the country that owns the force."""
    assert country_of_story("An Israeli air strike on a residential building in Damascus killed seven people, "
                            "including a senior commander of Iran's Revolutionary Guards, Iranian state media "
                            "reported.") == "SYR"


def test_a_un_mission_s_name_is_no_town() -> None:
    """'the UN mission in Mali (MINUSMA)': the mission places the story in Mali, it is no location."""
    body = "Rockets struck a camp of the UN mission in Mali (MINUSMA) on Friday, wounding three peacekeepers."
    assert incident_place(split_sentences(body), [])[0] == "MLI"
    assert incident_place(split_sentences(body), [])[2] != "MINUSMA"


def test_a_feast_named_like_a_village_places_nothing() -> None:
    """'during a Christmas Day service' (Christmas is also a Florida village) gives no country."""
    assert country("Armed men abducted 12 worshippers from a church during a Christmas Day service.") is None


def test_a_city_sector_or_ward_is_no_village() -> None:
    """'in Sector 5', 'in Ward 12' number parts of a city (Sector is also a village of Uttar Pradesh)."""
    assert country("Youths set two cars on fire in Sector 5 after a quarrel on Tuesday night.") is None
    assert country("Party workers clashed in Ward 12 during the count.") is None


def test_a_province_or_a_state_of_one_name_is_told_by_its_unit_word() -> None:
    """'Punjab province' is Pakistan's, 'Punjab state' India's (India's divisions are states)."""
    assert country("A mob beat a man to death in a village in Punjab province on Sunday.") == "PAK"
    assert country("A mob beat a man to death in a village in Punjab state on Sunday.") == "IND"


def test_a_town_named_like_a_district_is_that_districts_seat() -> None:
    """'gorakhpur:' is Uttar Pradesh's Gorakhpur, the district's seat, not a Haryana village that GeoNames gives a
    city's population."""
    text = "gorakhpur: over 500 volunteers were arrested for blocking the highway here on thursday."
    assert incident_place(split_sentences(text), [])[1:] == ("Uttar Pradesh", "Gorakhpur")


def test_fire_from_across_a_border_with_one_other_side_places_the_incident_there() -> None:
    """'wounded by Indian shelling' naming no place: the Pakistani side; 'killed in Pakistani firing':
    the Indian side; fire of a country with many neighbours ("Russian shelling") places nothing."""
    assert country("A shepherd was wounded near his hut by Indian shelling overnight.") == "PAK"
    assert country("A soldier was killed in Pakistani firing on Sunday.") == "IND"
    assert country("A farmer was killed in Russian shelling on Sunday.") is None
