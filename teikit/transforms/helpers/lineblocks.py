"""A stenographic page with a blank line after every wrapped line (P2108k).

A hearing's transcript copied from its web page may print each line of the typescript as a
block of its own, a blank line after it, wherever the sentence is:

    SIR ANN ROE: This is a public inquiry established by the

    then Secretary of State for Northern Ireland, the Right

The blank lines say nothing of the paragraphs. Where nearly every block is one line of a
typescript's width, many stop mid-sentence and many open in lower case (the rest of a
sentence), a turn's paragraph runs on to the block that ends a sentence (closing
punctuation at the end of the line), and the blocks are joined by line breaks (kept as
printed). Closed captions (narrower, `captionlayout`) are read by their own rule.
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Paragraph, Text, Transcript

MIN_LINES = 12          # lines, to read the layout
LINES_PER_BLOCK = 2.5   # lines a block, on average, at most (passes before join some)
WIDTH = (30, 90)        # a typescript line's width, in characters
WIDE_SHARE = 0.7        # lines of that width
OPEN_SHARE = 0.4        # blocks that stop mid-sentence
LOWER_SHARE = 0.25      # blocks that open in lower case
# a sentence's end at the end of the line, closing quotes or brackets after it
# a line all in brackets: a stage note, read by the events pass
_STAGE_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_SENTENCE_END = re.compile(r"[.!?:;…][\"”»’')\]]*\s*$")


def is_line_block_layout(doc: Transcript) -> bool:
    """Whether the text, as read (before labels are looked for), prints each line as a block
    (a block of a few lines allowed: a pass before this one joins a block that ends with a
    small word to the next)."""
    texts: list[str] = []
    blocks = 0
    for para in doc.blocks:
        if type(para) is not Paragraph:
            continue
        blocks += 1
        texts.extend(i.text.strip() for i in para.content if type(i) is Text)
        if len(texts) > LINES_PER_BLOCK * blocks + MIN_LINES:
            return False  # blocks of several lines (most texts): no need to read on
    n = len(texts)
    if n < MIN_LINES or n > LINES_PER_BLOCK * blocks:
        return False
    low, high = WIDTH
    return sum(low <= len(t) <= high for t in texts) >= WIDE_SHARE * n \
        and sum(not _SENTENCE_END.search(t) for t in texts) >= OPEN_SHARE * n \
        and sum(t[:1].islower() for t in texts) >= LOWER_SHARE * n


def join_line_blocks(doc: Transcript) -> None:
    """Each turn's one-line paragraphs joined up to the one that ends a sentence (for a text
    that `is_line_block_layout`)."""
    for turn in doc.turns():
        out: list = []
        open_ = False  # the paragraph before did not end a sentence
        for item in turn.paragraphs:
            if open_ and type(item) is Paragraph and item.content and type(item.content[0]) is Text \
                    and not _STAGE_NOTE.match(item.content[0].text):
                out[-1].content.append(LineBreak())
                out[-1].content.extend(item.content)
            else:
                out.append(item)
            last = out[-1]
            # (a paragraph of an event or a note only, "(Beifall)", "[Applause]", joins nothing)
            open_ = type(last) is Paragraph and bool(last.content) and type(last.content[0]) is Text \
                and type(last.content[-1]) is Text and not _SENTENCE_END.search(last.content[-1].text) \
                and not _STAGE_NOTE.match(last.content[-1].text)
        turn.paragraphs = out
