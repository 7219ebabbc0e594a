"""Extract: one shard of cleaned articles into mention tables and per-article incidents.

Calls `pipeline.extract.analyse.analyse` once per new or changed article
(articles whose body, date, language and title and the extraction code are
unchanged since the last run keep their previous rows). Before anything is
staged, every mention's offsets are checked against the body it indexes
(`body[char_start:char_end] == text`) and every table is validated with its
pandera model; failing rows go to the quarantine with the check's name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pandera.polars as pa
import polars as pl

from pipeline.dedup.signatures import SIGNATURES_TABLE, stage_signatures
from pipeline.extract.analyse import analyse
from pipeline.extract.types import ArticleText
from pipeline.stages.cache import (
    input_keys,
    previous_rows,
    save_keys,
    shard_unchanged,
    staged_rows,
    unchanged_ids,
)
from pipeline.stages.clean import CLEAN_TABLE
from pipeline.stages.quarantine_rows import quarantine_frame, rejected_frame_rows
from pipeline.staging import Staging
from pipeline.validation import FAILED_CHECK, FAILURE_REASON, split_valid, typed_frame
from pipeline.versions import extract_version
from schemas.actor_mentions import ActorMentions
from schemas.article_summary import ArticleIncidents
from schemas.casualty_mentions import CasualtyMentions
from schemas.common import polars_schema
from schemas.date_mentions import DateMentions
from schemas.quarantine import Quarantine

EXTRACT_QUARANTINE_TABLE = "extract_quarantine"
_STAGE = "extract"
# What an article's extraction depends on besides the code.
_INPUT_COLUMNS = ["body", "published_at", "language", "title"]
CHECK_OFFSETS = "offsets_match_body"
MENTION_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "date_mentions": DateMentions,
    "actor_mentions": ActorMentions,
    "casualty_mentions": CasualtyMentions,
    "article_incidents": ArticleIncidents,
}


@dataclass(slots=True)
class ExtractReport:
    """Counts of one shard's extraction."""

    articles: int = 0
    analysed: int = 0
    words: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    quarantined: dict[str, int] = field(default_factory=dict)
    table_failures: dict[str, list[dict[str, str]]] = field(default_factory=dict)


def analyse_rows(article: dict[str, object]) -> dict[str, list[dict[str, object]]]:
    """The rows each table gets from one cleaned article."""
    body = str(article["body"])
    article_id = str(article["article_id"])
    analysis = analyse(
        ArticleText(
            article_id=article_id,
            body=body,
            title=article.get("title"),  # type: ignore[arg-type]
            published=article.get("published_at"),  # type: ignore[arg-type]
            language=str(article.get("language") or "en"),
        )
    )
    sentences = analysis.sentences
    incident = asdict(analysis.incident)
    incident.pop("notes", None)
    return {
        "date_mentions": [{"article_id": article_id, **_fields(m, DateMentions)} for m in analysis.dates],
        "actor_mentions": [{"article_id": article_id, **_fields(m, ActorMentions)} for m in analysis.actors],
        "casualty_mentions": [
            {
                "article_id": article_id,
                **_fields(m, CasualtyMentions),
                "sentence": sentences[m.sentence_index].text
                if 0 <= m.sentence_index < len(sentences)
                else m.text,
            }
            for m in analysis.casualties
        ],
        "article_incidents": [{"article_id": article_id, **incident}],
    }


# Column names per model, computed once: building a pandera schema per mention is slow.
_COLUMNS = {model: tuple(model.to_schema().columns) for model in MENTION_MODELS.values()}


def _fields(mention: object, model: type[pa.DataFrameModel]) -> dict[str, object]:
    """The attributes of a mention that are columns of the model."""
    return {name: getattr(mention, name) for name in _COLUMNS[model] if hasattr(mention, name)}


def offsets_hold(row: dict[str, object], body: str) -> bool:
    """True when the mention's text is exactly the body slice it points to."""
    start, end = row.get("char_start"), row.get("char_end")
    return (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(body)
        and body[start:end] == row.get("text")
    )


# Articles analysed between conversions of their rows into compact Polars frames: bounds the
# memory a large shard holds in Python objects.
CHUNK_ARTICLES = 1000


