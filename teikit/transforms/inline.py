"""Bracketed markers inside speech: "(Laughter.)", "(Via interpreter)", "[sic]".

One scanner finds parenthesised and square-bracketed groups in the text of a paragraph;
each transform passes its own classifier, which turns the marker (brackets included) into
an Event or a Note, or leaves it as ordinary text by returning None.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from teikit.model import Inline, Paragraph, Text

BRACKETED = re.compile(r"\([^()\n]{1,160}\)|\[[^\[\]\n]{1,300}\]")

Classifier = Callable[[str], Optional[Inline]]


def split_markers(paragraph: Paragraph, classify: Classifier) -> None:
    """Replace markers that `classify` recognises by Event/Note items, in place."""
    out: list = []
    for item in paragraph.content:
        if not isinstance(item, Text) or ("(" not in item.text and "[" not in item.text):
            out.append(item)
            continue
        pos = 0
        for m in BRACKETED.finditer(item.text):
            marked = classify(m.group(0))
            if marked is None:
                continue
            if m.start() > pos:
                out.append(Text(item.text[pos:m.start()]))
            out.append(marked)
            pos = m.end()
        if pos < len(item.text):
            out.append(Text(item.text[pos:]) if pos else item)
    paragraph.content = out


# A recording timestamp inside a marker: "[crosstalk 00:01:23]", "(inaudible 12:05)".
_TIMESTAMP = re.compile(r"\s*\d{1,2}:\d{2}(:\d{2})?(\.\d+)?$")


def inner(marker: str) -> str:
    """The words inside a marker, lower-cased, without brackets, final period and a
    trailing timestamp."""
    words = " ".join(marker[1:-1].split()).strip().rstrip(".").strip().lower()
    return _TIMESTAMP.sub("", words)


def each_paragraph(blocks):
    """Every Paragraph in turns and between blocks."""
    from teikit.model import Turn
    for block in blocks:
        if isinstance(block, Turn):
            yield from (p for p in block.paragraphs if isinstance(p, Paragraph))
        elif isinstance(block, Paragraph):
            yield block
