"""The repository holds no run of words copied from the research-licensed gold records or corpus."""

from __future__ import annotations

import pytest

from pipeline.devtools.copied_text import ROOT, SHARED, shared_runs, tracked_text_files


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="needs ../shared (the gold records and corpus)")
def test_no_tracked_file_shares_eight_words_with_the_licensed_sources() -> None:
    """Every test sentence, comment example and README line is our own: no 8-word run of a source is in any
    tracked text file (`python -m pipeline.devtools.copied_text` lists them)."""
    hits = shared_runs(tracked_text_files(ROOT), SHARED, 8)
    assert {str(path.relative_to(ROOT)): runs[:3] for path, runs in hits.items()} == {}
