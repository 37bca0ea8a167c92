"""The check of one draft in memory: a text and a prepared registry in, its placed findings out.

The one entry point for every caller that checks a draft (the command line, its --jobs workers), and
its twin for `factlint figures`, which reads the figures and matches nothing.
"""

from __future__ import annotations

from factlint.check.engine import Engine, iter_check_text
from factlint.check.findings import (FileFindings, check_problems, check_warnings, iter_check_findings,
                                     iter_figure_findings)
from factlint.check.mentions import iter_scan
from factlint.check.verdicts import DEFAULT_TOLERANCE
from factlint.documents import MARKDOWN, Form


def check_draft(text: str, engine: Engine, *, path: str, form: Form = MARKDOWN, lang: str | None = None,
                tolerance: float = DEFAULT_TOLERANCE, lazy: bool = False, explain: bool = False,
                keep_text: bool = False) -> FileFindings:
    """The draft's findings and problems, named by `path`; with `lazy`, the findings are an iterator that
    checks the draft as it is read (a book is never held checked whole), else a list. With `keep_text`,
    the text checked comes along, for a report that shows it."""
    checked, diagnostics = iter_check_text(text, engine, form=form, lang=lang, tolerance=tolerance,
                                           explain=explain)
    found = iter_check_findings(path, text, checked, engine.registry, explain)
    return FileFindings(path, found if lazy else list(found), check_problems(path, text, diagnostics),
                        check_warnings(path, text, diagnostics), text if keep_text else None)


def figures_draft(text: str, *, path: str, form: Form = MARKDOWN, lang: str | None = None) -> FileFindings:
    """The draft's figures as findings without a status, an iterator that reads the draft as it goes."""
    return FileFindings(path, iter_figure_findings(path, text, iter_scan(text, form=form, lang=lang)), [])
