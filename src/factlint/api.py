"""The Python API: a registry loaded and prepared once, drafts checked in memory, figures read, reports rendered.

What `import factlint` exports (lazily, see __init__.py). The check itself does no I/O: `Registry.check` and
`figures` take a text; `Registry.load` and `Registry.check_file` are the edges that read files.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import pickle
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from factlint.check.draft import check_draft, figures_draft
from factlint.check.engine import Engine
from factlint.check.findings import FileFindings
from factlint.check.verdicts import DEFAULT_TOLERANCE
from factlint.documents.formats import READERS, Form
from factlint.errors import FactlintError
from factlint.output.formats import CHECK_FORMATS, write_check
from factlint.project.config import find_claims_dir
from factlint.project.inputs import SkippedFile, read_draft
from factlint.registry.cache import prepared
from factlint.registry.model import Claim, Source

FORMATS = CHECK_FORMATS  # what render() writes, as `factlint check --format` names them


@dataclass(frozen=True, slots=True)
class Registry:
    """A registry of sourced claims, loaded, validated and prepared for checking: load it once, check many drafts.

    It pickles (18 MB for 10,000 claims), so it can be sent once to one's own worker processes.

    >>> registry = Registry.load("claims")
    >>> registry.check("Data labelers are paid as little as $1.46 an hour after tax.").findings[0].status
    'supported'
    """

    engine: Engine
    folder: Path  # the claims folder it was loaded from

    @classmethod
    def load(cls, claims: str | os.PathLike[str] | None = None, *, cwd: str | os.PathLike[str] | None = None,
             cache: bool = True, config: str | os.PathLike[str] | None = None) -> Registry:
        """The registry in the folder `claims` (else the one configured or found from `cwd`, as the command
        line finds it, or the one the config file `config` names), read from the prepared-registry cache when
        `cache` and its files are unchanged.

        Raises FactlintError, naming every error, when the registry is invalid or missing.

        >>> registry = Registry.load()  # [tool.factlint] claims, or the nearest claims/ folder
        >>> len(registry.claims) > 0
        True
        """
        named = Path(claims) if claims is not None else None
        folder, root = find_claims_dir(named, Path(cwd) if cwd is not None else Path.cwd(),
                                       Path(config) if config is not None else None)
        return cls(prepared(folder, root, use_cache=cache), folder)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim, in the order of the registry's files.

        >>> Registry.load().claims[0].id
        'click-workers-hourly-pay'
        """
        return self.engine.registry.claims

    @property
    def sources(self) -> Mapping[str, Source]:
        """The sources by id.

        >>> Registry.load().sources["ai-labour-debate"].path
        'seeds/004_29fe0d7601c600d6.txt'
        """
        return self.engine.registry.sources

    def check(self, text: str, *, path: str = "-", format: str | Form = "markdown", lang: str | None = None,
              tolerance: float = DEFAULT_TOLERANCE, explain: bool = False, lazy: bool = False) -> FileFindings:
        """Every figure of `text` checked: its findings (with a status each) and problems, named by `path`.

        `format` is how the text is read: "markdown", "plain", "html", "rst" or "mdx" (a DOCX is read with
        `check_file`); `lang` is "en" or "nl" (None: detected);
        `explain` adds the best candidate claims to each finding; `lazy` makes the findings an iterator that
        checks the text as it is read, once. No I/O.

        >>> result = registry.check("Between 150 million and 430 million people do such work, according to "
        ...                         "a World Bank estimate.", path="a.md")
        >>> [(f.line, f.column, f.status) for f in result.findings]
        [(1, 9, 'supported')]
        """
        # The text comes along (a reference, no copy): render(..., "html") shows it.
        return check_draft(text, self.engine, path=path, form=_form(format), lang=lang, tolerance=tolerance,
                           lazy=lazy, explain=explain, keep_text=True)

    def __reduce__(self) -> tuple[object, tuple[bytes]]:
        # A prepared registry is a million small objects and no cycles: with the collector walking them again
        # and again, 10,000 claims took 4.6 s to pickle and 4-6 s to unpickle; paused, 2.3 s and 1.5 s.
        with _collector_paused():
            data = pickle.dumps((self.engine, self.folder), protocol=pickle.HIGHEST_PROTOCOL)
        return _unpickled, (data,)

    def check_file(self, path: str | os.PathLike[str], *, encoding: str = "utf-8", lang: str | None = None,
                   tolerance: float = DEFAULT_TOLERANCE, explain: bool = False) -> FileFindings:
        """The file `path` read by its type (Markdown, text, HTML, DOCX, reST, MDX) and checked as `check` does;
        findings name it relative to the working directory. FactlintError when it cannot be read as a draft.

        >>> registry.check_file("examples/draft.md").findings[0].path
        'examples/draft.md'
        """
        try:
            draft = read_draft(Path(path), encoding)
        except SkippedFile as skipped:
            raise FactlintError(f"{skipped.path}: {skipped.reason}") from None
        return self.check(draft.text, path=draft.path, format=draft.form, lang=lang, tolerance=tolerance,
                          explain=explain)


def _form(format: str | Form) -> Form:
    """A reader named by its format ("markdown", "plain", "html", "rst", "mdx"), or a Form as read from a file."""
    if isinstance(format, Form):
        return format
    if format not in READERS:
        raise FactlintError(f"format {format!r}: one of {', '.join(READERS)}")
    return Form(format)


def _unpickled(data: bytes) -> Registry:
    with _collector_paused():
        engine, folder = pickle.loads(data)
    return Registry(engine, folder)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def figures(text: str, *, path: str = "-", format: str | Form = "markdown", lang: str | None = None,
            lazy: bool = False) -> FileFindings:
    """What the extractor reads in `text`: a finding per figure, without a status (nothing is matched).

    >>> [f.figure.low for f in figures("Between 150 million and 430 million people.").findings]
    [150000000.0]
    """
    found = figures_draft(text, path=path, form=_form(format), lang=lang)
    return found if lazy else found.materialized()


def render(results: Iterable[FileFindings], fmt: str = "text", *, root: str | os.PathLike[str] | None = None,
           show_supported: bool = False) -> str:
    """The report `factlint check --format fmt` prints for `results` (one FileFindings per draft), as a string.

    `root` is the folder SARIF's relative URIs start from (default: the working directory); `show_supported`
    lists supported figures in the text, GitHub and SARIF reports (JSON and JSON Lines hold them all).

    >>> print(render([registry.check("Workers earn $5 an hour.", path="a.md")], "jsonl"), end="")
    {"path": "a.md", "line": 1, "column": 14, ..., "status": "unsourced", "claim": null, ...}
    """
    if fmt not in FORMATS:
        raise FactlintError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    out = io.StringIO()
    results = list(results)
    texts = {r.path: r.text for r in results if r.text is not None}
    lines: dict[str, list[str]] = {}

    def line_of(path: str, line: int) -> str | None:
        """A line of a draft checked, from the text each result keeps (rdjson counts its columns in bytes)."""
        if path not in lines:
            lines[path] = texts[path].splitlines() if path in texts else []
        found = lines[path]
        return found[line - 1] if 0 < line <= len(found) else None

    base = Path(root) if root is not None else Path.cwd()
    write_check(fmt, results, root=base, in_order=False, show_supported=show_supported, no_color=True, out=out,
                sources_root=base, line_of=line_of)
    return out.getvalue()
