"""Second-level places: districts, villages, neighbourhoods, unit words and names that nest."""

from __future__ import annotations

from pipeline.extract.gazetteer import Place, gazetteer, lower_case_ok
from pipeline.extract.gazetteer_geonames import short_forms, towns
from pipeline.extract.place_mentions import PlaceMention, find_places
from pipeline.extract.place_readings import nested, readings
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention


def country(text: str, actors: list[ActorMention] | None = None) -> str | None:
    return incident_place(split_sentences(text), actors or [])[0]


def mention(text: str, places: tuple[Place, ...], unit: str = "") -> PlaceMention:
    return PlaceMention(0, len(text), text, places, unit)


def test_district_names_alone_give_the_country() -> None:
    """A district named with no town or province around it still places the incident."""
    assert country("Cadres of a local party clashed with police in Lamjung district on Monday.") == "NPL"
    assert country("Gunmen killed four farmers in Bassa LGA.") == "NGA"


def test_neighbourhoods_of_capitals() -> None:
    """Parts of a capital that GeoNames lists under the city are known by name."""
    assert country("Pickets torched a bus in Uttara on Monday evening.") == "BGD"
    assert country("Two workers of a party were shot dead in Lyari.") == "PAK"


def test_same_name_town_and_province_nest() -> None:
    """'Hyderabad, Sindh' and 'Hyderabad, Telangana' are told apart by the province."""
    assert country("Traders went on strike in Hyderabad, Sindh.") == "PAK"
    assert country("Traders went on strike in Hyderabad, Telangana.") == "IND"


def test_kashmir_is_decided_by_its_neighbours() -> None:
    """Kashmir alone is India's or Pakistan's: the other places of the text decide."""
    assert country("A grenade attack wounded six people in Srinagar, Kashmir.") == "IND"
    assert country("Shelling killed two villagers in Kotli, Kashmir.") == "PAK"


def test_stopword_division_with_its_unit_word() -> None:
    """A division named by a common word ('Ouest') is found when its unit word follows it."""
    assert country("Gangs clashed with police in the Ouest department.") == "HTI"
    assert not find_places(gazetteer(), "The Ouest wind was strong.")


def test_names_written_as_one_word() -> None:
    """'Mandibahauddin' is 'Mandi Bahauddin' written as one word."""
    assert country("Police arrested ten people in Mandibahauddin.") == "PAK"


def test_names_back_to_back_are_one_name() -> None:
    """Two place names side by side ('Boko Haram') are a longer name, not two places."""
    found = find_places(gazetteer(), "Fighters of Boko Haram raided the camp.")
    assert found and all(m.partial for m in found)


def test_place_inside_an_actor_name_weighs_little() -> None:
    """A village sharing its name with a word of a group's name does not pull the country away."""
    text = "Fighters of Boko Haram raided the camp."
    actor = ActorMention(12, 22, "Boko Haram", "Boko Haram", "rebel_group", "NGA")
    assert country(text, [actor]) == "NGA"


def test_unit_word_of_one_country_keeps_its_readings() -> None:
    """Before 'woreda' (Ethiopia's unit) a Colombian province's reading counts little."""
    meta = Place("Meta", "COL", "admin1", 49_000_000, "Meta", "iso")
    plain = readings(mention("Meta", (meta,)))["COL"][1]
    assert readings(mention("Meta", (meta,), "woreda"))["COL"][1] < 0.5 * plain


def test_unit_word_chooses_town_or_division() -> None:
    """'X town' keeps the town readings of a name, 'X district' the division readings."""
    town = Place("Konta", "IND", "city", 7000, "Chhattisgarh", "geonames")
    district = Place("Konta", "ETH", "admin2", 110_000_000, "SNNP", "district", "Konta")
    assert set(readings(mention("Konta", (town, district), "town"))) == {"IND"}
    assert set(readings(mention("Konta", (town, district), "district"))) == {"ETH"}


