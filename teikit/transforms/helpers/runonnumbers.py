"""A typescript's line or page number left at the end of a turn cut from a run-on line (L1402i).

An OCR'd typescript runs its numbered lines together: `… that is all. 14 MR. SMITH: Thank you.`
Cut before the label, the number ends the speech before it, though it numbers the line the
label opens. A number after a sentence end that closes a paragraph, when the next turn's label
was printed on the same source line, is that line's number: a `note[@type='line']`, no speech.
"""
from __future__ import annotations

import re

from teikit.model import Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labelblocks import LINE_NUMBER_NOTE

_TRAILING_NUMBER = re.compile(r"(?<=[.?!…»”\"'’)\]])(\s+)(\d{1,5})\s*$")


def set_run_on_numbers_apart(doc: Transcript) -> None:
    """Replace each such trailing number by a line-number note, in place."""
    blocks = doc.blocks
    for before, after in zip(blocks, blocks[1:]):
        if type(after) is not Turn or not after.label or not after.paragraphs:
            continue
        last = before.paragraphs[-1] if type(before) is Turn and before.paragraphs else before
        if type(last) is not Paragraph or not last.content or type(last.content[-1]) is not Text \
                or not isinstance(after.paragraphs[0], Paragraph) or last.line != after.paragraphs[0].line:
            continue
        text = last.content[-1].text
        m = _TRAILING_NUMBER.search(text)
        if m:
            last.content[-1:] = [Text(text[:m.start()]), Text(m.group(1)), Note(type=LINE_NUMBER_NOTE, text=m.group(2))]
