"""`factlint lsp` driven as an editor drives it: over stdio, by a real LSP client, in a subprocess."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
from lsprotocol import types

from editor import Editor, apply

ROOT = Path(__file__).resolve().parents[2]
PAY = "Data labelers recruited from impoverished populations are paid as little as $1.64 an hour after tax.\n"
WORLD_BANK = ("A recent World Bank estimate puts the number of people who annotate images, text and audio for AI at "
              "between 150 million and 430 million.\n")
SURVEY = "Our reader survey found that 35% of respondents had never heard of click work.\n"
SOURCE = "seeds/004_29fe0d7601c600d6.txt"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "claims", root / "claims")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "factlint.toml").write_text('baseline = "factlint-baseline.json"\n', encoding="utf-8")
    return root


def session(root: Path, test, watch: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Run `test(editor)` against a started server, then shut it down as an editor does."""
    async def run() -> None:
        editor = Editor(root)
        result = await editor.start(watch)
        try:
            await test(editor, result)
        finally:
            await editor.stop()

    asyncio.run(run())


def by_code(params: types.PublishDiagnosticsParams) -> dict[str, list[types.Diagnostic]]:
    out: dict[str, list[types.Diagnostic]] = {}
    for d in params.diagnostics:
        out.setdefault(str(d.code), []).append(d)
    return out


def test_open_hover_definition_and_the_fix_that_replaces_the_figure(project):
    text = "# Pay\n\n" + PAY + "\n" + WORLD_BANK

    async def test(editor: Editor, result: types.InitializeResult) -> None:
        caps = result.capabilities
        assert caps.hover_provider and caps.definition_provider and caps.code_action_provider
        uri = editor.open("draft.md", text)
        published = await editor.diagnostics(uri, version=1)
        [d] = published.diagnostics  # the supported range is no diagnostic: only what needs attention
        assert d.code == "conflicting" and d.severity == types.DiagnosticSeverity.Error and d.source == "factlint"
        at = PAY.index("$1.64 an hour")
        assert (d.range.start.line, d.range.start.character, d.range.end.character) == (2, at, at + 13)
        assert "$1.46/hour" in d.message
        assert d.code_description.href.endswith("README.md#status-conflicting")
        [related] = d.related_information
        assert related.location.uri == (project / SOURCE).as_uri() and related.location.range.start.line == 7
        assert "paid as little as $1.46/hour after tax" in related.message

        hover = await editor.hover(uri, 2, 80)
        shown = hover.contents.value
        assert "**conflicting**" in shown and f"{SOURCE.replace('_', chr(92) + '_')}:8" not in shown
        assert f"`{SOURCE}:8`" in shown and "paid as little as $1\\.46/hour after tax" in shown
        assert "click\\-workers\\-hourly\\-pay" in shown and "**Why**" in shown
        supported = (await editor.hover(uri, 4, 120)).contents.value  # "150 million and 430 million"
        assert shown != supported and "**supported**" in supported and "World Bank" in supported
        assert await editor.hover(uri, 0, 2) is None  # a heading with no figure

        found = await editor.definition(uri, 2, 80)
        location = found[0] if isinstance(found, list) else found
        assert location.uri == (project / SOURCE).as_uri() and location.range.start.line == 7

        actions = await editor.actions(uri, d.range, [d])
        titles = [a.title for a in actions]
        assert "Replace with what the source says: $1.46 an hour" in titles
        assert any("baseline" in t for t in titles) and "Disable factlint for this line" in titles, titles
        fix = next(a for a in actions if a.title.startswith("Replace"))
        fixed = apply(text, fix.edit.changes[uri])
        assert "paid as little as $1.46 an hour after tax" in fixed
        version = editor.change(uri, fixed)
        assert list((await editor.diagnostics(uri, version=version)).diagnostics) == []

    session(project, test)


def test_the_unsaved_text_is_checked_and_a_burst_of_edits_is_checked_once_it_pauses(project):
    async def test(editor: Editor, _result) -> None:
        uri = editor.open("notes.md", "Nothing to check here.\n")
        assert list((await editor.diagnostics(uri, version=1)).diagnostics) == []
        before = editor.count(uri)
        for n in range(2, 7):  # typed quickly: the first edit may be checked at once, the rest once typing pauses
            last = editor.change(uri, f"Nothing yet {n}.\n" if n < 6 else SURVEY)
        published = await editor.diagnostics(uri, after=before, version=last)
        assert list(by_code(published)) == ["unsourced"]
        assert published.diagnostics[0].severity == types.DiagnosticSeverity.Warning
        assert {p.version for p in editor.published[uri][before:]} <= {2, last}  # 3 to 5 were never checked

    session(project, test)


