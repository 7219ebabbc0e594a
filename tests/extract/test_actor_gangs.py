"""Local gangs of the Americas named by the report: ACLED's '<name> Gang'."""

from __future__ import annotations

from pipeline.extract.actor_gangs import gang_name
from pipeline.extract.actors import extract_actors, main_actors
from pipeline.extract.sentences import split_sentences


def test_members_of_a_gang_clashing_with_police() -> None:
    """'members of Los Rayos clashed with police': the gang, not unidentified gunmen, is the other side."""
    body = "Members of Los Rayos clashed with police officers in the port city, leaving two dead."
    sentences = split_sentences(body)
    actors = extract_actors(body, sentences)
    assert set(main_actors(actors, sentences, "Battles", "Armed clash", "MEX")) == {
        "Police Forces of Mexico",
        "Los Rayos Gang",
    }


def test_the_report_s_own_suffix_is_not_doubled() -> None:
    """'members of Los Rayos Cartel' is 'Los Rayos Gang'; particles stay in the name."""
    assert gang_name(split_sentences("Alleged members of Los Rayos Cartel ambushed a patrol."), "MEX") == (
        "Los Rayos Gang"
    )
    assert gang_name(split_sentences("Members of Tropa de Hierro shot a man."), "HND") == "Tropa de Hierro Gang"


def test_known_cartels_institutions_and_other_regions_are_no_gang() -> None:
    """Catalogued cartels, institutions, acronyms and reports outside the Americas give no gang name."""
    for body, iso3 in (
        ("Members of the Sinaloa Cartel were arrested.", "MEX"),
        ("Members of the National Guard were attacked.", "MEX"),
        ("Armed men clashed with members of the UPOEG.", "MEX"),
        ("Members of Los Rayos clashed with police.", "NGA"),
    ):
        assert gang_name(split_sentences(body), iso3) is None, body
