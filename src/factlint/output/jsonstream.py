"""JSON written as it is made: a list's items as an iterable yields them, a value when its turn comes."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from json.encoder import (
    encode_basestring as _string,  # the C encoder's, ensure_ascii=False
)
from typing import Any, TextIO


class Stream:
    """A list written to JSON item by item as the iterable yields them (see write_json)."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


class Later:
    """A value computed when write_json reaches it (a summary counted while the findings were written)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


OMIT = object()  # a Later that makes OMIT leaves its key out


def _lazy(value: Any) -> bool:
    if isinstance(value, (Stream, Later)):
        return True
    if isinstance(value, dict):
        return any(_lazy(v) for v in value.values())
    return isinstance(value, list) and any(_lazy(v) for v in value)


def write_json(out: TextIO, value: Any, level: int = 0) -> None:
    """Write what json.dumps(value, ensure_ascii=False, indent=2) would, piece by piece: a Stream's items as
    they come and a Later's value when its turn comes, so a huge report is never held whole."""
    pad = "\n" + "  " * (level + 1)
    if isinstance(value, Later):
        value = value.make()
    if not _lazy(value):
        out.write(dumps(value, "\n" + "  " * level))
        return
    if isinstance(value, dict):
        out.write("{")
        sep = pad
        for key, item in value.items():
            if isinstance(item, Later):
                item = item.make()
                if item is OMIT:
                    continue
            out.write(sep + json.dumps(key, ensure_ascii=False) + ": ")
            write_json(out, item, level + 1)
            sep = "," + pad
        out.write("\n" + "  " * level + "}")
        return
    items = value.items if isinstance(value, Stream) else value
    sep = "[" + pad
    for item in items:
        out.write(sep)
        try:  # most items (a finding each) hold nothing lazy: written at once, not searched for a Stream first
            out.write(dumps(item, pad))
        except TypeError:
            write_json(out, item, level + 1)
        sep = "," + pad
    out.write("[]" if sep.startswith("[") else "\n" + "  " * level + "]")


def dumps(value: Any, pad: str = "\n") -> str:
    """json.dumps(value, ensure_ascii=False, indent=2) with `pad` for each line break: the pure-Python encoder
    json.dumps uses for indented output is a report's slowest part. Raises TypeError as json.dumps does."""
    parts: list[str] = []
    try:
        _encode(value, pad, parts)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)
    return "".join(parts)


class _Unusual(Exception):
    """A value this writer leaves to json.dumps (a key that is no string)."""


def _encode(value: Any, pad: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = pad + "  "
        sep = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            out.append(sep + _string(key) + ": ")
            _encode(item, inner, out)
            sep = "," + inner
        out.append(pad + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = pad + "  "
        sep = "[" + inner
        for item in value:
            out.append(sep)
            _encode(item, inner, out)
            sep = "," + inner
        out.append(pad + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
