"""Questions printed in bold between labelled answers (P1507i). A magazine interview prints
its questions as whole bold paragraphs without a label and each answer under its speaker's
bold name:

    **Quelles sont vos actions au quotidien ?**

    **Ann Lee** : notre mission est simple …

A bold question that ends a labelled turn, right before another labelled turn, is the
interviewer's unlabeled turn: the typeface tells the sides, where P14 and P300j need one
answerer or an unlabeled first question. Taken only where the page prints at least
`MIN_BOLD_QUESTIONS` such questions (in turns or as turns of their own) and no labelled turn
opens with one: a speaker who stresses a question of their own is labelled before it. The
first question, above the first answer, is a turn too (P31m's `open_with_question`).
"""
from __future__ import annotations

from teikit.model import Paragraph, Transcript, Turn
from teikit.transforms.helpers.boldquestions import BOLD
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.labelledanswers import open_with_question
from teikit.transforms.helpers.lines import line_text

MIN_BOLD_QUESTIONS = 2


def split_bold_questions(doc: Transcript) -> bool:
    """Each bold question that ends a labelled turn before another labelled turn becomes a turn
    of its own (see the module); whether any did."""
    turns = doc.turns()
    if not any(t.label for t in turns) or any(t.label and _bold_question(t.paragraphs[:1]) for t in turns):
        return False
    ending = [t for t, after in zip(turns, turns[1:]) if t.label and after.label and len(t.paragraphs) > 1
              and _bold_question(t.paragraphs[-1:])]
    alone = sum(1 for t in turns if not t.label and len(t.paragraphs) == 1 and _bold_question(t.paragraphs))
    if not ending or len(ending) + alone < MIN_BOLD_QUESTIONS:
        return False
    cut = {id(t) for t in ending}
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if id(block) in cut:
            question = block.paragraphs.pop()
            out.append(Turn(label=None, line=question.line, paragraphs=[question]))
    open_with_question(out)  # the first question, which the header read above the first answer
    doc.blocks = out
    return True


def _bold_question(items: list) -> bool:
    """The items are one paragraph in bold as a whole that asks ("**Why now?**")."""
    if not items or type(items[0]) is not Paragraph:
        return False
    text = line_text(items[0].content)
    return BOLD.match(text) is not None and QUESTION_END.search(text) is not None
