"""A recording time printed on a line of its own above each label (T190u).

A video platform's interactive transcript prints each segment as a time line, often after
a bullet, then the label and the speech:

    • 00:19

      ANN: Good evening.

    • 00:31

      BEN: Thank you.

Read line by line, each time line ends the turn above it (a paragraph of its speech) and the
first one lands in the header. When at least `MIN_TIMED` labelled turns have a time line
right above their label, each such line is the next turn's timestamp: a note between the
turns (`timestamps` gives it its point on the timeline and anchors the turn there), neither
speech nor header.
"""
from __future__ import annotations

import re

from teikit.model import HeaderLine, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labeltimes import TS

# A time alone on its line, after a bullet or bracketed: "• 00:19", "00:01:10", "[02:13]"; or
# a Markdown heading that holds only the time: "## 5:30" (L925e).
_TIME_LINE = re.compile(rf"^(?:[•·*▪◦‣\-–]|#{{1,6}}(?=[ \t\u00a0]))?[ \t\u00a0]*[\[(]?({TS})[\])]?$")
MIN_TIMED = 2


def time_of(text: str) -> str | None:
    """The time a time line prints ("• 00:19" -> "00:19"), or None for any other line."""
    text = text.strip()
    if not text or len(text) > 16 or not text[-1].isdigit() and text[-1] not in ")]":
        return None
    m = _TIME_LINE.match(text)
    return m.group(1) if m else None


def _time_paragraph(item) -> bool:
    return type(item) is Paragraph and len(item.content) == 1 and type(item.content[0]) is Text \
        and time_of(item.content[0].text) is not None


def set_time_lines_apart(doc: Transcript) -> None:
    """Move each time line right above a label out of the turn before it (or out of the
    header, above the first turn) into a timestamp note before that label."""
    blocks = doc.blocks
    above: list[int] = []  # indexes of labelled turns with a time line right above their label
    for k in range(1, len(blocks)):
        turn, before = blocks[k], blocks[k - 1]
        if type(turn) is not Turn or not turn.label or turn.time is not None:
            continue
        if type(before) is Turn and len(before.paragraphs) >= 2 and _time_paragraph(before.paragraphs[-1]):
            above.append(k)
        elif type(before) is HeaderLine and time_of(before.text) is not None:
            above.append(k)
    if len(above) < MIN_TIMED:
        return
    out: list = []
    marked = set(above)
    for k, block in enumerate(blocks):  # (one pass: a long recording has thousands of segments)
        if k + 1 in marked and type(block) is HeaderLine:
            out.append(Note(type="timestamp", text=block.text.strip()))
            continue
        out.append(block)
        if k + 1 in marked:
            item = block.paragraphs.pop()
            out.append(Note(type="timestamp", text=item.content[0].text.strip()))
    doc.blocks = out
