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
    from factlint.output import findings
    from factlint.project import inputs
    from factlint.output import reports
    from factlint.check import mentions as scanning

    if fmt not in ("text", "json"):
        raise FactlintError(f"--format: {fmt!r} is not one of text, json")
    _check_lang(lang)
    # Every draft read once first: one that cannot be read stops the run before any report is written.
    items = inputs.preread(inputs.expand(paths), encoding, _warn_skipped)

    def files():  # each draft's findings, made as the report is written: a huge draft is never held twice
        for item in items:
            try:
                draft = inputs.read_draft(item, encoding)
            except inputs.SkippedFile as skipped:
                _warn_skipped(skipped)
                continue
            occurrences = scanning.iter_scan(draft.text, markdown=draft.markdown, lang=lang)
            yield findings.iter_figure_findings(draft.path, draft.text, occurrences)
            del draft, occurrences  # let this draft's text go before the next one is read

    if fmt == "json":
        reports.print_figures_json(files())
    else:
        reports.print_figures_text(files())


def _warn_skipped(skipped) -> None:
    print(f"factlint: warning: {skipped.path}: {skipped.reason}, skipped", file=sys.stderr)


def _check_lang(lang: str | None) -> None:
    if lang is not None and lang not in ("en", "nl"):
        raise FactlintError(f"--lang: {lang!r} is not one of en, nl")


# --- check ---------------------------------------------------------------------------------------

@app.command("check")
def check_cmd(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, folders, or - for standard input "
                                                              "(default: what the config includes).")] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json, sarif or github")] = "text",
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Statuses that fail, comma-separated.")] = None,
    show_supported: Annotated[Optional[bool], typer.Option("--show-supported/--hide-supported", "-v",
                                                           help="Also list supported figures.")] = None,
    encoding: Annotated[str, typer.Option(help="Encoding of the drafts.")] = "utf-8",
    lang: Annotated[Optional[str], typer.Option(help="Language of the drafts: en or nl (default: detected).")] = None,
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Load the registry afresh: neither read nor write "
                                           "the prepared-registry cache.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colours (NO_COLOR is honoured too).")] = False,
) -> None:
    """Check every figure in the drafts against the registry."""
    code = run_check(paths=paths or [], claims=claims, fmt=fmt, fail_on=fail_on,
                     show_supported=show_supported, encoding=encoding, lang=lang, tolerance=tolerance,
                     baseline=baseline, update_baseline=update_baseline, force_exclude=force_exclude,
                     sarif_file=sarif_file, jobs=jobs, quiet=quiet, no_color=no_color, no_cache=no_cache)
    raise typer.Exit(code)


CHECK_FORMATS = ("text", "json", "sarif", "github")
PROGRESS_MIN_FILES = 20  # fewer files finish before a bar would be worth drawing


def run_check(*, paths: list[str], claims: Path | None, fmt: str, fail_on: str | None, show_supported: bool | None,
              encoding: str, lang: str | None, tolerance: float | None = None, baseline: Path | None = None,
              update_baseline: bool = False, force_exclude: bool = False, sarif_file: Path | None = None,
              jobs: int = 1, quiet: bool = False, no_color: bool = False, no_cache: bool = False) -> int:
    """Check drafts, print the report, and return the exit code. Flags (not None) override the config."""
    import contextlib

    from factlint.output import baseline as baselines
    from factlint.registry import cache
    from factlint.project import config
    from factlint.check.verdicts import DEFAULT_FAIL_ON

    if fmt not in CHECK_FORMATS:
        raise FactlintError(f"--format: {fmt!r} is not one of {', '.join(CHECK_FORMATS)}")
    if update_baseline and baseline is None:
        raise FactlintError("--update-baseline needs --baseline FILE: the file to write")
    if jobs < 0:
        raise FactlintError(f"--jobs: {jobs} is not 0 (one per CPU) or more")
    cwd = Path.cwd()
    settings = config.find_config(cwd.resolve())
    defaults = settings or config.Config()
    failing = defaults.fail_on or DEFAULT_FAIL_ON
    if fail_on is not None:
        try:
            failing = config.parse_statuses(fail_on)
        except ValueError as err:
            raise FactlintError(f"--fail-on: {err} ({', '.join(config.STATUSES)})") from None
    lang = lang if lang is not None else defaults.lang
    _check_lang(lang)
    tolerance = defaults.tolerance if tolerance is None else tolerance
    if not 0 <= tolerance < 1:
        raise FactlintError(f"--tolerance: {tolerance} is not from 0 up to 1 (0.05 is 5%)")
    show = defaults.show_supported if show_supported is None else show_supported
    known = baselines.load(baseline) if baseline is not None and not update_baseline else None

    folder, root = config.find_claims_dir(claims, cwd)
    engine = cache.prepared(folder, root, use_cache=not no_cache)
    with contextlib.ExitStack() as stack:
        pool, workers = _start_workers(stack, jobs, engine, (encoding, lang, tolerance))
        return _check_and_report(pool, workers, engine, folder, settings, cwd, paths, fmt, failing, show, known,
                                 encoding=encoding, lang=lang, tolerance=tolerance, baseline=baseline,
                                 update_baseline=update_baseline, force_exclude=force_exclude, sarif_file=sarif_file,
                                 quiet=quiet, no_color=no_color)


