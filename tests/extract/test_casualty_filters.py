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
    """'between Rs 3,000 and Rs 40,000 to the injured' pays money; it counts no injured people."""
    body = "The trust will hand out between Rs 3,000 and Rs 40,000 to the injured, officials said."
    assert [m for m in extract_casualties(body, split_sentences(body)) if m.category == "injured"] == []


def test_a_death_sentence_is_no_killing() -> None:
    """'sentenced three to death' and 'the death penalty' punish; the crime they punish is background."""
    body = "The court sentenced three brothers to death for burning six villagers alive in 2004."
    found = [(m.count_best, m.status) for m in extract_casualties(body, split_sentences(body))]
    assert found == [(6, "background")]
    assert extract_casualties("He faces the death penalty.", split_sentences("He faces the death penalty.")) == []



def test_a_time_of_day_is_no_count_but_a_decimal_million_is() -> None:
    """'around 5.45 in the evening' is a clock time; '2.75 million people' still counts people."""
    text = "The guard was stabbed around 5.45 in the evening; 2.75 million people fled."
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings["around 5.45"] is False
    assert readings["2.75 million"] is True


def test_bodies_that_speak_are_organisations_not_corpses() -> None:
    """'six other community bodies also said' counts no dead; '14 bodies were recovered' does."""
    assert killed("The waqf council and six other community bodies also said the appeal should be thrown out.") == 0
    assert killed("Religious bodies condemned the attack, and 14 bodies were recovered from the canal.") == 14


def test_bodies_holding_meetings_are_organisations() -> None:
    """'several civic bodies are holding meetings' counts no dead; 'several bodies were found' does."""
    assert killed("Across the district, teachers' unions and several civic bodies are holding meetings this week.") == 0
    assert killed("Several bodies were found in the river on Tuesday.") == 3


def test_bodies_that_call_or_lead_something_are_organisations() -> None:
    """'the bandh called by traders' bodies' and 'a march led by student bodies' count no dead; 'the bodies of three
    men were recovered' does."""
    assert killed("The police said the bandh called by traders' bodies was peaceful.") == 0
    assert killed("The police said the march led by student bodies was peaceful.") == 0
    assert killed("The bodies of three men were recovered from a river on Monday.") == 3


def test_learned_bodies_are_organisations() -> None:
    """'120 academies and learned bodies' counts no dead."""
    assert killed("Some 120 academies and learned bodies in Europe study the subject.") == 0


def test_hurt_feelings_and_healed_wounds_are_no_injuries() -> None:
    """'left him feeling hurt' and 'healing the wounds' of a conflict name no wounded person."""
    for body in ("The ruling left him feeling hurt.", "The priest felt hurt by the remark.",
                 "The bishop said that healing the wounds of the conflict would take years."):
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


def test_every_age_of_a_list_after_aged_is_no_count() -> None:
    """'Two herders, aged 19 and 23, were shot dead': two dead, not 23; 'aged 30, 41 and 52' are all ages."""
    assert killed("Two herders, aged 19 and 23, were shot dead near the river.") == 2
    assert reported("Three traders aged 30, 41 and 52 were kidnapped from the highway.", "kidnapped") == [3]


def test_an_age_in_brackets_after_a_lower_cased_name_is_no_count() -> None:
    """'rafiq mondal (42), a local organiser of the banned gang, was shot dead' in lower-cased text: one dead, aged
    42."""
    assert killed("rafiq mondal (42), a local organiser of the banned gang, was shot dead in khulna on monday as three "
                  "constables were hurt.") == 1


def test_a_number_of_things_after_a_compound_modifier_counts_no_one() -> None:
    """'4,700 tear-gas shells', 'six armoured vehicles' count things; 'two suspected cattle thieves'
    and 'four killed days after the ceasefire' count people."""
    text = ("Troops fired 4,700 tear-gas shells and lost six armoured vehicles; two suspected cattle "
            "thieves were lynched and four killed days after the ceasefire.")
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings == {"4,700": False, "six": False, "two": True, "four": True}


def test_wounds_counted_with_their_kind_are_one_body_s() -> None:
    """'I fled with some burn injuries across my back': the wounds of one, not some wounded; 'some villagers were
    injured' counts people."""
    assert injured("I fled with some burn injuries across my back, having hidden in a well.") == 0
    assert injured("Some villagers were injured when the roof collapsed after the blast.") == 3


def test_pages_are_not_missing_people() -> None:
    """'The dossier had almost 35 pages missing' reports no missing people."""
    assert reported("The dossier filed last month had almost 35 pages missing.", "missing") == []


def test_things_after_any_modifier_but_heads_of_people() -> None:
    """'several armed groups including the TTP' counts groups; 'four village heads' counts people."""
    text = "Nine fighters drawn from several armed groups including the TTP and four village heads were killed."
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings == {"Nine": True, "several": False, "four": True}


def test_a_month_name_after_a_noun_is_a_verb_not_a_thing() -> None:
    """'Six people may have been killed', 'hundreds of people march': 'may' and 'march' are no things counted."""
    text = "Six people may have been killed; 300 people march in the capital."
    readings = {text[q.start:q.end]: may_count_people(text, q) for q in find_quantities(text)}
    assert readings == {"Six": True, "300": True}


def test_one_before_a_modal_is_the_generic_pronoun() -> None:
    """'one cannot raise a shrine on dead bodies', 'one cannot be arrested because somebody suspects looting':
    nobody counted; 'One was killed' still counts one."""
    assert killed('"one cannot raise a shrine on a heap of dead bodies."') == 0
    assert killed("One cannot build peace on dead bodies, he said.") == 0
    body = "merely because somebody is suspected of looting, one cannot be arrested."
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
    """'an arrest warrant was drawn up for the society's chairman': no one arrested."""
    assert reported("An arrest warrant was drawn up for the society's chairman but never served.",
                    "arrested") == []


def test_a_number_of_injured_people_rescued_or_treated_is_counted() -> None:
    """'Rescue workers pulled 14 injured people from the rubble': 14 wounded; 'rushed the injured driver to a
    clinic' describes someone told of already."""
    assert injured("Rescue workers pulled 14 injured people from the rubble on Sunday.") == 14
    assert injured("Neighbours rushed the injured driver to a clinic on Sunday.") == 0
