"""Tests for casualty mentions and the incident's killed/injured (pipeline/extract/casualties.py and
the casualty_* modules it uses). Every sentence here was written for these tests."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.analyse import analyse
from pipeline.extract.casualties import extract_casualties, incident_counts
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention, ArticleText
from tests.extract.casualty_helpers import counts, killed, mentions, reported

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed_article.txt"


# --- numbers and implicit counts -------------------------------------------------------------------

def test_number_words_and_digits_are_counted() -> None:
    """Killed and injured figures in words and digits are read from one sentence."""
    body = "A car bomb killed twenty-one people and wounded 1,200 others in the capital."
    assert counts(body) == (21, 1200)


def test_a_singular_victim_counts_one() -> None:
    """'a soldier was killed' is one killed."""
    assert killed("A soldier was killed in the ambush near the border post.") == 1


def test_a_man_and_his_two_sons_count_three() -> None:
    """Coordinated victims with and without numbers add up: 1 + 2."""
    assert killed("Gunmen shot dead a man and his two sons near the market.") == 3


def test_the_attacker_counts_among_the_dead() -> None:
    """ACLED counts attackers: 'killing five people, including the bomber' is 5, not 4 or 6."""
    assert killed("The bomber blew himself up at the gate, killing five people, including the bomber.") == 5


def test_a_singular_passive_counts_one_without_a_noun_phrase() -> None:
    """'X, 35, was shot dead' is one victim, and the age is not a count."""
    assert killed("Ali Hassan, 35, was shot dead outside his home on Friday.") == 1


def test_headline_bare_nouns_count_one_each() -> None:
    """Headline grammar without determiners: 'Soldier, wife killed' is 2."""
    assert killed("Soldier, wife killed in border shelling") == 2


# --- categories ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "category", "best"),
    [("Four policemen were wounded in the clash.", "injured", 4),
     ("Two guards were hurt when the grenade exploded.", "injured", 2),
     ("Five villagers are missing after the raid on the camp.", "missing", 5),
     ("Gunmen abducted 12 students from the school.", "kidnapped", 12),
     ("Three aid workers were kidnapped on the road.", "kidnapped", 3),
     ("Police arrested 30 protesters in the square.", "arrested", 30),
     ("Soldiers detained four journalists at the checkpoint.", "arrested", 4),
     ("The fighting displaced 2,000 families in the valley.", "displaced", 2000)],
)
def test_each_category_is_recognised(sentence: str, category: str, best: int) -> None:
    """Injured, missing, kidnapped, arrested and displaced figures get their category."""
    found = [m for m in mentions(sentence) if m.category == category]
    assert [m.count_best for m in found] == [best]


# --- adding up, parts, updates -------------------------------------------------------------------

def test_distinct_victim_groups_add_up() -> None:
    """'3 soldiers and 2 civilians were killed' is 5."""
    assert killed("Three soldiers and two civilians were killed when the convoy was hit.") == 5


def test_parts_of_a_total_are_not_added() -> None:
    """'8 people, including 3 children' is 8, not 11."""
    assert killed("Eight people, including three children, died in the fire set by the militia.") == 8


def test_a_later_breakdown_does_not_add_to_the_first_figure() -> None:
    """A later sentence detailing who died restates the first figure."""
    body = "Air strikes killed 14 civilians in the north. Six of those killed were children."
    assert killed(body) == 14


def test_a_rising_toll_replaces_the_earlier_figure() -> None:
    """'the death toll rose to 12' replaces an earlier 10."""
    body = "Rebels attacked the town on Monday. Ten people were killed. The death toll rose to 12 on Tuesday."
    assert killed(body) == 12


def test_more_and_another_add_to_the_figure() -> None:
    """'two more' and 'another' add victims to the first figure."""
    body = "Four people died in the first explosion. Two more died in hospital. Another victim died later."
    assert killed(body) == 7


def test_has_since_is_an_adverb_of_the_update_not_a_period() -> None:
    """'The death toll has since increased to 15' updates the toll; 'four of the wounded have since died' adds
    to it; 'killed since the fighting began' stays a running toll."""
    assert killed("A bomb killed 12 people at a bus station on Monday. The death toll has since increased to 15.") == 15
    assert killed("A bomb killed 12 people at a bus station on Monday. Four of the wounded have since died.") == 16
    assert killed("More than 300 people have been killed since the fighting began in April.") == 0


def test_a_partitive_before_a_bare_participle_counts_the_whole() -> None:
    """'Nine of the 14 people killed were members of one family': 14 killed (nine is a part of them); 'Nine of
    the 14 passengers were killed': nine; 'Two of the five soldiers wounded in the ambush died': five wounded and
    two dead."""
    assert killed("Nine of the 14 people killed were members of the same family, relatives said.") == 14
    assert killed("Nine of the 14 passengers were killed.") == 9
    # "out of the" is the same partitive
    assert killed("Six out of the 15 people killed were traders from the market, police said.") == 15
    assert [(m.category, m.count_best) for m in mentions("Two of the five soldiers wounded in the ambush died.")] == [
        ("injured", 5), ("killed", 2)]


def test_the_dead_numbered_is_a_toll() -> None:
    """'The dead numbered at least 25 ..., while 40 others were being treated': 25 killed, 40 injured."""
    body = ("The dead numbered at least 25, according to hospital officials, while 40 others were being treated "
            "for burns.")
    assert [(m.category, m.count_best) for m in mentions(body)] == [("killed", 25), ("injured", 40)]
    assert [(m.category, m.count_best) for m in mentions("The wounded numbered 30, police said.")] == [("injured", 30)]


def test_headline_digest_takes_the_revised_toll() -> None:
    """Several headline lines on one incident: the later, higher toll wins."""
    body = "Blast kills 4 at market\nMarket blast toll climbs\nMarket bombing kills 9, officials say"
    assert killed(body) == 9


def test_one_sentence_paragraphs_of_a_story_are_no_headline_digest() -> None:
    """A wire story's short paragraphs end with full stops: a later claim of 'dozens' does not
    revise the lead's toll as a later headline would."""
    body = ("Militants stormed a hotel in the capital on Thursday, killing at least three people, police said.\n\n"
            "Two soldiers were among the dead, a police spokesman said.\n\n"
            "The group claimed responsibility, saying its fighters had killed dozens of officials.\n\n"
            "The group has waged an insurgency against the government since 2006.")
    assert killed(body) == 3


