"""Tests that the Dagster Definitions load and describe themselves."""

import dagster as dg

from pipeline.definitions import defs

EXPECTED_ASSETS = {
    "raw_articles",
    "clean_articles",
    "date_mentions",
    "actor_mentions",
    "casualty_mentions",
    "article_incidents",
    "articles",
    "article_summary",
    "events",
    "event_reports",
    "quarantine",
    "warehouse",
}


def test_definitions_load_with_every_asset() -> None:
    """The code location loads and holds the whole asset graph."""
    keys = {key.to_user_string() for key in defs.resolve_asset_graph().get_all_asset_keys()}
    assert keys == EXPECTED_ASSETS


def test_every_asset_has_a_description() -> None:
    """The UI shows a description for every asset."""
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, key.to_user_string()


def test_every_staged_table_has_a_blocking_schema_check() -> None:
    """Each table asset has a blocking pandera check; ingest has the accounting check."""
    graph = defs.resolve_asset_graph()
    specs = {
        (key.asset_key.to_user_string(), key.name): graph.get_check_spec(key)
        for key in graph.asset_check_keys
    }
    for table in EXPECTED_ASSETS - {"raw_articles", "articles", "warehouse"}:
        assert specs[(table, f"{table}_schema")].blocking, table
    assert specs[("raw_articles", "records_accounted_for")].blocking


def test_jobs_schedule_and_sensors_are_defined() -> None:
    """Three phase jobs, a daily schedule, an inbox sensor and a run-failure sensor exist."""
    for job in ("ingest_job", "extract_job", "publish_job"):
        assert defs.resolve_job_def(job) is not None
    assert defs.resolve_schedule_def("daily_rerun").cron_schedule == "0 5 * * *"
    assert defs.resolve_sensor_def("inbox_sensor") is not None
    assert isinstance(defs.resolve_sensor_def("run_failure_alert"), dg.RunStatusSensorDefinition)
