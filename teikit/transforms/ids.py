"""Identifiers: the document id (an NCName from the file stem) and `DOC.uN` per turn."""
from __future__ import annotations

import re

from teikit.model import Transcript


def ncname(stem: str) -> str:
    """A valid, readable NCName: "101" -> "doc-101", "my file" -> "my-file"."""
    text = re.sub(r"[^\w.-]+", "-", stem, flags=re.ASCII).strip("-.") or "doc"
    return text if re.match(r"[A-Za-z_]", text) else f"doc-{text}"


def apply(doc: Transcript) -> None:
    doc.id = ncname(doc.id)
    for n, turn in enumerate(doc.turns(), 1):
        turn.id = f"{doc.id}.u{n}"
