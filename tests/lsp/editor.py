"""An editor for the tests: pygls's LanguageClient driving `factlint lsp` in a subprocess over stdio, as VS Code
or Neovim would. Waits are on the server's notifications, never on a clock."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Union

from lsprotocol import types
from pygls.lsp.client import LanguageClient

WAIT = 60.0  # seconds: generous, for a loaded CI machine; a wait ends as soon as the notification arrives
SERVER = [sys.executable, "-c", "from factlint.cli import run; run()", "lsp", "--stdio"]  # as VS Code's client adds it


class Editor:
    """One client session: diagnostics by URI as published, the server's registrations, a version per document."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.client = LanguageClient("factlint-tests", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = {}
        self.arrived = asyncio.Condition()
        self.registrations: list[types.Registration] = []
        self.messages: list[str] = []
        self.versions: dict[str, int] = {}
        client = self.client
        # lsprotocol's client-side reading of Command | CodeAction takes any {title, command} for a Command, even
        # a CodeAction whose command is an object; an editor tells them apart by the type of `command`.
        converter = client.protocol._converter
        either = Union[types.Command, types.CodeAction]
        converter.register_structure_hook(either, lambda o, _: converter.structure(
            o, types.Command if isinstance(o.get("command"), str) else types.CodeAction))

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def _published(params: types.PublishDiagnosticsParams) -> None:
            async with self.arrived:
                self.published.setdefault(params.uri, []).append(params)
                self.arrived.notify_all()

        @client.feature(types.CLIENT_REGISTER_CAPABILITY)
        async def _register(params: types.RegistrationParams) -> None:
            async with self.arrived:
                self.registrations.extend(params.registrations)
                self.arrived.notify_all()

        @client.feature(types.CLIENT_UNREGISTER_CAPABILITY)
        def _unregister(params: types.UnregistrationParams) -> None:
            gone = {u.id for u in params.unregisterations}
            self.registrations = [r for r in self.registrations if r.id not in gone]

        @client.feature(types.WINDOW_SHOW_MESSAGE)
        def _message(params: types.ShowMessageParams) -> None:
            self.messages.append(params.message)

        @client.feature(types.WINDOW_LOG_MESSAGE)
        def _log(params: types.LogMessageParams) -> None:
            self.messages.append(params.message)

    async def start(self, watch: bool = True) -> types.InitializeResult:
        env = {**os.environ, "FACTLINT_CACHE_DIR": str(self.root.parent / "cache")}
        await self.client.start_io(*SERVER, cwd=self.root, env=env)
        capabilities = types.ClientCapabilities(
            workspace=types.WorkspaceClientCapabilities(
                did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=watch)),
            text_document=types.TextDocumentClientCapabilities(
                hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown])))
        result = await self.client.initialize_async(types.InitializeParams(
            capabilities=capabilities, process_id=os.getpid(), root_uri=self.root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(self.root.as_uri(), self.root.name)]))
        self.client.initialized(types.InitializedParams())
        return result

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()

    def uri(self, name: str) -> str:
        return (self.root / name).as_uri()

    async def diagnostics(self, uri: str, after: int = 0, version: int | None = None) -> types.PublishDiagnosticsParams:
        """The first diagnostics published for `uri` past the first `after` ones (for `version`, when given)."""
        def ready() -> types.PublishDiagnosticsParams | None:
            for p in self.published.get(uri, [])[after:]:
                if version is None or p.version == version:
                    return p
            return None

        async with self.arrived:
            await asyncio.wait_for(self.arrived.wait_for(ready), WAIT)
        found = ready()
        assert found is not None
        return found

    async def registered(self, method: str) -> types.Registration:
        """The server's registration of `method`, once it has asked for it."""
        def ready() -> types.Registration | None:
            return next((r for r in self.registrations if r.method == method), None)

        async with self.arrived:
            await asyncio.wait_for(self.arrived.wait_for(ready), WAIT)
        found = ready()
        assert found is not None
        return found

    def count(self, uri: str) -> int:
        return len(self.published.get(uri, []))

    def open(self, name: str, text: str, language: str = "markdown") -> str:
        uri = self.uri(name)
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def change(self, uri: str, text: str) -> int:
        self.versions[uri] += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
        return self.versions[uri]

    async def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        return await self.client.text_document_hover_async(types.HoverParams(
            types.TextDocumentIdentifier(uri), types.Position(line, character)))

    async def definition(self, uri: str, line: int, character: int):  # type: ignore[no-untyped-def]
        return await self.client.text_document_definition_async(types.DefinitionParams(
            types.TextDocumentIdentifier(uri), types.Position(line, character)))

    async def actions(self, uri: str, where: types.Range,
                      diagnostics: list[types.Diagnostic]) -> list[types.CodeAction]:
        found = await self.client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(uri), where, types.CodeActionContext(diagnostics)))
        return [a for a in found or [] if isinstance(a, types.CodeAction)]

    def save(self, uri: str) -> None:
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))

    def files_changed(self, *paths: Path) -> None:
        self.client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
            [types.FileEvent(uri=p.as_uri(), type=types.FileChangeType.Changed) for p in paths]))


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """`text` with LSP edits applied (positions in UTF-16, as the client asked by default)."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[:p.line])
        units, line = 0, lines[p.line] if p.line < len(lines) else ""
        for i, ch in enumerate(line):
            if units >= p.character:
                return before + i
            units += len(ch.encode("utf-16-le")) // 2
        return before + len(line)

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[:offset(e.range.start)] + e.new_text + text[offset(e.range.end):]
    return text