def test_a_headline_above_one_sentence_paragraphs_makes_no_digest() -> None:
    """A wire story's headline, then paragraphs of one sentence each: a bigger figure in a later paragraph
    ('more than 160 people have died in a wave of raids') is no later headline revising the toll."""
    body = ("Gunmen kill 9 in attack on village\n\nGunmen attacked a village late on Monday, killing nine people, "
            "police said on Tuesday.\n\nPolice said the attackers shot at residents. \"Nine bodies have been "
            "recovered so far,\" he said.\n\nThe state has seen repeated attacks; more than 160 people have died "
            "in a wave of raids on villages in the state.")
    assert killed(body) == 9


def test_another_source_higher_figure_is_an_alternative() -> None:
    """'witnesses put the death toll at nine' is another source's figure: killed keeps four (ACLED)."""
    body = ("Gunmen attacked the village at dawn and killed four farmers. "
            "Witnesses put the death toll at nine.")
    assert [m.link for m in mentions(body)] == ["new", "alternative"]
    assert killed(body) == 4


def test_a_breakdown_of_the_total_is_not_added() -> None:
    """'Six on the spot and two more later' details the eight already counted."""
    body = "Eight men were gunned down at a wake. Six died on the spot and two more succumbed later in hospital."
    assert killed(body) == 8


