"""Closed captions copied as text: a blank line is a caption's end, not a paragraph's.

A TV show's captions pasted from a caption site print one or two short lines per caption (at
most `CAPTION_WIDTH` characters, the width of a caption row) and a blank line after each,
wherever the sentence is:

    Announcer: Its the "late
    show" with Stephen Colbert.

    Tonight, a farewell to 41.

    Plus, Stephen welcomes Catherine
    zeta-Jones, Lucas hedges, and

Where nearly every line is that short, nearly every block one or two lines, many blocks
of two lines break a sentence between them (a page's menu is one-line blocks) and many
blocks stop mid-sentence, the blank lines say nothing of the speech's paragraphs: each
turn is one paragraph, its captions joined by line breaks (kept as printed).
"""
from __future__ import annotations

from teikit.model import LineBreak, Paragraph, Text, Transcript

CAPTION_WIDTH = 32
MIN_LINES = 20          # a text this long at least, to read its layout
MIN_BLOCKS = 12         # blank-separated blocks of lines
SHORT_SHARE = 0.8       # lines at most CAPTION_WIDTH characters long
SMALL_SHARE = 0.9       # blocks of one or two lines
OPEN_SHARE = 0.25       # blocks that stop mid-sentence (no closing punctuation)
WRAPPED_SHARE = 0.25    # blocks of two lines whose first line stops mid-sentence
_CLOSING = tuple('.!?)]"”»…:;')


def caption_layout(lines: list[str], blocks: list[int]) -> bool:
    """`lines`: the text's non-blank lines; `blocks`: the number of lines of each
    blank-separated block, in order."""
    if len(lines) < MIN_LINES or len(blocks) < MIN_BLOCKS:
        return False
    if sum(len(line.strip()) <= CAPTION_WIDTH for line in lines) < SHORT_SHARE * len(lines):
        return False
    if sum(n <= 2 for n in blocks) < SMALL_SHARE * len(blocks):
        return False
    ends, wrapped, n = [], 0, 0
    for size in blocks:
        n += size
        ends.append(lines[n - 1].rstrip())
        # a caption of two rows breaks its sentence between them (a page's menu is one-line
        # blocks of short entries)
        wrapped += size == 2 and not lines[n - 2].rstrip().endswith(_CLOSING)
    return wrapped >= WRAPPED_SHARE * len(blocks) and \
        sum(not end.endswith(_CLOSING) for end in ends) >= OPEN_SHARE * len(ends)


def is_caption_layout(doc: Transcript) -> bool:
    """Whether the text, as read (before labels are looked for), is laid out as captions."""
    lines: list[str] = []
    blocks: list[int] = []
    wide = 0
    for para in doc.blocks:
        if type(para) is Paragraph:
            content = para.content  # (most paragraphs are one line of words: no list comprehension)
            texts = [content[0].text] if len(content) == 1 and type(content[0]) is Text else \
                [i.text for i in content if type(i) is Text]
            lines.extend(texts)
            blocks.append(len(texts))
            wide += sum(len(t) > CAPTION_WIDTH for t in texts)
            if wide > MIN_LINES and 2 * wide > len(lines):
                return False  # prose (most texts): no need to read on
    return caption_layout(lines, blocks)


def join_caption_paragraphs(doc: Transcript) -> None:
    """Each turn becomes one paragraph, its captions joined by line breaks (for a text that
    `is_caption_layout`)."""
    for turn in doc.turns():
        out: list = []
        for item in turn.paragraphs:
            if out and type(item) is Paragraph and type(out[-1]) is Paragraph and item.content:
                out[-1].content.append(LineBreak())
                out[-1].content.extend(item.content)
                continue
            out.append(item)
        turn.paragraphs = out
