"""Properties of place resolution on any input: no exceptions, bounded time, valid codes and spans."""

from __future__ import annotations

import pycountry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.gazetteer import gazetteer
from pipeline.extract.place_mentions import find_places, find_places_lower
from pipeline.extract.places import incident_place
from pipeline.extract.sentences import split_sentences
from tests.timing import best_cpu_seconds

# Names and words the place rules react to, so generated text exercises them densely.
VOCABULARY = [
    "Punjab", "Georgia", "Kabul", "in", "near", "the", "border", "with", "forces", "of", "Pakistan", "India",
    "US", "dollar", "Somali", "capital", "(", ")", ",", "Deir", "ez-Zor", "Rio", "de", "Janeiro", "J&K",
    "LGA", "district", "Hassan", "Line", "Police", "'s", "Nigeria", "Niger", "State", "city", "\n", ".",
    "gujarat", "ahmedabad", "kashmir", "Cote", "d'Ivoire", "Al", "Hudaydah", "Mogadishu", "Ukraine",
]
texts = st.one_of(
    st.text(max_size=500),
    st.lists(st.sampled_from(VOCABULARY), max_size=80).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=80).map("".join),
)
# ISO codes plus the user-assigned code for Kosovo.
CODES = {country.alpha_3 for country in pycountry.countries} | {"XKX"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_incident_place_never_raises_and_gives_iso3(text: str) -> None:
    """Any text gets None or an ISO 3166 alpha-3 code, with admin1 and location only beside a country."""
    iso3, admin1, location = incident_place(split_sentences(text), [])
    assert iso3 is None or iso3 in CODES
    if iso3 is None:
        assert admin1 is None and location is None


@settings(max_examples=200, deadline=None)
@given(texts)
def test_mentions_are_spans_of_the_text(text: str) -> None:
    """Every place mention's text is the span of the input it claims to be."""
    table = gazetteer()
    lower = text.lower()
    for source, mentions in ((text, find_places(table, text)), (lower, find_places_lower(table, lower))):
        for mention in mentions:
            assert source[mention.start : mention.end] == mention.text
            assert mention.places


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), min_size=20, max_size=60).map(lambda ws: " ".join(ws * 80)))
def test_incident_place_time_is_bounded(text: str) -> None:
    """Even a long run of place names is resolved in milliseconds of CPU: work is capped per article."""
    sentences = split_sentences(text)
    gazetteer()
    assert best_cpu_seconds(lambda: incident_place(sentences, [])) < 0.2
