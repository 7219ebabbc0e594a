"""Country hints from words of one country's public life, for texts that name no place."""

from __future__ import annotations

from pipeline.extract.place_cues import MAX_CUE_VOTE, cue_votes
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences


def country(text: str) -> str | None:
    return incident_place(split_sentences(text), [])[0]


def test_cue_places_a_text_without_places() -> None:
    """An institution of one country places a note that names no place."""
    assert country("Lawyers boycotted the courts demanding the removal of the Lokayukta.") == "IND"
    assert country("Teachers held a dharna outside the gram panchayat office.") == "IND"
    assert country("Rioters hurled stones at the Grand Serail and blocked the road with burning tyres.") == "LBN"
    assert country("Forces loyal to Haftar shelled the southern suburbs overnight.") == "LBY"


def test_cue_shared_by_countries_splits_its_vote() -> None:
    """A cue used in several countries votes for each of them, less."""
    votes = cue_votes("Traders observed a bandh.")
    assert set(votes) == {"IND", "NPL"} and votes["IND"] == votes["NPL"] < cue_votes("the Lok Sabha")["IND"]


def test_cues_never_outweigh_a_named_place() -> None:
    """Any place the text names outweighs the cues."""
    assert country("Traders enforced a bandh and a dharna in Lahore over the crore budget.") == "PAK"
    assert country("Madhesi protesters enforced a bandh in Birgunj.") == "NPL"


def test_cue_votes_are_capped_and_whole_words() -> None:
    """Many cues add up to a bounded vote, and a cue inside a longer word is none."""
    text = "The Lok Sabha, the Rajya Sabha, the Vidhan Sabha, a panchayat and a sarpanch."
    assert cue_votes(text)["IND"] == MAX_CUE_VOTE
    assert not cue_votes("The bandhgala jacket and the thanatology course.")
