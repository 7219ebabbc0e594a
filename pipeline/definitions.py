"""The Dagster Definitions: assets, checks, jobs, schedule, sensors and resources."""

from __future__ import annotations

import dagster as dg

from assets.accounting import records_accounted_for
from assets.clean import clean_articles
from assets.events import articles, incidents_to_events
from assets.extract import mentions
from assets.ingest import raw_articles
from assets.warehouse import quarantine, warehouse
from pipeline.automation import daily_rerun, inbox_sensor, pipeline_automation, run_failure_alert
from pipeline.jobs import extract_job, ingest_job, publish_job
from pipeline.resources import build_resources

ALL_ASSETS = [raw_articles, clean_articles, mentions, articles, incidents_to_events, quarantine, warehouse]
# Checks defined apart from their asset's step (they read what the step staged).
ALL_CHECKS = [records_accounted_for]

defs = dg.Definitions(
    assets=ALL_ASSETS,
    asset_checks=ALL_CHECKS,
    jobs=[ingest_job, extract_job, publish_job],
    schedules=[daily_rerun],
    sensors=[inbox_sensor, run_failure_alert, pipeline_automation],
    resources=build_resources(),
)
