"""Where the incident happened: country (ISO3), and admin area and town where stated.

Seed version: country names from pycountry. The place work replaces it with a gazetteer.
"""

from __future__ import annotations

import functools
import re

import pycountry

from pipeline.extract.types import ActorMention, Sentence


@functools.cache
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {c.name: c.alpha_3 for c in pycountry.countries}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    return pattern, names


def incident_place(
    sentences: list[Sentence], actors: list[ActorMention]
) -> tuple[str | None, str | None, str | None]:
    """(country_iso3, admin1, location) of the incident: the first country named."""
    pattern, names = _country_pattern()
    for sentence in sentences:
        match = pattern.search(sentence.text)
        if match:
            return names[match.group(0)], None, None
    for actor in actors:
        if actor.country_iso3:
            return actor.country_iso3, None, None
    return None, None, None