def test_a_recount_of_part_of_the_toll_adds_nothing_by_its_also() -> None:
    """'Nine died ... Two guards were shot dead at the gate and three pilgrims also died inside': the later
    sentence retells five of the nine, its 'also' adds to its own two, not to the nine."""
    body = ("Nine people were killed when gunmen raided a shrine on Sunday. Two guards were shot dead at the gate "
            "and three pilgrims also died inside the hall.")
    assert killed(body) == 9


def test_a_vague_count_after_a_running_tally_in_its_clause_is_the_tally_s() -> None:
    """'the toll in the riots has gone up to 260, officials said, as many corpses were pulled out': no new dead; 'dozens
    were killed on Sunday' after a semicolon are."""
    assert killed("No fresh deaths were recorded over the weekend, yet the toll in the riots has gone up to 260, "
                  "officials said, as many corpses were pulled out of the canals.") == 0
    assert killed("The toll since the fighting began has passed 3,000; dozens were killed on Sunday alone.") == 12


def test_victims_of_another_incident_in_the_report_are_added() -> None:
    """'In a separate attack, two soldiers were killed' adds to the first figure."""
    body = ("Clashes left five dead in the north. "
            "In a separate attack, two soldiers were killed near the border.")
    assert killed(body) == 7


def test_them_refers_to_the_last_number_of_people() -> None:
    """'dragged six men ... and then executed them' is six killed."""
    assert killed("Soldiers dragged six men from a mosque and then executed them.") == 6


def test_companions_after_the_victim_are_counted() -> None:
    """'killed the owner, together with three other men' is 4, the apposition is no victim."""
    found = mentions("Gunmen killed the owner, a trader, together with three other men.")
    assert [m.text for m in found] == ["the owner", "three"]
    assert killed("Gunmen killed the owner, a trader, together with three other men.") == 4


def test_a_participle_clause_details_the_figure_before_it() -> None:
    """'killed five villagers, beating one elderly herder to death' is 5, not 6."""
    assert killed("Militiamen killed five villagers, beating one elderly herder to death, and torched granaries.") == 5


def test_bodies_found_are_dead() -> None:
    """'the bodies of three men were found' is 3 killed; 'a woman's body was discovered' is 1."""
    assert killed("The bodies of three men were found in a ditch outside the town.") == 3
    assert killed("A woman's body was discovered near the river on Sunday.") == 1


def test_bodies_recovered_are_the_dead_counted_before() -> None:
    """Bodies counted after the sentence's dead are those dead: they firm up a vague figure, never add to one."""
    assert killed("Dozens were feared dead after gunmen attacked the village; rescuers recovered 18 bodies.") == 18
    assert killed("Gunmen killed 20 people in the village on Monday; rescuers recovered 18 bodies.") == 20
    assert killed("At least 10 people died and 14 bodies had been pulled out by Tuesday.") == 14
    assert killed("Gunmen killed two guards, and villagers found 3 bodies of herders nearby.") == 5


# --- not the reported incident -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "status"),
    [("Health officials say more than 70,000 people have died since 2021.", "cumulative"),
     ("Last year's attack that killed 20 worshippers shocked the town.", "background"),
     ("The commander threatened to kill hundreds of villagers.", "threat"),
     ("The strike could kill hundreds of people, the agency warned.", "hypothetical"),
     ("The army denied that 15 soldiers were killed in the raid.", "denied"),
     ("Students staged a march against the killing of two classmates.", "background"),
     ("Residents rioted after a driver was killed at the junction.", "background"),
     ("Police arrested two men for the murder of a shopkeeper.", "background")],
)
def test_figures_outside_the_incident_get_a_status_and_no_count(sentence: str, status: str) -> None:
    """Cumulative, background, threatened, hypothetical, denied and protest-cause figures are kept
    as mentions with their status and left out of the incident's killed figure."""
    found = mentions(sentence)
    assert found and all(m.status == status for m in found if m.category == "killed")
    assert killed(sentence) == 0


