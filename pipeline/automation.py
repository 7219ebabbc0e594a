"""Scheduled reruns, the inbox sensor and the run-failure alert.

The daily schedule and the inbox sensor start phase 1 (`ingest_job`); the
later phases follow by declarative automation (each downstream asset carries
an eager automation condition), so one trigger rebuilds the warehouse.
The inbox sensor's cursor is a fingerprint of the inbox (paths, sizes,
modification times): any new, changed or removed file triggers a run.
Run state survives restarts when DAGSTER_HOME points at a folder (the
README uses `.dagster/`).
"""

import dagster as dg

from pipeline.ingest.readers import inbox_fingerprint
from pipeline.jobs import ingest_job
from pipeline.resources import PipelinePaths

# Downstream assets rebuild as soon as their inputs are all fresh and none is still running.
EAGER = dg.AutomationCondition.eager()

pipeline_automation = dg.AutomationConditionSensorDefinition(
    "pipeline_automation",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=15,
    description="Evaluates the eager automation conditions that carry a run from ingest to the warehouse.",
)

daily_rerun = dg.ScheduleDefinition(
    name="daily_rerun",
    job=ingest_job,
    cron_schedule="0 5 * * *",
    execution_timezone="UTC",
    description="Rebuild the warehouse from the inbox every day at 05:00 UTC.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)


@dg.sensor(
    job=ingest_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description="Start a run when a file in the inbox is added, changed or removed.",
)
def inbox_sensor(context: dg.SensorEvaluationContext, paths: PipelinePaths) -> dg.SensorResult:
    """Request an ingest run whenever the inbox fingerprint changes."""
    fingerprint = inbox_fingerprint(paths.inbox_path)
    if fingerprint == context.cursor:
        return dg.SensorResult(skip_reason="inbox unchanged")
    return dg.SensorResult(run_requests=[dg.RunRequest(run_key=fingerprint)], cursor=fingerprint)


@dg.run_failure_sensor(
    name="run_failure_alert",
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Log every failed run with its failing step, for alerting (wire a Slack/e-mail hook here).",
)
def run_failure_alert(context: dg.RunFailureSensorContext) -> None:
    """Report a failed run loudly in the daemon log."""
    message = context.failure_event.message or "run failed"
    context.log.error(
        f"pipeline run {context.dagster_run.run_id} ({context.dagster_run.job_name}) failed: {message}"
    )
