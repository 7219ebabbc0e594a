"""Tests for pipeline/extract/sentences.py: sentence boundaries with offsets. Every text here was
written for these tests."""

from __future__ import annotations

from pipeline.extract.sentences import is_wire_dateline, lower_cased, split_sentences, story_sentences


def _texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


def test_sentences_keep_their_offsets() -> None:
    """Each sentence's text is exactly body[start:end]."""
    body = "Gunmen attacked a bus. Five people died.\n\nPolice said the attackers fled."
    for sentence in split_sentences(body):
        assert body[sentence.start:sentence.end] == sentence.text
    assert _texts(body) == ["Gunmen attacked a bus.", "Five people died.", "Police said the attackers fled."]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    """'Lt. Col.', 'U.S.' and 'Rs.' are followed by more of the same sentence."""
    body = "Lt. Col. J. Smith said U.S. troops paid Rs. 500 each. Nobody was hurt."
    assert _texts(body) == ["Lt. Col. J. Smith said U.S. troops paid Rs. 500 each.", "Nobody was hurt."]


def test_a_full_stop_before_a_lower_case_word_ends_a_sentence_only_in_lower_cased_text() -> None:
    """Archives that lower-case everything still have sentences; cased text keeps 'e.g. this' whole."""
    lower = ("ahmedabad: a trader was shot dead around 6.30 in the morning. later, another man was "
             "pulled out of a rickshaw and killed. police paid rs. 500 to each family. ") * 2
    assert lower_cased(lower)
    assert _texts(lower)[:3] == [
        "ahmedabad: a trader was shot dead around 6.30 in the morning.",
        "later, another man was pulled out of a rickshaw and killed.",
        "police paid rs. 500 to each family.",
    ]
    cased = "The Army of the North said the attack, which it called a mistake. then stopped, had ended. " * 3
    assert not lower_cased(cased)
    assert all("mistake. then stopped" in text for text in _texts(cased))


def test_a_short_lower_cased_page_with_capitalised_furniture_is_lower_cased() -> None:
    """A short lower-cased story whose few capitals are page furniture ('This story is from', share
    buttons) is still split at full stops before lower-case words."""
    body = ("This story is from March 4, 2002  surat: a mob burnt two shops on monday. police fired "
            "four rounds. \"we are on alert,\" an officer said. curfew was relaxed later.\n\nShare Tweet Mail")
    assert lower_cased(body)
    assert _texts(body)[1:4] == ["police fired four rounds.", "\"we are on alert,\" an officer said.",
                                 "curfew was relaxed later."]


def test_stops_after_abbreviations_do_not_make_a_text_lower_cased() -> None:
    """'the U.N. human rights office' and 'a U.S. soldier' are cased prose, not a lower-cased archive."""
    assert not lower_cased("The U.N. human rights office said a U.S. soldier was hurt. Officials agreed.")


def test_a_short_text_without_capitals_is_split_at_its_full_stops() -> None:
    """'two were killed on monday. a second blast killed three on tuesday.': two sentences, as in any
    lower-cased feed, however short."""
    body = "two people were killed in a blast on monday. a second blast killed three people on tuesday."
    assert [s.text for s in split_sentences(body)] == [
        "two people were killed in a blast on monday.", "a second blast killed three people on tuesday."]


def test_a_paragraph_of_page_furniture_does_not_make_a_lower_cased_note_cased() -> None:
    """'... on Saturday night. a team of police rushed ... sensing them the gang fired.' with 'Advertisement' below:
    only the stops inside the paragraphs say how its sentences begin, so it is still split before 'a team'."""
    note = ("A man was killed in a shootout with police in the city on Saturday night. a team of Dhaka police rushed "
            "to the area to arrest the gang. sensing their presence the gang fired at the police.")
    for body in (note, note + "\n\nAdvertisement"):
        assert lower_cased(body)
        assert _texts(body)[1] == "a team of Dhaka police rushed to the area to arrest the gang."


def test_a_wire_dateline_is_a_sentence_of_its_own() -> None:
    """'KABUL, May 5 (Reuters) - Gunmen ...': the dateline stands alone, so the story's first sentence opens as it
    would without it; `story_sentences` leaves it out. A sentence that only mentions an agency is no dateline."""
    body = "KABUL, May 5 (Reuters) - Gunmen killed two guards. Police said the attackers fled."
    assert _texts(body) == ["KABUL, May 5 (Reuters) -", "Gunmen killed two guards.", "Police said the attackers fled."]
    assert is_wire_dateline("KABUL, May 5 (Reuters) -") and is_wire_dateline("NAIROBI, Kenya (AP) _")
    assert story_sentences(split_sentences(body))[0].text == "Gunmen killed two guards."
    assert _texts("Police told a reporter (AP) - no more.") == ["Police told a reporter (AP) - no more."]
    assert _texts("LAGOS, Nigeria — A bomb went off.")[0] == "LAGOS, Nigeria —" and is_wire_dateline("KABUL --")
    assert _texts("UN — the body said so.") == ["UN — the body said so."]  # a capitalised word, no story after
    assert _texts("Police — who were there — said so.") == ["Police — who were there — said so."]
    assert story_sentences(split_sentences("Gunmen killed two guards.")) == split_sentences("Gunmen killed two guards.")


def test_a_title_case_dateline_with_its_region_is_a_sentence_of_its_own() -> None:
    """'Jos, Plateau State — Gunmen ...' (title case, a town and its region) is a dateline; a sentence opening
    with a name and an aside ('Musa, the driver — who was shot — died.') is not."""
    assert _texts("Jos, Plateau State — Gunmen killed two guards.") == ["Jos, Plateau State —",
                                                                      "Gunmen killed two guards."]
    assert is_wire_dateline("Jos, Plateau State —")
    assert _texts("Musa, the driver — who was shot — died.") == ["Musa, the driver — who was shot — died."]


def test_a_full_stop_typed_before_its_space_ends_a_sentence() -> None:
    """'... near the dam .Four guards were killed' (the stop before the space): two sentences, the second
    opening with its number."""
    assert _texts("A bomb went off near the dam .Four guards were killed.") == [
        "A bomb went off near the dam .", "Four guards were killed."]
    assert _texts("Shares of Acme .NET rose.") == ["Shares of Acme .NET rose."]  # no lower-case letter after


def test_a_full_stop_typed_without_its_space_ends_a_sentence() -> None:
    """"hit by an (IED).Four soldiers were killed" is two sentences; "Mr.Smith", "U.S.Army" and
    "www.Reuters.com" are not broken."""
    texts = [s.text for s in split_sentences("The convoy was hit by an (IED).Four soldiers were killed.")]
    assert texts == ["The convoy was hit by an (IED).", "Four soldiers were killed."]
    assert len(split_sentences("He met Mr.Smith at the U.S.Army base and read www.Reuters.com daily.")) == 1


def test_a_bullet_opens_a_list_item_of_its_own() -> None:
    """'fact box • one raider shot at the gate • two guards also killed': each item a sentence, without its bullet."""
    body = "fact box • one raider shot dead at the gate • two guards also killed • curfew in town."
    assert _texts(body) == ["fact box", "one raider shot dead at the gate", "two guards also killed", "curfew in town."]
    assert _texts("Fact box • One raider shot dead. • Two guards also killed.")[1:] == [
        "One raider shot dead.", "Two guards also killed."]
