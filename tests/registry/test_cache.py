"""The prepared-registry cache: used when nothing changed, never when anything did, harmless when broken."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from factlint.registry import cache

from factlint.registry import load as registry
from factlint.cli import main

ROOT = Path(__file__).resolve().parents[2]
DRAFT = "Data labelers in Kenya earn as little as $1.46 an hour.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the bundled registry and seeds and a one-line draft; its cache folder beside it, `../cache`."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "claims", root / "claims")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    for path in (root / "seeds").iterdir():  # written an hour ago: not being edited while factlint reads
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    (root / "draft.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(root)
    return root


def check(capsys, *extra: str) -> tuple[int, dict, str]:
    code = main(["check", "draft.md", "--format", "json", *extra])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


@pytest.fixture
def loads(monkeypatch) -> list[Path]:
    """Every call of load_registry, recorded (a cache hit makes none)."""
    calls: list[Path] = []
    real = registry.load_registry

    def counting(claims_dir, root):
        calls.append(claims_dir)
        return real(claims_dir, root)

    monkeypatch.setattr(registry, "load_registry", counting)
    return calls


def test_second_run_reads_the_cache_and_reports_the_same(project, capsys, loads):
    first = check(capsys)
    second = check(capsys)
    assert len(loads) == 1
    assert first == second
    assert first[1]["findings"][0]["status"] == "supported"
    assert list((project.parent / "cache").glob("*.engine"))


def test_edited_source_is_read_again_and_its_new_line_reported(project, capsys, loads):
    _, before, _ = check(capsys)
    line = before["findings"][0]["source"]["line"]
    path = project / before["findings"][0]["source"]["path"]
    path.write_text("A new first line.\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    _, after, _ = check(capsys)
    assert len(loads) == 2
    assert after["findings"][0]["source"]["line"] == line + 2


def test_edited_registry_file_is_read_again(project, capsys, loads):
    check(capsys)
    toml = sorted((project / "claims").glob("*.toml"))[0]
    toml.write_text(toml.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    check(capsys)
    assert len(loads) == 2


def test_registry_errors_are_never_cached(project, capsys):
    toml = sorted((project / "claims").glob("*.toml"))[0]
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[claim]]\nid = "broken"\n', encoding="utf-8")
    for _ in range(2):
        assert main(["check", "draft.md"]) == 2
        assert "invalid registry" in capsys.readouterr().err
    assert not list((project.parent / "cache").glob("*.engine"))


@pytest.mark.parametrize("damage", [b"", b"garbage", cache.FORMAT + b"not the key\n",
                                    cache.FORMAT + b"0" * 64 + b"\n\x80\x05truncated"])
def test_a_damaged_entry_is_ignored_and_replaced(project, capsys, loads, damage):
    good = check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    entry.write_bytes(damage)
    assert check(capsys) == good
    assert len(loads) == 2
    assert entry.read_bytes().startswith(cache.FORMAT)


def test_an_unwritable_cache_folder_is_no_error(project, capsys, monkeypatch):
    blocker = project.parent / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(blocker / "cache"))
    code, doc, err = check(capsys)
    assert code == 0 and doc["summary"]["supported"] == 1
    assert err == ""


def test_no_cache_neither_reads_nor_writes(project, capsys, loads):
    check(capsys, "--no-cache")
    check(capsys, "--no-cache")
    assert len(loads) == 2
    assert not (project.parent / "cache").exists()


def test_cache_folder_defaults_to_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "factlint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == Path.home() / ".cache" / "factlint"


def test_the_cache_is_never_written_inside_the_project(project, capsys, monkeypatch):
    monkeypatch.delenv("FACTLINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(project.parent / "xdg"))
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    check(capsys)
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before
    assert list((project.parent / "xdg" / "factlint").glob("*.engine"))


def test_entry_file_is_private(project, capsys):
    check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    assert os.stat(entry).st_mode & 0o077 == 0


def test_an_entry_others_can_write_is_not_trusted(project, capsys, loads):
    good = check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    entry.chmod(0o666)  # anyone could have replaced it: never read
    assert check(capsys) == good
    assert len(loads) == 2


@pytest.mark.parametrize("where", ["inside", "relative"])
def test_a_cache_folder_a_pull_request_could_fill_is_never_used(project, capsys, monkeypatch, loads, where):
    # Inside the project (or relative to it) the folder's files could come with the checkout.
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(project / ".cache") if where == "inside" else ".cache")
    first, second = check(capsys), check(capsys)
    assert first == second and len(loads) == 2
    assert not (project / ".cache").exists() or not list((project / ".cache").glob("*.engine"))


def test_no_home_folder_means_no_cache_not_an_error(project, capsys, monkeypatch):
    monkeypatch.delenv("FACTLINT_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    code, doc, err = check(capsys)
    assert (code, doc["summary"]["supported"], err) == (0, 1, "")


def test_a_source_edited_while_it_is_read_is_not_cached(project, capsys, loads):
    path = next((project / "seeds").iterdir())
    os.utime(path)  # modified now: the run cannot tell whether it read the old text or the new
    check(capsys)
    assert not list((project.parent / "cache").glob("*.engine"))


def test_an_entry_that_is_a_pipe_is_not_waited_on(project, capsys):
    good = check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    entry.unlink()
    os.mkfifo(entry)
    done: list = []
    runner = threading.Thread(target=lambda: done.append(check(capsys)), daemon=True)
    runner.start()
    runner.join(60)
    assert done == [good]


def test_an_entry_holding_something_else_is_ignored(project, capsys, loads):
    import pickle

    good = check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    head = entry.read_bytes().split(b"\n", 2)
    entry.write_bytes(head[0] + b"\n" + head[1] + b"\n" + pickle.dumps([]) + pickle.dumps({"not": "an engine"}))
    assert check(capsys) == good
    assert len(loads) == 2


class _Payload:
    """Unpickling this would create a file: the proof that an entry ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_pickle_payload_in_an_entry_is_never_run(project, capsys, loads):
    import pickle

    good = check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    marker = project.parent / "ran"
    head = entry.read_bytes().split(b"\n", 2)  # the format line and the right key: only the body is crafted
    for body in (pickle.dumps(_Payload(marker)), pickle.dumps([]) + pickle.dumps(_Payload(marker))):
        entry.write_bytes(head[0] + b"\n" + head[1] + b"\n" + body)
        assert check(capsys) == good
    assert not marker.exists()
    assert len(loads) == 3


@pytest.mark.parametrize("where", ["sources", "engine", "claims", "words", "keys"])
def test_an_entry_with_the_right_key_and_wrong_values_is_ignored(project, capsys, loads, where):
    good = check(capsys)
    (entry,) = (project.parent / "cache").glob("*.engine")
    head, key, body = entry.read_bytes().split(b"\n", 2)
    data = json.loads(body)
    if where == "sources":
        data["sources"] = [["seeds/x.txt", "0" * 64]]
    elif where == "engine":
        data["engine"] = ["not", "an", "object"]
    elif where == "claims":
        data["engine"]["claims"][0][7] = "12"  # a line number as a string
    elif where == "words":
        data["engine"]["model"][0][0][0][0] = len(data["engine"]["words"])  # a word index past the end
    else:
        data["engine"]["model"][0][0][0][2] = [-1]  # a negative key index
    entry.write_bytes(head + b"\n" + key + b"\n" + json.dumps(data).encode())
    assert check(capsys) == good
    assert len(loads) == 2
    assert json.loads(entry.read_bytes().split(b"\n", 2)[2]) != data  # replaced by a good one
