"""What the command line asked for: `check`'s options as one value, and the checks every command makes of them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factlint.errors import FactlintError
from factlint.lang import LANGUAGES


ENGINES = ("local", "dask")  # this process and its --jobs workers; a Dask cluster


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """`factlint check`'s command line as given: None where a flag was left out and the config decides."""

    paths: tuple[str, ...] = ()  # empty: what the config includes, below the working directory
    claims: Path | None = None
    fmt: str | None = None  # None: what --output's file name asks for, else text
    output: Path | None = None  # the report's file; None: standard output
    fail_on: str | None = None  # comma-separated statuses
    show_supported: bool | None = None
    encoding: str = "utf-8"
    lang: str | None = None  # None: the config's, else detected per draft
    tolerance: float | None = None
    baseline: Path | None = None
    update_baseline: bool = False
    force_exclude: bool = False
    sarif_file: Path | None = None
    jobs: int = 1  # 0: one per CPU
    quiet: bool = False
    no_color: bool = False
    no_cache: bool = False
    explain: bool = False  # the best candidate claims of each figure, what matched and why the status followed
    engine: str = "local"  # one of ENGINES: where the drafts are checked
    scheduler: str | None = None  # --engine dask: a scheduler's address (None: a LocalCluster on this machine)
    # CI (issue 17): report only lines changed since a git revision; exit 0 whatever was found (but 2 stays 2);
    # counts per status and claim in place of the report; exactly this config file; the name of standard input.
    diff: str | None = None
    exit_zero: bool = False
    statistics: bool = False
    config: Path | None = None
    stdin_filename: str | None = None


@dataclass(frozen=True, slots=True)
class DraftOptions:
    """How each draft is read and checked, the same in this process and in every --jobs worker."""

    encoding: str
    lang: str | None
    tolerance: float
    explain: bool = False
    keep_text: bool = False  # each draft's text handed back with its findings, for a report that shows it


def check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    """A usage error unless `value` is one of `choices`."""
    if value not in choices:
        raise FactlintError(f"{option}: {value!r} is not one of {', '.join(choices)}")


def check_lang(lang: str | None) -> None:
    """A usage error unless `lang` is None (detected) or a language factlint reads."""
    if lang is not None:
        check_choice("--lang", lang, tuple(LANGUAGES))
