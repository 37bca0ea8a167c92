"""`factlint lsp`: the wiring of the language server. Documents are checked on open, save and (debounced)
change, on one worker thread so that the engine is never used by two at once; hovers, definitions and code
actions read the last check of a document. The project is set up on `initialized` and again when a file
it depends on changes."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer

from factlint import __version__
from factlint.check.findings import FileFindings, Finding, Problem
from factlint.errors import FactlintError
from factlint.lang import detect_language
from factlint.lsp.actions import ADD_TO_BASELINE, code_actions
from factlint.lsp.definition import quote_location
from factlint.lsp.diagnostics import draft_diagnostics, setup_diagnostics
from factlint.lsp.hover import hover_markdown
from factlint.lsp.positions import Lines
from factlint.lsp.project import Setup, is_draft_name, set_up

# Seconds after the last keystroke of a burst before a document is checked again. The first change after a quiet
# spell is checked at once (a leading edge, as lodash's debounce has): one edit is seen without waiting, a burst
# of typing is checked once more when it pauses, never once per keystroke.
DEBOUNCE = 0.1
WATCH_ID = "factlint-watched-files"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Checked:
    """A document as last checked: its version and text, and its findings (None: not a draft to check)."""

    version: int | None
    text: str
    lines: Lines
    found: FileFindings | None  # every figure, for hovers and definitions
    lang: str
    diagnostics: list[types.Diagnostic]
    error: str = ""  # why the check failed (a bug), for the client's log
    shown: FileFindings | None = None  # those not in the baseline: what diagnostics and actions are about
    setup: Setup | None = None  # the project as set up when checked: a new setup checks it again

    def at(self, line: int, column: int) -> Finding | None:
        """The figure at factlint's (line, column)."""
        for f in self.found.findings if self.found is not None else ():
            if (f.line, f.column) <= (line, column) < (f.end_line, f.end_column):
                return f
        return None

    def within(self, start: tuple[int, int], end: tuple[int, int]) -> list[Finding | Problem]:
        """The findings and problems shown that overlap the span from `start` to `end` (a cursor: both equal)."""
        if self.shown is None:
            return []
        items: list[Finding | Problem] = [*self.shown.findings, *self.shown.problems]
        return [i for i in items if (i.line, i.column) <= end and start <= (i.end_line, i.end_column)]


class FactlintServer(LanguageServer):
    """The server's state: the project set up, each open document's last check, the checks waiting."""

    def __init__(self) -> None:
        super().__init__("factlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.setup: Setup | None = None
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.last_change: dict[str, float] = {}  # when each document last changed (time.monotonic())
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factlint-check")
        self.error_uris: set[str] = set()
        self.watching: tuple[str, ...] = ()

    @property
    def encoding(self) -> str:
        return self.workspace.position_encoding or types.PositionEncodingKind.Utf16

    async def in_worker(self, fn, *args):  # type: ignore[no-untyped-def]
        return await asyncio.get_running_loop().run_in_executor(self.worker, fn, *args)

    # The project

    async def prepare(self) -> None:
        """Set the project up (again): publish its errors in their files, watch its files, check open documents."""
        root = Path(self.workspace.root_path or Path.cwd())
        setup = await self.in_worker(self._set_up, root)
        errors = setup_diagnostics(setup.errors)
        for uri in self.error_uris - errors.keys():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        for uri, diagnostics in errors.items():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
        self.error_uris = set(errors)
        for e in setup.errors:
            if e.path is None:
                self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"factlint: {e.message}"))
        await self.watch(setup.watched())
        for uri, checked in list(self.checked.items()):
            if checked.setup is not setup:  # a check queued behind the setup has already seen it
                self.schedule(uri, 0)

    def _set_up(self, root: Path) -> Setup:
        # Set on the worker thread: the checks queued behind it there see it.
        self.setup = setup = set_up(root)
        # The prepared registry lives as long as the setup: the collector need not walk it at every check.
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        return setup

    async def watch(self, patterns: tuple[str, ...]) -> None:
        """Ask the client to report changes to the project's files, when it can be asked."""
        workspace = self.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace is not None else None
        if patterns == self.watching or watched is None or not watched.dynamic_registration:
            return
        options = types.DidChangeWatchedFilesRegistrationOptions([types.FileSystemWatcher(p) for p in patterns])
        try:
            if self.watching:
                await self.client_unregister_capability_async(types.UnregistrationParams(
                    [types.Unregistration(WATCH_ID, types.WORKSPACE_DID_CHANGE_WATCHED_FILES)]))
            await self.client_register_capability_async(types.RegistrationParams(
                [types.Registration(WATCH_ID, types.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)]))
        except Exception as err:  # a client that refuses: saving a registry file in the editor still re-prepares
            log.warning("factlint: the client would not watch the project's files: %r", err)
            return
        self.watching = patterns

    # Documents

    def schedule(self, uri: str, delay: float) -> None:
        """Check a document after `delay` seconds, unless it changes again first."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    def changed(self, uri: str) -> None:
        """A document changed: check it now after a quiet spell, else once the burst of changes pauses."""
        now = time.monotonic()
        quiet = uri not in self.pending and now - self.last_change.get(uri, float("-inf")) >= DEBOUNCE
        self.last_change[uri] = now
        self.schedule(uri, 0 if quiet else DEBOUNCE)

    async def _check_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            doc = self.workspace.get_text_document(uri)
            version = doc.version
            checked = await self.in_worker(self.check, uri, doc.source, doc.language_id or "", version)
            if checked is None or self.workspace.get_text_document(uri).version != version:
                return  # edited meanwhile: that edit's check publishes
            self.checked[uri] = checked
            if checked.error:
                self.window_log_message(types.LogMessageParams(types.MessageType.Error, checked.error))
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=uri, version=version, diagnostics=checked.diagnostics))
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    def check(self, uri: str, text: str, language_id: str, version: int | None) -> Checked | None:
        """Check a document's text (on the worker thread); None when it changed meanwhile. Never raises."""
        setup, lines = self.setup, Lines(text, self.encoding)
        path = _path(uri)
        lang = (setup.config.lang if setup is not None else None) or detect_language(text)
        if setup is None or not setup.checks(path) or not _is_draft(path, language_id):
            return Checked(version, text, lines, None, lang, [], setup=setup)
        try:
            found = setup.check(text, path, language_id, lambda: self._version(uri) != version)
            if found is None:
                return None
            shown = setup.new_only(found)
            return Checked(version, text, lines, found, lang, draft_diagnostics(shown, lines, setup), shown=shown,
                           setup=setup)
        except Exception as err:  # a bug must not take the editor's server down: say so, check the next edit
            log.exception("factlint: checking %s failed", uri)
            return Checked(version, text, lines, None, lang, [], f"factlint: checking {uri} failed: {err!r}",
                           setup=setup)

    def _version(self, uri: str) -> int | None:
        # Read on the worker thread while the loop applies edits: one attribute, an int or None, read whole.
        return self.workspace.get_text_document(uri).version

    async def current(self, uri: str) -> Checked | None:
        """The document's check, once the one waiting for its latest edit is done."""
        waiting = self.pending.get(uri)
        if waiting is not None:
            await asyncio.wait([waiting])
        return self.checked.get(uri)

    async def add_to_baseline(self, uri: str, line: int, column: int, status: str) -> None:
        checked = await self.current(uri)
        items = checked.within((line, column), (line, column)) if checked is not None else []
        item = next((i for i in items if (i.line, i.column) == (line, column) and i.kind.name == status), None)
        if item is None or self.setup is None:
            self.window_show_message(types.ShowMessageParams(
                types.MessageType.Warning, "factlint: that finding is gone; nothing added to the baseline"))
            return
        try:
            await self.in_worker(self.setup.add_to_baseline, item)
        except FactlintError as err:
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error, f"factlint: {err.message}"))
            return
        await self.prepare()


