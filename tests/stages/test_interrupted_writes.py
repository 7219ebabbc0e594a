"""A run that dies at any staged write of clean or extract leaves a cache the next run can trust."""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.fingerprint import table_fingerprints
from pipeline.runner import PipelineError, run_pipeline
from pipeline.staging import Staging

pytestmark = pytest.mark.slow

# Every table the clean and extract stages stage per shard, cache keys included.
STAGED_TABLES = (
    "clean_articles",
    "clean_quarantine",
    "clean_cache_keys",
    "date_mentions",
    "actor_mentions",
    "casualty_mentions",
    "article_incidents",
    "extract_quarantine",
    "article_signatures",
    "extract_cache_keys",
)


def _write(inbox: Path, name: str, first: int) -> None:
    """Reports of one template: later files hold near copies of earlier ones, so links matter."""
    rows = [
        {
            "id": f"{name}-{i}",
            "published_at": "2025-05-0" + str(1 + i % 3),
            "text": f"Gunmen killed {i % 4 + 2} villagers and wounded {i % 3 + 1} others in an attack on "
            f"Monday in district {i}, police said. The attackers fled on motorbikes towards the forest.",
        }
        for i in range(first, first + 12)
    ]
    (inbox / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Table fingerprints of an uninterrupted run over both files."""
    inbox = tmp_path_factory.mktemp("reference")
    _write(inbox, "day1", 0)
    _write(inbox, "day2", 6)
    warehouse = inbox.parent / "reference.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    return table_fingerprints(warehouse)


@pytest.fixture(scope="module")
def after_day1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding an inbox with the first file and the warehouse and staging of its run."""
    folder = tmp_path_factory.mktemp("day1")
    (folder / "inbox").mkdir()
    _write(folder / "inbox", "day1", 0)
    run_pipeline(folder / "inbox", folder / "w.duckdb", workers=1, progress=lambda _: None)
    return folder


@pytest.mark.parametrize("table", STAGED_TABLES)
def test_a_run_dying_at_a_staged_write_is_repaired_by_the_next(
    table: str, reference: dict[str, str], after_day1: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dying just before a stage writes `table` for the new file, then rerunning, gives the uninterrupted tables."""
    shutil.copytree(after_day1, tmp_path / "run")
    inbox, warehouse = tmp_path / "run" / "inbox", tmp_path / "run" / "w.duckdb"
    _write(inbox, "day2", 6)
    real_write = Staging.write

    def dying_write(self: Staging, frame: object, path: Path) -> None:
        if path.parent.name == table or path.name == f"{table}.parquet":
            raise RuntimeError(f"killed before writing {path.name} of {table}")
        real_write(self, frame, path)  # type: ignore[arg-type]

    monkeypatch.setattr(Staging, "write", dying_write)
    with pytest.raises(PipelineError):
        run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    monkeypatch.setattr(Staging, "write", real_write)
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    assert table_fingerprints(warehouse) == reference