def _start_workers(stack, jobs: int, engine, args: tuple):  # type: ignore[no-untyped-def]
    """The worker processes for --jobs N and their number ((None, 1) for one), started now so that they fork and warm up while
    this process finds and reads the drafts. The prepared registry is frozen out of the garbage collector
    first: walking it in every full collection costs time, and in a forked worker copies its pages."""
    import gc
    import os

    if not gc.get_freeze_count():  # a host program that froze objects itself keeps them frozen
        gc.freeze()
        stack.callback(gc.unfreeze)
    workers = jobs or os.cpu_count() or 1
    if workers <= 1:
        return None, 1
    from concurrent.futures import ProcessPoolExecutor

    pool = stack.enter_context(ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(engine, *args)))
    for _ in range(workers):
        pool.submit(_warm_up)
    return pool, workers


def _check_and_report(pool, workers: int, engine, folder: Path, settings, cwd: Path, paths: list[str], fmt: str,  # type: ignore[no-untyped-def]
                      failing, show: bool, known, *, encoding: str, lang: str | None, tolerance: float,
                      baseline: Path | None, update_baseline: bool, force_exclude: bool, sarif_file: Path | None,
                      quiet: bool, no_color: bool) -> int:
    """run_check once the registry is prepared: find and read the drafts, check them, write the report."""
    from factlint.output import baseline as baselines
    from factlint.project import config
    from factlint.project import inputs
    from factlint.output import reports

    registry = engine.registry
    skip = (folder, *((registry.root / s.path) for s in registry.sources.values()))
    selection = config.selection_for(settings, cwd, skip)
    items = config.collect(paths or ["."], selection, force_exclude=force_exclude)
    progress = _wants_progress(len(items), quiet, sys.stderr)
    # Every draft read once first: one that cannot be read stops the run before any report is written.
    items = inputs.preread(items, encoding, _warn_skipped)
    files = _check_files(items, engine, encoding=encoding, lang=lang, tolerance=tolerance, pool=pool,
                         workers=workers, progress=progress, no_color=no_color)
    if progress or update_baseline or known is not None or sarif_file is not None:
        # A baseline or a second report needs every finding first, and a progress bar is done before output.
        files = [f.materialized() for f in files]
        found = [f for group in files for f in group.findings]
        problems = [p for group in files for p in group.problems]
        if update_baseline:
            n = baselines.write(baselines.recordable(found, problems), baseline, cwd)
            print(f"factlint: wrote {n} finding{'s' * (n != 1)} to the baseline {inputs.visible(str(baseline))}",
                  file=sys.stderr)
            return 0
        if known is not None:
            found, problems = baselines.new_only(found, problems, known, baseline, cwd)
            files = reports.regroup(files, found, problems)
        if sarif_file is not None:
            _write_report(sarif_file, reports.check_sarif(files, root=cwd, show_supported=show))
    tally = reports.write_check(fmt, files, root=cwd, in_order=inputs.in_name_order(items), show_supported=show,
                                no_color=no_color)
    failed = tally.problems or any(tally.statuses.get(s) for s in failing)
    return 1 if failed else 0


def _write_report(path: Path, text: str) -> None:
    from factlint.atomic import write_text

    try:
        write_text(path, text)
    except OSError as err:
        raise FactlintError(f"{path}: cannot write: {err.strerror or err}") from None


def _wants_progress(files: int, quiet: bool, stream) -> bool:
    """A progress bar only for many files, on a terminal, when not asked to be quiet."""
    isatty = getattr(stream, "isatty", None)
    return files > PROGRESS_MIN_FILES and not quiet and stream is not None and bool(isatty and isatty())


def _check_one(item, engine, encoding: str, lang: str | None, tolerance: float, lazy: bool = False):
    """A draft's FileFindings (its findings made as they are read when `lazy`), or None and a warning when
    it is passed over (a binary file)."""
    from factlint.check import engine as checking
    from factlint.output import findings
    from factlint.project import inputs

    try:
        draft = inputs.read_draft(item, encoding)
    except inputs.SkippedFile as skipped:
        return None, f"{skipped.path}: {skipped.reason}, skipped"
    checked, diagnostics = checking.iter_check_text(draft.text, engine, markdown=draft.markdown, lang=lang,
                                                    tolerance=tolerance)
    found = findings.iter_check_findings(draft.path, draft.text, checked, engine.registry)
    return findings.FileFindings(draft.path, found if lazy else list(found),
                                 findings.check_problems(draft.path, draft.text, diagnostics)), None


# One engine per worker process, handed over once by the pool's initializer: preparing it per file would
# cost more than the check itself.
_WORKER: dict = {}


def _init_worker(engine, encoding: str, lang: str | None, tolerance: float) -> None:
    # Under fork the engine is inherited, not copied; under spawn it is unpickled once per worker.
    _WORKER.update(engine=engine, args=(encoding, lang, tolerance))