def test_opening_since_makes_a_running_toll() -> None:
    """'Since the war began, more than 31,000 ...' is cumulative; a few days' spell is still the incident's."""
    found = mentions("Since the war began, more than 31,000 people have been killed.")
    assert [m.status for m in found] == ["cumulative"]
    assert killed("Since the start of this week, militiamen have shot dead 8 herders.") == 8


def test_an_unknown_number_is_a_vague_group_not_a_toll_without_figure() -> None:
    """'an unknown number of insurgents were killed' counts as ACLED's 10 beside the other groups; 'a number of
    civilians were killed' as several."""
    assert killed("Five soldiers and an unknown number of insurgents were killed in the ambush.") == 15
    assert killed("The number of people killed rose to 40.") == 40
    # "a number of" opening the subject is a vague count (3, as "several"), not "the number of" a toll
    assert killed("A number of civilians were killed in the strike on Sunday.") == 3


def test_a_wars_toll_so_far_is_cumulative() -> None:
    """'The war ..., which began in April 2023, has killed tens of thousands' is a running toll; the
    day's 12 remain the incident's."""
    body = ("Paramilitary forces shelled a camp on Tuesday, killing 12 people. The war between the army and "
            "the militia, which began in April 2023, has killed tens of thousands of people.")
    assert [m.status for m in mentions(body)] == ["reported", "cumulative"]
    assert mentions(body)[1].reason == "war between the army and the militia has killed"
    assert killed(body) == 12


def test_a_toll_that_could_rise_is_no_figure() -> None:
    """'the death toll could rise as several of the injured ...' keeps the nine; 'several' is no update."""
    body = ("Gunmen opened fire on a bus on Sunday, killing nine people and wounding 33, police said. Officials "
            "said the death toll could rise as several of the injured were in critical condition.")
    assert counts(body) == (9, 33)


def test_a_toll_that_could_reach_a_figure_is_a_projection() -> None:
    """'the toll could reach at least 40' is a future toll, hypothetical; no count of the dead."""
    found = mentions("Officials said the death toll in the market bombing could reach at least 40.")
    assert [(m.count_best, m.status) for m in found] == [(40, "hypothetical")]


def test_a_few_days_of_violence_since_a_weekday_is_the_incidents_toll() -> None:
    """'killed in the unrest since Friday has reached 31' is the incident's toll, not a running tally."""
    assert killed("The overall number of people killed in the unrest since Friday has reached 31.") == 31
    assert killed("More than 500 people have been killed since the fighting started.") == 0
    assert killed("Fighting in the town since last Thursday has killed at least 30 people, residents said.") == 30
    assert killed("Fighting in the region since last year has killed at least 300 people.") == 0


def test_a_toll_since_fighting_broke_out_a_few_days_ago_is_the_incidents() -> None:
    """'since the clashes broke out on Sunday' dates a few days' toll; 'since the war began in 2019' a tally."""
    assert killed("At least 26 people have been killed since the clashes broke out on Sunday, medics said.") == 26
    assert killed("Nearly 900 people have been killed since the war began in 2019.") == 0


def test_a_tally_over_months_is_cumulative() -> None:
    """'300 civilians killed in El Fasher in a month' tallies many incidents: cumulative, no incident count."""
    found = mentions("The UN said 300 civilians were killed in El Fasher in a month.")
    assert [m.status for m in found] == ["cumulative"]


def test_treated_for_wounds_are_injured() -> None:
    """'40 people were being treated for wounds' counts 40 injured."""
    assert counts("Officials said 14 bodies were brought in and 40 people were being treated for wounds.") == (14, 40)


def test_worst_since_is_not_a_cumulative_toll() -> None:
    """'the worst clashes since 2021' describes the incident; its toll still counts."""
    assert killed("In the worst clashes since 2021, more than 40 people have been killed.") == 40


