"""Tests of the ACLED-compatible CSV: ACLED's columns, codes and conventions, on the hand-made warehouse."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import duckdb
import pycountry
import pytest

from pipeline.export import acled_codes as codes
from pipeline.export.acled import ACLED_COLUMNS, OUR_COLUMNS, acled_frame, export_acled_csv
from pipeline.export.regions import ACLED_REGIONS, acled_country_name, acled_region, iso_numeric
from pipeline.taxonomy import EVENT_TYPE_OF_SUB
from tests.handmade_warehouse import A1, A3, E1, E2, E3, build, insert


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """The hand-written warehouse as a file, plus one undated event."""
    path = tmp_path / "events.duckdb"
    con = build(str(path))
    insert(con, "events", [{"event_id": "ev_00000000000000ff", "killed": 1, "injured": 0, "n_reports": 1,
                            "canonical_article_id": A1}])
    con.close()
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_header_is_acled_then_ours(warehouse: Path, tmp_path: Path) -> None:
    """The CSV starts with ACLED's export columns in ACLED's order, then injured and provenance."""
    export_acled_csv(warehouse, tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    assert header == [*ACLED_COLUMNS, *OUR_COLUMNS]
    assert header[:14] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                           "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
                           "assoc_actor_2", "inter2", "interaction"]


def test_rows_follow_acled_conventions(warehouse: Path, tmp_path: Path) -> None:
    """Dates, numeric iso, region, country name, inter codes and fatalities as ACLED writes them."""
    report = export_acled_csv(warehouse, tmp_path / "out.csv")
    rows = {r["event_id"]: r for r in _rows(tmp_path / "out.csv")}
    assert report.rows == 3 and report.undated_skipped == 1 and set(rows) == {E1, E2, E3}
    rsf = rows[E1]
    assert rsf["event_date"] == "2025-11-09" and rsf["year"] == "2025" and rsf["time_precision"] == "1"
    assert (rsf["iso"], rsf["region"], rsf["country"]) == ("729", "Northern Africa", "Sudan")
    assert (rsf["inter1"], rsf["inter2"], rsf["interaction"]) == ("2", "1", "12")
    assert rsf["disorder_type"] == "Political violence" and rsf["civilian_targeting"] == ""
    assert (rsf["fatalities"], rsf["injured"], rsf["n_reports"]) == ("12", "40", "2")
    assert rsf["source"] == "Partner; Wire"
    assert rsf["notes"] == "Shelling killed 12 people, medics said."
    assert rsf["event_id_cnty"].startswith("SDN") and rsf["event_id_cnty"][3:].isdigit()
    protest = rows[E3]
    assert (protest["inter2"], protest["interaction"]) == ("0", "60")
    assert protest["notes"] == "title 3"  # no figure sentence: the headline
    assert dt.date.fromisoformat(rows[E2]["event_date"]) == dt.date(2025, 11, 10)


def test_inter_codes_of_the_events_table_win(warehouse: Path) -> None:
    """When extraction stores inter codes and associated actors on events, the export uses them."""
    con = duckdb.connect(str(warehouse))
    present = {row[0] for row in con.execute("DESCRIBE events").fetchall()}
    for column, kind in (("inter1", "INTEGER"), ("interaction", "INTEGER"), ("assoc_actor_1", "VARCHAR")):
        if column not in present:  # the schema may already have it
            con.execute(f"ALTER TABLE events ADD COLUMN {column} {kind}")
    con.execute("UPDATE events SET inter1 = 8, interaction = NULL, assoc_actor_1 = 'Wagner Group' "
                "WHERE event_id = ?", [E1])
    frame = acled_frame(con).filter(event_id=E1)
    con.close()
    assert frame.row(0, named=True)["inter1"] == 8 and frame.row(0, named=True)["interaction"] == 18
    assert frame.row(0, named=True)["assoc_actor_1"] == "Wagner Group"


def test_event_ids_are_stable_and_unique(warehouse: Path, tmp_path: Path) -> None:
    """Two exports give the same event_id_cnty to the same event, and no two events share one."""
    first = export_acled_csv(warehouse, tmp_path / "a.csv")
    second = export_acled_csv(warehouse, tmp_path / "b.csv")
    ids_a = [r["event_id_cnty"] for r in _rows(first.path)]
    assert ids_a == [r["event_id_cnty"] for r in _rows(second.path)]
    assert len(set(ids_a)) == len(ids_a)
    assert first.path.read_bytes() == second.path.read_bytes()


def test_missing_warehouse_is_an_export_error(tmp_path: Path) -> None:
    """Exporting a warehouse that does not exist says so and writes nothing."""
    from pipeline.export.files import ExportError

    with pytest.raises(ExportError, match="no warehouse"):
        export_acled_csv(tmp_path / "none.duckdb", tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(("event_type", "sub", "expected"), [
    ("Battles", "Armed clash", "Political violence"),
    ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence"),
    ("Strategic developments", "Arrests", "Strategic developments"),
])
def test_disorder_type(event_type: str, sub: str, expected: str) -> None:
    """ACLED's disorder type follows the event and sub-event type."""
    assert codes.disorder_type(event_type, sub) == expected


