"""Paragraph numbers of a tribunal's transcript on lines of their own (P1801j).

A court or tribunal transcript numbers its paragraphs in the margin, and a page copy prints
each number on a line of its own over the paragraph, a short prefix glued to it and often
padded with spaces ("PN1          " / "VICE PRESIDENT ROE:  Yes, good morning." / "PN2"). The
numbers are the printed page's furniture, never speech: set apart, they neither become a
second paragraph of the turn above nor the title over the first turn. The same prefix on
`MIN_NUMBERED_PARAGRAPHS` such lines or more, counting up, is the shape; a prefix of one
letter ("Q1", "A2": a numbered question or answer) is not.
"""
from __future__ import annotations

import re

from teikit.transforms.helpers.labelblocks import counting_up

MIN_NUMBERED_PARAGRAPHS = 3
# two or three capitals (or the pilcrow) glued to the number, nothing else but spaces
_PARAGRAPH_NUMBER = re.compile(r"^\s*([A-Z]{2,3}|¶)\s?(\d{1,4})\s*$")


def paragraph_numbers(lines: list[str], among: list[tuple[int, str]]) -> set[int]:
    """Indexes of the lines that hold only a paragraph number (see the module); `among`:
    (index, text) of the short lines to look at, in order."""
    found = [(n, m) for n, text in among if (m := _PARAGRAPH_NUMBER.match(text)) is not None]
    if len(found) < MIN_NUMBERED_PARAGRAPHS or len({m.group(1) for _, m in found}) != 1:
        return set()
    return {n for n, _ in found} if counting_up([int(m.group(2)) for _, m in found]) else set()
