"""One report with every kind of finding, shared by the reporter tests."""
from __future__ import annotations

import pytest

from teikit.diagnostics import Diagnostic
from teikit.validate_api import DocumentResult, Report


def sample_report() -> Report:
    bad = "texts/bad, odd: name.xml"
    member = "corpus.zip!/inner/doc.xml"
    return Report([
        DocumentResult("texts/good.xml", engine="libxml2"),
        DocumentResult(bad, [
            Diagnostic(bad, 12, 5, "error", "relaxng",
                       'element "foo" not allowed here; expected <p> | <ab>'),
            Diagnostic(bad, 30, 0, "error", "xml-syntax", "50% done\r\nthen: a, b"),
            Diagnostic(bad, 31, 2, "warning", "teikit:who-resolves", "who=\"#x\" resolves to nothing"),
        ], engine="libxml2"),
        DocumentResult(member, [Diagnostic(member, 4, 7, "error", "relaxng", "missing <title>")]),
        DocumentResult("corpus.zip!/../evil.xml", [
            Diagnostic("corpus.zip!/../evil.xml", 0, 0, "error", "archive",
                       "path with '..' escapes the archive")]),
        DocumentResult("notes/ok-with-note.xml", [
            Diagnostic("notes/ok-with-note.xml", 2, 1, "info", "", "consider a \x01 <note>")]),
    ])


@pytest.fixture
def report() -> Report:
    return sample_report()
