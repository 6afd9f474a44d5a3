"""A quotation over a block's lines, its marks only at the block's ends (P1503i): an answer
printed as one quoted block, `*"Alter.` / `Auf kurzfristige Sicht: ...` / `... Frist."*`, is one
paragraph with line breaks, however long its lines (`plaintext.paragraphs` reads a run of long
lines a paragraph a line otherwise). A block whose inner lines open or close quotations of
their own is a quotation a line."""
from __future__ import annotations

import re

_QUOTE_OPENS = re.compile(r'^[*_]{0,3}["“„«]')
_QUOTE_CLOSES = re.compile(r'["”“»][*_]{0,3}$')


def quoted_block(run: list[str]) -> bool:
    """The run's first line opens a quotation that only its last line closes."""
    lines = [line.strip() for line in run]
    return bool(_QUOTE_OPENS.match(lines[0])) and bool(_QUOTE_CLOSES.search(lines[-1])) \
        and not any(_QUOTE_OPENS.match(line) or _QUOTE_CLOSES.search(line) for line in lines[1:-1]) \
        and not _QUOTE_CLOSES.search(lines[0]) and not _QUOTE_OPENS.match(lines[-1])
