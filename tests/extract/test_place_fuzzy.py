"""Misspelt place names, guessed only when a text names no place at all."""

from __future__ import annotations

from pipeline.extract.gazetteer import gazetteer
from pipeline.extract.place_fuzzy import misspelt_places, one_edit_apart
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention


def country(text: str, actors: list[ActorMention] | None = None) -> str | None:
    return incident_place(split_sentences(text), actors or [])[0]


def test_one_edit() -> None:
    """An added, dropped, changed or swapped letter is one edit; two changes are not."""
    assert one_edit_apart("faislabad", "faisalabad")
    assert one_edit_apart("tejgoan", "tejgaon")
    assert one_edit_apart("kinshasha", "kinshasa")
    assert one_edit_apart("abcdef", "bacdef") and one_edit_apart("abcdef", "abcdfe")
    assert not one_edit_apart("abcdef", "abcdef")
    assert not one_edit_apart("abcdef", "abxyef")
    assert not one_edit_apart("abcdef", "abcd")


def test_misspelt_town_after_a_locative() -> None:
    """A long name misspelt by a letter is found when the text names no other place."""
    assert country("Shopkeepers pulled down their shutters in Faislabad on Sunday.") == "PAK"
    assert country("A mob set two rickshaws ablaze in Kisoreganj district overnight.") == "BGD"


def test_short_words_and_texts_with_places_are_not_guessed() -> None:
    """Short words are never guessed at, nor anything when a real place is named."""
    assert not misspelt_places(gazetteer(), "A crowd waited in Douris.")
    assert country("Christians from Faislabad marched in Lahore.") == "PAK"


def test_a_guess_yields_to_actors() -> None:
    """A guessed name weighs less than an actor's country."""
    actor = ActorMention(57, 60, "BNP", "BNP: Bangladesh Nationalist Party", "political_militia", "BGD")
    text = "Crude bombs exploded near a bus stand in Bijoynagar as a BNP strike entered its third day."
    assert country(text, [actor]) == "BGD"


def test_a_common_word_or_a_demonym_is_no_misspelt_place() -> None:
    """'elders of the Christian community' is no misspelt 'Christiana' (South Africa), nor 'Supreme Court' the
    Louisiana village Supreme: a text naming no known place stays unplaced."""
    body = "Elders of the Christian community appealed for calm after youths threw stones at a shop."
    assert misspelt_places(gazetteer(), body) == []
    assert incident_place(split_sentences(body), [])[0] is None
    body = "Opposition workers marched to demand a Supreme Court-monitored inquiry into the exam leak."
    assert incident_place(split_sentences(body), [])[0] is None
