"""Which way a date without a year or a bare weekday points: the tense cues around it."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.date_tense import tense_near
from pipeline.extract.dates import extract_dates
from pipeline.extract.sentences import split_sentences

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)  # a Thursday afternoon


def value_of(text: str, expression: str, published: dt.datetime = THURSDAY) -> str | None:
    """The value of the one mention whose text is `expression`."""
    found = {m.text: m.value for m in extract_dates(text, split_sentences(text), published)}
    assert expression in found, f"{expression!r} not found in {found}"
    return found[expression]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # An initial's full stop is no clause boundary: "will" still governs the date.
        ("Ms. Okafor will succeed Gen. Daniel P. Mensah Feb. 1, the ministry said.", "Feb. 1", "2026-02-01"),
        ("The court will sit at 9 a.m. and rule on Tuesday.", "Tuesday", "2025-11-04"),
        # "the plan" is a noun here, not a future cue: the announcement is past.
        ("The governor announced the plan Aug. 21 in the capital.", "Aug. 21", "2025-08-21"),
        # "next to" is a place, not a future cue.
        ("Ten people died in the blast next to the embassy on Friday.", "Friday", "2025-10-24"),
    ],
)
def test_tense_cues_across_abbreviations_and_nouns(text: str, expression: str, value: str) -> None:
    """Abbreviations do not end a clause, and future words used as nouns or prepositions are no cues."""
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ministry postponed until Tuesday any decision on the convoy.", "Tuesday", "2025-11-04"),
        ("The commander extended the deadline until Sunday.", "Sunday", "2025-11-02"),
        ("Until Tuesday, the army had denied any role in the killings.", "Tuesday", "2025-10-28"),
        ("It was not until Tuesday that the army admitted the strike.", "Tuesday", "2025-10-28"),
        ("The violence continued till Tuesday evening, when police opened fire.", "Tuesday evening", "2025-10-28"),
        ("From then onwards, till Tuesday, mobs roamed the old city.", "Tuesday", "2025-10-28"),
        ("The curfew will continue till Tuesday.", "Tuesday", "2025-11-04"),
        ("The curfew remained in force until Tuesday.", "Tuesday", "2025-10-28"),
        ("The curfew, which remained in force, was extended until Tuesday.", "Tuesday", "2025-11-04"),
    ],
)
def test_until_points_ahead_unless_it_opens_the_clause(text: str, expression: str, value: str) -> None:
    """'postponed until Tuesday' is the coming Tuesday; 'Until Tuesday, they had ...' and a spell that
    lasted ('continued till Tuesday evening') look back."""
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The grant will arrive as a delayed payment in January.", "January", "2026-01"),
        ("The vote would take place on an agreed date in March.", "March", "2026-03"),
        ("The rebels seized the town in January.", "January", "2025-01"),
    ],
)
def test_an_ed_word_after_a_determiner_is_no_past_cue(text: str, expression: str, value: str) -> None:
    """'a delayed payment', 'an agreed date' are adjectives: the future verb before them still decides."""
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The aid will be handed out at a still unspecified site in January.", "January", "2026-01"),
        ("Talks will resume with unnamed mediators in March.", "March", "2026-03"),
        ("Unidentified gunmen stormed the camp in March.", "March", "2025-03"),
    ],
)
def test_an_un_adjective_is_no_past_cue(text: str, expression: str, value: str) -> None:
    """'an unspecified site', 'unnamed mediators' are adjectives, so a future verb before them decides."""
    assert value_of(text, expression) == value


def test_a_date_without_a_cue_follows_the_earlier_date_of_its_sentence() -> None:
    """A second date too far from the verb points the same way as the first date of its sentence."""
    text = ("The ministry said that two relief convoys would leave the capital on Monday and Tuesday nights "
            "from December 1, with the third convoy departing each Thursday from March 14.")
    assert value_of(text, "March 14") == "2026-03-14"


def test_a_cue_in_another_sentence_is_not_inherited() -> None:
    """The direction of a date in an earlier sentence does not carry over to the next sentence."""
    text = "Talks will resume on December 1. The ceasefire of March 14 remains in force."
    assert value_of(text, "March 14") == "2025-03-14"


def test_believed_to_be_is_no_future() -> None:
    """'Gunmen believed to be bandits attacked the village on Sunday night' points back, not ahead."""
    text = "Gunmen believed to be bandits attacked Kadisau village in Faskari LGA of Katsina State on Sunday night."
    start = text.index("Sunday")
    assert tense_near(text.lower(), start, start + len("Sunday night")) != "future"
