"""The one exception type users see: a clear, one-line message, never a traceback."""
from __future__ import annotations


class TeikitError(Exception):
    """An error the user can fix (bad input, bad option, I/O). `exit_code` 2 by default."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