def test_opening_sentence_dated_earlier_this_month_is_the_news() -> None:
    """An opening sentence whose main clause is dated "earlier this month" reports its toll; in a
    later sentence, or in a 'when' clause, the same words mark background."""
    assert killed("Clashes earlier this month killed nine people in the district, officials said Thursday.") == 9
    later = "Gunmen shot dead a trader on Monday. Clashes earlier this month killed nine people in the district."
    assert killed(later) == 1
    clause = "A guard who was on duty when nine people died in clashes earlier this month was shot dead."
    assert killed(clause) == 1
    after = "Security forces killed two suspected militants late last month in the district, police said."
    assert killed(after) == 2
    relative = "An official who was in charge when seven died in rioting last month has been killed."
    assert killed(relative) == 1


def test_an_opening_dated_last_month_is_background_to_a_named_day_s_harm() -> None:
    """'Last month, militants killed seven soldiers ... On Wednesday, troops killed three militants': the
    named day's three are the news, the opening's month its background."""
    body = ("Last month, militants killed seven soldiers in an ambush near the border. On Wednesday, troops "
            "killed three militants in a gunfight in the same area.")
    assert killed(body) == 3
    assert [m.status for m in mentions(body)] == ["background", "reported"]


def test_time_adverb_after_the_verb_is_no_victim() -> None:
    """'and three injured early this morning' counts the three; 'early' names no one."""
    assert counts("Two policemen were killed and three injured early this morning when a mine exploded.") == (2, 3)


def test_no_one_killed_is_a_negated_zero() -> None:
    """'No one was killed' gives a negated 0-count mention and no victim."""
    found = mentions("No one was killed in the blast at the depot.")
    assert [(m.category, m.count_best, m.status) for m in found] == [("killed", 0, "negated")]


def test_casualties_alone_are_not_deaths() -> None:
    """ACLED: 'casualties' without a number of dead is 0 killed."""
    assert killed("There were casualties in the attack on the convoy, officials said.") == 0


# --- vague quantities and coder statements -------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "figure"),
    [("The militants killed several soldiers at the post.", 3),
     ("Dozens of soldiers were killed in the assault.", 12),
     ("Hundreds were killed in the bombardment.", 100),
     ("The air raid killed an unknown number of fighters.", 10)],
)
def test_vague_quantities_use_acled_figures(sentence: str, figure: int) -> None:
    """several 3, dozens 12, hundreds 100, an unknown number 10."""
    assert killed(sentence) == figure


def test_more_than_counts_the_stated_figure() -> None:
    """The summary codes 'more than 40' as 40 while the mention's interval starts at 41."""
    body = "More than 40 people were killed in the raid."
    (mention,) = mentions(body)
    assert (mention.count_low, mention.count_high, mention.stated) == (41, None, 40)
    assert killed(body) == 40


def test_fatalities_split_across_events_are_shared() -> None:
    """'fatalities split across 2 events' gives each event its share."""
    assert killed("Clashes left 6 dead in two villages. Fatalities split across 2 events.") == 3


# --- claims --------------------------------------------------------------------------------------

def test_claimant_is_recorded_from_the_text() -> None:
    """'the Taliban claimed its fighters had shot dead dozens of troops' names the Taliban as claimant."""
    (mention,) = mentions("The Taliban claimed its fighters had shot dead dozens of troops at the outpost.")
    assert (mention.count_best, mention.claimed_by, mention.status) == (12, "Taliban", "reported")


def test_claimant_uses_the_actor_canonical_name() -> None:
    """When an actor mention covers the claimant, its canonical name is used."""
    body = "Rebel fighters claimed they killed 7 soldiers near the bridge."
    actor = ActorMention(0, 14, body[0:14], "Rebel Forces", "rebel_group", None, "claimant", 0)
    (mention,) = mentions(body, [actor])
    assert mention.claimed_by == "Rebel Forces"


def test_the_claimant_is_the_claim_s_subject_not_an_earlier_clause_s_actor() -> None:
    """'Police said one died, but the union claimed three were killed': the police claim nothing;
    'Rebels fell back and claimed to have killed four guards' is the rebels' claim."""
    body = "Police said one person died, but the union claimed three of its members were killed."
    police = ActorMention(0, 6, "Police", "Police Forces", "state_forces", None, "source", 0)
    assert [(m.count_best, m.claimed_by) for m in mentions(body, [police])] == [(1, None), (3, "the union")]
    body = "Rebel fighters fell back after the assault and claimed to have killed four guards."
    rebels = ActorMention(0, 14, body[0:14], "Rebel Forces", "rebel_group", None, "claimant", 0)
    assert [m.claimed_by for m in mentions(body, [rebels])] == ["Rebel Forces"]


