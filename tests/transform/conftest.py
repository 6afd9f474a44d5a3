"""Shared fixtures for the transform tests: paths and a golden-file helper."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "transform"
FOREIGN = ROOT / "tests" / "data" / "foreign"
SAMPLE = DATA / "sample.tei.xml"
FOREIGN_FILES = sorted(FOREIGN.glob("*.xml"))


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/data/transform/<name>; TEIKIT_UPDATE_GOLDEN=1 rewrites it."""
    path = DATA / name
    if os.environ.get("TEIKIT_UPDATE_GOLDEN") == "1" or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"output differs from golden file {name}"


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()
