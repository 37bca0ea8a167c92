"""MDX drafts: Markdown with JSX. Its ESM lines (`import`, `export`) and `{…}` expressions are blanked out, the
same length in spaces, so every position still points into the file; the rest is read as Markdown, JSX
elements as the HTML blocks and inline HTML they look like (their text is prose). Pure.

No well-kept MDX parser exists for Python; this reads what the MDX documentation calls ESM and expressions.
"""

from __future__ import annotations

import bisect

import re
from collections.abc import Iterator

from factlint.documents.markdown import iter_markdown
from factlint.documents.passage import Passage

# An ESM block: a line that starts with `import` or `export` at its left edge, up to the next blank line.
_ESM = re.compile(r"^(?:import|export)\b[^\n]*(?:\n(?![ \t]*(?:\n|\Z))[^\n]*)*", re.MULTILINE)
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
MAX_DEPTH = 64  # braces nested deeper are read as text: no draft nests expressions so far


def iter_mdx(text: str) -> Iterator[Passage]:
    """An MDX draft's passages: its Markdown prose, ESM and expressions left out."""
    return iter_markdown(blank_jsx(text))


def blank_jsx(text: str) -> str:
    """`text` with its ESM blocks and `{…}` expressions outside code fences as spaces (line breaks kept)."""
    chars = list(text)
    spans = _code_spans(text)
    for m in _ESM.finditer(text):
        if not _inside(m.start(), spans):
            _blank(chars, m.start(), m.end())
    depth, start, k = 0, -1, 0
    n = len(text)
    fences = iter(spans)
    fence = next(fences, None)
    while k < n:
        if fence is not None and k >= fence[0]:
            if depth == 0:
                k = fence[1]
                fence = next(fences, None)
                continue
            fence = next(fences, None)
        c = text[k]
        if c == "{":
            if depth == 0:
                start = k
            depth += 1
            if depth > MAX_DEPTH:
                depth = 0
        elif c == "}" and depth:
            depth -= 1
            if depth == 0:
                _blank(chars, start, k + 1)
        k += 1
    return "".join(chars)


def _blank(chars: list[str], a: int, b: int) -> None:
    for k in range(a, b):
        if chars[k] not in "\r\n":
            chars[k] = " "


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, opening fence to closing fence: their braces are code."""
    spans = []
    opened: tuple[int, str] | None = None
    for m in _FENCE.finditer(text):
        mark = m.group(1)
        if opened is None:
            opened = (m.start(), mark)
        elif mark[0] == opened[1][0] and len(mark) >= len(opened[1]) and not m.group(0).strip()[len(mark):]:
            spans.append((opened[0], m.end()))
            opened = None
    if opened is not None:
        spans.append((opened[0], len(text)))
    return spans


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `at` lies in one of the sorted, disjoint `spans`: a binary search, not a scan of them all (a scan
    per match made a draft of many fences and imports quadratic)."""
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]
