"""Citations resolved to the registry's sources: a Pandoc key, a link to a source file, a footnote naming either.

Pure: a citation (or a draft) and the registry in, source ids (or citations) out.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from factlint.documents import Citation, Form, iter_passages
from factlint.registry.model import Registry


def resolve(citation: Citation, registry: Registry) -> tuple[tuple[str, ...], bool]:
    """Source ids a citation names, and whether it is a citation at all that failed to resolve."""
    files = {PurePosixPath(s.path).name: s.id for s in registry.sources.values()}
    if citation.kind == "pandoc":
        if citation.key in registry.sources:
            return (citation.key,), False
        return (), True
    if citation.kind == "link":
        return _by_file(citation.key, files), False
    ids = [sid for sid in registry.sources if re.search(rf"(?<![\w.-]){re.escape(sid)}(?![\w-])", citation.text)]
    for target in re.findall(r"[\w./-]+\.(?:txt|md|html?|pdf)\b", citation.text):
        ids.extend(_by_file(target, files))
    return tuple(dict.fromkeys(ids)), False


def _by_file(target: str, files: dict[str, str]) -> tuple[str, ...]:
    name = PurePosixPath(target.split("#", 1)[0].split("?", 1)[0].replace("\\", "/")).name
    return (files[name],) if name in files else ()


def pandoc_citations(text: str, form: Form) -> list[Citation]:
    """The draft's Pandoc citations ([@key]), the only ones that can name an unknown key, in order."""
    if "@" not in text:
        return []  # no Pandoc citation, and no need to read the draft twice
    found: dict[tuple[int, str, str], Citation] = {}  # the keys of one `[@a; @b]` share the bracket's offset
    for passage in iter_passages(text, form):
        for c in passage.citations:
            if c.kind == "pandoc":
                found.setdefault((c.offset, c.kind, c.key), c)
    return sorted(found.values(), key=lambda c: c.offset)


# A key as Pandoc's reading can find it after an "@", and the characters that may end it there.
_KEY_AT = re.compile(r"@([A-Za-z0-9_](?:[\w:.#$%&+?<>~/-]*[\w])?)")
_KEY_END = frozenset("];,.")


def unknown_citations(text: str, form: Form, registry: Registry) -> list[Citation]:
    """The draft's Pandoc citations whose key is no source id, in order."""
    if _all_known(text, registry):
        return []  # every key the text could hold names a source: the draft need not be read twice
    return [c for c in pandoc_citations(text, form) if resolve(c, registry)[1]]


def _all_known(text: str, registry: Registry) -> bool:
    """Whether every "@" of the raw text stands before a source's id that ends there: a superset of the keys
    a reading of the passages finds, so none of those can be unknown. Linear: each "@" is read once."""
    sources = registry.sources
    at = text.find("@")
    while at >= 0:
        m = _KEY_AT.match(text, at)
        if m is None or m.group(1) not in sources:
            return False
        end = m.end()
        if end < len(text) and not (text[end].isspace() or text[end] in _KEY_END):
            return False  # markup may run on into the key ("[@abc*d*]" reads "abcd")
        at = text.find("@", end)
    return True