def test_a_registry_edit_changes_a_diagnostic_and_a_broken_registry_is_marked_in_its_file(project):
    async def test(editor: Editor, _result) -> None:
        watching = await editor.registered(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
        patterns = {w["globPattern"] for w in watching.register_options["watchers"]}
        assert {"**/*.toml", f"**/{Path(SOURCE).name}", "**/factlint-baseline.json"} <= patterns
        uri = editor.open("draft.md", SURVEY)
        assert list(by_code(await editor.diagnostics(uri, version=1))) == ["unsourced"]

        (project / "seeds/survey.txt").write_text("Survey\n" + SURVEY, encoding="utf-8")
        claims = project / "claims/survey.toml"
        claims.write_text('[[source]]\nid = "survey"\npath = "seeds/survey.txt"\n\n[[claim]]\nid = "never-heard"\n'
                          'source = "survey"\nquote = "35% of respondents had never heard of click work"\n'
                          'statement = "35% of the survey\'s respondents had never heard of click work."\n',
                          encoding="utf-8")
        seen = editor.count(uri)
        editor.files_changed(claims)
        assert list((await editor.diagnostics(uri, after=seen)).diagnostics) == []  # now supported: nothing to show

        claims.write_text(claims.read_text(encoding="utf-8").replace("35% of respondents", "53% of respondents"),
                          encoding="utf-8")
        seen, claims_uri = editor.count(uri), claims.as_uri()
        editor.files_changed(claims)
        [error] = (await editor.diagnostics(claims_uri)).diagnostics
        assert error.severity == types.DiagnosticSeverity.Error and "never-heard" in error.message
        assert error.range.start.line == 7  # its quote, on line 8
        assert list((await editor.diagnostics(uri, after=seen)).diagnostics) == []  # nothing checked against a broken one

        claims.unlink()
        seen_claims, seen = editor.count(claims_uri), editor.count(uri)
        editor.files_changed(claims)
        assert list((await editor.diagnostics(claims_uri, after=seen_claims)).diagnostics) == []
        assert list(by_code(await editor.diagnostics(uri, after=seen))) == ["unsourced"]

    session(project, test)


def test_without_file_watching_saving_a_registry_file_in_the_editor_prepares_again(project):
    async def test(editor: Editor, _result) -> None:
        uri = editor.open("draft.md", PAY)
        assert list(by_code(await editor.diagnostics(uri, version=1))) == ["conflicting"]
        for name in ("claims/ai-labour-debate.toml", SOURCE):  # the source and its claim corrected, then saved
            path = project / name
            path.write_text(path.read_text(encoding="utf-8").replace("$1.46/hour", "$1.64/hour"), encoding="utf-8")
        claims = project / "claims/ai-labour-debate.toml"
        claims_uri = editor.open("claims/ai-labour-debate.toml", claims.read_text(encoding="utf-8"), "toml")
        seen = editor.count(uri)
        editor.save(claims_uri)
        assert list((await editor.diagnostics(uri, after=seen)).diagnostics) == []  # now the source says $1.64 ...
        assert editor.registrations == []  # ... and no watcher was asked of a client that cannot watch

    session(project, test, watch=False)


def test_add_to_the_baseline_and_disable_for_the_line(project):
    text = PAY + "\n" + SURVEY

    async def test(editor: Editor, _result) -> None:
        uri = editor.open("draft.md", text)
        published = await editor.diagnostics(uri, version=1)
        unsourced = by_code(published)["unsourced"][0]
        actions = await editor.actions(uri, unsourced.range, [unsourced])
        add = next(a for a in actions if "baseline" in a.title)
        seen = editor.count(uri)
        await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
            add.command.command, add.command.arguments))
        assert list(by_code(await editor.diagnostics(uri, after=seen))) == ["conflicting"]
        baseline = json.loads((project / "factlint-baseline.json").read_text(encoding="utf-8"))
        assert [(e["path"], e["status"], e["text"]) for e in baseline["findings"]] == [("draft.md", "unsourced", "35%")]
        hover = await editor.hover(uri, unsourced.range.start.line, unsourced.range.start.character)
        assert "**unsourced**" in hover.contents.value  # a baselined figure is not marked, but still explained
        assert not [a for a in await editor.actions(uri, unsourced.range, []) if "baseline" in a.title]

        [conflicting] = by_code(editor.published[uri][-1])["conflicting"]
        disable = next(a for a in await editor.actions(uri, conflicting.range, [conflicting])
                       if a.title == "Disable factlint for this line")
        version = editor.change(uri, apply(text, disable.edit.changes[uri]))
        assert list((await editor.diagnostics(uri, version=version)).diagnostics) == []

    session(project, test)


def test_without_a_registry_the_server_says_so_and_keeps_serving(tmp_path):
    (tmp_path / "empty").mkdir()

    async def test(editor: Editor, _result) -> None:
        uri = editor.open("draft.md", PAY)
        assert list((await editor.diagnostics(uri, version=1)).diagnostics) == []
        assert any(m.startswith("factlint: no registry found") for m in editor.messages)
        assert await editor.hover(uri, 0, PAY.index("$")) is None

    session(tmp_path / "empty", test)
