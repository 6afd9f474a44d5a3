"""Typed dash exchanges at the end of a labelled turn (T2402l).

A transcript typed on a keyboard prints the dialogue dash as two hyphens: after the labelled
speeches (`Le président.` / « … »), a quick exchange goes on in paragraphs each opening with
`-- ` (`-- Alors parlons des exigences.` / `-- Ha ! Monsieur Toubon …`). Each such paragraph
is a turn of its own, its speaker unnamed. ` -- ` inside a paragraph is a parenthetical dash
and stays speech; one dashed paragraph alone, or dashed lines that do not end as sentences
do (a list's items), stay in the turn.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Transcript, Turn

MIN_TYPED_DASH_TURNS = 2
_TYPED_DASH = re.compile(r"^--[ \u00a0]+(?=[^\W\d_]|[«“\"(])")
_SENTENCE_END = re.compile(r"[.?!…»”\"]$")  # (a list item seldom ends so)


def split_typed_dash_turns(doc: Transcript) -> None:
    """Set each typed dash paragraph ending a labelled turn apart as an unnamed turn."""
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if type(block) is not Turn or block.label is None:
            continue
        tail = _dashed_tail(block.paragraphs)
        if tail < len(block.paragraphs):
            out.extend(Turn(label=None, line=p.line, paragraphs=[p]) for p in block.paragraphs[tail:])
            del block.paragraphs[tail:]
    doc.blocks = out


def _dashed_tail(paragraphs: list) -> int:
    """Where the run of typed dash paragraphs ending `paragraphs` starts (after at least one
    paragraph of the labelled speech); len(paragraphs) when there is no such run."""
    start = len(paragraphs)
    while start > 1 and _typed_dash_line(paragraphs[start - 1]):
        start -= 1
    return start if len(paragraphs) - start >= MIN_TYPED_DASH_TURNS else len(paragraphs)


def _typed_dash_line(item) -> bool:
    if type(item) is not Paragraph or len(item.content) != 1 or type(item.content[0]) is not Text:
        return False
    text = item.content[0].text
    return _TYPED_DASH.match(text) is not None and _SENTENCE_END.search(text.rstrip()) is not None
