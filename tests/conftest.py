"""Shared fixtures: the project root, and a working directory inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def in_project(monkeypatch) -> Path:
    """Run with the project root as the working directory, so the bundled registry is found."""
    monkeypatch.chdir(ROOT)
    return ROOT
