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
from teikit.transforms.helpers.labeltimes import TS

# A recording time and a space before a word, printed as the labels print theirs: bare
# ("08:57 Good", "1:02:03 And"), in square brackets ("[08:57] Good") or in round ones.
_OPENING_TIMES = {opening: re.compile(rf"^({pattern})[ \t\u00a0]+(?=[^\W\d_])") for opening, pattern in (
    ("", r"\d{1,2}:\d{2}(?::\d{2})?"), ("[", rf"\[{TS}\]"), ("(", rf"\({TS}\)"))}


def split_timed_paragraphs(doc: Transcript) -> None:
    """When the labelled turns' labels open with a time printed one way (`08:01 Marc:`,
    `[08:01] Marc:`), each later paragraph of a turn whose one line opens with a time printed
    the same way and a word opens an unlabeled turn, its time a timestamp note before it. A
    transcript that prints a time before every paragraph (a segment's start, not a speaker's)
    is left alone: the timed paragraphs must be fewer than half of the paragraphs under the
    turns' first."""
    turns = doc.turns()
    styles = {_style(t.time) for t in turns if t.label and t.time and t.time_first}
    if len(styles) != 1 or None in styles:
        return
    opening = _OPENING_TIMES[styles.pop()]
    inner = [p for t in turns for p in t.paragraphs[1:] if type(p) is Paragraph]
    timed = {id(p) for p in inner if _opening_time(p, opening)}
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
            time = _opening_time(first, opening)
            text = first.content[0].text
            out.append(Note(type="timestamp", text=time.group(1)))
            speech = Paragraph(content=[Text(text[time.end():]), *first.content[1:]], line=first.line)
            out.append(Turn(label=None, line=first.line, paragraphs=[speech, *items[start + 1:end]]))
    doc.blocks = out


def _style(time: str) -> str | None:
    """How a label's time is printed: "" bare, "[" or "(" bracketed; None otherwise."""
    opening = "" if time[:1].isdigit() else time[:1]
    return opening if opening in _OPENING_TIMES and _OPENING_TIMES[opening].match(time + " x") else None


def _opening_time(paragraph: Paragraph, opening: re.Pattern) -> re.Match | None:
    content = paragraph.content
    if len(content) != 1 or type(content[0]) is not Text or content[0].text[:1] not in "[(0123456789":
        return None
    return opening.match(content[0].text)
