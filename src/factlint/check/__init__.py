"""The check: passages into mentions, candidate claims, verdicts. Pure: a text and a prepared registry in.

The in-memory entry point, `check_text` (and `iter_check_text`) with a prepared `Engine`, is exported,
imported when first asked for (PEP 562).
"""

from __future__ import annotations

import importlib

_EXPORTS = {"Engine": "factlint.check.engine", "check_text": "factlint.check.engine",
            "iter_check_text": "factlint.check.engine"}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
