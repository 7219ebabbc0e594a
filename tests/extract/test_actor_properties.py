"""Properties of actor extraction on any input: no exceptions, valid spans, bounded time."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.actors import extract_actors, main_actors
from pipeline.extract.sentences import split_sentences
from pipeline.taxonomy import ACTOR_ROLES, ACTOR_TYPES, EVENT_TYPES
from tests.timing import best_cpu_seconds

# Words the actor rules react to, so generated text exercises them densely.
VOCABULARY = [
    "Pakistan",
    "Pakistani",
    "pakistan's",
    "troops",
    "police",
    "Kabul",
    "said",
    "in",
    "the",
    "of",
    "and",
    ",",
    "Taliban",
    "Afghan",
    "TTP",
    "IS",
    "US",
    "us",
    "U.S.",
    "mediated",
    "by",
    "Qatar",
    "Defence",
    "Minister",
    "Khawaja",
    "Asif",
    "he",
    "they",
    "I",
    "We",
    "killed",
    "were",
    "gunmen",
    "protesters",
    "Mr",
    "Gen.",
    "-",
    "al-Shabaab",
    "Islamic",
    "State",
    "forces",
    "military",
    "government",
    "between",
    "talks",
    "according",
    "to",
    "AFP",
    "told",
    "claimed",
    "'s",
    "’s",
    "(",
    ")",
    "\n",
    "Ministry",
    "Foreign",
    "Affairs",
    "Sheikh",
    "İstanbul",
    "ǅ",
    "ß",
    "maoists",
    "Military",
    "Forces",
    "Azerbaijan",
    "LeT",
    "let",
    "mob",
    "civilians",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(VOCABULARY), max_size=80).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_mentions_are_valid_spans_of_the_body(body: str) -> None:
    """Never raises; every mention's text is body[char_start:char_end], with known types and roles."""
    sentences = split_sentences(body)
    mentions = extract_actors(body, sentences)
    for m in mentions:
        assert 0 <= m.char_start < m.char_end <= len(body)
        assert body[m.char_start : m.char_end] == m.text
        assert m.actor_name
        assert m.actor_type in ACTOR_TYPES
        assert m.role is None or m.role in ACTOR_ROLES
        assert m.inter_code is None or 1 <= m.inter_code <= 8
        assert 0 <= m.sentence_index < len(sentences)


@settings(max_examples=200, deadline=None)
@given(texts, st.sampled_from([None, *EVENT_TYPES]), st.sampled_from([None, "PAK", "COD", "XKX", "ZZZ"]))
def test_main_actors_never_raises(body: str, event_type: str | None, country: str | None) -> None:
    """main_actors returns two names or None for any text, event type and country code."""
    sentences = split_sentences(body)
    actor1, actor2 = main_actors(extract_actors(body, sentences), sentences, event_type, None, country)
    assert actor1 is None or isinstance(actor1, str)
    assert actor2 is None or isinstance(actor2, str)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=300, max_size=400).map(" ".join))
def test_time_per_sentence_is_bounded(sentence: str) -> None:
    """A long run-on sentence of trigger words is processed in well under a second."""
    body = sentence.replace("\n", " ")
    assert best_cpu_seconds(lambda: extract_actors(body, split_sentences(body))) < 0.5
