"""A question after a site box that interrupts an answer (P153p).

A page inserts a link or a box between two exchanges of an interview (">>>Das Special zum
…<<<", "Read also: …"); the next question, printed without its label, then runs on in the
answer above the box:

    Peter Roe: … So it was in Barcelona.
    >>>Our special on the centenary<<<
    What kind of man was he?

In a labelled turn, a short paragraph that ends with a question mark right after a site line
(`Boilerplate`) that follows the turn's speech opens a turn of its own, unlabeled (the
interviewer's), with the rest of the turn; the site line then stands between the turns.
"""
from __future__ import annotations

from teikit.model import Boilerplate, Paragraph, Transcript, Turn
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import line_text

MAX_QUESTION_WORDS = 40


def split_questions_after_boxes(doc: Transcript) -> None:
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if type(block) is not Turn or not block.label:
            continue
        items = block.paragraphs
        spoke = False  # the turn has speech before the box: kept as we go (a slice per box cost its square)
        for n in range(2, len(items)):
            spoke = spoke or type(items[n - 2]) is Paragraph
            if spoke and type(items[n - 1]) is Boilerplate and type(items[n]) is Paragraph and _asks(items[n]):
                question = Turn(label=None, line=items[n].line, paragraphs=items[n:])
                block.paragraphs = items[:n - 1]
                out += [items[n - 1], question]
                break
    doc.blocks = out


def _asks(paragraph: Paragraph) -> bool:
    text = line_text(paragraph.content).strip()
    return QUESTION_END.search(text) is not None and len(text.split()) <= MAX_QUESTION_WORDS
