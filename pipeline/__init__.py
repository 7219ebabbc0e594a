"""Conflict-news event pipeline.

This package holds the plain logic (loading, cleaning, extraction, warehouse
building) with no Dagster imports outside the orchestration modules
(`definitions`, `resources`, `partitions`, `jobs`, `automation`, `runner`), so
the extraction can be tested and reused on its own. The thin Dagster assets
live in the top-level `assets` package; the pandera models in `schemas`.
"""
