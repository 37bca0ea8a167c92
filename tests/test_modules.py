"""Each module binds each of its module-level names once, and each class each of its names: a second binding silently
wins for every function of the module, so a constant or a pattern written for one rule would change another's (two did,
in check/context.py); a dataclass's field declared twice is one field, and one rule's words become another's (one did,
in lang/language.py)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "src" / "factlint"


def _bound_twice(source: str) -> list[str]:
    return _in_body(ast.parse(source).body)


def _in_body(body: list[ast.stmt], where: str = "") -> list[str]:
    """The names a module's or class's body binds twice (a dataclass's field declared twice is one field, the second's)."""
    seen: dict[str, int] = {}
    twice = []
    for node in body:
        names = [t.id for t in node.targets if isinstance(t, ast.Name)] if isinstance(node, ast.Assign) else \
            [node.target.id] if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) else \
            [node.name] if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else []
        for name in names:
            if name in seen:
                twice.append(f"{where}{name}: line {seen[name]} and line {node.lineno}")
            seen.setdefault(name, node.lineno)
        if isinstance(node, ast.ClassDef):
            twice += _in_body(node.body, f"{where}{node.name}.")
    return twice


def test_a_name_bound_twice_is_found():
    assert _bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A: line 1 and line 4"]


def test_a_field_declared_twice_is_found():
    source = "class Language:\n    openers: tuple = ()\n    other: int = 0\n    openers: tuple = ()\n"
    assert _bound_twice(source) == ["Language.openers: line 2 and line 4"]


def test_no_module_binds_a_name_twice():
    found = {path.relative_to(PACKAGE).as_posix(): twice for path in sorted(PACKAGE.rglob("*.py"))
             if (twice := _bound_twice(path.read_text(encoding="utf-8")))}
    assert found == {}
