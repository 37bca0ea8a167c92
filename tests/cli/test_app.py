"""The command line's commands that only hand over: `factlint lsp` without its extra."""

from __future__ import annotations

import subprocess
import sys


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
