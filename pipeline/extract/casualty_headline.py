"""A headline at the top of a text restates its story's figures.

Scraped or pasted articles often keep their headline as the first line of the text ("Villagers lynch
two more cattle thieves in Dhubri", then "Another crowd lynched two more cattle thieves near the
market ..."). The headline's figure is the lead's told first, not another group of victims, even where
its words would add ("two more" twice is not four). A headline is the story's first sentence
when a line break, not a full stop, ends it and it is short; each of its reported figures in
numbers that a later sentence gives again (same harm, same number) is linked `same` to it. (A
person named alone, "soldier, civilian killed", is left as it is: a later "soldier killed" may
restate one of the two.)
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.sentences import story_sentences
from pipeline.extract.types import CasualtyMention, Sentence

HEADLINE = "a headline the story restates"
_MAX_WORDS = 20
_CLOSING = ".!?:;\"”’'"


def headline_restated(body: str, sentences: list[Sentence], mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions` with the headline's figures that the story gives again linked `same`."""
    story = story_sentences(sentences)
    if len(story) < 2 or not _is_headline(body, story[0]):
        return mentions
    index = story[0].index
    later = {(m.category, m.count_best) for m in mentions if m.sentence_index > index and m.status == "reported"}
    return [
        replace(m, link="same", reason=HEADLINE)
        if m.sentence_index == index and m.status == "reported" and m.qualifier != "implicit"
        and (m.category, m.count_best) in later
        else m
        for m in mentions
    ]


def _is_headline(body: str, sentence: Sentence) -> bool:
    """True for a short first line that ends without a full stop, a line break after it."""
    after = body[sentence.end : sentence.end + 3].lstrip(" \t")
    return (after.startswith("\n") and sentence.text[-1] not in _CLOSING
            and len(sentence.text.split()) <= _MAX_WORDS)
