"""The README's file list ("How factlint is built") names every module under src/factlint, and only those."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "factlint"
ENTRY = re.compile(r"^( *)(\S+?)(?:\s{2,}|$)")


def listed_modules() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## How factlint is built"):]
    block = section[section.index("```\nsrc/factlint/\n") + 4:]
    block = block[:block.index("\n```")]
    listed: set[str] = set()
    folders: list[str] = []  # the folder at each depth below src/factlint/
    for line in block.splitlines()[1:]:
        indent, name = ENTRY.match(line).groups()
        depth = len(indent) // 2 - 1
        del folders[depth:]
        if name.endswith("/"):
            folders.append(name)
        else:
            listed.add("".join(folders) + name)
    return listed


def test_the_readme_lists_every_module():
    # A package's __init__.py is described by its folder's line.
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
               if p.name != "__init__.py" or p.parent == PACKAGE}
    assert listed_modules() == modules


def test_the_quick_start_output_is_what_the_command_prints(capsys, monkeypatch):
    import re

    from factlint.cli import main

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"pip install \. && (factlint check [^\n`]+)", text).group(1).split()
    block = text[text.index("Its output:\n\n```\n") + len("Its output:\n\n```\n"):]
    block = block[:block.index("```")]
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(command[1:]) == 1
    assert capsys.readouterr().out == block


def test_the_readmes_release_lines_name_this_version():
    # The pre-commit `rev:`, the action's `@v…` and the pip install line name the release tag of this version.
    import re

    import factlint

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    tags = set(re.findall(r"(?:rev: |factlint@)v(\d+\.\d+\.\d+)", text))
    assert tags == {factlint.__version__}
