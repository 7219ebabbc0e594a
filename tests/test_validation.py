"""Tests of pipeline.validation and the pandera models: each model rejects the bad rows it guards."""

import datetime as dt
from pathlib import Path

import pandera.polars as pa
import polars as pl
import pytest

from pipeline.validation import FAILED_CHECK, nothing_to_check, split_valid, typed_frame
from schemas import TABLE_MODELS
from schemas.actor_mentions import ActorMentions
from schemas.article_summary import ArticleIncidents
from schemas.casualty_mentions import CasualtyMentions
from schemas.date_mentions import DateMentions
from schemas.events import Events
from schemas.quarantine import Quarantine

AID = "0123456789abcdef"
GOOD = {
    DateMentions: dict(
        article_id=AID,
        char_start=3,
        char_end=10,
        text="Tuesday",
        value="2025-10-28",
        precision="day",
        relative=True,
        sentence_index=0,
    ),
    ActorMentions: dict(
        article_id=AID,
        char_start=0,
        char_end=7,
        text="Taliban",
        actor_name="Taliban",
        actor_type="rebel_group",
        country_iso3="AFG",
        role=None,
        sentence_index=0,
    ),
    CasualtyMentions: dict(
        article_id=AID,
        char_start=0,
        char_end=12,
        text="more than 70",
        category="killed",
        count_low=71,
        count_best=71,
        count_high=None,
        status="reported",
        claimed_by=None,
        sentence_index=0,
        sentence="more than 70 killed",
        qualifier="more_than",
        victim=None,
        link="new",
        reason=None,
    ),
    ArticleIncidents: dict(
        article_id=AID,
        event_date=dt.date(2025, 10, 9),
        date_precision="day",
        killed=3,
        injured=0,
        killed_high=3,
        injured_high=0,
        civilians_killed=2,
        missing=0,
        kidnapped=4,
        arrested=0,
        displaced=0,
        actor1=None,
        actor2=None,
        event_type="Battles",
        sub_event_type="Armed clash",
        country_iso3="PAK",
        admin1=None,
        location=None,
        evidence=None,
    ),
    Quarantine: dict(
        source_file="a.jsonl",
        record_no=2,
        reason="bad",
        check_name="json_invalid",
        stage="ingest",
        table_name=None,
        article_id=None,
        payload_sample="{",
        run_id=None,
    ),
}
BAD = [
    (DateMentions, dict(value="next Tuesday")),
    (DateMentions, dict(precision="fortnight")),
    (DateMentions, dict(char_end=2)),
    (DateMentions, dict(text="Tue")),
    (DateMentions, dict(article_id="not-an-id")),
    (ActorMentions, dict(actor_type="alien")),
    (ActorMentions, dict(country_iso3="pk")),
    (
        ActorMentions,
        dict(
            actor_name="Military Forces of Pakistan (2018-)",
            text="Military Forces of Pakistan (2018-)",
            char_end=35,
        ),
    ),
    (ActorMentions, dict(role="bystander")),
    (CasualtyMentions, dict(category="sad")),
    (CasualtyMentions, dict(count_low=72)),
    (CasualtyMentions, dict(count_high=50)),
    (CasualtyMentions, dict(count_best=-1, count_low=-1)),
    (CasualtyMentions, dict(status="rumoured")),
    (CasualtyMentions, dict(qualifier="roughly")),
    (CasualtyMentions, dict(link="maybe")),
    (ArticleIncidents, dict(killed=-1)),
    (ArticleIncidents, dict(killed_high=2)),
    (ArticleIncidents, dict(civilians_killed=4)),
    (ArticleIncidents, dict(civilians_killed=-1)),
    (ArticleIncidents, dict(kidnapped=-1)),
    (ArticleIncidents, dict(displaced=None)),
    (ArticleIncidents, dict(event_type="Skirmish")),
    (ArticleIncidents, dict(sub_event_type="Peaceful protest")),
    (ArticleIncidents, dict(date_precision=None)),
    (ArticleIncidents, dict(country_iso3="Pakistan")),
    (Quarantine, dict(stage="nowhere")),
    (Quarantine, dict(reason="")),
]


