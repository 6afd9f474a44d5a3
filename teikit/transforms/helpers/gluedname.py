"""A name label glued to the sentence before it: a page that lost the space (and the line
break) after a full stop runs a lead into the first turn, "... вопросы, заданные президенту
РФ.Дмитрий Медведев: Привет всем!" (L8e).

`split_glued_name_label` cuts a one-line paragraph before such a label: two or three
capitalised words right after a sentence end with no space, a colon and a space, then a
capitalised word. With no space before it, a label is hard to tell from a quotation's
speaker in prose, so the name must be printed elsewhere in the text too (the lead names the
speaker: "Дмитрий Медведев обсудил ..."). The labels cut at are returned, for the labels pass
to take as confirmed.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.lines import joined, line_text, lines_of
from teikit.transforms.helpers.runon import one_line_paragraphs

_NAME = r"[^\W\d_a-z][^\W\d_A-Z]+"
_GLUED = re.compile(rf"(?<=[^\W\d_][.?!…»”\"])({_NAME}(?:[ \u00a0]{_NAME}){{1,2}})[ \u00a0]?:[ \u00a0](?=[^\W\d_a-z])")


def split_glued_name_label(doc: Transcript, lex: Lexicon, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """Cut paragraphs before glued name labels; returns the labels. `plain` (the one-line
    paragraphs) is brought up to date when anything is cut."""
    labels: set[str] = set()
    paragraphs = [b for b in doc.blocks if type(b) is Paragraph]
    texts = [line_text(b.content) for b in paragraphs]
    out: list = []
    for block in doc.blocks:
        pieces = _cut(block, texts, lex, labels) if type(block) is Paragraph and ":" in line_text(block.content) else None
        out.extend(pieces or (block,))
    if labels:
        doc.blocks = out
        plain[:] = one_line_paragraphs(doc)
    return labels


def _cut(block: Paragraph, texts: list[str], lex: Lexicon, labels: set[str]) -> list[Paragraph] | None:
    lines = lines_of(block)
    for n, line in enumerate(lines):
        if len(line) != 1 or type(line[0]) is not Text:
            continue
        text = line[0].text
        for m in _GLUED.finditer(text):
            name = m.group(1)
            if any(w.lower() in lex.small_words or w.lower() in lex.label_not_words for w in name.split()):
                continue
            if sum(t.count(name) for t in texts) >= 2:
                labels.add(name)
                first = lines[:n] + [[Text(text[:m.start()].rstrip())]]
                number = block.line + n if block.line else 0
                rest = _cut(joined([[Text(text[m.start():])]] + lines[n + 1:], number), texts, lex, labels)
                return [joined(first, block.line)] + (rest or [joined([[Text(text[m.start():])]] + lines[n + 1:], number)])
    return None
