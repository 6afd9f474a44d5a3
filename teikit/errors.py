"""The one exception type users see: a clear, one-line message, never a traceback."""
from __future__ import annotations


class TeikitError(Exception):
    """An error the user can fix (bad input, bad option, I/O). `exit_code` 2 by default."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code


def message_line(message: object, kind: str = "error", where: str = "teikit") -> str:
    """`WHERE: KIND: MESSAGE` on one line, for stderr. Messages name files and archive
    members, which are as hostile as document text: line breaks and control characters
    (ESC starts a terminal escape sequence) must not forge lines or reach the terminal."""
    from teikit.reporters import one_line  # plain `re`: cheap on the start-up path
    return one_line(f"{where}: {kind}: {message}")
