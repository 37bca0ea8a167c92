import os
import stat

import pytest

from factlint.atomic import write_text


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_honours_the_umask(tmp_path, umask, mode):
    # Issue 15, item 8: new files were 0600 whatever the umask (mkstemp's mode).
    old = os.umask(umask)
    try:
        write_text(tmp_path / "new.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == mode


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "kept.toml"
    target.write_text("old")
    target.chmod(0o640)
    write_text(target, "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_temporary_left_by_a_killed_write_is_removed_by_the_next(tmp_path):
    # Issue 15, item 8: `kill -9` mid-write left `.name.XXXX.tmp` behind for good.
    import time

    stale, fresh, other = (tmp_path / ".b.json.abc123.tmp", tmp_path / ".b.json.def456.tmp",
                           tmp_path / ".c.json.abc123.tmp")
    for p in (stale, fresh, other):
        p.write_text("half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_text(tmp_path / "b.json", "{}")
    assert not stale.exists()
    assert fresh.exists() and other.exists()  # a write under way, and another file's temporary, are left alone


def test_a_file_written_as_it_is_made_replaces_the_old_one_only_when_whole(tmp_path):
    from factlint.atomic import replacing

    target = tmp_path / "report.html"
    target.write_text("old report")
    with pytest.raises(RuntimeError), replacing(target) as fh:
        fh.write("<!DOCTYPE html>half a page")
        assert target.read_text() == "old report"
        raise RuntimeError("the check stopped")
    assert target.read_text() == "old report" and os.listdir(tmp_path) == ["report.html"]
    with replacing(target) as fh:
        fh.write("new ")
        fh.write("report")
    assert target.read_text() == "new report" and os.listdir(tmp_path) == ["report.html"]
