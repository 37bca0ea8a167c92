"""The language server's tests need the lsp extra; CI installs it (.ci/run), so there they never skip."""

from __future__ import annotations

import os

import pytest

if os.environ.get("CI") != "true":
    pytest.importorskip("pygls", reason="the lsp extra is not installed: pip install -e '.[test,lsp]'")
