"""ACLED's actor-type codes (inter1, inter2) and their interaction code for events.

ACLED codes each actor's type (1 state forces, 2 rebel groups, 3 political
militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
8 external/other forces) and the pair as a two-digit interaction, lower code
first: state forces against civilians is 17, protesters alone 60.
"""

from __future__ import annotations

import polars as pl

from pipeline.extract.actor_codes import inter_code


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction code of two actor codes (lower first; a lone actor is code × 10)."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def with_inter_codes(events: pl.DataFrame) -> pl.DataFrame:
    """The events with inter1, inter2 and interaction filled from actor1, actor2 and the country."""
    rows = events.select("actor1", "actor2", "country_iso3").rows()
    inter1 = [inter_code(a1, country) for a1, _, country in rows]
    inter2 = [inter_code(a2, country) for _, a2, country in rows]
    return events.with_columns(
        pl.Series("inter1", inter1, dtype=pl.Int64),
        pl.Series("inter2", inter2, dtype=pl.Int64),
        pl.Series("interaction", [interaction(a, b) for a, b in zip(inter1, inter2, strict=True)], dtype=pl.Int64),
    )
