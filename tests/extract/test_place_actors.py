"""Tests for how a story's actors vote for its country (pipeline/extract/place_actors.py). The actor mentions
here are made by hand for these tests."""

from __future__ import annotations

from pipeline.extract.place_actors import actor_votes, remote_fire
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention

BODY = "Militiamen and soldiers clashed near the river on Sunday, residents said."


def mention(text: str, name: str, kind: str, iso3: str, *, generic: bool = False) -> ActorMention:
    """An actor mention of `text` in the first sentence of BODY."""
    start = BODY.find(text)
    return ActorMention(max(start, 0), max(start, 0) + len(text), text, name, kind, iso3, None, 0, None, generic)


def votes(actors: list[ActorMention], named: set[str] | None = None) -> dict[str, float]:
    """The actors' votes for BODY, with `named` the countries its places name."""
    return dict(actor_votes(actors, split_sentences(BODY), set(), {}, named or set(), 12))


def test_a_group_that_acts_at_home_votes_more_than_an_army() -> None:
    """A militia votes its country fully; an army, which may fight abroad, less."""
    found = votes([mention("Militiamen", "Militia (Atlantis)", "identity_militia", "ATL"),
                   mention("soldiers", "Military Forces of Utopia", "state_forces", "UTO")])
    assert found["ATL"] > found["UTO"] > 0


def test_a_generic_actor_votes_less_than_a_named_one() -> None:
    """A generic actor's country ('soldiers' of the country the text names) was only inferred: it votes little."""
    generic = mention("soldiers", "Military Forces of Utopia", "state_forces", "UTO", generic=True)
    assert 0 < votes([generic], {"UTO"})["UTO"] < votes([mention("soldiers", "Military Forces of Utopia",
                                                                   "state_forces", "UTO")])["UTO"]


def test_fire_named_by_its_nationality_comes_across_a_border() -> None:
    """'Indian shelling' is a state's fire named by its nationality; 'Indian troops' are not."""
    assert remote_fire(ActorMention(0, 15, "Indian shelling", "Military Forces of India", "state_forces", "IND"))
    assert not remote_fire(ActorMention(0, 13, "Indian troops", "Military Forces of India", "state_forces", "IND"))


def test_remote_fire_says_nothing_of_the_place() -> None:
    """'Indian shelling' comes across the border: the shelling's state casts no vote for the incident's
    country, as 'Indian troops' do."""
    lead = split_sentences("Indian shelling killed two civilians. Indian troops patrolled the area.")
    shelling = ActorMention(0, 15, "Indian shelling", "Military Forces of India", "state_forces", "IND", None, 0)
    troops = ActorMention(37, 50, "Indian troops", "Military Forces of India", "state_forces", "IND", None, 1)
    assert actor_votes([shelling], lead, set(), {}, set(), 12) == {}
    assert actor_votes([troops], lead, set(), {}, set(), 12)["IND"] > 0
