"""The command line's surface: `factlint lsp` without its extra, a command with nothing to do (a usage error),
and shell completion."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.cli import main

FACTLINT = shutil.which("factlint", path=str(Path(sys.executable).parent)) or shutil.which("factlint")


def test_lsp_without_pygls_says_how_to_install_it():
    # pygls made unimportable, as in a core install without the lsp extra.
    code = "import sys; sys.modules['pygls'] = None; from factlint.cli import main; sys.exit(main(['lsp']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == ["factlint: error: the language server needs pygls: pip install 'factlint[lsp]'"]


def test_the_version_does_not_load_the_language_server():
    code = "import sys; from factlint.cli import main; main(['--version']); print(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol', 'factlint.lsp'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize("argv, usage, command", [([], "Usage: factlint [OPTIONS] COMMAND", "check"),
                                                  (["claims"], "Usage: factlint claims [OPTIONS] COMMAND", "verify")])
def test_nothing_to_do_prints_help_and_exits_2(capsys, argv, usage, command):
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # standard output is for reports
    assert usage in captured.err and command in captured.err


def test_help_itself_exits_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--install-completion" in out and "--show-completion" in out


def test_show_completion_prints_the_script(capsys):
    assert main(["--show-completion", "bash"]) == 0
    assert "_FACTLINT_COMPLETE=complete_bash" in capsys.readouterr().out


@pytest.mark.skipif(FACTLINT is None, reason="needs the installed factlint script")
def test_a_shell_completes_options_and_formats():
    env = {**os.environ, "_FACTLINT_COMPLETE": "complete_bash", "COMP_WORDS": "factlint check --for",
           "COMP_CWORD": "2"}
    done = subprocess.run([FACTLINT], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and set(done.stdout.split()) == {"--format", "--force-exclude"}
    env |= {"COMP_WORDS": "factlint cl", "COMP_CWORD": "1"}
    done = subprocess.run([FACTLINT], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["claims"]
