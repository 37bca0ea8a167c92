"""JSON written as it is made: a list's items as an iterable yields them, a value when its turn comes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
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
        out.write(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level))
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
            out.write(json.dumps(item, ensure_ascii=False, indent=2).replace("\n", pad))
        except TypeError:
            write_json(out, item, level + 1)
        sep = "," + pad
    out.write("[]" if sep.startswith("[") else "\n" + "  " * level + "]")
