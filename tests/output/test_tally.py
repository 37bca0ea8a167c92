"""The order the sorted reports (text, GitHub) list findings in: by path, whatever the order the files were named."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.cli import main

CLAIMS = Path(__file__).resolve().parents[2] / "claims"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_text_and_github_reports_are_sorted_by_path_whatever_the_order_named(drafts, capsys, fmt) -> None:
    main(["check", "--claims", str(CLAIMS), "--format", fmt, "a.md", "b.md", "sub/c.md"])
    in_order = capsys.readouterr().out
    main(["check", "--claims", str(CLAIMS), "--format", fmt, "sub/c.md", "b.md", "a.md"])
    assert capsys.readouterr().out == in_order
    paths = [line.split(":")[0] if fmt == "text" else line.split("file=")[1].split(",")[0]
             for line in in_order.splitlines() if ".md" in line]
    assert paths == sorted(paths) and set(paths) == {"a.md", "b.md", "sub/c.md"}
