"""A speaker's label inside a question printed in bold (L1132g).

Blog and magazine interviews print each question whole in bold, or bold italics, with the
asker's label inside the marks: `**Anne: Wie habt ihr euch kennengelernt?**`,
`**_C: Why Ruby on Rails?_**`, `***Ann: Why?***`. The label is the name between the opening
marks and the colon (`Anne`, `C`), printed with those marks (`**_C:`); the closing marks stay
with the question they close. The marks must close later on the line, right after a question
mark, so that a bold lead-in (`**Note: the band ...` wrapped over lines) and a section's bold
heading (`**Part One: Ann ROE (Harbour Board)**`) are left to the other shapes.
"""
from __future__ import annotations

import re

from teikit.model import Note, Transcript, Turn

# The opening marks of bold or bold-italic text, a short name, a colon and the question.
_OPENING = re.compile(r"^(\*\*\*|\*\*_|_\*\*|__\*|\*__|\*\*|__)([^\W\d_][^*_:：\n]{0,40}?)[:：](?=[ \t\u00a0]+\S)")
# What a question ends with, right before its closing marks.
_QUESTION_MARKS = ("?", "？")


def bold_question_label(line: str) -> tuple[int, str] | None:
    """(where the label ends, its colon included; the name) when `line` opens a bold question
    with a label inside its marks, and the same marks close it later on the line."""
    found = bold_question(line)
    return (found[0], found[1]) if found else None


def bold_question(line: str) -> tuple[int, str, int] | None:
    """`bold_question_label`'s answer and where the question's closing marks end."""
    m = _OPENING.match(line)
    if m is None:
        return None
    closing = m.group(1)[::-1]
    end = line.find(closing, m.end())
    if end < 0 or not line[:end].rstrip().endswith(_QUESTION_MARKS):
        return None  # no question: "**Part One: Ann ROE (Harbour Board)**", a section's bold heading
    name = m.group(2).strip()
    return (m.end(), name, end + len(closing)) if name else None


# A label read so, whole: the opening marks, the name and the colon ("**_C:").
_LABEL = re.compile(_OPENING.pattern[:-len(r"(?=[ \t\u00a0]+\S)")] + "$")


def set_question_marks_apart(doc: Transcript) -> None:
    """Each turn labelled inside a bold question: the opening marks (`**_`) become a markup
    note before the turn, as a bold tag's do (L860d); the label is the name and its colon
    (`C:`). The marks open the question's emphasis, not the label."""
    out: list = []
    for block in doc.blocks:
        if type(block) is Turn and block.label and block.label[:1] in "*_" and (m := _LABEL.match(block.label)):
            out.append(Note("markup", m.group(1), joined=True))
            block.label = block.label[m.end(1):]
        out.append(block)
    doc.blocks = out
