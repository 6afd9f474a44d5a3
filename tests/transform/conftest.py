"""Shared fixtures for the transform tests: paths and a golden-file helper."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "transform"
FOREIGN = ROOT / "tests" / "data" / "foreign"
SAMPLE = DATA / "sample.tei.xml"
FOREIGN_FILES = sorted(FOREIGN.glob("*.xml"))


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/data/transform/<name>: a missing file fails;
    TEIKIT_UPDATE_GOLDEN=1 rewrites it (see tests/golden.py)."""
    from tests.golden import check_golden as check
    check(DATA / name, actual)


@pytest.fixture
def sample_bytes() -> bytes:
    return SAMPLE.read_bytes()
