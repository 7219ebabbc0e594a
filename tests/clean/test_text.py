"""Tests of pipeline.clean.text."""

from pipeline.clean.text import normalise_record_text, repair


def test_mojibake_is_repaired() -> None:
    """UTF-8 read as cp1252 ('donâ€™t') is turned back into the right characters."""
    assert repair("They donâ€™t know") == "They don’t know"


def test_entities_in_plain_text_are_decoded() -> None:
    """HTML entities in a plain-text record become characters."""
    assert repair("Smith &amp; Sons said &quot;no&quot;") == 'Smith & Sons said "no"'


def test_clean_text_is_unchanged_but_trimmed() -> None:
    """Clean text keeps every character apart from outer whitespace and line endings."""
    text = "  Two  soldiers were killed.\r\nPolice said.  "
    assert normalise_record_text(text) == "Two  soldiers were killed.\nPolice said."


def test_invisible_and_odd_spaces_are_normalised() -> None:
    """No-break spaces become spaces and zero-width characters disappear."""
    assert normalise_record_text("at\u00a0least\u200b six") == "at least six"
