"""A recording time that opens an unlabeled paragraph where the labels open with one (T532a).

A forum's or a channel's transcript prints a video time before each turn, and a label only
where the transcriber knew the name (`08:01 Marc: I'm not a paid protester, …`); a later
speaker's turn opens with the time alone (`08:57 Good afternoon, Representative Thompson, my
name is Leah …`). The time is the turn's start: the paragraph opens an unlabeled turn, the
time printed before it a timestamp note of its own, as the time before a label is (T190u).
"""
from __future__ import annotations

import re

from teikit.model import Note, Paragraph, Text, Transcript, Turn

# A bare recording time and a space before a word ("08:57 Good", "1:02:03 And"); never a
# bracketed or a worded one, which `helpers.leadtimes` reads.
_OPENING_TIME = re.compile(r"^(\d{1,2}:\d{2}(?::\d{2})?)[ \t\u00a0]+(?=[^\W\d_])")


def split_timed_paragraphs(doc: Transcript) -> None:
    """When a labelled turn's label opens with a bare time (`08:01 Marc:`), each later paragraph
    of a turn whose one line opens with a bare time and a word opens an unlabeled turn, its time
    a timestamp note before it. A transcript that prints a time before every paragraph (a
    segment's start, not a speaker's) is left alone: the timed paragraphs must be fewer than
    half of the paragraphs under the turns' first."""
    turns = doc.turns()
    if not any(t.label and t.time and t.time_first and t.time[:1].isdigit() for t in turns):
        return
    inner = [p for t in turns for p in t.paragraphs[1:] if type(p) is Paragraph]
    timed = {id(p) for p in inner if _opening_time(p)}
    if not timed or 2 * len(timed) >= len(inner):
        return
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if not isinstance(block, Turn) or not any(id(p) in timed for p in block.paragraphs):
            continue
        items = block.paragraphs
        cuts = [n for n, p in enumerate(items) if n and id(p) in timed]
        block.paragraphs = items[:cuts[0]]
        for start, end in zip(cuts, cuts[1:] + [len(items)]):
            first = items[start]
            time = _opening_time(first)
            text = first.content[0].text
            out.append(Note(type="timestamp", text=time.group(1)))
            speech = Paragraph(content=[Text(text[time.end():]), *first.content[1:]], line=first.line)
            out.append(Turn(label=None, line=first.line, paragraphs=[speech, *items[start + 1:end]]))
    doc.blocks = out


def _opening_time(paragraph: Paragraph) -> re.Match | None:
    content = paragraph.content
    if len(content) != 1 or type(content[0]) is not Text or not content[0].text[:1].isdigit():
        return None
    return _OPENING_TIME.match(content[0].text)