@dataclass(slots=True)
class _Chunks:
    """Valid frames and quarantine rows accumulated over a shard's chunks."""

    valid: dict[str, list[pl.DataFrame]] = field(default_factory=lambda: {n: [] for n in MENTION_MODELS})
    quarantine: list[dict[str, object]] = field(default_factory=list)


def _analyse_chunk(chunk: pl.DataFrame, report: ExtractReport, run_id: str | None, out: _Chunks) -> None:
    """Analyse a chunk of articles; validate its rows and add them to `out`."""
    tables: dict[str, list[dict[str, object]]] = {name: [] for name in MENTION_MODELS}
    offset_failures: dict[str, list[dict[str, object]]] = {name: [] for name in MENTION_MODELS}
    for article in chunk.iter_rows(named=True):
        body = str(article["body"])
        report.words += int(article["word_count"])
        for name, rows in analyse_rows(article).items():
            for row in rows:
                if "char_start" in row and not offsets_hold(row, body):
                    reason = f"{name} span {row.get('char_start')}-{row.get('char_end')} does not match its text"
                    offset_failures[name].append(
                        {**row, FAILED_CHECK: f"{name}.{CHECK_OFFSETS}", FAILURE_REASON: reason}
                    )
                else:
                    tables[name].append(row)
    for name, model in MENTION_MODELS.items():
        outcome = split_valid(typed_frame(tables[name], model), model, name)
        out.valid[name].append(outcome.valid)
        rejected = outcome.rejected
        if offset_failures[name]:
            rejected = pl.concat([rejected, pl.DataFrame(offset_failures[name])], how="diagonal_relaxed")
        out.quarantine += rejected_frame_rows(rejected, name, "validation", run_id, chunk)
        report.quarantined[name] = report.quarantined.get(name, 0) + rejected.height
        if outcome.table_failures:
            report.table_failures.setdefault(name, []).extend(outcome.table_failures)


def extract_shard(staging: Staging, shard: str, run_id: str | None) -> ExtractReport:
    """Extract mentions and incidents from one shard of cleaned articles and stage them."""
    articles = staging.read_shard(CLEAN_TABLE, shard)
    version = extract_version()
    keys = input_keys(articles, _INPUT_COLUMNS)
    outputs = [*MENTION_MODELS, EXTRACT_QUARANTINE_TABLE, SIGNATURES_TABLE]
    if shard_unchanged(staging, _STAGE, shard, keys, version, outputs):
        return _unchanged_report(staging, shard, articles.height)
    same = unchanged_ids(staging, _STAGE, shard, keys, version)
    todo = articles.filter(~pl.col("article_id").is_in(same.implode())) if articles.height else articles
    report = ExtractReport(articles=articles.height, analysed=todo.height)
    chunks = _Chunks()
    for chunk in todo.iter_slices(n_rows=CHUNK_ARTICLES):
        _analyse_chunk(chunk, report, run_id, chunks)
    for name, model in MENTION_MODELS.items():
        kept = previous_rows(staging, name, shard, same, polars_schema(model))
        frame = pl.concat([kept, *chunks.valid[name]], how="vertical")
        staging.write_shard(frame, name, shard)
        report.rows[name] = frame.height
        report.quarantined.setdefault(name, 0)
    kept_quarantine = previous_rows(staging, EXTRACT_QUARANTINE_TABLE, shard, same, polars_schema(Quarantine))
    staging.write_shard(
        pl.concat([kept_quarantine, quarantine_frame(chunks.quarantine)], how="vertical"),
        EXTRACT_QUARANTINE_TABLE,
        shard,
    )
    stage_signatures(staging, shard, articles)  # MinHash per shard, in parallel; LSH runs in dedup
    # The keys go last: a run killed before this line leaves the old keys, so the next run
    # redoes this shard's new articles rather than trusting outputs it never finished.
    save_keys(staging, _STAGE, shard, keys, version)
    return report


def _unchanged_report(staging: Staging, shard: str, articles: int) -> ExtractReport:
    """The report of a shard whose articles all match the last run: its files stay as they are."""
    report = ExtractReport(articles=articles, analysed=0)
    for name in MENTION_MODELS:
        report.rows[name] = staged_rows(staging, name, shard)
    quarantine = pl.read_parquet(staging.shard_path(EXTRACT_QUARANTINE_TABLE, shard), columns=["table_name"])
    for name in MENTION_MODELS:
        report.quarantined[name] = quarantine.filter(pl.col("table_name") == name).height
    return report
