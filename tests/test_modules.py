"""Each module binds each of its module-level names once: a second binding silently wins for every function of the
module, so a constant or a pattern written for one rule would change another's (two did, in check/context.py)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "src" / "factlint"


def _bound_twice(source: str) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else \
            [node.target.id] if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) else \
            [node.name] if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else []
        for name in names:
            if name in seen:
                twice.append(f"{name}: line {seen[name]} and line {node.lineno}")
            seen.setdefault(name, node.lineno)
    return twice


def test_a_name_bound_twice_is_found():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A: line 1 and line 4"]


def test_no_module_binds_a_name_twice():
    found = {path.relative_to(PACKAGE).as_posix(): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := _bound_twice(path.read_text(encoding="utf-8")))}
    assert found == {}
