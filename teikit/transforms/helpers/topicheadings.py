"""Topic headings inside a statement: "** Syria", "## Budget" on a line of their own.

A spokesperson's briefing (a UN noon briefing) marks each topic of the opening statement
with a line "** Topic"; Markdown exports mark them "## Topic". Such a short line (at most
`MAX_WORDS` words, no sentence punctuation at its end) between paragraphs of a turn is a
heading, not a paragraph of speech: it is kept verbatim as a heading note.
"""
from __future__ import annotations

import re

from teikit.model import Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END

_TOPIC = re.compile(r"^(?:\*\*|#{1,6})[ \u00a0]+[^\W\d_]")
MAX_WORDS = 8


def mark_topic_headings(doc: Transcript) -> None:
    for block in doc.blocks:
        # a heading stands between paragraphs: turns of three items or more, not the first
        # or last item (most turns of a transcript are shorter, and are not looked into)
        if type(block) is not Turn or len(block.paragraphs) < 3:
            continue
        for para in block.paragraphs[1:-1]:
            content = para.content if type(para) is Paragraph else ()
            if len(content) == 1 and type(content[0]) is Text and content[0].text.lstrip()[:1] in ("*", "#"):
                text = content[0].text.strip()
                if _TOPIC.match(text) and len(text.split()) <= MAX_WORDS + 1 and not SENTENCE_END.search(text):
                    para.content = [Note(type="heading", text=text)]
