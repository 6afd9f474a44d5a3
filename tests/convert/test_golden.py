"""Golden files: the exact TEI written for small transcripts that show each feature.

Regenerate after an intended change with `TEIKIT_UPDATE_GOLDEN=1 pytest tests/convert`.
"""
from __future__ import annotations

import os

import pytest

from teikit import convert
from tests.convert.conftest import DATA

CASES = sorted(p for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("source", CASES, ids=[p.stem for p in CASES])
@pytest.mark.parametrize("flavour", ["speech", "drama"])
def test_output_matches_golden_file(source, flavour):
    expected = source.with_suffix(".drama.xml" if flavour == "drama" else ".xml")
    actual = convert(source.read_bytes(), name=source.name, flavour=flavour).tei
    if os.environ.get("TEIKIT_UPDATE_GOLDEN"):
        expected.write_bytes(actual)
    assert actual.decode("utf-8") == expected.read_text(encoding="utf-8")


def test_golden_files_are_valid(validate_tei):
    named = {p.name: p.read_bytes() for p in DATA.glob("*.xml")}
    assert len(named) == 2 * len(CASES)
    assert {k: v for k, v in validate_tei(named).items() if v} == {}
