"""Every value the date extractor writes is one the date_mentions table accepts (schemas.common.TIMEX_VALUE)."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.sentences import split_sentences
from pipeline.validation import typed_frame
from schemas.date_mentions import DateMentions

THURSDAY = dt.datetime(2025, 10, 30, 13, 54, 38)
# One sentence per value form: day, month, year, week, weekend, quarter, half, season, decade, century, references.
TEXT = (
    "Gunmen attacked the convoy on Tuesday. Fighting resumed in March 2024 and again in 2011. "
    "Two soldiers were killed last week. Markets closed at the weekend. Revenue fell in the third quarter. "
    "Output rose in the first half of 1989. Farmers fled during the summer of 2023. "
    "Violence peaked in the 1990s and in the early 20th century. The road is now open, as it was in the past, "
    "and may close again in the future."
)


def rows(text: str) -> list[dict[str, object]]:
    """The date_mentions rows of `text`, as the extract stage builds them."""
    found = extract_dates(text, split_sentences(text), THURSDAY)
    return [
        {"article_id": "0123456789abcdef", "char_start": m.char_start, "char_end": m.char_end, "text": m.text,
         "value": m.value, "precision": m.precision, "relative": m.relative, "sentence_index": m.sentence_index}
        for m in found
    ]


def test_every_value_form_is_extracted() -> None:
    """The sample text yields each TIMEX3 value form, so the next test covers them all."""
    values = {str(r["value"]) for r in rows(TEXT)}
    assert {"2025-10-28", "2024-03", "2011", "2025-W43", "2025-W43-WE", "2025-Q3", "1989-H1", "2023-SU", "199",
            "19", "PRESENT_REF", "PAST_REF", "FUTURE_REF"} <= values


def test_the_date_mentions_model_accepts_every_extracted_value() -> None:
    """Decades ('199') and centuries ('19') validate like days and quarters: no mention is quarantined."""
    DateMentions.validate(typed_frame(rows(TEXT), DateMentions), lazy=True)


@pytest.mark.parametrize("value", ["19999", "2025-13-01x", "199Y", "1"])
def test_malformed_values_are_still_rejected(value: str) -> None:
    """The widened pattern still rejects values that are no TIMEX3 date."""
    row = {**rows("Gunmen attacked the convoy on Tuesday.")[0], "value": value}
    with pytest.raises(pa.errors.SchemaErrors):
        DateMentions.validate(typed_frame([row], DateMentions), lazy=True)