def test_village_nests_in_its_district() -> None:
    """A village and the district it lies in agree on their country; unrelated names do not."""
    village = Place("Khudi", "NPL", "city", 900, "Gandaki", "village", "Lamjung")
    elsewhere = Place("Khudi", "IND", "city", 900, "Bihar", "village", "Gaya")
    district = Place("Lamjung", "NPL", "admin2", 28_000_000, "Gandaki", "district", "Lamjung")
    found = nested([mention("Khudi", (village, elsewhere)), mention("Lamjung", (district,), "district")])
    assert ("khudi", "NPL") in found and ("khudi", "IND") not in found
    assert ("lamjung|district", "NPL") in found


def test_district_short_forms() -> None:
    """Divisions are also indexed without their unit words."""
    assert short_forms("Awaran District") == ["Awaran District", "Awaran"]
    assert short_forms("Caza de Zahleh") == ["Caza de Zahleh", "Zahleh"]
    assert short_forms("Amphoe Rangae") == ["Amphoe Rangae", "Rangae"]
    assert short_forms("Punjab") == ["Punjab"]


def test_towns_carry_their_divisions() -> None:
    """Towns of the packaged GeoNames list know their admin1 and admin2."""
    lahore = next(t for t in towns() if t.name == "Lahore" and t.iso3 == "PAK")
    assert lahore.admin1 == "Punjab" and lahore.admin2


def test_districts_are_not_trusted_in_lower_case() -> None:
    """In all-lower-case text district and village names, many of them common words, are not read."""
    district = Place("Boone County", "USA", "admin2", 327_000_000, "Kentucky", "district", "Boone County")
    assert not lower_case_ok(district, "boone")
    assert lower_case_ok(Place("Gujarat", "IND", "admin1", 1_350_000_000, "Gujarat", "iso"), "gujarat")


def test_abbreviations_are_not_towns() -> None:
    """A short all-capital word is an organisation's abbreviation, unless it opens a dateline."""
    assert country("Fighters of the BLA set fire to a phone mast.") is None  # not Bla, Mali
    assert country("GAZA (Reuters) - Two people were killed.") == "PSE"
    assert country("Militiamen burned a clinic in eastern DR Congo.") == "COD"


def test_common_words_that_name_villages() -> None:
    """Numbers, institutions and possessives of common words are not villages."""
    assert country("Three riders on two motorcycles robbed a shopkeeper.") is None
    assert country("Congress workers marched against the fuel price rise.") is None
    assert not find_places(gazetteer(), "The plan of the Centre's ministers was criticised.")


def test_direction_words_together_are_no_place() -> None:
    """'North-east' is a direction, not Ghana's or Singapore's North East region."""
    assert not find_places(gazetteer(), "Students asked for more rail links to the North-east.")


def test_hyphenated_spelling_of_a_one_word_name() -> None:
    """'Petion-Ville' is Pétionville."""
    assert country("Residents put up barricades in Petion-Ville.") == "HTI"


def test_unit_word_inside_the_name() -> None:
    """'Beni Territory' names the territory even though 'Territory' is part of the indexed name."""
    mentions = find_places(gazetteer(), "Militia fighters burned a health post in Beni Territory.")
    found = [m for m in mentions if m.text.startswith("Beni")]
    assert found and found[0].district_hint


def test_village_of_district_is_not_a_longer_name() -> None:
    """In 'Simara of Bara district' the district is a place, not part of a longer name."""
    found = [m for m in find_places(gazetteer(), "A shop was looted in Simara of Bara district.") if m.text == "Bara"]
    assert found and not found[0].partial


def test_fire_across_a_border_comes_from_elsewhere() -> None:
    """'Indian shelling' in Kashmir hit the Pakistani side; a country charged is not the place."""
    assert country("A schoolboy died after Indian shelling struck his hamlet in Kashmir.") == "PAK"
    assert country("Pakistan protests to India over the death of a shepherd.") == "PAK"
    assert country("A US drone fired two missiles at a compound near Miranshah overnight.") == "PAK"