def test_claiming_responsibility_is_not_claiming_a_figure() -> None:
    """'X claimed responsibility' does not make X the claimant of the death toll."""
    found = mentions("Three people died in the explosion and the group claimed responsibility.")
    assert [m.claimed_by for m in found] == [None]


def test_owning_an_attack_or_taking_lives_is_not_claiming_a_figure() -> None:
    """'claimed the attack, which killed 12' owns the attack (others count its dead); 'the attack claimed
    many lives' tells deaths; 'claimed the bombing, saying it killed 30' claims the figure."""
    assert [m.claimed_by for m in mentions("The Taliban claimed the attack, which killed 12 soldiers.")] == [None]
    assert [m.claimed_by for m in mentions("The ambush on Monday claimed 12 lives, police said.")] == [None]
    body = "Rebel fighters claimed the bombing, saying it killed 30 soldiers."
    rebels = ActorMention(0, 14, body[0:14], "Rebel Forces", "rebel_group", None, "claimant", 0)
    assert [m.claimed_by for m in mentions(body, [rebels])] == ["Rebel Forces"]


def test_a_claimant_told_by_a_common_noun_is_the_armed_group_named_before() -> None:
    """'Al Shabaab ambushed a convoy ... The group said it killed 20 soldiers': Al Shabaab's claim."""
    body = "Al Shabaab fighters ambushed a convoy near Afgooye. The group said it killed 20 soldiers."
    shabaab = ActorMention(0, 10, "Al Shabaab", "Al Shabaab", "rebel_group", "SOM", "perpetrator", 0)
    assert [m.claimed_by for m in mentions(body, [shabaab])] == ["Al Shabaab"]
    assert [m.claimed_by for m in mentions(body)] == ["The group"]


# --- the seed article ----------------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus/seed_article.txt is not available")
def test_seed_article_figures() -> None:
    """The seed article: more than 70 killed (low 71), hundreds injured (100), dozens of soldiers
    (12) claimed by the Taliban, and nothing from the threat to 'obliterate'."""
    body = SEED.read_text(encoding="utf-8")
    found = mentions(body)
    by_text = {m.text: m for m in found}
    assert by_text["more than 70"].count_low == 71 and by_text["more than 70"].category == "killed"
    assert by_text["hundreds"].count_best == 100 and by_text["hundreds"].category == "injured"
    assert by_text["dozens"].count_best == 12 and by_text["dozens"].claimed_by == "Taliban"
    assert not [m for m in found if "obliterate" in body[m.char_start - 80:m.char_end + 80]]


# --- properties ----------------------------------------------------------------------------------

VOCABULARY = [
    "killed", "were", "was", "dead", "died", "wounded", "injured", "and", "at", "least", "more", "than", "5",
    "1,200", "twenty-one", "a", "man", "his", "two", "sons", "the", "death", "toll", "rose", "to",
    "including", "children", "no", "one", "since", "2021", "claimed", "Taliban", "dozens", "of", "soldiers",
    ",", ".", "\n",
    "(", ")", "--", "shot", "to death", "fatalities", "coded", "as", "split", "across", "events", "another",
    "bodies", "found", "said", "police", "kidnapped", "arrested", "missing", "displaced", "his death", "'s",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(VOCABULARY), max_size=80).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_valid_mentions_quickly(body: str) -> None:
    """On any string: no exception, spans equal their text, low <= best <= high, counts >= 0,
    and well under a second per text."""
    started = time.perf_counter()
    sentences = split_sentences(body)
    found = extract_casualties(body, sentences)
    killed_count, injured_count = incident_counts(found, sentences, body=body)
    assert time.perf_counter() - started < 1.0
    assert killed_count >= 0 and injured_count >= 0
    for m in found:
        assert body[m.char_start:m.char_end] == m.text
        assert 0 <= m.count_low <= m.count_best
        assert m.count_high is None or m.count_best <= m.count_high
        assert m.category in {"killed", "injured", "missing", "kidnapped", "arrested", "displaced"}


