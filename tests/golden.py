"""The one golden-file check of the suite: a missing golden file is a failure, never
written silently. Regenerate after a deliberate change with `TEIKIT_UPDATE_GOLDEN=1`."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

UPDATE = os.environ.get("TEIKIT_UPDATE_GOLDEN") == "1"


def check_golden(path: Path, actual: str | bytes) -> None:
    """Compare `actual` with the golden file `path` byte for byte (text as UTF-8); with
    TEIKIT_UPDATE_GOLDEN=1, (re)write the file instead."""
    data = actual.encode("utf-8") if isinstance(actual, str) else actual
    if UPDATE:
        path.write_bytes(data)
        return
    if not path.exists():
        pytest.fail(f"golden file {path.name} is missing: run with TEIKIT_UPDATE_GOLDEN=1 to "
                    "write it, check it, and commit it")
    expected = path.read_bytes()
    if isinstance(actual, str):  # a readable diff for text
        assert actual == expected.decode("utf-8"), f"output differs from golden file {path.name}"
    else:
        assert data == expected, f"output differs from golden file {path.name}"
