"""Property tests: the loading and cleaning functions never raise, stay fast, and keep their invariants."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean.article import clean_record
from pipeline.clean.boilerplate import drop_boilerplate, is_boilerplate_line
from pipeline.clean.html_page import parse_html
from pipeline.clean.language import detect_language
from pipeline.clean.pages import parse_page
from pipeline.clean.published import find_published
from pipeline.clean.text import normalise_record_text, repair
from pipeline.extract.sentences import split_sentences
from pipeline.ingest.decode import BinaryContentError, decode_bytes
from pipeline.ingest.records import RawRecord

# Text that looks like news pages: words, digits, dates, markup, mojibake and odd spaces.
_PIECES = st.sampled_from(
    [
        "Advertisement",
        "STORY CONTINUES BELOW THIS AD",
        "October 30, 2025, 13:54:38 IST",
        "killed",
        "Kabul",
        "<p>",
        "</p>",
        "&amp;",
        "â€™",
        "Â ",
        "\u00a0",
        "\n",
        "\n\n",
        ". ",
        "Lt. Gen.",
        "U.S.",
        "\ufeff",
        "2025-10-30T10:00",
        "Home Video Shorts Live TV",
        "<script>x</script>",
        "(Photo: Staff)",
        "“",
        "”",
        "\r\n",
    ]
)
news_like = st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=60).map("".join)
anything = st.one_of(st.text(max_size=2000), news_like)
SLOW = 0.5  # seconds: far above what any of these needs on a sentence-sized input
# Load py3langid's model before anything is timed (its first use reads the model file).
detect_language("Au moins douze personnes ont été tuées mardi dans le nord du pays, selon des sources locales.")
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _timed(function, *args):  # type: ignore[no-untyped-def]
    started = time.process_time()
    result = function(*args)
    assert time.process_time() - started < SLOW
    return result


@PROPERTY
@given(anything)
def test_text_functions_never_raise(text: str) -> None:
    """Repair, normalisation, boilerplate, dates, language and page parsing accept any string."""
    _timed(repair, text)
    _timed(normalise_record_text, text)
    _timed(is_boilerplate_line, text)
    _timed(find_published, text)
    _timed(detect_language, text)
    _timed(drop_boilerplate, text.splitlines())
    _timed(parse_page, text)
    _timed(parse_html, text)


@PROPERTY
@given(anything)
def test_normalisation_is_idempotent_and_trimmed(text: str) -> None:
    """Normalising twice changes nothing more, and the result has no outer whitespace."""
    once = normalise_record_text(text)
    assert normalise_record_text(once) == once
    assert once == once.strip()


@PROPERTY
@given(anything)
def test_sentences_index_the_body(text: str) -> None:
    """Every sentence's text is the body slice it points to, in order and without overlap."""
    sentences = _timed(split_sentences, text)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end


@PROPERTY
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_are_refused_as_binary(data: bytes) -> None:
    """decode_bytes returns text or raises only BinaryContentError."""
    try:
        text, encoding = decode_bytes(data)
    except BinaryContentError:
        return
    assert isinstance(text, str) and encoding


@PROPERTY
@given(anything, st.sampled_from(["txt", "html", "jsonl"]))
def test_clean_record_accepts_any_page(text: str, fmt: str) -> None:
    """Cleaning any text as a page copy, HTML page or text record never raises."""
    record = RawRecord(
        "f", 1, fmt, "id", None, None, None, None, None if fmt == "html" else text, text if fmt == "html" else None
    )
    article = _timed(clean_record, record)
    assert article.body == article.body.strip()