def test_actor_nationality_and_police() -> None:
    """An actor's stated nationality is its country here; police work at home."""
    taleban = ActorMention(0, 17, "Pakistani Taleban", "Taliban", "rebel_group", "AFG")
    assert country("Pakistani Taleban claim the murder of a judge.", [taleban]) == "PAK"
    police = ActorMention(0, 16, "Pakistani police", "Police Forces of Pakistan", "state_forces", "PAK")
    rebels = ActorMention(22, 39, "Taliban militants", "Taliban", "rebel_group", "AFG")
    assert country("Pakistani police kill Taliban militants.", [police, rebels]) == "PAK"


def test_routes_name_their_ends() -> None:
    """'The Sidon-Beirut highway' names two places, each found on its own."""
    found = [m.text for m in find_places(gazetteer(), "Lorries queued for hours on the Sidon-Beirut highway.")]
    assert found == ["Sidon", "Beirut"]
    assert country("Farmers parked their tractors across the Patiala-Sunam-Mansa highway.") == "IND"
    assert not find_places(gazetteer(), "The Saudi-led coalition struck again.")


def test_hyphenated_district_written_as_one_word() -> None:
    """'Ra-ngae' district is also written 'Rangae'."""
    assert country("Insurgents shot a village defence volunteer in Rangae district.") == "THA"


def test_hyphenated_names_are_not_routes() -> None:
    """Without a road word a hyphenated name is one name, whose parts are not places of their own."""
    assert not find_places(gazetteer(), "Traders from Gourma-Rharous lost their goods to bandits.")
    found = find_places(gazetteer(), "They blocked the Kabul-Jalalabad main road.")
    assert [m.text for m in found] == ["Kabul", "Jalalabad"]


def test_abbreviated_saint_and_unit_suffixed_aliases() -> None:
    """'St Petersburg' is Saint Petersburg; 'Diffa region' keeps the main readings of 'Diffa'."""
    assert country("A knife attack at a bus stop in St Petersburg wounded three people.") == "RUS"
    assert country("Herders fled their camps in the Diffa region after a night raid.") == "NER"


def test_member_of_parliament_is_no_state() -> None:
    """'MP' is a member of parliament, not Madhya Pradesh."""
    assert not find_places(gazetteer(), "The MP attended the meeting.")


def test_countries_listed_or_fought_with_are_equals_or_opponents() -> None:
    """'Pakistan, India count ...' lists equals; 'exchange with India' names the other side."""
    assert country("A Pakistani soldier died during a cross-border fire exchange with India.") == "PAK"
    text = "Pakistan, India count their dead after a night of heavy shelling."
    first, second = find_places(gazetteer(), text)[:2]
    from pipeline.extract.place_context import context_weight

    assert context_weight(text, second, first.end, after_country=True) < context_weight(text, second, first.end)


def test_fire_by_a_people_and_a_country_firing() -> None:
    """'Firing by Indians' and 'India shelling' do not point to the shooter's country."""
    from pipeline.extract.place_context import hints

    sentences = split_sentences("A shepherd was hurt on Friday by firing by Indians across the Line of Control.")
    assert hints(sentences, gazetteer().demonyms)["IND"] < 0
    assert country("India shelling damaged a school near the Line of Control.") is None
    assert country("Rioters threw Molotov cocktails at the police.") is None


def test_lower_case_article_with_a_capitalised_share_line() -> None:
    """A lower-case article stays lower-case when a share line ('Facebook Twitter Mail') follows its lead."""
    from pipeline.extract.place_mentions import mostly_lower_case

    lead = "new delhi: the election commission will announce the poll dates next week, officials said. " * 8
    assert mostly_lower_case(lead + "Facebook Twitter Linkedin Mail")
    assert not mostly_lower_case("On 3 May, Police in Kabul said Taliban fighters attacked a post near Herat. " * 4)


def test_elided_particles_and_opening_prepositions() -> None:
    """"Cote d'Ivoire" is one name, and a sentence's opening "In" makes no longer name of it."""
    found = find_places(gazetteer(), "In Cote d'Ivoire, soldiers set up roadblocks around the town of Arrah.")
    assert found[0].text == "Cote d'Ivoire" and not found[0].partial
    assert country("In Cote d'Ivoire, soldiers set up roadblocks around the town of Arrah.") == "CIV"
