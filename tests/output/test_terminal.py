"""Terminal manners: a progress bar only for many files on a terminal, NO_COLOR and --no-color, relative paths."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factlint.cli.app import PROGRESS_MIN_FILES, _wants_progress, main

ROOT = Path(__file__).resolve().parents[2]
CLAIMS = str(ROOT / "claims")
FACTLINT = str(Path(sys.executable).parent / "factlint")
UNSOURCED = "Our newsroom spent €12,000 on translation last year.\n"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("files, quiet, stream, wanted", [
    (PROGRESS_MIN_FILES + 1, False, Tty(), True),
    (PROGRESS_MIN_FILES, False, Tty(), False),       # few files: done before a bar helps
    (PROGRESS_MIN_FILES + 1, True, Tty(), False),    # --quiet
    (PROGRESS_MIN_FILES + 1, False, io.StringIO(), False),  # not a terminal (CI logs, pipes)
    (PROGRESS_MIN_FILES + 1, False, None, False),
])
def test_when_a_progress_bar_is_wanted(files, quiet, stream, wanted):
    assert _wants_progress(files, quiet, stream) is wanted


def run_with_tty_stderr(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run factlint with standard error on a pseudo-terminal; (exit code, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    env.update(TERM="xterm-256color", COLUMNS="100")
    done = subprocess.run([FACTLINT, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=slave, env=env, timeout=60)
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    return done.returncode, done.stdout.decode(), b"".join(chunks).decode(errors="replace")


@pytest.fixture
def many(tmp_path):
    for n in range(PROGRESS_MIN_FILES + 5):
        (tmp_path / f"d{n:02}.md").write_text(UNSOURCED, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("flags, bar", [([], True), (["--quiet"], False), (["-q", "--format", "json"], False)])
def test_progress_bar_on_a_terminal(many, flags, bar):
    code, out, tty = run_with_tty_stderr(["check", "--claims", CLAIMS, *flags, "."], many)
    assert code == 1
    assert ("checking" in tty) is bar
    assert "checking" not in out  # never on standard output, which may be a report


def test_no_progress_bar_when_stderr_is_not_a_terminal(many):
    done = subprocess.run([FACTLINT, "check", "--claims", CLAIMS, "."], cwd=many, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1 and done.stderr == ""


@pytest.mark.parametrize("env, flags, colored", [
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1"}, ["--no-color"], False),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
    ({"FORCE_COLOR": "1", "NO_COLOR": ""}, [], False),  # NO_COLOR set at all, whatever its value
])
def test_no_color(tmp_path, monkeypatch, capsys, env, flags, colored):
    monkeypatch.delenv("NO_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "draft.md").write_text(UNSOURCED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "--claims", CLAIMS, *flags, "draft.md"])
    out = capsys.readouterr().out
    assert "unsourced" in out
    assert ("\x1b[" in out) is colored


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_paths_relative_to_the_working_directory(tmp_path, monkeypatch, capsys, fmt):
    (tmp_path / "docs").mkdir()
    draft = tmp_path / "docs/draft.md"
    draft.write_text(UNSOURCED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "--claims", CLAIMS, "--format", fmt, str(draft)])
    out = capsys.readouterr().out
    assert "docs/draft.md" in out and str(tmp_path) not in out.replace(tmp_path.as_uri(), "")