@pytest.mark.parametrize("model", list(GOOD))
def test_good_row_passes(model: type[pa.DataFrameModel]) -> None:
    """A well-formed row of each table is valid."""
    model.validate(typed_frame([GOOD[model]], model), lazy=True)


@pytest.mark.parametrize(("model", "change"), BAD, ids=[f"{m.__name__}-{'-'.join(c)}" for m, c in BAD])
def test_bad_row_is_rejected_and_split_out(model: type[pa.DataFrameModel], change: dict[str, object]) -> None:
    """A row breaking one rule is rejected by the model and moved to the rejected frame with a check name."""
    # The bad row is another article's, so only the changed field can fail.
    frame = typed_frame([GOOD[model], {**GOOD[model], "article_id": "fedcba9876543210", **change}], model)
    with pytest.raises(pa.errors.SchemaErrors):
        model.validate(frame, lazy=True)
    outcome = split_valid(frame, model, "t")
    assert outcome.valid.height == 1 and outcome.rejected.height == 1
    assert outcome.rejected[FAILED_CHECK][0].startswith("t.")


def test_unique_key_violation_is_reported() -> None:
    """Two incidents for one article break the unique key."""
    frame = typed_frame([GOOD[ArticleIncidents], GOOD[ArticleIncidents]], ArticleIncidents)
    assert not split_valid(frame, ArticleIncidents, "t").passed


def test_missing_column_is_a_table_failure() -> None:
    """A frame without a required column cannot be pinned to rows: it is a table failure."""
    frame = pl.DataFrame({"article_id": [AID]})
    outcome = split_valid(frame, DateMentions, "date_mentions")
    assert outcome.table_failures and not outcome.passed


@pytest.mark.parametrize("table", list(TABLE_MODELS))
def test_an_empty_frame_of_the_model_needs_no_pandera_pass(table: str, tmp_path: Path) -> None:
    """An empty frame with the model's exact columns and dtypes, also read back from Parquet, is skipped as valid."""
    model = TABLE_MODELS[table]
    frame = typed_frame([], model)
    frame.write_parquet(tmp_path / "empty.parquet")
    assert nothing_to_check(frame, model)
    assert nothing_to_check(pl.read_parquet(tmp_path / "empty.parquet"), model)
    assert split_valid(frame, model, table).passed


def test_an_empty_frame_with_the_wrong_columns_is_still_checked() -> None:
    """Empty but missing a column or with another dtype: pandera still runs and fails the table."""
    frame = typed_frame([], DateMentions)
    assert not nothing_to_check(frame.drop("text"), DateMentions)
    assert not split_valid(frame.drop("text"), DateMentions, "date_mentions").passed
    assert not nothing_to_check(frame.with_columns(pl.col("char_start").cast(pl.String)), DateMentions)
    assert not nothing_to_check(typed_frame([GOOD[DateMentions]], DateMentions), DateMentions)


EVENT = dict(
    event_id="ev_0123456789abcdef", event_date=dt.date(2025, 11, 3), date_precision="day",
    event_type="Battles", sub_event_type="Armed clash", country_iso3="NGA", admin1=None, location=None,
    actor1=None, actor2=None, inter1=None, inter2=None, interaction=None,
    killed=7, injured=4, killed_low=7, killed_best=8, killed_high=11, injured_low=4, injured_best=4, injured_high=4,
    civilians_killed=5, missing=0, kidnapped=0, arrested=3, displaced=0,
    n_reports=2, n_distinct_reports=2, first_reported_at=None, last_reported_at=None,
    canonical_article_id=AID, killed_source_article_id=AID, evidence=None,
)


@pytest.mark.parametrize(
    ("change", "check"),
    [(dict(civilians_killed=8), "civilians_within_killed"), (dict(killed_high=6), "killed_within_range"),
     (dict(n_distinct_reports=3), "distinct_reports_within_reports")],
)
def test_event_figures_hold_together(change: dict[str, object], check: str) -> None:
    """An events row passes; civilians above killed, a high below killed or more distinct reports than reports fail."""
    assert split_valid(typed_frame([EVENT], Events), Events, "events").passed
    outcome = split_valid(typed_frame([{**EVENT, **change}], Events), Events, "events")
    assert outcome.rejected.height == 1 and check in outcome.rejected[FAILED_CHECK][0]
