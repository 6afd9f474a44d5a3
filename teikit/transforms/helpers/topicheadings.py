"""Topic headings inside a statement: "** Syria", "## Budget" on a line of their own.

A spokesperson's briefing (a UN noon briefing) marks each topic of the opening statement
with a line "** Topic"; Markdown exports mark them "## Topic". Such a short line (at most
`MAX_WORDS` words, no sentence punctuation at its end) inside a turn is a heading between
paragraphs, not a paragraph of speech: it is kept verbatim as a heading note.
"""
from __future__ import annotations

import re

from teikit.model import Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END

_TOPIC = re.compile(r"^(?:\*\*|#{1,6})[ \u00a0]+[^\W\d_]")
MAX_WORDS = 8


def mark_topic_headings(doc: Transcript) -> None:
    for block in doc.blocks:
        if type(block) is not Turn:
            continue
        for para in block.paragraphs:
            if type(para) is Paragraph and len(para.content) == 1 and type(para.content[0]) is Text:
                text = para.content[0].text.strip()
                if text[:1] in "*#" and _TOPIC.match(text) and len(text.split()) <= MAX_WORDS + 1 \
                        and not SENTENCE_END.search(text) and para is not block.paragraphs[0]:
                    para.content = [Note(type="heading", text=text)]
