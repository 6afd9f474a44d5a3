"""Captions of a video page copied as text, with their times glued or fused.

Video and subtitle pages copied as text print each caption line with its time glued to the
text ("00:30Buongiorno a tutti"), or the caption's text and then its start and end fused
into one string on a line of their own ("Good morning." / "0:00:050:00:09"). Captions cut
sentences anywhere, so the run of caption lines is one paragraph of one unlabeled turn
(unless labels inside it say otherwise), from the first caption line to the last; the
lines before it are the page's header and widgets. The timestamps pass reads the times.
At least `MIN_CAPTION_LINES` such lines make the shape.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.lines import joined
from teikit.transforms.helpers.recordblocks import positions
from teikit.transforms.helpers.shapes import SENTENCE_END

_T = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
GLUED_CAPTION = re.compile(rf"^{_T}(?:{_T})?(?=[^\W\d_])")
FUSED_TIMING = re.compile(rf"^{_T}{_T}$")
MIN_CAPTION_LINES = 3


def open_caption_run(doc: Transcript, timed: list) -> set[int]:
    """Make the caption run one unlabeled turn; the id of that turn (or an empty set).
    `timed`: (paragraph, text) of the one-line paragraphs that open with a digit (a caption
    line opens with its time)."""
    blocks = doc.blocks
    glued = [b for b, text in timed if GLUED_CAPTION.match(text)]
    fused = [b for b, text in timed if FUSED_TIMING.match(text.strip())] if len(glued) < MIN_CAPTION_LINES else []
    if len(glued) < MIN_CAPTION_LINES and len(fused) < MIN_CAPTION_LINES:
        return set()  # most documents
    glued, fused = positions(blocks, glued), positions(blocks, fused)
    if len(glued) >= MIN_CAPTION_LINES:
        start, end = glued[0], glued[-1]
    elif len(fused) >= MIN_CAPTION_LINES and fused[0] > 0 and _one_line(blocks[fused[0] - 1]):
        start, end = fused[0] - 1, fused[-1]  # the first caption's text is printed before its times
    else:
        return set()
    run = blocks[start:end + 1]
    if not all(_one_line(b) for b in run):
        return set()  # something else between the captions: leave the page as it is
    turn = Turn(label=None, line=run[0].line)
    turn.paragraphs.append(joined([[Text(b.content[0].text.strip())] for b in run], run[0].line))
    doc.blocks = blocks[:start] + [turn] + blocks[end + 1:]
    return {id(turn)}


def _one_line(block) -> str:
    """The text of a paragraph that is one line of words, else ""."""
    if type(block) is Paragraph and len(block.content) == 1 and type(block.content[0]) is Text:
        return block.content[0].text
    return ""


def set_page_lines_apart(doc: Transcript) -> None:
    """The header pass reads the page's lines between the header and a caption run (a
    summary, "Similar content", "Transcript", a table's column names) as an opening speech:
    before captions, they are the page's. Short lines become boilerplate, others summary
    lines of the header."""
    for i, block in enumerate(doc.blocks[1:], 1):
        before = doc.blocks[i - 1]
        if type(block) is Turn and block.label is None and type(before) is Turn and before.label is None \
                and _caption_turn(block):
            doc.blocks[i - 1:i] = [_page_line(p) if type(p) is Paragraph else p for p in before.paragraphs]
            return


MAX_WIDGET_WORDS = 4


def _page_line(paragraph: Paragraph):
    from teikit.model import Boilerplate, HeaderKind, HeaderLine
    from teikit.transforms.helpers.lines import line_text

    text = line_text(paragraph.content).strip()
    if len(text.split()) <= MAX_WIDGET_WORDS and not SENTENCE_END.search(text):
        return Boilerplate(text, paragraph.line)
    return HeaderLine(HeaderKind.SUMMARY, text, paragraph.line)


def _caption_turn(turn: Turn) -> bool:
    para = turn.paragraphs[0] if len(turn.paragraphs) == 1 else None
    if type(para) is not Paragraph or len(para.content) < 3:
        return False
    first, third = para.content[0], para.content[2]
    return (type(first) is Text and GLUED_CAPTION.match(first.text) is not None) or (
        type(third) is Text and FUSED_TIMING.match(third.text) is not None)
