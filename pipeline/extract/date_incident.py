"""The date of the incident an article reports, chosen among its date mentions."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.types import CasualtyMention, DateMention, Sentence


def incident_date(
    dates: list[DateMention],
    casualties: list[CasualtyMention],
    sentences: list[Sentence],
    published: dt.datetime | None,
) -> tuple[dt.date | None, str | None]:
    """(event_date, precision): the first resolved day mention, else the publication day."""
    for mention in dates:
        if mention.value and mention.precision == "day":
            return dt.date.fromisoformat(mention.value), "day"
    if published is not None:
        return published.date(), "day"
    return None, None
