"""The inline walker: each child of a markdown-it inline token located in the parsed text. Pure.

markdown-it gives an inline token's children (text, breaks, code spans, links...) without their source
positions, so the walker finds each one by searching forward from a cursor. HANDLERS holds one handler per
child token type; an opening or closing token of any other type (`em_open`, `strong_close`) only moves the
cursor past its markup. The handlers share one InlineState, as markdown-it's own inline rules share theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import unquote

from factlint.documents.passage import Citation, Piece, RawPassage

if TYPE_CHECKING:
    from markdown_it.token import Token


class InlineState:
    """Where the walk over one inline token stands in the parsed text, and what it has gathered."""

    __slots__ = ("src", "footnotes", "starts", "end", "cursor", "line", "length", "pieces", "citations", "links")

    def __init__(self, src: str, footnotes: dict[str, str], starts: list[int], end: int) -> None:
        self.src = src
        self.footnotes = footnotes  # footnote label -> definition text
        self.starts = starts  # where each content line begins: a line break moves the cursor at least there
        self.end = end  # every search stops here
        self.cursor = starts[0] if starts else 0
        self.line = 0  # content line of the token
        self.length = 0  # passage characters gathered so far
        self.pieces: list[Piece] = []
        self.citations: list[Citation] = []
        self.links: list[tuple[int, int, str] | None] = []  # (passage start, offset, href) or None: autolink


def walk(tok: Token, state: InlineState) -> RawPassage:
    """Locate each inline piece of `tok` in the text, from the state's cursor on."""
    handlers = HANDLERS
    for t in tok.children or ():
        handlers.get(t.type, _markup)(state, t)
    return RawPassage(state.pieces, state.citations)


def _text(state: InlineState, t: Token) -> None:
    links = state.links
    if links and links[-1] is None:
        return  # an autolink's URL
    c = t.content
    if not c:
        return
    n = len(c)
    pos = state.src.find(c, state.cursor, state.end)
    state.length += n
    if pos >= 0:
        state.pieces.append((c, pos))
        state.cursor = pos + n
    elif "|" in c:
        state.pieces.extend(_escaped_pipes(state, c))
    else:
        state.pieces.append((c, -1))


def _text_plain(state: InlineState, t: Token) -> None:
    """A paragraph read as plain text (see markdown.PLAIN_MARKUP): its lines located one by one, those that stand
    together in the source (no indentation taken off between them) kept as one piece."""
    src, end, c = state.src, state.end, t.content
    pieces = state.pieces
    state.length += len(c)
    run = -1  # where the stretch of source being gathered starts
    i = 0
    while True:
        j = c.find("\n", i)
        line = c[i:] if j < 0 else c[i:j]
        pos = src.find(line, state.cursor, end) if line else state.cursor
        if pos < 0:
            if run >= 0:
                pieces.append((src[run:state.cursor], run))
            pieces.append((c[i:], -1))
            return
        if run >= 0 and pos != state.cursor:
            pieces.append((src[run:state.cursor], run))
            run = -1
        if run < 0:
            run = pos
        state.cursor = pos + len(line)
        if j < 0:
            break
        i = j + 1
        if src.startswith("\n", state.cursor):
            state.cursor += 1
            continue
        # Spaces markdown-it took off the line's end: the line break stands alone.
        pieces.append((src[run:state.cursor], run))
        run = -1
        nl = src.find("\n", state.cursor, end)
        pieces.append(("\n", nl))
        if nl >= 0:
            state.cursor = nl + 1
    if run >= 0:
        pieces.append((src[run:state.cursor], run))


def _text_special(state: InlineState, t: Token) -> None:
    """An escape (`\\*`) or an entity (`&amp;`): mapped where its text stands in the source as it is (an escaped
    character, a backslash that escapes nothing), unmapped otherwise (a decoded entity)."""
    pos = state.src.find(t.markup, state.cursor, state.end)
    at = -1
    if pos >= 0 and t.content == t.markup:
        at = pos  # a backslash before a character it cannot escape stays
    elif pos >= 0 and t.info == "escape" and t.markup[1:] == t.content:
        at = pos + 1
    state.pieces.append((t.content, at))
    state.length += len(t.content)
    if pos >= 0:
        state.cursor = pos + len(t.markup)


def _line_break(state: InlineState, t: Token) -> None:
    pos = state.src.find("\n", state.cursor, state.end)
    state.pieces.append(("\n", pos))
    state.length += 1
    if pos >= 0:
        state.cursor = pos + 1
    state.line += 1
    if state.line < len(state.starts):
        state.cursor = max(state.cursor, state.starts[state.line])


def _code_inline(state: InlineState, t: Token) -> None:
    ticks = t.markup
    opening = _find_run(state.src, ticks, state.cursor, state.end)
    if opening < 0:
        return
    closing = _find_run(state.src, ticks, opening + len(ticks), state.end)
    if closing >= 0:
        state.cursor = closing + len(ticks)


def _link_open(state: InlineState, t: Token) -> None:
    if t.info == "auto":
        state.links.append(None)
        return
    pos = state.src.find("[", state.cursor, state.end)
    if pos >= 0:
        state.cursor = pos + 1
    state.links.append((state.length, max(pos, state.cursor), str(t.attrs.get("href", ""))))


