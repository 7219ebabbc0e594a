"""Kind nouns that point back to an actor named before with its country (sentences written by us)."""

from __future__ import annotations

from pipeline.extract.actor_restated import Restatements
from pipeline.extract.actors import extract_actors
from pipeline.extract.sentences import split_sentences
from pipeline.extract.types import ActorMention


def mentions(body: str) -> list[ActorMention]:
    return extract_actors(body, split_sentences(body))


def named(body: str, text: str, nth: int = 0) -> ActorMention:
    """The `nth` mention whose text is `text`."""
    return [m for m in mentions(body) if m.text == text][nth]


def test_the_troops_after_pakistani_troops_are_pakistans() -> None:
    """'The troops' after 'Pakistani troops' are the same force, not the troops of where the place lies."""
    body = "Pakistani troops killed two militants in Kupwara on Tuesday. The troops also arrested a man."
    troops = named(body, "troops")
    assert troops.actor_name == "Military Forces of Pakistan" and not troops.generic


def test_the_security_source_repeats_the_pakistani_security_source() -> None:
    """'the security source told AFP' after 'a Pakistani security source' is the Pakistani one."""
    body = ("A Pakistani security source said talks would resume in Istanbul. "
            "The talks are likely in Turkey, the security source told AFP.")
    assert named(body, "security source").actor_name == "Military Forces of Pakistan"


def test_two_stated_countries_leave_the_kind_noun_guessed() -> None:
    """After Indian and Pakistani troops, which one 'the troops' are is unknown: the guess stays generic."""
    body = ("Indian troops and Pakistani troops exchanged fire in Uri on Monday. "
            "The troops used mortars.")
    assert named(body, "troops").generic


def test_a_bare_plural_is_a_new_group() -> None:
    """'Troops clashed with the Taliban' after 'US troops left' may be other troops: no restatement."""
    body = "US troops left Kabul in 2021. Troops clashed with the Taliban in Kunduz on Tuesday."
    assert named(body, "Troops").generic


def test_an_official_kind_keeps_the_articles_country() -> None:
    """'the prime minister' after 'the Cambodian prime minister', in a story from New Delhi, stays India's:
    officials are most often the article's own."""
    body = "The Cambodian prime minister invited India. In New Delhi, the prime minister accepted."
    first = body.index("Cambodian prime minister")
    second = body.index("prime minister", first + 20)
    stated = ActorMention(first, first + 24, body[first:first + 24], "Government of Cambodia", "government", "KHM",
                          None, 0, 1, False)
    guessed = ActorMention(second, second + 14, "prime minister", "Government of India", "government", "IND",
                           None, 1, 1, True)
    restatements = Restatements(body)
    assert restatements.read(stated) == stated
    assert restatements.read(guessed) == guessed
