import os
from pathlib import Path

from factlint.folders import files_below, tree


def _deep(top: Path, depth: int) -> Path:
    here = top
    for _ in range(depth):
        here = here / "d"
        here.mkdir()
    return here


def test_the_tree_is_what_os_walk_sees(tmp_path):
    for name in ("a/b/c.md", "a/x.toml", "e/f.txt", "top.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "a")

    def norm(walk):
        return sorted((here, sorted(dirs), sorted(files)) for here, dirs, files in walk)

    assert norm(tree(tmp_path)) == norm(os.walk(tmp_path))
    assert norm(tree(tmp_path, follow_links=True)) == norm(os.walk(tmp_path, followlinks=True))


def test_pruned_folders_are_not_entered(tmp_path):
    (tmp_path / "skip" / "deeper").mkdir(parents=True)
    (tmp_path / "skip" / "deeper" / "x.md").write_text("x")
    seen = []
    for here, dirs, _ in tree(tmp_path):
        seen.append(here)
        dirs[:] = [d for d in dirs if d != "skip"]
    assert seen == [str(tmp_path)]


def test_a_tree_deeper_than_the_recursion_limit_is_walked(tmp_path, remove_tree):
    # Python 3.11's os.walk and rglob recurse: 1,100 folders deep raised RecursionError (issue 15).
    (_deep(tmp_path, 1100) / "x.toml").write_text("x")
    try:
        assert [p.name for p in files_below(tmp_path, ".toml")] == ["x.toml"]
    finally:
        remove_tree(tmp_path)
