"""Standard output that a reader who stops early (`| head`) turns into /dev/null, so the run ends as if finished."""

from __future__ import annotations

import os
from typing import Any, TextIO


class QuietPipe:
    """Wraps standard output: once the pipe is closed, writes go nowhere and the exit code is the whole run's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        if not self.closed_by_reader:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._to_devnull()
        return len(text)

    def flush(self) -> None:
        if not self.closed_by_reader:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._to_devnull()

    def _to_devnull(self) -> None:
        # What the stream still buffers is flushed again at exit: to /dev/null, not into a second BrokenPipeError.
        self.closed_by_reader = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, self._stream.fileno())
        finally:
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
