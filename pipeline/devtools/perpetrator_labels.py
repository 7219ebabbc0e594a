"""Score `casualty_mentions.perpetrator` against document labels of who did what (IndiaPoliceEvents style).

    .venv/bin/python -m pipeline.devtools.perpetrator_labels ../shared/corpus/india_police.jsonl

Each record carries yes/no labels such as `police_killed` ("the article tells of police killing
someone") and `police_arrested`. An article is predicted "yes" when one of its figures of that
category that tells of a deed done (not negated, denied, threatened or hypothetical) names a perpetrator of
that kind ("Police Forces of India" for police). Records are read at
run time and never stored; the printed table is the README's.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.clean.text import normalise_record_text
from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from pipeline.ingest.records import parse_published

# label -> (casualty category, perpetrator name prefix)
LABELS = {
    "police_killed": ("killed", "Police Forces"),
    "police_arrested": ("arrested", "Police Forces"),
}

UNDONE = frozenset({"negated", "denied", "threat", "hypothetical"})


@dataclass(slots=True)
class Tally:
    """Article counts of one label: labelled yes and found, and the confusion."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def predicted(record: dict[str, object]) -> dict[str, bool]:
    """label -> whether one of the record's figures of the label's category names such a perpetrator."""
    body = normalise_record_text(str(record.get("text") or ""))
    published = parse_published(record.get("published_at"))  # type: ignore[arg-type]
    title = record.get("title")
    article = ArticleText(str(record["id"]), body, title if isinstance(title, str) else None, published)
    casualties = analyse(article).casualties
    # (a harm that did not happen tells no deed: "the police failed to arrest him", "will arrest the accused")
    done = [c for c in casualties if c.status not in UNDONE]
    return {label: any(c.category == category and (c.perpetrator or "").startswith(prefix) for c in done)
            for label, (category, prefix) in LABELS.items()}


def tally(records: Iterable[dict[str, object]]) -> dict[str, Tally]:
    """label -> its tally over the records whose gold carries the label."""
    out = {label: Tally() for label in LABELS}
    for record in records:
        gold = record.get("gold")
        if not isinstance(gold, dict):
            continue
        guesses = predicted(record)
        for label, t in out.items():
            if label not in gold:
                continue
            said, found = gold[label] == "yes", guesses[label]
            t.tp += said and found
            t.fp += found and not said
            t.fn += said and not found
    return out


def table(tallies: dict[str, Tally]) -> str:
    """The Markdown table the README shows."""
    rows = ["| label | articles labelled | found | precision | recall |", "|---|---:|---:|---:|---:|"]
    rows += [f"| `{label}` | {t.tp + t.fn} | {t.tp} | {t.precision:.3f} | {t.recall:.3f} |"
             for label, t in tallies.items()]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path, help="JSON lines with text, published_at and gold yes/no labels")
    args = parser.parse_args(argv)
    with args.records.open(encoding="utf-8") as lines:
        print(table(tally(json.loads(line) for line in lines if line.strip())))


if __name__ == "__main__":
    main()
