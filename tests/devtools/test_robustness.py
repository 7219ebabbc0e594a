"""The robustness probe: each variant rewrites a text as real inputs come, and changed values are counted."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.devtools import robustness

RECORD = {
    "id": "own-1",
    "published_at": "2025-11-04T10:00:00Z",
    "title": None,
    "text": "Gunmen killed seven villagers and wounded three others in an attack on a market in Zamfara state on "
    "Monday, police said. The attackers fled on motorcycles towards the forest, residents said.",
    "gold": {"killed": 7, "injured": 3, "event_date": "2025-11-03", "country_iso3": "NGA"},
}


def test_each_variant_keeps_the_story_and_changes_its_form() -> None:
    """Wrapping, lower-casing, a dateline, credits, furniture and page copies all keep the story's words."""
    text = RECORD["text"]
    for name, (fmt, rewrite) in robustness.VARIANTS.items():
        rewritten = rewrite(text)
        assert rewritten != text, name
        assert "zamfara" in rewritten.lower(), name
        assert fmt in ("jsonl", "txt", "html")
    assert max(len(line) for line in robustness.VARIANTS["wrap"][1](text).split("\n")) <= 72


def test_a_plain_record_is_read_as_the_pipeline_reads_it() -> None:
    """The plain prediction is the pipeline's: seven killed, three wounded, Nigeria, the Monday before."""
    got = robustness.predict(RECORD)
    assert (got["killed"], got["injured"], got["country_iso3"]) == ("7", "3", "NGA")
    assert got["event_date"] == "2025-11-03"


def test_no_variant_spoils_a_plain_story() -> None:
    """A plain wire-style story keeps every value that matched gold under every variant."""
    tallies = robustness.compare([RECORD], list(robustness.VARIANTS), show=5)
    assert set(tallies) == set(robustness.VARIANTS)
    assert all(t.worse == 0 for t in tallies.values()), {n: t.examples for n, t in tallies.items()}


def test_compare_counts_a_changed_value_as_worse(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A rewrite that changes the toll changes one value that matched gold: changed 1, worse 1, shown."""
    monkeypatch.setitem(robustness.VARIANTS, "fewer", ("jsonl", lambda t: t.replace("seven", "two")))
    tally = robustness.compare([RECORD], ["fewer"], show=3)["fewer"]
    assert (tally.changed, tally.worse, tally.better) == (1, 1, 0)
    assert tally.examples == ["own-1 killed: 7 -> 2 (gold 7)"]


def test_main_prints_a_table(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The command reads gold files and prints one row per variant."""
    gold = tmp_path / "own.jsonl"
    gold.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    assert robustness.main([str(gold), "--variants", "wrap,credits", "--show", "2"]) == 0
    out = capsys.readouterr().out
    assert "1 records" in out and "wrap" in out and "credits" in out
