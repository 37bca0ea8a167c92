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


class UnreadableDraft(FactlintError):
    """A draft that cannot be read (bad bytes, an unreadable file): reported as a problem, the run goes on."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        # Printed through cli.messages.error, which makes a file name's control characters visible.
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")
        self.path, self.line, self.reason = path, line, reason

    def __reduce__(self) -> tuple:  # back from a --jobs worker with its fields
        return UnreadableDraft, (self.path, self.line, self.reason)


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
