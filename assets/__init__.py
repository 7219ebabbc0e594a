"""Thin Dagster assets and checks, one module per stage.

Each asset calls one plain function of `pipeline.stages` and reports what it
did as metadata; validation happens in the same step and is reported as a
blocking asset check built by `assets.checks`.
"""