def test_every_sub_event_type_has_a_disorder_type() -> None:
    """All 25 ACLED sub-event types map to one of ACLED's four disorder types."""
    allowed = {codes.POLITICAL_VIOLENCE, codes.DEMONSTRATIONS, codes.BOTH, codes.STRATEGIC}
    for sub, event_type in EVENT_TYPE_OF_SUB.items():
        assert codes.disorder_type(event_type, sub) in allowed, sub


def test_codes() -> None:
    """time_precision 1/2/3, interaction lower code first, civilian targeting only for violence."""
    assert [codes.time_precision(p) for p in ("day", "week", "month", "year", None)] == [1, 2, 3, 3, None]
    assert codes.interaction(7, 1) == 17 and codes.interaction(1, 0) == 10
    assert codes.interaction(None, 2) is None
    assert codes.civilian_targeting("Political violence", 2, 7) == "Civilian targeting"
    assert codes.civilian_targeting("Demonstrations", 6, 7) is None


def test_every_country_has_an_acled_region() -> None:
    """Every ISO 3166 country pycountry knows is in one of ACLED's regions."""
    missing = [c.alpha_3 for c in pycountry.countries if acled_region(c.alpha_3) is None]
    assert missing == []
    assert len(ACLED_REGIONS) == 17


def test_acled_geography_departs_from_un_where_acled_does() -> None:
    """Iran is Middle East, Afghanistan South Asia, Mexico Central America; iso numeric; ACLED's names."""
    assert [acled_region(c) for c in ("IRN", "AFG", "MEX", "GEO", "TUR")] == [
        "Middle East", "South Asia", "Central America", "Caucasus and Central Asia", "Middle East"]
    assert (iso_numeric("AFG"), iso_numeric("XKX"), iso_numeric(None)) == (4, 0, None)
    assert acled_country_name("COD") == "Democratic Republic of Congo"


def test_social_groups_are_the_associated_actors(warehouse: Path) -> None:
    """A crowd's group stands beside the protesters (assoc_actor_1), the victims' beside the civilians
    (assoc_actor_2), '; '-joined in text order; an event without groups has none."""
    con = duckdb.connect(str(warehouse))
    con.execute("UPDATE events SET actor2 = 'Civilians (Sudan)' WHERE event_id = ?", [E3])
    insert(con, "actor_mentions", [
        {"article_id": A3, "char_start": start, "char_end": start + 5, "text": "words", "actor_name": name,
         "actor_type": "group", "role": role, "sentence_index": 0}
        for start, name, role in ((0, "Journalists (Sudan)", None), (10, "Labour Group (Sudan)", None),
                                  (20, "Journalists (Sudan)", None), (30, "Women (Sudan)", "target"))])
    rows = {r["event_id"]: r for r in acled_frame(con).to_dicts()}
    con.close()
    assert rows[E3]["assoc_actor_1"] == "Journalists (Sudan); Labour Group (Sudan)"
    assert rows[E3]["assoc_actor_2"] == "Women (Sudan)"
    # E2 shares the article but its sides are no crowd and no civilians: its groups are not theirs
    assert rows[E2]["assoc_actor_1"] is None and rows[E1]["assoc_actor_2"] is None
