"""Tests for pipeline/extract/casualty_filters.py: words that look like harm but do not report it.
Every sentence here was written for these tests."""

from __future__ import annotations

from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.casualty_filters import may_count_people
from pipeline.extract.numbers import find_quantities
from pipeline.extract.sentences import split_sentences
from tests.extract.casualty_helpers import injured, killed, reported


def test_scare_quoted_participle_is_a_label_not_a_harm() -> None:
    """In "Four 'missing' farmers executed" the quoted word describes the farmers: four killed, none missing."""
    body = "Four 'missing' farmers executed by soldiers in the hills"
    found = extract_casualties(body, split_sentences(body))
    assert [(m.category, m.count_best) for m in found] == [("killed", 4)]


def test_scare_quoted_injured_before_a_plural_noun_is_no_injury() -> None:
    """"two 'injured' officers were later arrested" reports no injury."""
    body = "Police said two 'injured' officers were later arrested."
    sentences = split_sentences(body)
    assert incident_counts(extract_casualties(body, sentences), sentences, body=body) == (0, 0)


def test_killed_after_a_noun_before_a_bare_person_is_a_verb() -> None:
    """'Troops killed woman, child' (headline grammar) is two killed, not 'the killed woman'."""
    assert killed("Border troops killed woman, child, officials say") == 2


def test_killed_after_a_determiner_describes_the_person() -> None:
    """'The killed woman was a teacher' reports no new death: 'killed' describes her."""
    assert killed("The killed woman was a teacher at the village school.") == 0


def test_money_after_a_currency_word_is_no_count_of_people() -> None:
    """'from Rs 2,000 to Rs 50,000 to the injured' pays money; it counts no injured people."""
    body = "The government will pay compensation from Rs 2,000 to Rs 50,000 to the injured."
    assert [m for m in extract_casualties(body, split_sentences(body)) if m.category == "injured"] == []


def test_a_death_sentence_is_no_killing() -> None:
    """'sentenced five to death' and 'the death penalty' punish; the crime they punish is background."""
    body = "The judge sentenced five men to death for burning alive eight persons in 1999."
    found = [(m.count_best, m.status) for m in extract_casualties(body, split_sentences(body))]
    assert found == [(8, "background")]
    assert extract_casualties("He faces the death penalty.", split_sentences("He faces the death penalty.")) == []



def test_a_time_of_day_is_no_count_but_a_decimal_million_is() -> None:
    """'around 6.30 in the morning' is a clock time; '1.25 million people' still counts people."""
    text = "He was shot around 6.30 in the morning; 1.25 million people fled."
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings["around 6.30"] is False
    assert readings["1.25 million"] is True


def test_bodies_that_speak_are_organisations_not_corpses() -> None:
    """'eight other Muslim bodies also said' counts no dead; '14 bodies were recovered' does."""
    assert killed("The Sunni board and eight other Muslim bodies also said the petition should be dismissed.") == 0
    assert killed("Religious bodies condemned the attack, and 14 bodies were recovered from the canal.") == 14


def test_bodies_holding_meetings_are_organisations() -> None:
    """'several other bodies are holding meetings' counts no dead; 'several bodies were found' does."""
    assert killed("Trade unions and several other bodies are holding meetings across the city.") == 0
    assert killed("Several bodies were found in the river on Tuesday.") == 3


def test_bodies_that_call_or_lead_something_are_organisations() -> None:
    """'the bandh called by traders' bodies' and 'a march led by student bodies' count no dead; 'the bodies of three
    men were recovered' does."""
    assert killed("The police said the bandh called by traders' bodies was peaceful.") == 0
    assert killed("The police said the march led by student bodies was peaceful.") == 0
    assert killed("The bodies of three men were recovered from a river on Monday.") == 3


def test_learned_bodies_are_organisations() -> None:
    """'350 university departments and learned bodies' counts no dead."""
    assert killed("There are 350 university departments and learned bodies around the globe.") == 0


def test_hurt_feelings_and_healed_wounds_are_no_injuries() -> None:
    """'left him feeling hurt' and 'healing the wounds' of a conflict name no wounded person."""
    for body in ("The ruling left him feeling hurt.", "The priest felt hurt by the remark.",
                 "The minister said the efforts in healing the wounds will go a long way."):
        assert [m for m in extract_casualties(body, split_sentences(body)) if m.category == "injured"] == []
    assert [m.count_best for m in extract_casualties("Two guards were hurt.", split_sentences("Two guards were hurt."))
            ] == [2]


def test_both_before_two_coordinated_plural_groups_counts_no_one() -> None:
    """'the death of both soldiers and civilians' joins two groups of unknown size; 'both men' is two."""
    assert killed("He mourned the death of both soldiers and civilians.") == 0
    assert killed("Both men were killed.") == 2


