"""The command line: parse arguments, read inputs, call the core, render, return an exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factlint import __version__
from factlint.errors import FactlintError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="A linter for facts: check every figure in a draft against a registry of sourced claims.")
claims_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Inspect and verify the registry of claims.")
app.add_typer(claims_app, name="claims")


def _version(value: bool) -> None:
    if value:
        print(f"factlint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """A linter for facts."""


# --- figures -------------------------------------------------------------------------------------

@app.command("figures")
def figures_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    encoding: Annotated[str, typer.Option(help="Encoding of the drafts.")] = "utf-8",
    lang: Annotated[Optional[str], typer.Option(help="Language of the drafts: en or nl (default: detected).")] = None,
) -> None:
    """Show what the extractor sees in the drafts, nothing matched."""
    from factlint import findings, inputs, reports, scanning

    if fmt not in ("text", "json"):
        raise FactlintError(f"--format: {fmt!r} is not one of text, json")
    _check_lang(lang)
    found = []
    items = inputs.expand(paths)
    for item in items:
        try:
            draft = inputs.read_draft(item, encoding)
        except inputs.SkippedFile as skipped:
            print(f"factlint: warning: {skipped.path}: {skipped.reason}, skipped", file=sys.stderr)
            continue
        occurrences = scanning.scan(draft.text, markdown=draft.markdown, lang=lang)
        found.extend(findings.figure_findings(draft.path, draft.text, occurrences))
    if fmt == "json":
        reports.print_figures_json(found, len(items))
    else:
        reports.print_figures_text(found, len(items))


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in ("en", "nl"):
        raise FactlintError(f"--lang: {lang!r} is not one of en, nl")


# --- check ---------------------------------------------------------------------------------------

@app.command("check")
def check_cmd(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, folders, or - for standard input.")] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json, sarif or github")] = "text",
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Statuses that fail, comma-separated.")] = None,
    show_supported: Annotated[bool, typer.Option("--show-supported", "-v", help="Also list supported figures.")] = False,
    encoding: Annotated[str, typer.Option(help="Encoding of the drafts.")] = "utf-8",
    lang: Annotated[Optional[str], typer.Option(help="Language of the drafts: en or nl (default: detected).")] = None,
) -> None:
    """Check every figure in the drafts against the registry."""
    code = run_check(paths=paths or [], claims=claims, fmt=fmt, fail_on=fail_on,
                     show_supported=show_supported, encoding=encoding, lang=lang)
    raise typer.Exit(code)


def run_check(*, paths: list[str], claims: Path | None, fmt: str, fail_on: str | None, show_supported: bool,
              encoding: str, lang: str | None) -> int:
    """Check drafts, print the report, and return the exit code."""
    from factlint import checking, config, findings, inputs, reports
    from factlint.verdicts import DEFAULT_FAIL_ON, STATUSES

    if fmt not in ("text", "json"):
        raise FactlintError(f"--format: {fmt!r} is not one of text, json")
    _check_lang(lang)
    failing = DEFAULT_FAIL_ON
    if fail_on is not None:
        failing = tuple(s.strip() for s in fail_on.split(",") if s.strip())
        bad = [s for s in failing if s not in STATUSES]
        if bad:
            raise FactlintError(f"--fail-on: {bad[0]!r} is not a status ({', '.join(STATUSES)})")
    registry = config.load_registry_for(claims)
    engine = checking.Engine.build(registry)
    items = inputs.expand(paths or ["."])
    all_findings, all_problems = [], []
    for item in items:
        try:
            draft = inputs.read_draft(item, encoding)
        except inputs.SkippedFile as skipped:
            print(f"factlint: warning: {skipped.path}: {skipped.reason}, skipped", file=sys.stderr)
            continue
        checked, diagnostics = checking.check_text(draft.text, engine, markdown=draft.markdown, lang=lang)
        f, p = findings.check_findings(draft.path, draft.text, checked, diagnostics, registry)
        all_findings.extend(f)
        all_problems.extend(p)
    if fmt == "json":
        sys.stdout.write(reports.check_json(all_findings, all_problems, len(items)))
    else:
        reports.print_check_text(all_findings, all_problems, len(items), show_supported=show_supported)
    failed = all_problems or any(f.status in failing for f in all_findings)
    return 1 if failed else 0


# --- claims --------------------------------------------------------------------------------------

@claims_app.command("list")
def claims_list(claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None) -> None:
    """List every claim with its figure and source pointer."""
    from factlint import config, reports

    reports.print_claims_table(config.load_registry_for(claims))


@claims_app.command("show")
def claims_show(
    claim_id: Annotated[str, typer.Argument(metavar="ID")],
    claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None,
) -> None:
    """Show one claim: statement, figure, quote and the source line itself."""
    from factlint import config, reports

    registry = config.load_registry_for(claims)
    claim = registry.claim(claim_id)
    if claim is None:
        raise FactlintError(f"no claim with id {claim_id!r}")
    reports.print_claim(registry, claim)


@claims_app.command("verify")
def claims_verify(claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None) -> None:
    """Validate the registry: exit 0 when valid, otherwise list every error and exit 2."""
    from factlint import config

    registry = config.load_registry_for(claims)
    n_sources = len(registry.sources)
    print(f"registry OK: {len(registry.claims)} claims from {n_sources} sources")


# --- entry points --------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    """Run factlint with `argv` (default: sys.argv[1:]) and return the exit code."""
    command = typer.main.get_command(app)
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        result = command.main(args=args, prog_name="factlint", standalone_mode=False)
    except FactlintError as err:
        _error(err.message, err.details)
        return 2
    except typer.Exit as err:
        return int(err.exit_code or 0)
    except (typer.Abort, KeyboardInterrupt):
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:
        # Click's usage errors (vendored or not, by typer version) carry format_message().
        if not hasattr(err, "format_message"):
            raise
        if type(err).__name__ == "NoArgsIsHelpError":
            print(err.format_message())
            return 0
        _error(err.format_message())
        return 2
    return int(result) if isinstance(result, int) else 0


def _error(message: str, details: list[str] | None = None) -> None:
    print(f"factlint: error: {message}", file=sys.stderr)
    for line in details or []:
        print(f"  {line}", file=sys.stderr)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
