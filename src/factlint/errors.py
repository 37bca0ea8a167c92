"""The one error type that reaches the user as a one-line reason and exit code 2."""

from __future__ import annotations


class FactlintError(Exception):
    """Bad input, usage or configuration: printed as one line, exit code 2."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        # Further lines (e.g. every registry error) printed after the headline.
        self.details = details or []