def _link_close(state: InlineState, t: Token) -> None:
    """The link's target as a citation at the link text's start; an autolink only moves the cursor."""
    opened = state.links.pop() if state.links else None
    if opened is None:
        _skip(state, ">")
        return
    target = _skip_destination(state) or unquote(opened[2])
    state.citations.append(Citation("link", target, target, opened[0], opened[1]))


def _image(state: InlineState, t: Token) -> None:
    """An image's alt text is read as prose (a chart's "150 million and 430 million" is published); its target is not."""
    pos = state.src.find("![", state.cursor, state.end)
    if pos < 0:
        return
    close = _matching_bracket(state.src, pos + 1, state.end)
    state.cursor = pos + 2
    end, state.end = state.end, close if close > pos + 1 else state.end  # alt text stays inside its brackets
    for child in t.children or ():
        HANDLERS.get(child.type, _markup)(state, child)
    state.end = end
    state.cursor = close
    _skip_destination(state)


def _footnote_ref(state: InlineState, t: Token) -> None:
    label = str(t.meta.get("label", ""))
    mark = f"[^{label}]"
    pos = state.src.find(mark, state.cursor, state.end)
    state.citations.append(Citation("footnote", label, state.footnotes.get(label, ""), state.length,
                                    pos if pos >= 0 else state.cursor))
    if pos >= 0:
        state.cursor = pos + len(mark)


def _html_inline(state: InlineState, t: Token) -> None:
    _skip(state, t.content)


def _markup(state: InlineState, t: Token) -> None:
    """Any other token: an opening or closing one (`em_open`, `strong_close`) moves past its markup."""
    if t.markup and t.type.endswith(("_open", "_close")):
        _skip(state, t.markup)


Handler = Callable[[InlineState, "Token"], None]

# The child token types of an inline token that hold or hide prose; _markup serves every other type.
HANDLERS: dict[str, Handler] = {
    "text": _text,
    "text_special": _text_special,
    "text_plain": _text_plain,
    "softbreak": _line_break,
    "hardbreak": _line_break,
    "code_inline": _code_inline,
    "link_open": _link_open,
    "link_close": _link_close,
    "image": _image,
    "footnote_ref": _footnote_ref,
    "html_inline": _html_inline,
}


def _skip(state: InlineState, source: str) -> None:
    """Move the cursor past the next `source`, if there is one."""
    pos = state.src.find(source, state.cursor, state.end)
    if pos >= 0:
        state.cursor = pos + len(source)


def _escaped_pipes(state: InlineState, text: str) -> list[Piece]:
    """A table cell's text, whose `\\|` markdown-it turned into `|` before inline parsing."""
    src, end = state.src, state.end
    parts = text.split("|")
    pos = src.find(parts[0] or "\\|", state.cursor, end)
    if pos < 0:
        return [(text, -1)]
    pieces: list[Piece] = [(parts[0], pos)] if parts[0] else []
    pos += len(parts[0])
    for part in parts[1:]:
        if not src.startswith("\\|" + part, pos, end):
            done = sum(len(t) for t, _ in pieces)
            return pieces + [(text[done:], -1)]
        pieces.append(("|" + part, pos + 1))
        pos += 2 + len(part)
    state.cursor = pos
    return pieces


def _skip_destination(state: InlineState) -> str:
    """Move past a link's `](target "title")`, `][ref]` or `]`; the target as written."""
    src, end = state.src, state.end
    pos = src.find("]", state.cursor, end)
    if pos < 0:
        return ""
    pos += 1
    state.cursor = pos
    if pos < end and src[pos] == "[":
        close = src.find("]", pos, end)
        if close >= 0:
            state.cursor = close + 1
        return ""
    if pos >= end or src[pos] != "(":
        return ""
    i = pos + 1
    while i < end and src[i] in " \t\n":
        i += 1
    if i < end and src[i] == "<":
        close = src.find(">", i, end)
        target = src[i + 1:close] if close >= 0 else ""
        i = close + 1 if close >= 0 else i + 1
    else:
        start = i
        depth = 0
        while i < end:
            ch = src[i]
            if ch == "\\":
                i += 2
                continue
            if ch in " \t\n" or (ch == ")" and depth == 0):
                break
            depth += ch == "("
            depth -= ch == ")"
            i += 1
        target = src[start:min(i, end)]
    quote = ""
    while i < end:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "(" and i > pos + 1 and src[i - 1] in " \t\n":
            quote = ")"
        elif ch == ")":
            state.cursor = i + 1
            break
        i += 1
    return target


def _find_run(src: str, run: str, start: int, end: int) -> int:
    """Offset of a backtick run of exactly `run`'s length, or -1."""
    pos = src.find(run, start, end)
    while pos >= 0:
        after = pos + len(run)
        if (pos == 0 or src[pos - 1] != "`") and (after >= len(src) or src[after] != "`"):
            return pos
        while after < end and src[after] == "`":
            after += 1
        pos = src.find(run, after, end)
    return -1


def _matching_bracket(src: str, pos: int, end: int) -> int:
    """Offset of the `]` closing the `[` at `pos` (`pos` itself when none does)."""
    depth = 0
    i = pos
    while i < end:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return pos
