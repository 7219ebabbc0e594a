"""Event merging: reports of one incident become one canonical event.

`compat` decides whether two reports can describe the same incident and why,
`cluster` groups reports into incidents, `attributes` and `figures` aggregate
each incident's fields and casualty figures. Plain functions, no Dagster.
"""
