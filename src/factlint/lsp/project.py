"""The project the server checks drafts in: config and prepared registry found from the workspace folder as
`factlint check` finds them from its working directory, prepared once and again when one of its files changes.

No pygls here: text and paths in, findings and placed errors out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from factlint.check.draft import check_draft
from factlint.documents.formats import MARKDOWN, PLAIN, Form, format_of
from factlint.check.engine import Engine
from factlint.check.findings import FileFindings, Finding, Problem
from factlint.errors import FactlintError, RegistryError
from factlint.output import baseline as baselines
from factlint.project.config import CONFIG_FILES, Config, config_baseline, find_claims_dir, find_config
from factlint.project.inputs import DRAFT_SUFFIXES, display_path
from factlint.project.selection import Selection, draft_selection, selection_for
from factlint.registry.cache import prepared

MARKDOWN_IDS = ("markdown", "mdx", "quarto", "rmd")  # language ids editors give Markdown documents
_PLACED = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<message>.*)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class SetupError:
    """Why the project cannot be checked, in the file to fix (a registry or config file) when one is named."""

    path: Path | None
    line: int  # 1-based; 0: the file as a whole
    message: str


@dataclass(frozen=True, slots=True)
class Setup:
    """A project ready to check drafts (engine set), or the errors that keep it from it."""

    root: Path  # the workspace folder: where `factlint check` would run
    config: Config = field(default_factory=Config)
    engine: Engine | None = None
    claims_dir: Path | None = None
    selection: Selection | None = None
    baseline: Path | None = None
    known: Counter[baselines.Key] = field(default_factory=Counter, compare=False)
    errors: tuple[SetupError, ...] = ()

    def watched(self) -> tuple[str, ...]:
        """Glob patterns of the files whose change means preparing again: registry and config files, the
        sources, the baseline (editors watch by glob; `affects` tells which change counts)."""
        names = {f"**/{name}" for name in CONFIG_FILES} | {"**/*.toml"}
        if self.engine is not None:
            names |= {f"**/{Path(s.path).name}" for s in self.engine.registry.sources.values()}
        if self.baseline is not None:
            names.add(f"**/{self.baseline.name}")
        return tuple(sorted(names))

    def affects(self, path: Path) -> bool:
        """Whether a change to `path` changes the config, the registry or the baseline."""
        path = path.resolve()
        if path.name in CONFIG_FILES or (self.baseline is not None and path == self.baseline.resolve()):
            return True
        if self.claims_dir is None or (path.suffix == ".toml" and path.is_relative_to(self.claims_dir)):
            return True
        if self.engine is not None:
            root = self.engine.registry.root
            return any(path == (root / s.path).resolve() for s in self.engine.registry.sources.values())
        return False

    def checks(self, path: Path | None) -> bool:
        """Whether a document is a draft to check: not excluded by the config, not the registry or a source."""
        return self.engine is not None and (path is None or self.selection is None or not self.selection.excluded(path))

    def check(self, text: str, path: Path | None, language_id: str = "",
              stale: Callable[[], bool] = lambda: False) -> FileFindings | None:
        """A draft's findings and problems as `factlint check --explain` gives them; None as soon as `stale` says
        the text has changed since (a check no one will see is not finished)."""
        assert self.engine is not None
        shown = display_path(path, self.root) if path is not None else "-"
        found = check_draft(text, self.engine, path=shown, form=_form(language_id, path), lang=self.config.lang,
                            tolerance=self.config.tolerance, lazy=True, explain=True)
        findings = []
        for f in found.findings:
            if stale():
                return None
            findings.append(f)
        return FileFindings(found.path, findings, found.problems)

    def new_only(self, found: FileFindings) -> FileFindings:
        """The findings and problems the baseline does not hold: what needs attention."""
        if self.baseline is None or not self.known:
            return found
        findings, problems = baselines.new_only(found.findings, found.problems, self.known, self.baseline, self.root)
        return FileFindings(found.path, findings, problems)

    def add_to_baseline(self, item: Finding | Problem) -> None:
        """Record a finding in the config's baseline (FactlintError when the config names none)."""
        if self.baseline is None:
            raise FactlintError("no baseline: set baseline = \"FILE\" in [tool.factlint] or factlint.toml")
        baselines.add(item, self.baseline, self.root)


def set_up(root: Path) -> Setup:
    """The project below `root`: its config, registry and baseline, or the errors that keep it from being checked."""
    root = root.resolve()
    try:
        config = find_config(root) or Config()
    except FactlintError as err:
        return Setup(root, errors=(_placed(err.message),))
    try:
        folder, project = find_claims_dir(None, root)
    except FactlintError as err:
        return Setup(root, config, errors=(_placed(err.message),))
    try:
        baseline = config_baseline(config)
    except FactlintError as err:
        return Setup(root, config, errors=(_placed(err.message),))
    try:
        engine = prepared(folder, project)
        known = baselines.load(baseline) if baseline is not None and baseline.exists() else Counter()
    except RegistryError as err:
        errors = tuple(SetupError(project / p.file, p.line, p.message) for p in err.problems)
        return Setup(root, config, claims_dir=folder, selection=selection_for(config, root, (folder,)),
                     baseline=baseline, errors=errors)
    except FactlintError as err:
        return Setup(root, config, claims_dir=folder, baseline=baseline, errors=(_placed(err.message),))
    selection = draft_selection(config if config.path is not None else None, root, engine.registry, folder)
    return Setup(root, config, engine, folder, selection, baseline, known)


def _placed(message: str) -> SetupError:
    """An error message that starts with "file:line: " placed in that file, when it exists."""
    m = _PLACED.match(message)
    if m and Path(m["path"]).is_file():
        return SetupError(Path(m["path"]).resolve(), int(m["line"]), m["message"])
    path, _, rest = message.partition(": ")
    if rest and Path(path).is_file():
        return SetupError(Path(path).resolve(), 0, rest)
    return SetupError(None, 0, message)


def is_draft_name(path: Path) -> bool:
    """Whether a file name is one `factlint check` reads as a draft."""
    return path.suffix.lower() in DRAFT_SUFFIXES


def _form(language_id: str, path: Path | None) -> Form:
    """How an open document is read: by the editor's language id, else by its file's type (as the CLI reads it)."""
    if language_id in MARKDOWN_IDS:
        return MARKDOWN
    if language_id == "plaintext":
        return PLAIN
    if language_id == "html":
        return Form("html")
    kind = format_of(path.name) if path is not None else "markdown"
    return MARKDOWN if kind == "docx" else Form(kind)  # an editor's buffer is never a DOCX's zip
