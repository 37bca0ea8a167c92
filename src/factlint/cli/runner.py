"""`factlint check`: the options merged with the config, the registry prepared, the drafts found, read and
checked (here, by --jobs workers or on a Dask cluster), the report written, and the exit code."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from factlint.api import Registry
from factlint.atomic import locked
from factlint.check.engine import Engine
from factlint.check.findings import FileFindings
from factlint.cli import cluster, workers
from factlint.cli.messages import error, warn, warn_skipped
from factlint.cli.options import ENGINES, CheckOptions, DraftOptions, check_choice, check_lang
from factlint.cli.progress import progress_bar, wants_progress
from factlint.errors import FactlintError
from factlint.output import baseline as baselines
from factlint.output.console import plural
from factlint.output.files import report_file, write_file
from factlint.output.formats import CHECK_FORMATS, SHOWS_DRAFTS, format_for, write_check
from factlint.output.sarif import check_sarif
from factlint.output.statistics import STATISTICS_FORMATS, write_statistics
from factlint.project import inputs
from factlint.project.config import Config, config_baseline, config_for, parse_statuses
from factlint.project.gitdiff import Changes, changed_lines, only_changed
from factlint.project.lines import DraftLines
from factlint.project.root import project_root, write_target
from factlint.project.selection import collect, draft_selection
from factlint.statuses import DEFAULT_FAIL_ON, NAMES, UNREADABLE
from factlint.text import visible


@dataclass(frozen=True, slots=True)
class _Run:
    """A check's settings once the config is read: the flags given, the config's values for the rest."""

    options: CheckOptions
    fmt: str  # --format, else what --output's name asks for, else text
    cwd: Path
    config: Config | None
    failing: tuple[str, ...]
    show_supported: bool
    draft: DraftOptions
    known: Counter[baselines.Key] | None  # the baseline's findings, when one filters the report
    baseline: Path | None  # --baseline, else the config's baseline
    changes: Changes | None  # --diff: the lines changed since the revision


def run_check(options: CheckOptions) -> int:
    """Check drafts, print the report, and return the exit code. Flags (not None) override the config."""
    run = _resolve(options)
    registry = Registry.load(options.claims, cwd=run.cwd, cache=not options.no_cache, config=options.config)
    with contextlib.ExitStack() as stack:
        if options.engine == "dask":
            checker = cluster.start(stack, options.scheduler, options.jobs, registry, run.draft)
        else:
            checker = workers.start_pool(stack, options.jobs, registry.engine, run.draft)
        return _check_and_report(run, registry.engine, registry.folder, checker)


def _resolve(options: CheckOptions) -> _Run:
    """The options checked and merged with the config (usage errors first, in the order of the flags)."""
    fmt = options.fmt or format_for(options.output) or "text"
    check_choice("--format", fmt, CHECK_FORMATS)
    if options.statistics and fmt not in STATISTICS_FORMATS:
        raise FactlintError(f"--statistics: --format {fmt} has no statistics ({' or '.join(STATISTICS_FORMATS)})")
    if options.output is not None:
        _check_output(options.output)
    if options.jobs < 0:
        raise FactlintError(f"--jobs: {options.jobs} is not 0 (one per CPU) or more")
    check_choice("--engine", options.engine, ENGINES)
    if options.engine == "dask":
        cluster.check_installed()
        if options.scheduler is not None and options.jobs != 1:
            raise FactlintError("--jobs: a scheduler's cluster has its own workers; --jobs is for a local cluster")
    elif options.scheduler is not None:
        raise FactlintError("--scheduler: only with --engine dask")
    cwd = Path.cwd()
    config = config_for(options.config, cwd.resolve())
    defaults = config or Config()
    baseline = options.baseline if options.baseline is not None else config_baseline(config)
    if options.update_baseline and baseline is None:
        raise FactlintError("--update-baseline needs --baseline FILE (or baseline in the config): the file to write")
    failing = defaults.fail_on or DEFAULT_FAIL_ON
    if options.fail_on is not None:
        try:
            failing = parse_statuses(options.fail_on)
        except ValueError as err:
            raise FactlintError(f"--fail-on: {err} ({', '.join(NAMES)})") from None
    lang = options.lang if options.lang is not None else defaults.lang
    check_lang(lang)
    tolerance = defaults.tolerance if options.tolerance is None else options.tolerance
    if not 0 <= tolerance < 1:
        raise FactlintError(f"--tolerance: {tolerance} is not from 0 up to 1 (0.05 is 5%)")
    show = defaults.show_supported if options.show_supported is None else options.show_supported
    known = None
    if baseline is not None and not options.update_baseline:
        # The config's baseline may not exist yet (an editor makes it): then nothing is known.
        known = baselines.load(baseline) if options.baseline is not None or baseline.exists() else Counter()
    shows = fmt in SHOWS_DRAFTS
    draft = DraftOptions(options.encoding, lang, tolerance, options.explain or shows, keep_text=shows)
    changes = changed_lines(options.diff, cwd) if options.diff is not None else None
    return _Run(options, fmt, cwd, config, failing, show, draft, known, baseline, changes)


def _check_output(path: Path) -> None:
    """A usage error, before any work, when --output cannot name a file to write: a folder, or in none."""
    if path.is_dir():
        raise FactlintError(f"--output {visible(str(path))}: is a folder; name the report's file")
    if not path.absolute().parent.is_dir():
        raise FactlintError(f"--output {visible(str(path))}: no such folder {visible(str(path.parent))}")


def _refuse_overwrite(output: Path, named: list[inputs.Item], registry_files: tuple[Path, ...]) -> None:
    """A usage error when --output names a draft being checked, a source, or a file of the registry:
    factlint writes its report over none of them."""
    try:
        target = output.resolve()
    except (OSError, RuntimeError):
        return  # a link loop: writing it fails with its own message
    drafts = [Path(item) for item in named if isinstance(item, Path)]
    if any(target == p.resolve() for p in drafts):
        raise FactlintError(f"--output {visible(str(output))}: is a draft being checked; name another file")
    folder, *sources = registry_files
    if target.is_relative_to(folder.resolve()) or any(target == s.resolve() for s in sources):
        raise FactlintError(f"--output {visible(str(output))}: is part of the registry; name another file")


def _check_and_report(run: _Run, engine: Engine, folder: Path, checker: workers.Checker) -> int:
    """run_check once the registry is prepared: find and read the drafts, check them, write the report."""
    options, cwd = run.options, run.cwd
    registry = engine.registry
    selection = draft_selection(run.config, cwd, registry, folder)
    default = ["-"] if options.stdin_filename is not None else ["."]  # as ruff: a name for stdin means read it
    named = collect(list(options.paths) or default, selection, force_exclude=options.force_exclude)
    if options.stdin_filename is not None and options.force_exclude and selection.excluded(Path(options.stdin_filename)):
        named = [item for item in named if item != "-"]  # an editor piping an excluded file: nothing to report
    if run.changes is not None:
        # Files without a changed line have nothing to report: not even read (a long manuscript's other chapters).
        changes = run.changes
        named = [item for item in named if isinstance(item, str)  # "-": standard input, reported whole
                 or changes.touches(Path(item.path if isinstance(item, inputs.Skipped) else item).resolve())]
    if options.output is not None:
        _refuse_overwrite(options.output, named, (folder, *(registry.root / s.path for s in registry.sources.values())))
    progress = wants_progress(len(named), options.quiet, sys.stderr)
    # Every draft read once first: a usage error stops the run before any report is written.
    items = inputs.preread(named, options.encoding, warn_skipped, options.stdin_filename)
    stdin = next((item for item in items if isinstance(item, inputs.Draft)), None)
    held_back: int | None = None
    files: Iterable[FileFindings] = _check_files(items, checker, progress, options.no_color)
    if run.changes is not None:
        files = only_changed(files, run.changes, cwd, stdin.path if stdin is not None else "-")
    if progress or options.update_baseline or run.known is not None or options.sarif_file is not None:
        # A baseline or a second report needs every finding first, and a progress bar is done before output.
        held = [f.materialized() for f in files]
        found = [f for group in held for f in group.findings]
        problems = [p for group in held for p in group.problems]
        if options.update_baseline and run.baseline is not None:
            target = write_target(run.baseline, project_root(run.config.path.parent if run.config else cwd))
            with locked(target):  # two runs updating one baseline: each writes a whole file, the last wins
                n = baselines.write(baselines.recordable(found, problems), target, cwd)
            print(f"factlint: wrote {plural(n, 'finding')} to the baseline {visible(str(run.baseline))}",
                  file=sys.stderr)
            return 0
        if run.known is not None and run.baseline is not None:
            before = len(found) + len(problems)
            found, problems = baselines.new_only(found, problems, run.known, run.baseline, cwd)
            held = baselines.regroup(held, found, problems)
            held_back = before - len(found) - len(problems)
        if options.sarif_file is not None:
            write_file(options.sarif_file, check_sarif(held, root=cwd, show_supported=run.show_supported,
                                                       sources_root=registry.root, warn=warn))
        files = held
    with contextlib.ExitStack() as stack:
        # A report file is written as the report is made, and replaces the old one only once it is whole.
        out = stack.enter_context(report_file(options.output, what="the report")) if options.output else None
        if options.statistics:
            tally = write_statistics(run.fmt, files, out or sys.stdout)
        else:
            line_of = (DraftLines(cwd, options.encoding, (stdin.path, stdin.text) if stdin is not None else None)
                       if run.fmt == "rdjson" else None)
            tally = write_check(run.fmt, files, root=cwd, in_order=inputs.in_name_order(items),
                                show_supported=run.show_supported, no_color=options.no_color, out=out,
                                failing=run.failing, sources_root=registry.root, line_of=line_of, warn=warn)
    if held_back is not None and run.baseline is not None:
        # The debt a baseline hides is said, not silently dropped from the counts.
        print(f"factlint: the baseline {visible(str(run.baseline))} holds back {plural(held_back, 'finding')} "
              "(not counted above)", file=sys.stderr)
    unread = [p for p in tally.problems if p.name == UNREADABLE.name]
    for p in unread:  # the report is whole but for these drafts: why the exit code is 2 (--exit-zero or not)
        error(f"{p.path}:{p.line}: {p.message}")
    if unread:
        return 2
    failed = tally.problems or any(tally.statuses.get(s) for s in run.failing)
    return 1 if failed and not options.exit_zero else 0


def _check_files(items: list[inputs.Item], checker: workers.Checker, progress: bool,
                 no_color: bool) -> Iterator[FileFindings]:
    """Each draft read's FileFindings, in input order, with a warning for each draft passed over."""
    with contextlib.ExitStack() as stack:
        advance = progress_bar(stack, len(items), no_color) if progress else (lambda: None)
        for result in checker(items):
            if isinstance(result, FileFindings):
                for w in result.warnings:
                    warn(visible(f"{w.path}:{w.line}:{w.column}: {w.message}"))
                yield result
            else:
                warn(result)
            advance()
