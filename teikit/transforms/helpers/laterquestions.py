"""After one labelled exchange, later questions as paragraphs of their own (T530a).

A magazine labels its interview's first exchange (`prmagazin: …?` / `Meike Schreiber: …`) and
prints the rest without labels: each later question a short paragraph of its own, its answer
the paragraphs under it. The sibling rule P32m (`labelledanswers.split_after_one_labelled_exchange`)
reads the same page printed with the question on a line right over its answer; here a blank
line stands between them, so the question is a whole paragraph of the answerer's turn.
"""
from __future__ import annotations

from teikit.model import LineBreak, Paragraph, Transcript, Turn
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.labelledanswers import MAX_LINE_QUESTION_WORDS, _asks, _speaker
from teikit.transforms.helpers.lines import line_text


def split_later_question_paragraphs(doc: Transcript) -> None:
    """When the document holds two labelled turns of two speakers, the first one question
    paragraph and the second answering, each paragraph of the answer that is a question (one
    line, at most `MAX_LINE_QUESTION_WORDS` words, shorter than the paragraph under it) between
    two paragraphs that ask nothing opens an unlabeled question turn, and the paragraphs under
    it an unlabeled answer turn. A speaker's own rhetorical question seldom stands alone between
    statements in an answer that a labelled question opened; in a dialogue labelled throughout
    the rule does not look."""
    turns = doc.turns()
    if len(turns) != 2 or not (turns[0].label and turns[1].label) or _speaker(turns[0]) == _speaker(turns[1]) \
            or not _asks(turns[0]) or _asks(turns[1]):
        return
    answer = turns[1]
    items = answer.paragraphs
    cuts = [n for n in range(1, len(items) - 1) if _lone_question(items[n - 1], items[n], items[n + 1])]
    if not cuts:
        return
    out = [answer]
    for start, end in zip(cuts, cuts[1:] + [len(items)]):
        out.append(Turn(label=None, line=items[start].line, paragraphs=[items[start]]))
        out.append(Turn(label=None, line=items[start + 1].line, paragraphs=items[start + 1:end]))
    answer.paragraphs = items[:cuts[0]]
    at = doc.blocks.index(answer)
    doc.blocks[at:at + 1] = out


def _lone_question(before, item, after) -> bool:
    if not all(type(p) is Paragraph for p in (before, item, after)) or any(type(i) is LineBreak for i in item.content):
        return False
    text, under = line_text(item.content), line_text(after.content)
    words = len(text.split())
    return QUESTION_END.search(text) is not None and words <= MAX_LINE_QUESTION_WORDS \
        and words < len(under.split()) and not QUESTION_END.search(line_text(before.content)) \
        and not QUESTION_END.search(under)
