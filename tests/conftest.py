"""Shared fixtures: the bundled sample inbox, a warehouse built from it once per session, and ../shared."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.settings import PROJECT_ROOT

SAMPLE_INBOX = PROJECT_ROOT / "data" / "sample"
SHARED = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_inbox() -> Path:
    """The bundled sample inbox (read-only: copy it before changing anything)."""
    return SAMPLE_INBOX


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built once from a copy of the sample inbox by the real headless run."""
    from pipeline.runner import run_pipeline

    root = tmp_path_factory.mktemp("sample-run")
    inbox = root / "inbox"
    shutil.copytree(SAMPLE_INBOX, inbox)
    warehouse = root / "events.duckdb"
    run_pipeline(inbox, warehouse, workers=1, progress=lambda _: None)
    return warehouse


@pytest.fixture
def sample_db(sample_warehouse: Path):  # type: ignore[no-untyped-def]
    """A read-only connection to the sample warehouse."""
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test when it is absent (e.g. outside the dev machine)."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is not available")
    return path
