"""A bold question and its answer printed on one line (L1134g).

A blog interview that prints each question whole in bold, its label inside the marks
(L1132g), sometimes lost the blank line between a question and its answer: `**_C: Why, oh
why?_** **L:** We live in a world …`. The line holds two turns; it is cut right before the
answer's bold label (`**L:**`, `__L:__`), so that the labels pass finds each label at a
line's start, and the answer's speech goes on in the paragraphs after the line.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Transcript
from teikit.transforms.helpers.boldquestionlabels import bold_question
from teikit.transforms.helpers.runon import line_pieces, split_apart

# The answer's label in Markdown bold, right after the question on its line: "**L:** We ...".
_ANSWER_LABEL = re.compile(r"[ \t\u00a0]+(\*\*|__)([^\W\d_][^*_:：\n]{0,40}?)[:：]\1[ \t\u00a0]+(?=\S)")


def split_answers_after_questions(doc: Transcript, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """A bold question and its answer printed on one line (`**_C: Why?_** **L:** We ...`,
    L1134g): the line is cut before the answer's bold label, so that the labels pass finds
    each label at a line's start. Returns the answer labels' names (`run_on_key`)."""
    split: dict[int, tuple[int, list]] = {}
    names: set[str] = set()
    for at, (block, text) in enumerate(plain):
        if text[:1] not in "*_" or (found := bold_question(text)) is None:
            continue
        answer = _ANSWER_LABEL.match(text, found[2])
        if answer is not None:
            split[id(block)] = (at, line_pieces(text, [answer.start(1)], block.line, keep_last=True))
            names.add(answer.group(2).strip())
    split_apart(doc, plain, split)
    return names