def _path(uri: str) -> Path | None:
    """The file a URI names; None for an unsaved buffer ("untitled:") or another scheme."""
    path = uris.to_fs_path(uri) if uri.startswith("file:") else None
    return Path(path) if path else None


def _is_draft(path: Path | None, language_id: str) -> bool:
    return language_id in ("markdown", "plaintext") or path is None or is_draft_name(path)


server = FactlintServer()


@server.feature(types.INITIALIZED)
async def _initialized(ls: FactlintServer, params: types.InitializedParams) -> None:
    await ls.prepare()


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def _did_open(ls: FactlintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def _did_change(ls: FactlintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.changed(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def _did_save(ls: FactlintServer, params: types.DidSaveTextDocumentParams) -> None:
    path = _path(params.text_document.uri)
    if ls.setup is not None and path is not None and ls.setup.affects(path):
        await ls.prepare()  # a registry or config file saved in the editor: enough, when the client cannot watch
    else:
        ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def _did_close(ls: FactlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.checked.pop(uri, None)
    ls.last_change.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
async def _watched_changed(ls: FactlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    setup = ls.setup
    paths = [p for p in (_path(c.uri) for c in params.changes) if p is not None]
    if setup is None or any(setup.affects(p) for p in paths):
        await ls.prepare()


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def _hover(ls: FactlintServer, params: types.HoverParams) -> types.Hover | None:
    checked = await ls.current(params.text_document.uri)
    if checked is None:
        return None
    f = checked.at(*checked.lines.from_lsp(params.position))
    if f is None:
        return None
    return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, hover_markdown(f)),
                       checked.lines.range(f.line, f.column, f.end_line, f.end_column))


@server.feature(types.TEXT_DOCUMENT_DEFINITION)
async def _definition(ls: FactlintServer, params: types.DefinitionParams) -> types.Location | None:
    checked = await ls.current(params.text_document.uri)
    f = checked.at(*checked.lines.from_lsp(params.position)) if checked is not None else None
    if f is None or ls.setup is None or ls.setup.engine is None:
        return None
    return quote_location(f, ls.setup.engine.registry, ls.encoding)


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
async def _code_action(ls: FactlintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    uri = params.text_document.uri
    checked = await ls.current(uri)
    if checked is None or checked.found is None:
        return None
    lines = checked.lines
    items = checked.within(lines.from_lsp(params.range.start), lines.from_lsp(params.range.end))
    baseline = ls.setup is not None and ls.setup.baseline is not None
    return code_actions(uri, checked.text, lines, items, checked.lang, baseline) or None


@server.command(ADD_TO_BASELINE)
async def _add_to_baseline(ls: FactlintServer, uri: str, line: int, column: int, status: str) -> None:
    await ls.add_to_baseline(uri, line, column, status)


def serve() -> None:
    """Serve one client over standard input and output until it says exit."""
    server.start_io()
