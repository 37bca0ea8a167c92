"""`factlint figures`: what the extractor sees in the drafts, nothing matched."""

from __future__ import annotations

from collections.abc import Iterator

from factlint.api import figures
from factlint.check.findings import FileFindings
from factlint.cli.messages import error, warn_skipped
from factlint.errors import UnreadableDraft
from factlint.cli.options import check_choice, check_lang
from factlint.output.json import print_figures_json
from factlint.output.text import print_figures_text
from factlint.project import inputs

FIGURES_FORMATS = ("text", "json")


def run_figures(paths: list[str], fmt: str, encoding: str, lang: str | None) -> int:
    """Print the figures of the drafts `paths` name, in `fmt`; the exit code (2 when a draft cannot be read)."""
    check_choice("--format", fmt, FIGURES_FORMATS)
    check_lang(lang)
    # Every draft read once first: a usage error stops the run before any report is written.
    items = inputs.preread(inputs.expand(paths), encoding, warn_skipped)
    unread: list[str] = []

    def files() -> Iterator[FileFindings]:  # each draft's figures, found as the report is written
        for item in items:
            try:
                draft = inputs.read_draft(item, encoding)
            except inputs.SkippedFile as skipped:
                warn_skipped(skipped)
                continue
            except UnreadableDraft as err:
                unread.append(err.message)
                error(err.message)  # the other drafts are still read; the exit code is 2
                continue
            yield figures(draft.text, path=draft.path, format=draft.form, lang=lang, lazy=True)
            del draft  # let this draft's text go before the next one is read

    if fmt == "json":
        print_figures_json(files())
    else:
        print_figures_text(files())
    return 2 if unread else 0
