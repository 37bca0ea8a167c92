"""The progress bar: only for many files on a terminal, never with --quiet, never on standard output."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factlint.cli.progress import PROGRESS_MIN_FILES, wants_progress

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
    assert wants_progress(files, quiet, stream) is wanted


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
