"""The ACLED-compatible CSV: one row per event, ACLED's columns in ACLED's order, then ours.

ACLED's columns (see `acled_codes` for the coded ones):
event_id_cnty, event_date (YYYY-MM-DD, as ACLED's API writes it), year, time_precision,
disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2,
assoc_actor_2, inter2, interaction, civilian_targeting, iso (ISO 3166-1 numeric), region,
country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source
(the outlets that reported it, "; "-separated), source_scale, notes (the evidence sentence,
else the headline), fatalities, tags, timestamp (latest report's publication, Unix seconds).
Then ours: injured, event_id, n_reports, canonical_article_id, source_url, evidence.

The associated actors are those of the `event_associated_actors` view: the social groups
`actor_groups` read in the canonical report (a crowd's "Journalists (Pakistan)" beside
`Protesters (Pakistan)`, the victims' beside `Civilians (X)`), "; "-joined as ACLED writes them,
unless the events table carries its own. Columns the
events table does not have yet (admin2, coordinates, ...) are written empty, and inter and
interaction codes are derived from the actor names when the events table carries none for a row,
so the file keeps ACLED's shape as the pipeline grows. Events without a date are left out (ACLED
has none) and counted in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from pipeline.export import acled_codes as codes
from pipeline.export.files import atomic_path, read_only
from pipeline.export.regions import acled_country_name, acled_region, iso_numeric
from pipeline.extract.actor_codes import inter_code

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
OUR_COLUMNS = ("injured", "event_id", "n_reports", "canonical_article_id", "source_url", "evidence")
# Columns taken from `events` as they are when present there, else written empty.
_PASS_THROUGH = ("assoc_actor_1", "assoc_actor_2", "admin1", "admin2", "admin3", "location", "latitude",
                 "longitude", "geo_precision", "source_scale", "tags")

_EVENTS_SQL = """
WITH report_sources AS (
    SELECT r.event_id, string_agg(DISTINCT a.source, '; ' ORDER BY a.source) AS sources,
           max(a.published_at) AS last_published
    FROM event_reports r JOIN articles a USING (article_id)
    GROUP BY r.event_id
)
SELECT e.*, c.url AS source_url, c.title AS article_title, s.sources, s.last_published,
       d.evidence AS figure_sentence
FROM events e
JOIN articles c ON c.article_id = e.canonical_article_id
LEFT JOIN report_sources s USING (event_id)
LEFT JOIN deadliest_incidents d USING (event_id)
WHERE e.event_date IS NOT NULL
ORDER BY e.event_date, e.event_id
"""


@dataclass(frozen=True, slots=True)
class AcledExport:
    """What an ACLED export wrote."""

    path: Path
    rows: int
    undated_skipped: int


# The associated actors of each event (the `event_associated_actors` view), when the warehouse has the view.
_GROUPS_SQL = "SELECT event_id, assoc_actor_1, assoc_actor_2 FROM event_associated_actors"
_HAS_GROUPS_SQL = "SELECT count(*) FROM duckdb_views() WHERE view_name = 'event_associated_actors'"


def acled_frame(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """The events of a warehouse as an ACLED-shaped frame (ACLED's columns, then ours)."""
    events = con.execute(_EVENTS_SQL).pl()
    has_groups = con.execute(_HAS_GROUPS_SQL).fetchone()
    if "assoc_actor_1" not in events.columns and "assoc_actor_2" not in events.columns and has_groups and has_groups[0]:
        events = events.join(con.execute(_GROUPS_SQL).pl(), on="event_id", how="left")
    for name in (*_PASS_THROUGH, "inter1", "inter2", "interaction", "evidence"):
        if name not in events.columns:
            events = events.with_columns(pl.lit(None).alias(name))
    base = events.select(
        pl.col("event_date").dt.strftime("%Y-%m-%d").alias("event_date"),
        pl.col("event_date").dt.year().alias("year"),
        "event_type", "sub_event_type", "actor1", "actor2", *_PASS_THROUGH,
        pl.col("sources").alias("source"),
        pl.col("killed").alias("fatalities"),
        pl.col("last_published").dt.epoch("s").alias("timestamp"),
        "injured", "event_id", "n_reports", "canonical_article_id", "source_url",
    )
    derived = _coded_columns(events.to_dicts())
    return pl.concat([base, derived], how="horizontal").select(*ACLED_COLUMNS, *OUR_COLUMNS)


_CODED_TYPES: dict[str, type[pl.DataType]] = {
    "time_precision": pl.Int8, "inter1": pl.Int8, "inter2": pl.Int8, "interaction": pl.Int16, "iso": pl.Int16,
    "event_id_cnty": pl.String, "disorder_type": pl.String, "civilian_targeting": pl.String,
    "region": pl.String, "country": pl.String, "notes": pl.String, "evidence": pl.String,
}


def _coded_columns(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """ACLED's coded columns, row by row (the code tables are small Python functions)."""
    inter1 = [r["inter1"] if r["inter1"] is not None else inter_code(r["actor1"], r["country_iso3"])
              for r in rows]
    inter2 = [_inter2(r) for r in rows]
    disorder = [codes.disorder_type(r["event_type"], r["sub_event_type"]) for r in rows]
    iso3 = [r["country_iso3"] for r in rows]
    evidence = [r["evidence"] or r["figure_sentence"] for r in rows]
    return pl.DataFrame({
        "event_id_cnty": [codes.event_id_cnty(r["event_id"], r["country_iso3"]) for r in rows],
        "time_precision": [codes.time_precision(r["date_precision"]) for r in rows],
        "disorder_type": disorder,
        "inter1": inter1,
        "inter2": inter2,
        "interaction": [r["interaction"] if r["interaction"] is not None and r["inter1"] is not None
                        else codes.interaction(a, b) for r, a, b in zip(rows, inter1, inter2, strict=True)],
        "civilian_targeting": [codes.civilian_targeting(d, a, b) for d, a, b in zip(disorder, inter1, inter2,
                                                                                     strict=True)],
        "iso": [iso_numeric(c) for c in iso3],
        "region": [acled_region(c) for c in iso3],
        "country": [acled_country_name(c) for c in iso3],
        "notes": [e or r["article_title"] for e, r in zip(evidence, rows, strict=True)],
        "evidence": evidence,
    }, schema=_CODED_TYPES)


def _inter2(row: dict[str, Any]) -> int | None:
    """inter2 from the events table, else from the actor name; 0 when there is no second actor."""
    if row["inter2"] is not None:
        return int(row["inter2"])
    if row["actor2"] is None:
        return 0
    return inter_code(row["actor2"], row["country_iso3"])


def export_acled_csv(warehouse: Path, target: Path) -> AcledExport:
    """Write the warehouse's events to `target` as an ACLED-compatible CSV (UTF-8, header row)."""
    with read_only(warehouse) as con:
        frame = acled_frame(con)
        undated = con.execute("SELECT count(*) FROM events WHERE event_date IS NULL").fetchone()
    with atomic_path(target) as tmp:
        frame.write_csv(tmp)
    return AcledExport(path=target, rows=frame.height, undated_skipped=int(undated[0]) if undated else 0)