def _warm_up() -> None:
    """A first check in a new worker: the modules and parsers it needs are loaded before the drafts arrive."""
    from factlint.check import engine as checking

    engine, (_, lang, tolerance) = _WORKER["engine"], _WORKER["args"]
    checking.check_text("Warm-up: workers earned $2 an hour, 5% more than in 2019.\n", engine, lang=lang,
                        tolerance=tolerance)


def _worker_check(item):
    try:
        return _check_one(item, _WORKER["engine"], *_WORKER["args"])
    except FactlintError as err:
        # Returned, not raised: the parent raises the first error in input order, as --jobs 1 would.
        return err


def _check_files(items: list, engine, *, encoding: str, lang: str | None, tolerance: float, pool=None,
                 workers: int = 1, progress: bool = False, no_color: bool = False):
    """Each draft read's FileFindings, in input order, checked by the `workers` processes of `pool` (None:
    in this process)."""
    import contextlib

    workers = min(workers if pool is not None else 1, len(items))
    with contextlib.ExitStack() as stack:
        advance = _progress_bar(stack, len(items), no_color) if progress else (lambda: None)
        if workers <= 1:
            results = (_check_one(item, engine, encoding, lang, tolerance, lazy=True) for item in items)
        else:
            results = pool.map(_worker_check, items, chunksize=max(1, len(items) // (workers * 16)))
        for result in results:
            if isinstance(result, FactlintError):
                raise FactlintError(result.message, details=result.details)
            checked, warning = result
            if warning:
                print(f"factlint: warning: {warning}", file=sys.stderr)
            else:
                yield checked
            advance()


def _progress_bar(stack, total: int, no_color: bool):
    """Start a transient progress bar on standard error; the function that advances it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from factlint.output import reports

    bar = stack.enter_context(Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                                       TimeRemainingColumn(), console=reports.console(stderr=True, no_color=no_color),
                                       transient=True))
    task = bar.add_task("check", total=total)
    return lambda: bar.advance(task)


# --- claims --------------------------------------------------------------------------------------

@claims_app.command("list")
def claims_list(claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None) -> None:
    """List every claim with its figure and source pointer."""
    from factlint.project import config
    from factlint.output import reports

    reports.print_claims_table(config.load_registry_for(claims))


@claims_app.command("show")
def claims_show(
    claim_id: Annotated[str, typer.Argument(metavar="ID")],
    claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None,
) -> None:
    """Show one claim: statement, figure, quote and the source line itself."""
    from factlint.project import config
    from factlint.output import reports

    registry = config.load_registry_for(claims)
    claim = registry.claim(claim_id)
    if claim is None:
        raise FactlintError(f"no claim with id {claim_id!r}")
    reports.print_claim(registry, claim)


@claims_app.command("verify")
def claims_verify(claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None) -> None:
    """Validate the registry: exit 0 when valid, otherwise list every error and exit 2."""
    from factlint.project import config

    registry = config.load_registry_for(claims)
    n_sources = len(registry.sources)
    print(f"registry OK: {len(registry.claims)} claims from {n_sources} sources")


@claims_app.command("audit")
def claims_audit(
    claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """Find disagreeing sources, near-duplicate claims and statements at odds with their quotes: exit 1 if any."""
    from factlint.registry import audit
    from factlint.project import config
    from factlint.output import reports

    if fmt not in ("text", "json"):
        raise FactlintError(f"--format: {fmt!r} is not one of text, json")
    registry = config.load_registry_for(claims)
    found = audit.audit(registry)
    if fmt == "json":
        sys.stdout.write(reports.audit_json(registry, found))
    else:
        reports.print_audit_text(registry, found)
    raise typer.Exit(1 if found else 0)


@claims_app.command("harvest")
def claims_harvest(
    paths: Annotated[list[str], typer.Argument(help="Source documents: files or folders.")],
    claims: Annotated[Optional[Path], typer.Option("--claims", help="The registry folder.")] = None,
    write: Annotated[Optional[Path], typer.Option("--write", help="Append the candidates to this TOML file.")] = None,
) -> None:
    """Propose a candidate [[claim]] for every figure of the documents that no claim covers yet."""
    from factlint import atomic
    from factlint.project import config
    from factlint.registry import harvest
    from factlint.output import reports
    from factlint.registry.load import load_registry

    folder, root = config.find_claims_dir(claims, Path.cwd())
    registry = load_registry(folder, root)
    found = harvest.candidates(harvest.read_documents(paths, root), registry)
    if write is None:
        sys.stdout.write(harvest.to_toml(found))
    else:
        existing = harvest.read_target(write)
        try:
            atomic.write_text(write, harvest.append_to(existing, found))
        except OSError as err:
            raise FactlintError(f"{write}: cannot write: {err.strerror or err}; the file is unchanged") from None
    reports.print_harvest_summary(found, write)


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
    from factlint.text import visible

    # Messages quote file names, options and registry text: control characters must not drive the terminal.
    print(f"factlint: error: {visible(message)}", file=sys.stderr)
    for line in details or []:
        print(f"  {visible(line)}", file=sys.stderr)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
