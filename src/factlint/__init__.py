"""factlint: a linter for facts. The Python API (factlint/api.py), its names imported when first asked for
(PEP 562), so that `import factlint` and `factlint --version` stay cheap.

    import factlint

    registry = factlint.Registry.load("claims")          # loaded and prepared once
    result = registry.check("Workers earn $1.46 an hour.", path="draft.md")
    for finding in result.findings:                      # factlint.Finding, typed
        print(finding.line, finding.column, finding.status, finding.message)
    print(factlint.render([result], "json"))             # any of factlint.FORMATS
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.2.0"

_EXPORTS = {
    "Registry": "factlint.api", "figures": "factlint.api", "render": "factlint.api", "FORMATS": "factlint.api",
    "FileFindings": "factlint.check.findings", "Finding": "factlint.check.findings",
    "Problem": "factlint.check.findings", "Figure": "factlint.extract.figure", "Claim": "factlint.registry.model",
    "Source": "factlint.registry.model", "Status": "factlint.statuses", "FactlintError": "factlint.errors",
}
__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # what type checkers and editors see; at run time __getattr__ imports on first use
    from factlint.api import FORMATS, Registry, figures, render
    from factlint.check.findings import FileFindings, Finding, Problem
    from factlint.errors import FactlintError
    from factlint.extract.figure import Figure
    from factlint.registry.model import Claim, Source
    from factlint.statuses import Status


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value  # asked for once: later lookups find it without this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
