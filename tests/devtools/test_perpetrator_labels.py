"""Tests for pipeline/devtools/perpetrator_labels.py: document labels of who did what, scored from perpetrators."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.devtools.perpetrator_labels import main, tally

RECORDS = [
    {"id": "a", "published_at": "2002-03-05", "text": "One man was killed in police firing in Vadodara on Tuesday.",
     "gold": {"police_killed": "yes", "police_arrested": "no"}},
    {"id": "b", "published_at": "2002-03-05", "text": "Two men were stabbed to death by a mob in Surat on Tuesday.",
     "gold": {"police_killed": "yes", "police_arrested": "no"}},
    {"id": "c", "published_at": "2002-03-05", "text": "Police arrested 12 people in Surat on Tuesday.",
     "gold": {"police_killed": "no", "police_arrested": "yes"}},
]


def test_tally_counts_found_missed_and_wrong_articles() -> None:
    """A police killing found, one the labels have but the text does not attribute, an arrest found."""
    tallies = tally(RECORDS)
    killed, arrested = tallies["police_killed"], tallies["police_arrested"]
    assert (killed.tp, killed.fp, killed.fn) == (1, 0, 1)
    assert (arrested.tp, arrested.fp, arrested.fn) == (1, 0, 0)
    assert killed.recall == pytest.approx(0.5) and arrested.precision == 1.0


def test_main_prints_the_readme_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command prints one Markdown row per label."""
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    main([str(path)])
    out = capsys.readouterr().out
    assert "| `police_killed` | 2 | 1 | 1.000 | 0.500 |" in out


def test_an_arrest_not_made_is_no_label() -> None:
    """'The police failed to arrest the two accused' names the police but tells of no arrest: no 'yes'."""
    record = {"id": "d", "published_at": "2002-03-05", "text": "The police failed to arrest the two accused in Surat.",
              "gold": {"police_killed": "no", "police_arrested": "no"}}
    arrested = tally([record])["police_arrested"]
    assert (arrested.tp, arrested.fp, arrested.fn) == (0, 0, 0)
