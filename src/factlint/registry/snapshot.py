"""The prepared registry as plain data (JSON values) and back: what the cache keeps on disk.

Kept: the sources and their texts, the claims with their anchors, figures and figure spans, and of the
matcher model what reading costs (each claim's words and its statement's, as indexes into one word
list, and each registry word's near spellings); the rest of the model is assembled again from these,
as matching.build assembles it. The loader checks the type and range of every value and gives None for
anything this code would not have written: an entry is only ever read, in time linear in its size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from pathlib import Path
from typing import TypeVar

from factlint.check.engine import Engine
from factlint.check.model import ClaimWords, Model, Term, assemble
from factlint.check.scope import Scope
from factlint.extract.figure import KINDS, QUALIFIERS, Figure
from factlint.registry.load import LANGS
from factlint.registry.model import Claim, Registry, Source


class Malformed(Exception):
    """A value that this code would not have written."""


Check = Callable[[object], object]
V = TypeVar("V")


def _str(value: object) -> str:
    if type(value) is not str:
        raise Malformed(f"not a string: {type(value).__name__}")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise Malformed(f"not an integer: {type(value).__name__}")
    return value


def _number(value: object) -> float:
    if type(value) not in (int, float):  # a figure's value is kept as the extractor gave it
        raise Malformed(f"not a number: {type(value).__name__}")
    return value  # type: ignore[return-value]


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise Malformed(f"not a boolean: {type(value).__name__}")
    return value


def _optional(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _one_of(allowed: Sequence[str]) -> Check:
    def check(value: object) -> str:
        if value not in allowed:
            raise Malformed(f"not one of {allowed}")
        return value  # type: ignore[return-value]
    return check


def _list(value: object, length: int | None = None) -> list[object]:
    if type(value) is not list or (length is not None and len(value) != length):
        raise Malformed("not a list" if type(value) is not list else f"not {length} values")
    return value


def _strings(value: object) -> tuple[str, ...]:
    return tuple(_str(v) for v in _list(value))


def _indexes(value: object, size: int) -> list[int]:
    """A list of indexes into a list of `size` (checked in bulk: a registry has a hundred thousand)."""
    items = _list(value)
    if items and (not set(map(type, items)) <= _INT or min(items) < 0 or max(items) >= size):  # type: ignore[type-var]
        raise Malformed("an index out of range")
    return items  # type: ignore[return-value]


_INT = {int}


def _spans(value: object) -> tuple[tuple[int, int], ...]:
    spans = []
    for pair in _list(value):
        start, end = _list(pair, 2)
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            raise Malformed("not a span")
        spans.append((start, end))
    return tuple(spans)


def _figure(value: object) -> Figure:
    return _value(Figure, FIGURE_FIELDS, value)


# Each value's fields in the order of its dataclass, with the check that reads each back.
SOURCE_FIELDS: tuple[tuple[str, Check], ...] = (
    ("id", _str), ("path", _str), ("title", _optional(_str)), ("lang", _one_of(LANGS)), ("url", _optional(_str)),
    ("author", _optional(_str)), ("published", _optional(_str)), ("defined_in", _str), ("html", _bool),
    ("line", _int))
FIGURE_FIELDS: tuple[tuple[str, Check], ...] = (
    ("text", _str), ("start", _int), ("end", _int), ("low", _number), ("high", _number), ("kind", _one_of(KINDS)),
    ("unit", _optional(_str)), ("per", _optional(_str)), ("qualifier", _one_of(QUALIFIERS)), ("step", _number))
CLAIM_FIELDS: tuple[tuple[str, Check], ...] = (
    ("id", _str), ("source", _str), ("quote", _str), ("statement", _str), ("figure", _figure),
    ("figure_text", _str), ("keywords", _strings), ("page", _int), ("line", _int), ("column", _int), ("end_line", _int),
    ("end_column", _int), ("defined_in", _str), ("defined_line", _int), ("quote_spans", _spans),
    ("statement_spans", _spans), ("places", _strings), ("organisations", _strings))


def dump(engine: Engine) -> dict[str, object]:
    """The engine's registry and matching model as JSON values (words and keys as indexes into two lists)."""
    registry, model = engine.registry, engine.model
    terms = [t for c in model.claims for t in chain(c.main, *c.alternatives)]
    words = sorted({t.word for t in terms})
    keys = sorted({k for t in terms for k in t.keys})
    w_index, k_index = {w: i for i, w in enumerate(words)}, {k: i for i, k in enumerate(keys)}

    def term(t: Term) -> list[object]:
        return [w_index[t.word], t.weight, sorted(k_index[k] for k in t.keys)]

    return {
        "sources": [_row(s, SOURCE_FIELDS) for s in registry.sources.values()],
        "texts": dict(registry.texts),
        "pages": {sid: list(lines) for sid, lines in registry.pages.items()},
        "claims": [_row(c, CLAIM_FIELDS) for c in registry.claims],
        "words": words,
        "keys": keys,
        "model": [[[term(t) for t in c.main], [[term(t) for t in p] for p in c.alternatives],
                   sorted(c.scope.places), sorted(c.scope.organisations), sorted(c.scope.populations),
                   c.aliases, c.quoted, sorted(c.scope.reporters), sorted(c.scope.speakers),
                   sorted(c.scope.origins), sorted(c.scope.kinds), sorted(c.scope.said_by)] for c in model.claims],
    }