def test_a_long_sentence_is_processed_in_bounded_time() -> None:
    """A very long sentence full of harm words still takes well under a second."""
    body = ", ".join(["gunmen killed 3 people and wounded 4 others near the market"] * 400) + "."
    started = time.perf_counter()
    counts(body)
    assert time.perf_counter() - started < 2.0


def test_time_grows_linearly_with_a_run_on_sentence() -> None:
    """Four times the clauses take about four times as long, not sixteen: no per-figure search runs
    from the sentence's start (best of two runs, so a busy machine does not decide)."""
    def seconds(clauses: int) -> float:
        body = ", ".join(["gunmen killed 3 people and wounded 4 others near the market"] * clauses) + "."
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            counts(body)
            best = min(best, time.perf_counter() - started)
        return best

    counts("Gunmen killed 3 people.")  # warm the caches
    assert seconds(800) < 8 * seconds(200)


def test_negated_conjunct_is_not_a_victim() -> None:
    """'minor damage and no one was injured' reports nobody hurt, not one person."""
    body = "The agency said the vessel reported minor damage and no one was injured."
    mentions = extract_casualties(body, split_sentences(body))
    assert all(m.count_best == 0 for m in mentions if m.category == "injured")
    assert incident_counts(mentions, split_sentences(body)) == (0, 0)


def test_party_reporting_its_own_kills_is_a_claim() -> None:
    """'The army said it had repelled the assault and killed about 30 attackers' is the army's claim."""
    body = "The army said it had repelled the assault and killed about 30 attackers."
    actor = ActorMention(4, 8, "army", "Military Forces of Mali", "state_forces", "MLI", None, 0)
    mentions = extract_casualties(body, split_sentences(body), [actor])
    assert [(m.count_best, m.claimed_by) for m in mentions] == [(30, "Military Forces of Mali")]


def test_third_party_statement_is_not_a_claim() -> None:
    """'Police said 12 people were killed' reports a figure; it is nobody's claim."""
    body = "Police said 12 people were killed."
    assert [m.claimed_by for m in extract_casualties(body, split_sentences(body))] == [None]


def test_victim_words_name_someone_or_nothing() -> None:
    """"Six of the dead were policemen": the mention's victim is no bare 'the'; 'civilians' stays."""
    found = mentions("A car bomb killed nine people in the market. Six of the dead were policemen.")
    assert [m.victim for m in found] == ["people", None]
    assert mentions("Gunmen killed four civilians.")[0].victim == "civilians"


def test_a_harm_noun_without_a_number_names_no_one() -> None:
    """'Preventive arrests were carried out': no figure (not one person called 'Preventive')."""
    assert reported("Preventive arrests were carried out across the district, the police said.", "arrested") == []
    assert reported("Police made 20 arrests in the town on Tuesday.", "arrested") == [20]


def test_one_described_person_is_no_displacement_figure() -> None:
    """'those rendered homeless': displacement is counted in numbers, not one person per phrase."""
    assert reported("The panel will resettle those rendered homeless by the floods and clashes.", "displaced") == []


def test_a_figure_per_side_counts_both_sides() -> None:
    """'Clashes left 4 dead on each side': 8, with the reason recorded; 'on each side of the river'
    later in the sentence changes nothing."""
    body = "Clashes in the town left 4 dead on each side, officials said."
    found = [m for m in mentions(body) if m.category == "killed"]
    assert [(m.count_best, m.reason) for m in found] == [(8, "on each side")]
    assert killed("Four people were killed on Wednesday, and police were deployed on each side of the river.") == 4


