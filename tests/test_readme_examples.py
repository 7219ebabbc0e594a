"""The README's example queries print, on the bundled sample, exactly the tables the README shows."""

import re

import duckdb
import pytest

from pipeline.commands import render
from pipeline.settings import PROJECT_ROOT

# A query block of the README followed by the Markdown table it is documented to print.
EXAMPLE = re.compile(
    r'```bash\n\.venv/bin/python -m pipeline query "(?P<sql>.*?)" --format markdown\n```\n\n(?P<table>(?:\|.*\n)+)'
)
EXAMPLES = [
    (m["sql"].replace('\\"', '"'), m["table"].strip())
    for m in EXAMPLE.finditer((PROJECT_ROOT / "README.md").read_text())
]


def test_the_readme_documents_example_queries() -> None:
    """The README keeps its example queries with their outputs (the pattern below still finds them)."""
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize(("sql", "table"), EXAMPLES, ids=[f"example{i}" for i in range(len(EXAMPLES))])
def test_readme_example_output_is_current(sql: str, table: str, sample_db: duckdb.DuckDBPyConnection) -> None:
    """Each documented query gives the documented table on the sample warehouse."""
    assert render(sample_db.sql(sql).pl(), "markdown") == table