def _row(value: object, fields: tuple[tuple[str, Check], ...]) -> list[object]:
    """A value's fields as JSON values (tuples become lists as JSON writes them)."""
    out = []
    for name, _ in fields:
        field = getattr(value, name)
        out.append(_row(field, FIGURE_FIELDS) if isinstance(field, Figure) else field)
    return out


def _value(cls: type[V], fields: tuple[tuple[str, Check], ...], row: object) -> V:
    """The `cls` whose fields `row` holds, each checked."""
    values = _list(row, len(fields))
    return cls(*[check(value) for (_, check), value in zip(fields, values)])


def load(data: object, root: Path) -> Engine | None:
    """The engine `dump` gave these values for (its registry at `root`); None when they are malformed."""
    try:
        return _engine(data, root)
    except Malformed:
        return None


def _engine(data: object, root: Path) -> Engine:
    if type(data) is not dict:
        raise Malformed("not an object")
    sources: dict[str, Source] = {}
    for row in _list(data.get("sources")):
        source = _value(Source, SOURCE_FIELDS, row)
        if source.id in sources:
            raise Malformed("a source twice")
        sources[source.id] = source
    texts = data.get("texts")
    if type(texts) is not dict or not all(k in sources and type(v) is str for k, v in texts.items()):
        raise Malformed("texts")
    pages = data.get("pages")
    if type(pages) is not dict or not all(k in texts for k in pages):
        raise Malformed("pages")
    page_lines = {k: _page_lines(v) for k, v in pages.items()}
    claims = tuple(_value(Claim, CLAIM_FIELDS, row) for row in _list(data.get("claims")))
    for claim in claims:
        if claim.source not in sources:
            raise Malformed("a claim of an unknown source")
        if not _within(claim.quote_spans, claim.quote) or not _within(claim.statement_spans, claim.statement):
            raise Malformed("a span outside its text")
    registry = Registry(root=root, sources=sources, claims=claims, texts=texts, pages=page_lines)
    return Engine(registry, _model(data, claims))


def _page_lines(value: object) -> tuple[int, ...]:
    """A PDF source's page starts: increasing line numbers from 1."""
    lines = tuple(_int(v) for v in _list(value))
    if not lines or lines[0] != 1 or any(b <= a for a, b in zip(lines, lines[1:])):
        raise Malformed("page lines")
    return lines


def _within(spans: tuple[tuple[int, int], ...], text: str) -> bool:
    return all(end <= len(text) for _, end in spans)


def _model(data: dict[str, object], claims: tuple[Claim, ...]) -> Model:
    words = _strings(data.get("words"))
    keys = _strings(data.get("keys"))

    read: dict[tuple[object, ...], Term] = {}  # claims that share their vocabulary share their terms

    def term(row: object) -> Term:
        word, weight, held = _list(row, 3)
        # A row equal to one already read and checked is its term (an equal row, 1 for 1.0 included, reads the
        # same): checking each of a registry's repeated terms again took a third of the load.
        key = (word, weight, *_list(held))
        try:
            made = read.get(key)
        except TypeError:  # a list or an object where a number stands
            raise Malformed("a term of the wrong shape") from None
        if made is None:
            found = _indexes(held, len(keys))
            if not 0.0 <= _number(weight) <= 1.0:
                raise Malformed("a weight outside 0-1")
            made = read[key] = Term(words[_indexes([word], len(words))[0]], frozenset(keys[k] for k in found),
                                    float(weight))
        return made

    out = []
    for row in _list(data.get("model"), len(claims)):
        (main, alternatives, places, organisations, groups, aliases, quoted, reporters, speakers,
         origins, kinds, said_by) = _list(row, 12)
        main_terms = tuple(term(r) for r in _list(main))
        alt_terms = tuple(tuple(term(r) for r in _list(p)) for p in _list(alternatives))
        scope = Scope(frozenset(_strings(places)), frozenset(_strings(organisations)), frozenset(_strings(groups)),
                      frozenset(_strings(reporters)), origins=frozenset(_strings(origins)),
                      speakers=frozenset(_strings(speakers)), kinds=frozenset(_strings(kinds)),
                      said_by=frozenset(_strings(said_by)))
        if not 0 <= _int(quoted) <= _int(aliases) <= len(alt_terms):
            raise Malformed("more aliases than alternatives")
        out.append(ClaimWords(main_terms, alt_terms, scope, sum(t.weight for t in main_terms), aliases, quoted))
    return assemble(out)
