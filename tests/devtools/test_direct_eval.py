"""The in-process scorer: predictions built like the pipeline's, and the --figures switch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.devtools import direct_eval
from tests.conftest import shared_file

RECORD = {
    "id": "own-1",
    "published_at": "2025-11-04T10:00:00Z",
    "title": None,
    "source": "Example Wire",
    "text": "Gunmen killed seven villagers in Zamfara state on Monday, police said. "
    "Residents said 11 people were killed.",
    "gold": {"killed": 11, "injured": 0, "event_date": "2025-11-03", "country_iso3": "NGA"},
}


def test_predict_gives_the_summary_with_both_figures() -> None:
    """A record's prediction carries the conservative killed figure and the highest report beside it."""
    summary = direct_eval.predict(RECORD)["summary"]
    assert (summary["killed"], summary["killed_high"]) == (7, 11)  # the police's 7, the residents' 11
    assert summary["event_date"].isoformat() == "2025-11-03" and summary["country_iso3"] == "NGA"


def test_figures_switch_scores_the_high_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--figures high scores killed_high in place of killed (the scorer's own metric functions)."""
    shared_file("eval/score.py")
    gold = tmp_path / "own.dev.jsonl"
    gold.write_text(json.dumps(RECORD) + "\n")
    for figures, expected in (("conservative", "0.000"), ("high", "1.000")):  # gold is the residents' 11
        direct_eval.main([str(gold), "--figures", figures])
        line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("killed_exact"))
        assert line.split()[1] == expected


def test_scorer_is_found_beside_the_gold_files_when_not_beside_the_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a checkout with no ../shared, the scorer is the one shipped with the gold files."""
    monkeypatch.setattr(direct_eval, "SCORER", tmp_path / "absent" / "score.py")
    gold = tmp_path / "shared" / "gold" / "own.dev.jsonl"
    assert direct_eval.scorer_for(gold) == tmp_path / "shared" / "eval" / "score.py"
