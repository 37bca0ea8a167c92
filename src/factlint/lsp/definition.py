"""Go to definition: a figure's claim lives at its quote in the source document."""

from __future__ import annotations

from functools import lru_cache

from lsprotocol import types

from factlint.check.findings import Finding
from factlint.lsp.positions import Lines
from factlint.registry.model import Registry


@lru_cache(maxsize=32)
def _lines(text: str, encoding: str) -> Lines:
    # Keyed on the source's text: Python keeps a string's hash, so a hit costs no pass over it.
    return Lines(text, encoding)


def quote_location(f: Finding, registry: Registry, encoding: str) -> types.Location | None:
    """The quote of the finding's claim in its source document; None for a figure no claim backs."""
    if f.claim is None or f.source is None:
        return None
    c = f.claim
    uri = (registry.root / f.source.path).as_uri()
    text = registry.texts.get(c.source)
    if text is None or f.source.html:  # an HTML source's columns count its markup: the quote's lines will do
        return types.Location(uri, types.Range(types.Position(c.line - 1, 0), types.Position(c.end_line, 0)))
    return types.Location(uri, _lines(text, encoding).range(c.line, c.column, c.end_line, c.end_column))
