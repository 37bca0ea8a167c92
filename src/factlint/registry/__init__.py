"""The registry of sourced claims: its values, loading and anchoring, the cache, audit and harvest.

`load_registry`, `Registry`, `Claim` and `Source` are exported, imported when first asked for (PEP 562).
"""

from __future__ import annotations

import importlib

_EXPORTS = {"load_registry": "factlint.registry.load", "Registry": "factlint.registry.model",
            "Claim": "factlint.registry.model", "Source": "factlint.registry.model"}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
