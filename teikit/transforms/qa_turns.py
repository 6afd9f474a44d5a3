"""Pass `qa_turns`: a print interview without labels is questions and answers, turn by turn.

(Also: in an interview that labels only its answers, a question between two answers is a
turn of its own, `split_unlabeled_questions`.)

Newspapers and agencies print an interview as paragraphs with no speaker label at all: the
interviewer's question (a short paragraph that ends with a question mark), then the answer
(one paragraph or several), and so on; the header pass leaves the whole text as one unlabeled
turn. When that turn opens with a question (or with at most `MAX_LEAD_PARAGRAPHS` paragraphs
of lead or statement before it, which stay a turn of their own), holds at least `MIN_QUESTIONS` question
paragraphs and its questions are shorter than its answers, each question and each answer
becomes an unlabeled turn of its own. A speech whose paragraphs end with rhetorical
questions seldom opens with one, and its "questions" are no shorter than the rest.
"""
from __future__ import annotations

import re
from statistics import median

from teikit.model import Paragraph, Transcript, Turn
from teikit.transforms.helpers.lines import line_text

MIN_QUESTIONS = 2
# Paragraphs before the first question (a news lead, a caption, an opening statement) that
# still let the rest be read as an interview: they stay one turn of their own.
MAX_LEAD_PARAGRAPHS = 3
MAX_QUESTION_WORDS = 80
_QUESTION_END = re.compile(r"[?？][\"”»’)]*\s*$")


class QaTurnsPass:
    name = "qa_turns"
    after = ("header",)

    def apply(self, doc: Transcript, ctx) -> None:
        turns = [b for b in doc.blocks if isinstance(b, Turn)]
        if len(turns) > 1:
            split_unlabeled_questions(doc)
        if len(turns) != 1 or turns[0].label is not None:
            return  # the common case: labels, or several turns already
        pieces = _exchange(turns[0])
        if pieces:
            at = doc.blocks.index(turns[0])
            doc.blocks[at:at + 1] = pieces


def _exchange(turn: Turn) -> list[Turn] | None:
    """The turn cut before each question that follows an answer and before each answer, or
    None when its paragraphs are not an interview's."""
    paragraphs = [item for item in turn.paragraphs if isinstance(item, Paragraph)]
    asks = [_QUESTION_END.search(line_text(p.content)) is not None for p in paragraphs]
    # a lead or an opening statement before the first question: a turn of its own
    lead = next((n for n, a in enumerate(asks[:MAX_LEAD_PARAGRAPHS + 1]) if a), 0)
    paragraphs, asks = paragraphs[lead:], asks[lead:]
    if len(paragraphs) < 3 or not asks[0] or sum(asks) < MIN_QUESTIONS:
        return None
    words = [len(line_text(p.content).split()) for p in paragraphs]
    questions = [w for w, a in zip(words, asks) if a]
    answers = [w for w, a in zip(words, asks) if not a]
    if not answers or max(questions) > MAX_QUESTION_WORDS or median(questions) >= median(answers):
        return None
    asked = dict(zip(map(id, paragraphs), asks))
    out: list[Turn] = []
    previous = False if lead else None  # (after a lead, the first question opens a turn)
    for item in turn.paragraphs:
        ask = asked.get(id(item))
        if ask is not None and ask != previous:  # a question after an answer, an answer after questions
            out.append(Turn(label=None, line=item.line))
            previous = ask
        if not out:
            out.append(Turn(label=None, line=turn.line))
        out[-1].paragraphs.append(item)
    out[0].lead_notes = turn.lead_notes
    return out


def split_unlabeled_questions(doc: Transcript) -> None:
    """An interview that labels only the answers, one speaker ("YO Claude : ..."): a question
    paragraph that ends a turn followed by another turn of that label is the interviewer's
    unlabeled question, as a speaker is not labelled twice in a row."""
    if len({t.label.strip() for t in doc.turns() if t.label}) != 1:
        return  # several labelled speakers: a repeated label is a second official, a sign-off
    out: list = []
    blocks = doc.blocks
    for n, block in enumerate(blocks):
        out.append(block)
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        if not (isinstance(block, Turn) and isinstance(after, Turn) and block.label and after.label
                and block.label.strip() == after.label.strip() and len(block.paragraphs) > 1):
            continue
        last = block.paragraphs[-1]
        if isinstance(last, Paragraph) and _QUESTION_END.search(line_text(last.content)):
            block.paragraphs.pop()
            question = Turn(label=None, line=last.line)
            question.paragraphs.append(last)
            out.append(question)
    doc.blocks = out


PASS = QaTurnsPass()
