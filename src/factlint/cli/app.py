"""The command line's arguments: typer commands that parse them and hand them to the commands' modules.

The entry point of every run. The modules that do the work (and rich, rapidfuzz and markdown-it under
them) are imported by the command that needs them, so that `--version` and `--help` stay fast. The word
tables of `factlint.lang` are read here (about 10 ms): `--lang`'s help lists the codes of LANGUAGES.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from factlint import __version__
from factlint.errors import FactlintError
from factlint.lang import LANGUAGES

# add_completion: --install-completion and --show-completion (bash, zsh, fish, PowerShell), typer's own.
app = typer.Typer(add_completion=True, no_args_is_help=True, rich_markup_mode=None,
                  help="A linter for facts: check every figure in a draft against a registry of sourced claims.")
claims_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Inspect and verify the registry of claims.")
app.add_typer(claims_app, name="claims")

ClaimsOption = Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="Use exactly this config file (a factlint.toml, "
                                                      "or a pyproject.toml with [tool.factlint]); its folder "
                                                      "anchors the project.")]
_CODES = list(LANGUAGES)
_LANG_CHOICES = " or ".join(filter(None, (", ".join(_CODES[:-1]), _CODES[-1])))  # "en or nl", "de, en or nl"
LangOption = Annotated[Optional[str], typer.Option(help=f"Language of the drafts: {_LANG_CHOICES} (default: detected).")]
EncodingOption = Annotated[str, typer.Option(help="Encoding of the drafts.")]


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


@app.command("figures")
def figures_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    encoding: EncodingOption = "utf-8",
    lang: LangOption = None,
) -> int:
    """Show what the extractor sees in the drafts, nothing matched."""
    from factlint.cli.figures import run_figures

    return run_figures(paths, fmt, encoding, lang)


@app.command("check")
def check_cmd(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, folders, or - for standard input "
                                                              "(default: what the config includes).")] = None,
    claims: ClaimsOption = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="text, json, jsonl, sarif, github, junit, gitlab, "
                                               "rdjson or html (a page that shows each draft with its figures "
                                               "marked); default: what --output's name ends in (.html, .json, "
                                               ".sarif), else text.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file "
                                                   "(replaced whole) instead of standard output.")] = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Statuses that fail, comma-separated.")] = None,
    show_supported: Annotated[Optional[bool], typer.Option("--show-supported/--hide-supported", "-v",
                                                           help="Also list supported figures.")] = None,
    encoding: EncodingOption = "utf-8",
    lang: LangOption = None,
    tolerance: Annotated[Optional[float], typer.Option(help="Tolerance for approximate figures (0.05 = 5%).")] = None,
    baseline: Annotated[Optional[Path], typer.Option("--baseline", help="Report only findings not in this "
                                                     "baseline file.")] = None,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Write the current findings to the "
                                                  "--baseline file and exit 0.")] = False,
    force_exclude: Annotated[bool, typer.Option("--force-exclude", help="Leave out files the config excludes even "
                                                "when named (for pre-commit).")] = False,
    sarif_file: Annotated[Optional[Path], typer.Option("--sarif-file", help="Also write a SARIF report to this "
                                                       "file.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Check files in N processes (0: one per CPU).")] = 1,
    engine: Annotated[str, typer.Option("--engine", help="local (this process, --jobs workers) or dask (a Dask "
                                        "cluster: pip install 'factlint[dask]').")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="--engine dask: the scheduler's address "
                                                     "(default: a local cluster of --jobs workers).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Load the registry afresh: neither read nor write "
                                           "the prepared-registry cache.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR is honoured too).")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="For each figure: the best candidate claims, their "
                                          "scores, the words and scope that matched or differed.")] = False,
    diff: Annotated[Optional[str], typer.Option("--diff", metavar="REF", help="Report only figures on lines changed "
                                                "since this git revision (and in files git does not track yet).")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail (errors still "
                                            "exit 2).")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Instead of the report, count the figures of each "
                                             "status per claim (text or json).")] = False,
    config: ConfigOption = None,
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="The name of the draft read "
                                                          "from standard input (-): its type and its path in "
                                                          "reports.")] = None,
) -> None:
    """Check every figure in the drafts against the registry."""
    from factlint.cli.options import CheckOptions
    from factlint.cli.runner import run_check

    options = CheckOptions(paths=tuple(paths or ()), claims=claims, fmt=fmt, output=output, fail_on=fail_on,
                           show_supported=show_supported, encoding=encoding, lang=lang, tolerance=tolerance,
                           baseline=baseline, update_baseline=update_baseline, force_exclude=force_exclude,
                           sarif_file=sarif_file, jobs=jobs, quiet=quiet, no_color=no_color, no_cache=no_cache,
                           explain=explain, engine=engine, scheduler=scheduler, diff=diff, exit_zero=exit_zero,
                           statistics=statistics, config=config, stdin_filename=stdin_filename)
    raise typer.Exit(run_check(options))


@claims_app.command("list")
def claims_list(claims: ClaimsOption = None,
                fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text") -> None:
    """List every claim with its figure and source pointer."""
    from factlint.cli.claims import list_claims

    list_claims(claims, fmt)


@claims_app.command("show")
def claims_show(claim_id: Annotated[str, typer.Argument(metavar="ID")], claims: ClaimsOption = None) -> None:
    """Show one claim: statement, figure, quote and the source line itself."""
    from factlint.cli.claims import show_claim

    show_claim(claims, claim_id)


@claims_app.command("verify")
def claims_verify(
    claims: ClaimsOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Statements still to write (harvested "
                                         "\"TODO: rewrite\") are errors, not warnings.")] = False,
    config: ConfigOption = None,
    check_drafts: Annotated[bool, typer.Option("--check-drafts", help="Then check every draft the config includes "
                                               "against it, as `factlint check` with no PATH (exit 1 on a failing "
                                               "finding).")] = False,
) -> None:
    """Validate the registry: exit 0 when valid, otherwise list every error and exit 2."""
    from factlint.cli.claims import verify

    verify(claims, strict, config)
    if check_drafts:  # the pre-commit hook factlint-claims: a changed registry may fail drafts nobody staged
        from factlint.cli.options import CheckOptions
        from factlint.cli.runner import run_check

        raise typer.Exit(run_check(CheckOptions(claims=claims, config=config, quiet=True)))


@claims_app.command("audit")
def claims_audit(
    claims: ClaimsOption = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """Find disagreeing sources, near-duplicate claims and statements at odds with their quotes: exit 1 if any."""
    from factlint.cli.claims import audit_claims

    raise typer.Exit(audit_claims(claims, fmt))


@claims_app.command("harvest")
def claims_harvest(
    paths: Annotated[list[str], typer.Argument(help="Source documents: files or folders.")],
    claims: ClaimsOption = None,
    write: Annotated[Optional[Path], typer.Option("--write", help="Append the candidates to this TOML file.")] = None,
) -> None:
    """Propose a candidate [[claim]] for every figure of the documents that no claim covers yet."""
    from factlint.cli.claims import harvest_claims

    harvest_claims(paths, claims, write)


@app.command("lsp")
def lsp_cmd(
    stdio: Annotated[bool, typer.Option("--stdio", hidden=True,
                                        help="Accepted for clients that add it: standard I/O is the only transport.")] = False,
) -> None:
    """Run the language server over standard input and output (needs the lsp extra: pip install 'factlint[lsp]')."""
    try:
        from factlint.lsp.server import serve
    except ModuleNotFoundError as err:
        if (err.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        raise FactlintError(f"the language server needs {err.name.split('.')[0]}: pip install 'factlint[lsp]'") from None
    serve()


def main(argv: list[str] | None = None) -> int:
    """Run factlint with `argv` (default: sys.argv[1:]) and return the exit code."""
    command = typer.main.get_command(app)
    args = list(sys.argv[1:] if argv is None else argv)
    if sys.stdout is None:
        _error("standard output is closed: nothing can be reported")
        return 2
    from factlint.cli.pipe import QuietPipe

    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = QuietPipe(stdout)
    # With standard error closed, print(file=None) and rich would write warnings into the report on stdout.
    sys.stderr = stderr if stderr is not None else open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        return _run(command, args)
    finally:
        if sys.stderr is not stderr:
            sys.stderr.close()
        sys.stdout, sys.stderr = stdout, stderr


def _run(command: Any, args: list[str]) -> int:
    try:
        result = command.main(args=args, prog_name="factlint", standalone_mode=False)
    except FactlintError as err:
        _error(err.message, err.details)
        return 2
    except typer.Exit as err:
        return int(err.exit_code or 0)
    except (typer.Abort, KeyboardInterrupt):
        return 130
    except SystemExit as err:  # typer's --show-completion and a shell's completion request end with sys.exit()
        return err.code if isinstance(err.code, int) else 0 if err.code is None else 1
    except OSError as err:
        # A file that cannot be read names itself; the report that cannot be written (a full disk) names none.
        where = f"{err.filename}: " if err.filename else "cannot write the report: "
        _error(f"{where}{err.strerror or err}")
        return 2
    except RecursionError:
        _error("input nested too deeply to read")
        return 2
    except Exception as err:
        # Click's usage errors (vendored or not, by typer version) carry format_message().
        if not hasattr(err, "format_message"):
            raise
        if type(err).__name__ == "NoArgsIsHelpError":
            # A command with nothing to do is a usage error, whose help goes where errors go.
            print(err.format_message(), file=sys.stderr)
            return 2
        _error(err.format_message())
        return 2
    return int(result) if isinstance(result, int) else 0


def _error(message: str, details: list[str] | None = None) -> None:
    from factlint.cli.messages import error  # only on error: making text visible is no part of a clean start

    error(message, details)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
