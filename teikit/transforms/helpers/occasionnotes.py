"""A note after a label naming the part of the event: "ANN LEE: (Opening statement) Good
morning.", "趙國安：（開場白）那我們現在就開始了". The bracketed words (lexicon
`occasion_notes`) are the editor's, not speech: they become a note at the start of the
turn's first paragraph, kept verbatim."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Text, Transcript, Turn

_OPENING_NOTE = re.compile(r"^\s*([(（\[][^()（）\[\]\n]{1,40}[)）\]])\s*")


def mark_occasion_notes(doc: Transcript, lex: Lexicon) -> None:
    if not lex.occasion_notes:
        return
    pattern = lex.pattern("occasion_notes")
    for block in doc.blocks:
        if type(block) is not Turn or block.label is None or not block.paragraphs:
            continue
        first = block.paragraphs[0]
        head = first.content[0] if type(first) is Paragraph and first.content else None
        if type(head) is not Text or head.text.lstrip()[:1] not in "(（[":
            continue  # (most turns open with a word)
        m = _OPENING_NOTE.match(head.text)
        if m and pattern.fullmatch(m.group(1)[1:-1].strip().rstrip(".")) and head.text[m.end():].strip():
            first.content[0:1] = [Note(type="editorial", text=m.group(1)), Text(head.text[m.end():])]
