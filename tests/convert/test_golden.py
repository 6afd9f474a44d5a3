"""Golden files: the exact TEI written for small transcripts that show each feature.

Regenerate after an intended change with `TEIKIT_UPDATE_GOLDEN=1 pytest tests/convert`.
"""
from __future__ import annotations

import pytest

from teikit import convert
from tests.convert.conftest import DATA
from tests.golden import check_golden

CASES = sorted(p for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("source", CASES, ids=[p.stem for p in CASES])
@pytest.mark.parametrize("flavour", ["speech", "drama"])
def test_output_matches_golden_file(source, flavour):
    expected = source.with_suffix(".drama.xml" if flavour == "drama" else ".xml")
    actual = convert(source.read_bytes(), name=source.name, flavour=flavour).tei
    check_golden(expected, actual.decode("utf-8"))


def test_golden_files_are_valid(validate_tei):
    named = {p.name: p.read_bytes() for p in DATA.glob("*.xml")}
    assert len(named) == 2 * len(CASES)
    assert {k: v for k, v in validate_tei(named).items() if v} == {}


def test_the_judge_rejects_what_is_invalid(validate_tei):
    """The judge of the validity tests says "invalid" when it should: a TEI error (jing),
    a document that is not well-formed (jing stops there, and the next file is still
    judged) and a broken teikit-profile rule (Schematron)."""
    good = DATA.joinpath(CASES[0].with_suffix(".xml").name).read_bytes()
    named = {"good": good,
             "bad-element": good.replace(b"<body>", b"<body><foo/>", 1),
             "not-xml": good.replace(b"</TEI>", b""),
             "after": good,
             "dangling-who": good.replace(b'who="#', b'who="#nobody-', 1)}
    assert b'who="#' in good
    errors = validate_tei(named, profile="teikit")
    assert errors["good"] == [] and errors["after"] == []
    assert "foo" in " ".join(errors["bad-element"])
    assert errors["not-xml"] and errors["dangling-who"]
    assert any("who" in e for e in errors["dangling-who"])
