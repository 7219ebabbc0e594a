"""Failures are loud: a failing blocking check stops the run, names itself, and publishes nothing."""

import json
import shutil
from pathlib import Path

import pytest

import assets.accounting
from pipeline.cli import main
from pipeline.runner import PipelineError, run_pipeline
from pipeline.stages.accounting import Accounting

pytestmark = pytest.mark.slow


@pytest.fixture
def small_inbox(tmp_path: Path) -> Path:
    """An inbox of two good records."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows = [
        {"id": 1, "text": "Gunmen killed two villagers on Monday.", "published_at": "2025-03-04"},
        {"id": 2, "text": "Police arrested five protesters in the capital.", "published_at": "2025-03-04"},
    ]
    (inbox / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return inbox


def _unbalanced(*_: object) -> Accounting:
    return Accounting(records_read=3, articles_loaded=2, records_quarantined=0, duplicates_collapsed=0)


def test_unaccounted_record_fails_the_run_and_publishes_nothing(
    small_inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a record is unaccounted for, the run fails naming the check, and no warehouse appears."""
    monkeypatch.setattr(assets.accounting, "account", _unbalanced)
    warehouse = tmp_path / "w.duckdb"
    with pytest.raises(PipelineError, match="records_accounted_for"):
        run_pipeline(small_inbox, warehouse, workers=1, progress=lambda _: None)
    assert not warehouse.exists()


def test_failed_check_keeps_the_previous_warehouse(
    small_inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failing rerun leaves the previously published file byte-identical."""
    warehouse = tmp_path / "w.duckdb"
    run_pipeline(small_inbox, warehouse, workers=1, progress=lambda _: None)
    before = warehouse.read_bytes()
    shutil.copy(small_inbox / "a.jsonl", small_inbox / "b.jsonl")
    monkeypatch.setattr(assets.accounting, "account", _unbalanced)
    with pytest.raises(PipelineError):
        run_pipeline(small_inbox, warehouse, workers=1, progress=lambda _: None)
    assert warehouse.read_bytes() == before


def test_headless_command_exits_nonzero_with_one_line(
    small_inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command prints one `error:` line naming the failed check and exits 1."""
    monkeypatch.setattr(assets.accounting, "account", _unbalanced)
    status = main(["run", "--inbox", str(small_inbox), "--warehouse", str(tmp_path / "w.duckdb"), "--workers", "1"])
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert status == 1
    assert len(errors) == 1 and "records_accounted_for" in errors[0]


def test_failed_run_is_recorded_with_the_checks_metadata(small_inbox: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """With DAGSTER_HOME set, the failed run is in the instance (the UI's data) with the check's metadata."""
    import dagster as dg

    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setattr(assets.accounting, "account", _unbalanced)
    with pytest.raises(PipelineError):
        run_pipeline(small_inbox, tmp_path / "w.duckdb", workers=1, progress=lambda _: None)
    with dg.DagsterInstance.get() as instance:
        failed = instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.FAILURE]))
        assert len(failed) == 1
        evaluations = instance.all_logs(failed[0].run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION)
        failing = [e.dagster_event.event_specific_data for e in evaluations
                   if e.dagster_event and not e.dagster_event.event_specific_data.passed]  # type: ignore[union-attr]
        assert [f.check_name for f in failing] == ["records_accounted_for"]  # type: ignore[union-attr]
        assert failing[0].metadata["unaccounted"].value == 1  # type: ignore[union-attr]
