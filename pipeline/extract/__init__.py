"""Extraction of dates, actors and casualty counts from cleaned article bodies.

Plain, typed functions only (no Dagster): each module takes a body and its
sentences and returns mention objects from `pipeline.extract.types`, with
character offsets into that body.
"""
