"""Code actions on a figure: replace it with what the source says, cite the claim's source, add the finding
to the baseline, or disable factlint for the line."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lsprotocol import types

from factlint.check.findings import Finding, Problem
from factlint.check.verdicts import compare
from factlint.lsp.positions import Lines
from factlint.lsp.replacement import replacement

ADD_TO_BASELINE = "factlint.addToBaseline"
DISABLE_LINE = " <!-- factlint-disable-line -->"
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"')\]]|$)|\n\s*\n|$", re.MULTILINE)


def code_actions(uri: str, text: str, lines: Lines, items: Iterable[Finding | Problem], lang: str,
                 baseline: bool) -> list[types.CodeAction]:
    """The actions for the findings and problems given (those under the editor's cursor or selection)."""
    out: list[types.CodeAction] = []
    for item in items:
        if item.kind.hidden:
            continue
        if isinstance(item, Finding):
            out += _replace(uri, lines, item, lang) + _cite(uri, text, lines, item)
        if baseline:
            out.append(types.CodeAction(
                title=f"Add this {item.kind.title} finding to the baseline", kind=types.CodeActionKind.QuickFix,
                command=types.Command(title="Add to the baseline", command=ADD_TO_BASELINE, arguments=
                                      [uri, item.line, item.column, item.kind.name])))
        end = lines.end_of(item.line)
        if "factlint-disable-line" not in lines.line(item.line - 1):
            if isinstance(item, Finding):  # problems are no status a comment can name
                scoped = f" <!-- factlint-disable-line {item.kind.name} -->"
                out.append(_edit(uri, f"Disable {item.kind.title} for this line", types.Range(end, end), scoped))
            out.append(_edit(uri, "Disable factlint for this line", types.Range(end, end), DISABLE_LINE))
    return out


def _edit(uri: str, title: str, where: types.Range, new: str, preferred: bool = False) -> types.CodeAction:
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, is_preferred=preferred or None,
                            edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(where, new)]}))


def _replace(uri: str, lines: Lines, f: Finding, lang: str) -> list[types.CodeAction]:
    new = replacement(f, lang)
    if new is None or new == f.text:
        return []
    where = lines.range(f.line, f.column, f.end_line, f.end_column)
    return [_edit(uri, f"Replace with what the source says: {new}", where, new, preferred=True)]


def _cite(uri: str, text: str, lines: Lines, f: Finding) -> list[types.CodeAction]:
    """Cite the source of the claim that backs the figure: the wrong Pandoc key replaced, else a key added at
    the end of the figure's sentence."""
    source = _known_source(f)
    if source is None:
        return []
    line_text = lines.line(f.line - 1)
    for key in f.cited:
        at = line_text.find(f"@{key}")
        if at >= 0 and source != key:
            where = types.Range(lines.to_lsp(f.line, at + 2), lines.to_lsp(f.line, at + 2 + len(key)))
            return [_edit(uri, f"Cite [@{source}] instead of @{key}", where, source, preferred=True)]
    end = _SENTENCE_END.search(text, lines.offset(f.end_line, f.end_column))
    line, column = lines.place(end.start() if end is not None else len(text))
    where = types.Range(lines.to_lsp(line, column), lines.to_lsp(line, column))
    return [_edit(uri, f"Cite [@{source}]", where, f" [@{source}]")]


def _known_source(f: Finding) -> str | None:
    """The source to cite: the backing claim's for a miscited figure; for an unsourced one, the closest
    candidate's when its figure agrees with the draft's."""
    if f.status == "miscited" and f.claim is not None:
        return f.claim.source
    if f.status == "unsourced" and f.explanation:
        best = f.explanation[0].claim
        return best.source if compare(best.figure, f.figure).consistent else None
    return None