def test_a_part_told_in_an_aside_leaves_the_whole_the_subject() -> None:
    """'Four people, two of them children, died': four killed, the children a part."""
    assert killed("Four people, two of them children, died in the raid on Tuesday.") == 4


def test_a_toll_does_not_list_the_people_in_hospital() -> None:
    """'The toll has climbed to 41, with another 60 in hospital': 41 dead, not 60 (nor 101)."""
    assert killed("The toll from Tuesday's bombing has climbed to 41, with another 60 in hospital, "
                  "officials said.") == 41
    assert killed("The toll has climbed to 41, and 60 others are in hospital.") == 41


def test_the_missing_found_dead_are_the_dead() -> None:
    """'Two journalists who went missing last week were found dead': two killed, not two missing; the same with
    'missing since last week'; 'went missing' alone counts the missing, its verb no part of the victims."""
    for body in ("Two journalists who went missing in Balochistan last week were found dead on Wednesday.",
                 "Two journalists missing since last week were found dead on Wednesday."):
        assert [(m.category, m.count_best) for m in mentions(body)] == [("killed", 2)]
    found = mentions("Three fishermen went missing off the coast on Monday.")
    assert [(m.category, m.count_best, m.victim) for m in found] == [("missing", 3, "fishermen")]
    assert mentions("Neighbours had seen him leading a goat that went missing from a shed.") == []


def test_the_denier_s_own_figure_after_the_denial_is_reported() -> None:
    """'The army rejected the rebels' claim that 40 soldiers were killed, saying only three died': the 40 are
    denied, the army's three are its report (no one's claim), and the incident's figure."""
    body = "The army rejected the rebels' claim that 40 soldiers were killed, saying only three died in the ambush."
    assert [(m.count_best, m.status, m.claimed_by) for m in mentions(body)] == [
        (40, "denied", None), (3, "reported", None)]
    assert killed(body) == 3


def test_a_claim_on_a_line_of_its_own_revises_no_toll() -> None:
    """A wire story's short paragraphs: 'Al Shabaab ..., saying it had killed 25 cadets' on a line of its own
    is a party's claim, not a later headline's revised toll; the commander's seven stand."""
    body = ("Suicide bomber kills 7 at Somali police school\nBy Hassan Omar\n"
            "A bomber wearing an explosive vest killed at least seven cadets at a police school in Mogadishu on "
            "Friday, a commander said.\nAl Shabaab said in a statement that it was behind the blast, saying it had "
            "killed 25 cadets.\n(Editing by Jane Doe)")
    assert analyse(ArticleText("a", body, None, None)).incident.killed == 7


def test_a_list_of_the_dead_before_a_source_is_no_appositive() -> None:
    """'The dead included three policemen, a child and the bomber, officials said': 5 dead; an appositive
    before its verb (', the publisher of a local paper and an opponent of X, was shot') still adds no one."""
    assert killed("The dead included three policemen, a child and the bomber, officials said.") == 5
    assert killed("Ann Lee, the publisher of a local paper and an outspoken opponent of the mayor, was shot dead at "
                  "home.") == 1


def test_headlines_after_a_wire_dateline_are_still_headlines() -> None:
    """'(Reuters) - Blast kills three at market' then a later headline's 17: the first line, opened by a wire
    dateline, is a headline of its own, and the later headline revises the toll upwards as without it."""
    body = ("(Reuters) - Blast kills three at Iraqi market: police\n"
            "Gunmen attack crowded market in southern Iraq, killing 17 people")
    assert killed(body) == killed(body.removeprefix("(Reuters) - ")) == 17


def test_adverbs_of_degree_are_no_part_of_the_victim() -> None:
    """'A police officer was lightly injured', 'three others grievously injured': the victims, without the adverb."""
    assert [m.victim for m in mentions("A police officer was lightly injured.")] == ["A police officer"]
    assert [m.victim for m in mentions("One guard was killed and three others grievously injured.")] == [
        "guard", "others"]
