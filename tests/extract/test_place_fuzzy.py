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
    assert country("Christians blocked roads in Faislabad on Sunday.") == "PAK"
    assert country("Rioters torched a bus in Kisoreganj district on Monday.") == "BGD"


def test_short_words_and_texts_with_places_are_not_guessed() -> None:
    """Short words are never guessed at, nor anything when a real place is named."""
    assert not misspelt_places(gazetteer(), "Protesters gathered in Douris.")
    assert country("Christians from Faislabad marched in Lahore.") == "PAK"


def test_a_guess_yields_to_actors() -> None:
    """A guessed name weighs less than an actor's country."""
    actor = ActorMention(54, 57, "BNP", "BNP: Bangladesh Nationalist Party", "political_militia", "BGD")
    text = "Four bombs went off in Bijoynagar around 6pm during a BNP blockade."
    assert country(text, [actor]) == "BGD"


def test_a_common_word_or_a_demonym_is_no_misspelt_place() -> None:
    """'on behalf of the Christian community' is no misspelt 'Christiana' (South Africa), nor 'Supreme Court' the
    Louisiana village Supreme: a text naming no known place stays unplaced."""
    body = "The bombing sparked mob violence on behalf of the Christian community as rioters took to the street."
    assert misspelt_places(gazetteer(), body) == []
    assert incident_place(split_sentences(body), [])[0] is None
    body = "Congress staged a protest seeking a Supreme Court-monitored probe into the scam."
    assert incident_place(split_sentences(body), [])[0] is None
