"""Shared fixtures: the project root, and a working directory inside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _cache_in_tmp(tmp_path_factory):
    """The prepared-registry cache goes to a temporary folder, never the user's ~/.cache."""
    old = os.environ.get("FACTLINT_CACHE_DIR")
    os.environ["FACTLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("FACTLINT_CACHE_DIR", None)
    else:
        os.environ["FACTLINT_CACHE_DIR"] = old


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def in_project(monkeypatch) -> Path:
    """Run with the project root as the working directory, so the bundled registry is found."""
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture
def remove_tree():
    """Removes a folder tree too deep for shutil.rmtree (which recurses), so pytest can clean up after a test."""
    import os

    from factlint.folders import tree

    def remove(top):
        for here, dirs, files in reversed(list(tree(top))):
            for name in files:
                os.unlink(os.path.join(here, name))
            for name in dirs:
                os.rmdir(os.path.join(here, name))
    return remove
