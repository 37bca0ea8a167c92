"""factlint's own modules are imported at the top of a module, never inside a function.

Allowed: the command line's entry point (cli/app.py imports each command's module when the command runs, so
`--version` and `--help` stay fast) and PEP 562 `__getattr__` in a package's __init__.py (exports imported
when first asked for). Heavy third-party packages (rich, rapidfuzz, markdown-it, tomlkit) may be imported
late anywhere: this test is about factlint's own modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "src" / "factlint"
ENTRY_POINTS = {"cli/app.py"}
# Function-level imports still in packages other branches are rewriting: (module, function). Move the import
# to the top of the module and take the entry out; test_the_allow_list_names_only_late_imports says when.
ALLOWED: set[tuple[str, str]] = set()


def _own(node: ast.AST) -> bool:
    """Whether an import statement or an importlib.import_module / __import__ call names a factlint module."""
    if isinstance(node, ast.Import):
        return any(a.name == "factlint" or a.name.startswith("factlint.") for a in node.names)
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or node.module == "factlint" or (node.module or "").startswith("factlint.")
    if isinstance(node, ast.Call) and ast.unparse(node.func) in ("importlib.import_module", "import_module",
                                                                  "__import__"):
        first = node.args[0] if node.args else None
        return not isinstance(first, ast.Constant) or str(first.value).startswith("factlint")
    return False


def late_imports() -> dict[tuple[str, str], list[str]]:
    """(module, function) -> the imports of factlint's own modules made inside that function."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()

        def visit(node: ast.AST, function: str | None) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
                if function is not None and _own(child):
                    found.setdefault((module, function), []).append(f"line {child.lineno}: {ast.unparse(child)}")
                visit(child, inner)

        visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def _allowed(module: str, function: str) -> bool:
    return module in ENTRY_POINTS or (module.endswith("__init__.py") and function == "__getattr__")


def test_factlints_own_modules_are_imported_at_the_top():
    offenders = {key: lines for key, lines in late_imports().items() if not _allowed(*key) and key not in ALLOWED}
    assert offenders == {}


def test_the_allow_list_names_only_late_imports():
    # An entry whose import has moved to the top is taken out of ALLOWED, so the list only shrinks.
    assert ALLOWED <= set(late_imports())


def test_the_exceptions_are_where_they_are_meant_to_be():
    found = late_imports()
    assert {m for m, f in found if m in ENTRY_POINTS} == ENTRY_POINTS  # the entry point imports late
    assert ("check/__init__.py", "__getattr__") in found and ("registry/__init__.py", "__getattr__") in found
