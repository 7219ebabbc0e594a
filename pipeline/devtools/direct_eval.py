"""Score the extraction functions directly on gold files, without Dagster or DuckDB.

    .venv/bin/python -m pipeline.devtools.direct_eval ../shared/gold/wad.dev.jsonl \
        [--limit N] [--errors KEY] [--figures high|civilians]

A fast inner loop for extraction work: it builds each record's body the way
the pipeline does, runs `analyse`, and feeds the predictions to the metric
functions of `../shared/eval/score.py` itself, so the numbers agree with the
scorer's (which remains the reference: it runs the real command). Gold data
is read at run time and never stored. `--figures high` scores `killed_high` /
`injured_high` (the highest credible report of the article) in place of the
contract's conservative `killed` / `injured`; `--figures civilians` scores
`civilians_killed` (the non-combatants among the killed, as WAD codes them)
in place of `killed`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from pipeline.clean.text import normalise_record_text
from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from pipeline.ingest.records import parse_published

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def scorer_for(gold: Path) -> Path:
    """The scorer beside the repository, or else the one that ships with the gold files
    (`shared/gold/x.jsonl` -> `shared/eval/score.py`), so a checkout elsewhere finds it too."""
    if SCORER.exists():
        return SCORER
    return gold.resolve().parent.parent / "eval" / "score.py"


def load_scorer(path: Path = SCORER) -> ModuleType:
    """Import ../shared/eval/score.py as a module."""
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"scorer not found at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(record: dict[str, Any]) -> dict[str, Any]:
    """The scorer's prediction dict for one gold record."""
    body = normalise_record_text(str(record.get("text") or ""))
    published = parse_published(record.get("published_at"))
    analysis = analyse(ArticleText(str(record["id"]), body, record.get("title"), published))
    incident = analysis.incident
    summary = {
        "event_date": incident.event_date,
        "date_precision": incident.date_precision,
        "killed": incident.killed,
        "injured": incident.injured,
        "killed_high": incident.killed_high,
        "injured_high": incident.injured_high,
        "civilians_killed": incident.civilians_killed,
        "actor1": incident.actor1,
        "actor2": incident.actor2,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "country_iso3": incident.country_iso3,
    }
    return {
        "article_id": record["id"],
        "body": body,
        "summary": summary,
        "dates": [
            {"char_start": d.char_start, "char_end": d.char_end, "text": d.text, "value": d.value}
            for d in analysis.dates
        ],
        "actors": [
            {"char_start": a.char_start, "char_end": a.char_end, "text": a.text, "actor_name": a.actor_name}
            for a in analysis.actors
        ],
        "_analysis": analysis,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", metavar="KEY", help="print records whose summary KEY disagrees with gold")
    parser.add_argument("--scorer", type=Path, help="default: ../shared/eval/score.py beside the repository, "
                        "else eval/score.py beside the gold files' folder")
    parser.add_argument(
        "--figures",
        choices=("conservative", "high", "civilians"),
        default="conservative",
        help="score killed/injured (ACLED's conservative figure, the contract's), killed_high/injured_high,"
        " or civilians_killed in place of killed",
    )
    args = parser.parse_args(argv)
    score = load_scorer(args.scorer or scorer_for(Path(args.gold[0])))
    records = score.load_gold(args.gold, args.limit)
    preds = {str(r["id"]): predict(r) for _, r in records}
    if args.figures == "high":  # what the scorer would give if killed/injured held the highest reports
        for pred in preds.values():
            summary = pred["summary"]
            summary["killed"], summary["injured"] = summary["killed_high"], summary["injured_high"]
    if args.figures == "civilians":  # WAD counts the civilians killed only
        for pred in preds.values():
            pred["summary"]["killed"] = pred["summary"]["civilians_killed"]
    groups = set(score.GROUP_NEEDS)
    table = score.metrics_by_file(records, preds, groups)
    score.print_report("direct scores", table, [f"docs {len(records)}"])
    if args.errors:
        for _, record in records:
            gold = record["gold"].get(args.errors)
            got = preds[str(record["id"])]["summary"].get(args.errors)
            if gold is not None and str(got)[:10] != str(gold)[:10]:
                print(
                    json.dumps(
                        {
                            "id": record["id"],
                            "gold": gold,
                            "got": str(got),
                            "published_at": record.get("published_at"),
                            "text": record["text"][:600],
                        },
                        ensure_ascii=False,
                        default=str,
                    )
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
