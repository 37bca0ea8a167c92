"""Findings as LSP diagnostics: one per figure that needs attention (severity per status, from the config),
the status as the code, the source pointer as related information, the README's row as the documentation."""

from __future__ import annotations

from collections.abc import Iterator

from lsprotocol import types

from factlint.check.findings import FileFindings, Finding, Problem
from factlint.lsp.definition import quote_location
from factlint.lsp.positions import Lines
from factlint.lsp.project import Setup, SetupError
from factlint.project.config import Config

SOURCE = "factlint"
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "information": types.DiagnosticSeverity.Information, "hint": types.DiagnosticSeverity.Hint}


def draft_diagnostics(found: FileFindings, lines: Lines, setup: Setup) -> list[types.Diagnostic]:
    """The diagnostics of a checked draft, in the order of the text."""
    out = [d for d in _each(found, lines, setup) if d is not None]
    out.sort(key=lambda d: (d.range.start.line, d.range.start.character))
    return out


def _each(found: FileFindings, lines: Lines, setup: Setup) -> Iterator[types.Diagnostic | None]:
    for f in found.findings:
        yield finding_diagnostic(f, lines, setup, lines.encoding)
    for p in found.problems:
        yield problem_diagnostic(p, lines, setup.config)


def finding_diagnostic(f: Finding, lines: Lines, setup: Setup, encoding: str) -> types.Diagnostic | None:
    """A figure's diagnostic; None when its status's severity is "off" (supported, by default)."""
    assert f.status is not None and setup.engine is not None
    severity = SEVERITY.get(setup.config.severity_of(f.status))
    if severity is None:
        return None
    where = quote_location(f, setup.engine.registry, encoding)
    related = None
    if where is not None and f.claim is not None and f.source is not None:
        pointer = f"{f.source.path}:{f.claim.line}"
        related = [types.DiagnosticRelatedInformation(where, f"{pointer}: \"{f.claim.quote}\" ({f.claim.id})")]
    return types.Diagnostic(
        range=lines.range(f.line, f.column, f.end_line, f.end_column), severity=severity, code=f.status,
        code_description=types.CodeDescription(href=f.kind.doc_url), source=SOURCE,
        message=f.message or f.status, related_information=related,
        data={"line": f.line, "column": f.column, "status": f.status})


def problem_diagnostic(p: Problem, lines: Lines, config: Config) -> types.Diagnostic | None:
    severity = SEVERITY.get(config.severity_of(p.name))
    if severity is None:
        return None
    return types.Diagnostic(
        range=lines.range(p.line, p.column, p.end_line, p.end_column), severity=severity, code=p.name,
        code_description=types.CodeDescription(href=p.kind.doc_url), source=SOURCE, message=p.message,
        data={"line": p.line, "column": p.column, "status": p.name})


def setup_diagnostics(errors: tuple[SetupError, ...]) -> dict[str, list[types.Diagnostic]]:
    """The errors that keep the project from being checked, by the URI of the file each is in."""
    out: dict[str, list[types.Diagnostic]] = {}
    for e in errors:
        if e.path is None:
            continue
        line = max(e.line - 1, 0)
        out.setdefault(e.path.as_uri(), []).append(types.Diagnostic(
            range=types.Range(types.Position(line, 0), types.Position(line + 1 if e.line else 0, 0)),
            severity=types.DiagnosticSeverity.Error, source=SOURCE, code="registry", message=e.message))
    return out
