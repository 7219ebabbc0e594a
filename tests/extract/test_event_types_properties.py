"""Properties of event typing on any input: no exceptions, bounded time, labels from ACLED's taxonomy."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.event_types import EVENT_TYPE_OF, classify_event
from pipeline.extract.sentences import split_sentences
from tests.timing import best_cpu_seconds

# Words the cue lexicon reacts to, so generated text exercises the rules densely.
VOCABULARY = [
    "protest", "protesters", "riot", "police", "dispersed", "tear", "gas", "killed", "clashed", "with",
    "rebels", "army", "troops", "airstrike", "shelled", "mortar", "IED", "bomb", "exploded", "grenade",
    "suicide", "bomber", "arrested", "abducted", "raped", "looted", "torched", "houses", "agreement",
    "ceasefire", "defused", "seized", "weapons", "recaptured", "town", "by", "no", "not", "[size=dozens]",
    "Arrests:", "set", "fire", "to", "the", "a", "and", "in", ".", ",", "\n", "mob", "lynched", "village",
]
texts = st.one_of(
    st.text(max_size=500),
    st.lists(st.sampled_from(VOCABULARY), max_size=80).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_classify_event_never_raises_and_uses_acled_labels(text: str) -> None:
    """Any text gets either no type or an ACLED (event type, sub-event type) pair that belong together."""
    event_type, sub_type = classify_event(split_sentences(text))
    if sub_type is None:
        assert event_type is None
    else:
        assert EVENT_TYPE_OF[sub_type] == event_type


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=20, max_size=60).map(lambda ws: " ".join(ws * 80)))
def test_classify_event_time_is_bounded(text: str) -> None:
    """Even a long run of cue words is typed in a fraction of a second of CPU: work is capped per article."""
    sentences = split_sentences(text)
    classify_event(split_sentences("Troops clashed with rebels."))  # lexicons load lazily: not part of the bound
    assert best_cpu_seconds(lambda: classify_event(sentences)) < 0.25  # uncapped work takes seconds here

