"""How the predictions hold up when the same news comes in another form.

    .venv/bin/python -m pipeline.devtools.robustness ../shared/gold/acled.dev.jsonl ../shared/gold/wad.dev.jsonl \
        [--variants wrap,lower] [--limit N] [--show N]

The gold texts are clean excerpts; real inputs seldom are. Wire copy is hard-wrapped and
opens with a dateline ("KABUL (Reuters) - ") and ends with its credits, some archives are
lower-cased, and pages come as plain-text copies or HTML with site furniture around the
story. Each variant rewrites every gold text that way, runs the pipeline's own cleaning
(`clean_record`) and `analyse`, and counts the scored values (killed, injured, event date,
country, actors, event types) that differ from those of the text as given: "worse" where
the plain text's value matched gold and the variant's does not, "better" the reverse.
Gold is read at run time and never stored.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pipeline.clean.article import clean_record
from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from pipeline.ingest.records import RawRecord

FIELDS = ("killed", "injured", "event_date", "country_iso3", "actor1", "actor2", "event_type", "sub_event_type")


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _txt_page(text: str) -> str:
    return "Trending:\n\nWorld News\n\n" + "\n\n".join(_paragraphs(text)) + "\n\nAdvertisement\n\nQUICK LINKS\n"


def _html_page(text: str) -> str:
    story = "".join(f"<p>{html.escape(p)}</p>" for p in _paragraphs(text))
    return (
        "<html><head><title>News</title><script>var a = 1;</script></head><body>"
        '<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sports">Sports</a></nav>'
        f"<article>{story}</article><footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"
    )


# Each variant: (input format, how the text is rewritten).
VARIANTS: dict[str, tuple[str, Callable[[str], str]]] = {
    "wrap": ("jsonl", lambda t: "\n".join("\n".join(textwrap.wrap(p, 72)) for p in t.split("\n"))),
    "lower": ("jsonl", str.lower),
    "dateline": ("jsonl", lambda t: "(Reuters) - " + t),
    "credits": ("jsonl", lambda t: t + "\n\n(Reporting by John Smith; Editing by Jane Doe)"),
    "furniture": ("jsonl", lambda t: t + "\n\nFacebook Twitter Linkedin Mail\n\nAdvertisement"),
    "txt_page": ("txt", _txt_page),
    "html_page": ("html", _html_page),
}


def predict(record: dict[str, Any], fmt: str = "jsonl", text: str | None = None) -> dict[str, str | None]:
    """The scored summary values of `record`, its text given as `text` in input format `fmt`."""
    body = record.get("text") or "" if text is None else text
    raw = RawRecord(
        source_file=f"x.{fmt}", record_no=None, format=fmt, source_id=str(record["id"]), url=None,
        title=record.get("title"), source=None, published_raw=record.get("published_at"),
        text=None if fmt == "html" else body, html=body if fmt == "html" else None,
    )
    article = clean_record(raw)
    incident = analyse(ArticleText(article.article_id, article.body, article.title, article.published_at)).incident
    return {name: None if getattr(incident, name) is None else str(getattr(incident, name)) for name in FIELDS}


def _matches(value: str | None, gold: Any) -> bool:
    return gold is not None and value is not None and value[:10] == str(gold)[:10]


@dataclass
class Tally:
    """The values of one variant that changed against the plain texts."""

    changed: int = 0
    worse: int = 0
    better: int = 0
    examples: list[str] = field(default_factory=list)


def compare(records: Iterable[dict[str, Any]], variants: list[str], show: int = 0) -> dict[str, Tally]:
    """Variant -> its tally over `records`, each value compared with the plain text's."""
    tallies = {name: Tally() for name in variants}
    for record in records:
        plain = predict(record)
        for name in variants:
            fmt, rewrite = VARIANTS[name]
            got = predict(record, fmt, rewrite(record.get("text") or ""))
            tally = tallies[name]
            for key in FIELDS:
                if got[key] == plain[key]:
                    continue
                tally.changed += 1
                gold = record.get("gold", {}).get(key)
                before, after = _matches(plain[key], gold), _matches(got[key], gold)
                tally.worse += before and not after
                tally.better += after and not before
                if before and not after and len(tally.examples) < show:
                    tally.examples.append(f"{record['id']} {key}: {plain[key]} -> {got[key]} (gold {gold})")
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated, of: " + ", ".join(VARIANTS))
    parser.add_argument("--limit", type=int, help="records per file")
    parser.add_argument("--show", type=int, default=0, help="examples of values made worse, per variant")
    args = parser.parse_args(argv)
    variants = [name for name in args.variants.split(",") if name]
    unknown = [name for name in variants if name not in VARIANTS]
    if unknown:
        parser.error(f"unknown variants: {', '.join(unknown)}")
    records = []
    for path in args.gold:
        with open(path, encoding="utf-8") as lines:
            wanted = (line for number, line in enumerate(lines) if args.limit is None or number < args.limit)
            records += [json.loads(line) for line in wanted]
    tallies = compare(records, variants, args.show)
    print(f"{len(records)} records, {len(FIELDS)} scored values each")
    print(f"{'variant':<12}{'changed':>9}{'worse':>8}{'better':>8}")
    for name, tally in tallies.items():
        print(f"{name:<12}{tally.changed:>9}{tally.worse:>8}{tally.better:>8}")
        for example in tally.examples:
            print("    " + example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
