"""Each module binds a module-level name once: a later table or function of the same name silently replaces
the earlier one at import, and the code that runs is not the code written (two such cases were found)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("pipeline", "assets", "schemas", "warehouse")
MODULES = sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def _bound_names(tree: ast.Module) -> Counter[str]:
    """How often each name is bound by a top-level assignment, function or class."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_module_level_name_is_bound_once(path: Path) -> None:
    """No module-level name is assigned or defined twice in one module."""
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_rebound_table() -> None:
    """A second '_MOB = ...' is reported (the check can fail)."""
    tree = ast.parse("_MOB = 1\ndef f():\n    return _MOB\n_MOB = 2\n")
    assert _bound_names(tree)["_MOB"] == 2
