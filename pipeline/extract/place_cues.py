"""Country hints from words of one country's public life, for texts that name no place.

"Lok Sabha", "panchayat", "bandh", "hartal", "Levies": institutions, offices, forms of
protest and local terms that news of one country (or a few) uses, listed in
`data/gazetteer_cues.csv`. Each distinct cue in the lead gives a weak vote shared among
its countries, so that a note about a "statewide bandh" over "the State government"
is placed in India or Nepal rather than nowhere, while any named place outweighs it.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict

from pipeline.extract.gazetteer import DATA

CUES = DATA / "gazetteer_cues.csv"
_CUE_VOTE = 0.5  # per distinct cue, shared among its countries
MAX_CUE_VOTE = 1.5  # all cues together, per country
_HINT_CHARS = 3000


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The cue pattern (on lower-cased text) and each lower-cased cue's countries."""
    countries: dict[str, tuple[str, ...]] = {}
    with CUES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            codes = tuple(row["countries"].split("|"))
            for cue in row["cue"].split("|"):
                countries[cue.lower()] = codes
    alternatives = "|".join(re.escape(cue) for cue in sorted(countries, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), countries


def cue_votes(text: str) -> dict[str, float]:
    """Country -> weak votes of the distinct cues in the text's lead."""
    pattern, countries = _table()
    found = {match.group(0) for match in pattern.finditer(text[:_HINT_CHARS].lower())}
    votes: dict[str, float] = defaultdict(float)
    for cue in found:
        for iso3 in countries[cue]:
            votes[iso3] = min(MAX_CUE_VOTE, votes[iso3] + _CUE_VOTE / len(countries[cue]))
    return votes
