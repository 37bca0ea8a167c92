"""The one error type that reaches the user as a one-line reason and exit code 2."""

from __future__ import annotations

from dataclasses import dataclass


class FactlintError(Exception):
    """Bad input, usage or configuration: printed as one line, exit code 2."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        # Further lines (e.g. every registry error) printed after the headline.
        self.details = details or []


@dataclass(frozen=True, slots=True)
class RegistryProblem:
    """One error of an invalid registry: the registry file (relative to the project root), its line, what is wrong."""

    file: str
    line: int  # 0: the file as a whole
    message: str


class RegistryError(FactlintError):
    """An invalid registry: every error as a line of the details, and placed (an editor marks each in its file)."""

    def __init__(self, message: str, details: list[str], problems: tuple[RegistryProblem, ...]) -> None:
        super().__init__(message, details=details)
        self.problems = problems
