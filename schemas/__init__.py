"""pandera models, one per warehouse table, and the registry that maps table names to them.

The models check values, not only column names: ranges, vocabularies,
formats, ordering of counts and spans, uniqueness of keys. They validate
eager Polars frames so every row is checked. `TABLE_MODELS` is what the
validation factory and the warehouse loader iterate over.
"""

from __future__ import annotations

import pandera.polars as pa

from schemas.actor_mentions import ActorMentions
from schemas.article_summary import ArticleIncidents, ArticleSummary
from schemas.articles import Articles, CleanArticles
from schemas.casualty_mentions import CasualtyMentions
from schemas.date_mentions import DateMentions
from schemas.events import EventReports, Events
from schemas.quarantine import Quarantine

TABLE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "clean_articles": CleanArticles,
    "articles": Articles,
    "date_mentions": DateMentions,
    "actor_mentions": ActorMentions,
    "casualty_mentions": CasualtyMentions,
    "article_incidents": ArticleIncidents,
    "article_summary": ArticleSummary,
    "events": Events,
    "event_reports": EventReports,
    "quarantine": Quarantine,
}

__all__ = ["TABLE_MODELS"]
