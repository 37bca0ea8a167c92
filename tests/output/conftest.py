from __future__ import annotations

from pathlib import Path

import pytest

DRAFT = "Workers in {} are paid $1.46 an hour, and 75% of them say so [@nope].\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch) -> Path:
    """Three drafts (a.md, b.md, sub/c.md), each naming itself, in a working directory of their own."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.md", "b.md", "sub/c.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(DRAFT.format(name))
    return tmp_path