def test_an_age_after_a_lower_cased_name_is_no_count() -> None:
    """In lower-cased text 'sunil das, 16, suffered injuries' gives an age, not 16 injured."""
    body = "while ravi kumar, 15, was stabbed in the back, sunil das, 16, suffered injuries on the lips."
    assert all(m.count_best < 15 for m in extract_casualties(body, split_sentences(body)))
    counted = "police said 16, including four women, were injured in the clashes."
    assert [m.count_best for m in extract_casualties(counted, split_sentences(counted))] == [16]


def test_an_age_in_brackets_after_a_lower_cased_name_is_no_count() -> None:
    """'karim uddin (31), leader of ... unit, was killed' in lower-cased text: one dead, aged 31."""
    assert killed("karim uddin (31), leader of harkat-ul jihad (huji) dhaka unit, was killed, and two policemen were "
                  "injured in a gunfight in dhaka on friday.") == 1


def test_a_number_of_things_after_a_compound_modifier_counts_no_one() -> None:
    """'8,300 tear-gas shells', 'five armoured vehicles' count things; 'two suspected cattle thieves'
    and 'three killed days after the truce' count people."""
    text = ("Police exploded 8,300 tear-gas shells and burnt five armoured vehicles; two suspected cattle "
            "thieves were lynched and three killed days after the truce.")
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings == {"8,300": False, "five": False, "two": True, "three": True}


def test_wounds_counted_with_their_kind_are_one_body_s() -> None:
    """'I escaped with some burn injuries on my leg': the wounds of one, not some wounded; 'some villagers were
    injured' counts people."""
    assert injured("I escaped with some burn injuries on my left leg because I hid under a cot.") == 0
    assert injured("Some villagers were injured when the roof collapsed after the blast.") == 3


def test_pages_are_not_missing_people() -> None:
    """'The report had nearly 20 pages missing' reports no missing people."""
    assert reported("The report submitted on Wednesday had nearly 20 pages missing.", "missing") == []


def test_things_after_any_modifier_but_heads_of_people() -> None:
    """'several militant groups including the TTP' counts groups; 'three village heads' counts people."""
    text = "Seven militants from several militant groups including the TTP and three village heads were killed."
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings == {"Seven": True, "several": False, "three": True}


def test_a_month_name_after_a_noun_is_a_verb_not_a_thing() -> None:
    """'Six people may have been killed', 'hundreds of people march': 'may' and 'march' are no things counted."""
    text = "Six people may have been killed; 300 people march in the capital."
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings == {"Six": True, "300": True}


def test_one_before_a_modal_is_the_generic_pronoun() -> None:
    """'one cannot build a temple amidst dead bodies', 'One cannot be arrested on suspicion': nobody
    counted; 'One was killed' still counts one."""
    assert killed('"one cannot construct a temple at the cost of and amidst the dead bodies."') == 0
    assert killed("One cannot build peace on dead bodies, he said.") == 0
    body = "only on the basis of suspicion that somebody is involved in rioting, one cannot be arrested."
    assert [m for m in extract_casualties(body, split_sentences(body)) if m.category == "arrested"] == []
    assert killed("One was killed and two were injured in the blast.") == 1


def test_the_wounded_taken_to_hospital_are_counted() -> None:
    """'Four injured guards were rushed to a clinic': four injured, though 'injured' is an adjective."""
    assert injured("Four injured guards were rushed to a clinic in the town.") == 4
    assert injured("Doctors said five badly wounded men, among them a teenager, had been admitted to the "
                   "ward.") == 5
    assert injured("Eight wounded soldiers were later killed in the ambush.") == 0


def test_a_number_before_kidnapped_children_is_an_adjective() -> None:
    """'rescued 12 kidnapped schoolchildren' reports a rescue: no one kidnapped here, not one schoolchild."""
    assert reported("Police said they had rescued 12 kidnapped schoolchildren.", "kidnapped") == []


def test_an_arrest_warrant_arrests_no_one() -> None:
    """'an arrest warrant was prepared for the trust's president': no one arrested."""
    assert reported("An arrest warrant was first prepared for the trust's president and later withdrawn.",
                    "arrested") == []


def test_a_number_of_injured_people_rescued_or_treated_is_counted() -> None:
    """'Rescue workers pulled 14 injured people from the rubble': 14 wounded; 'rushed the injured driver to a
    clinic' describes someone told of already."""
    assert injured("Rescue workers pulled 14 injured people from the rubble on Sunday.") == 14
    assert injured("Neighbours rushed the injured driver to a clinic on Sunday.") == 0
