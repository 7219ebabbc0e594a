"""Local gangs of the Americas named by the report: ACLED's '<name> Gang'."""

from __future__ import annotations

from pipeline.extract.actor_gangs import gang_name
from pipeline.extract.actors import extract_actors, main_actors
from pipeline.extract.sentences import split_sentences


def test_members_of_a_gang_clashing_with_police() -> None:
    """'members of Los Rayos opened fire on a police patrol': the gang, not unidentified gunmen, is the other side."""
    body = "Members of Los Rayos opened fire on a police patrol in the port city, and two people died in the exchange."
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
        ("Gunmen traded fire with members of the UPOEG near a village.", "MEX"),
        ("Members of Los Rayos clashed with police.", "NGA"),
    ):
        assert gang_name(split_sentences(body), iso3) is None, body


def test_unnamed_gang_members_are_the_gang_the_story_names_as_attacking() -> None:
    """'Gang members killed 11 people ... Viv Ansanm stormed the town': Viv Ansanm, against the police whose
    officer was killed (not an unidentified gang against Viv Ansanm); rival gangs stay two sides."""
    def sides(body: str) -> tuple[str | None, str | None]:
        sentences = split_sentences(body)
        return main_actors(extract_actors(body, sentences), sentences, "Battles", "Armed clash", "HTI")

    assert sides("Gang members killed 11 people including a police officer in an attack on a town in central "
                 "Haiti on Monday, the UN said, as hundreds of residents fled. The Viv Ansanm coalition had "
                 "stormed the town before dawn.") == ("Viv Ansanm", "Police Forces of Haiti")
    assert sides("Rival gangs clashed in a town in central Haiti on Monday, killing 11 people. The Viv Ansanm "
                 "coalition had stormed the town before dawn.")[1] != "Police Forces of Haiti"
