"""An interview printed without labels, each question on one line right over its answer,
a blank line between the pairs:

    How did the season start for the team.
    We started slowly, but the squad is fit now and the coach is pleased with the young players.

    And the ferry.
    It will run in winter too, twice a day, as the council has promised the islanders.

The shape is the evidence, not the question mark (a page's encoding may have turned it into a
quotation mark, or the questions are printed as statements): at least `MIN_PAIRS` blocks,
every block of the text two lines or more, each first line ending with a sentence's
punctuation (a heading ends with a word or a colon) and no longer than `MAX_QUESTION_WORDS`,
and the first lines much shorter than the rest (their median words at most half the
answers'). Hard-wrapped prose breaks its lines at one width, so its first lines are as long
as the next. A first line the header pass took for the title, printed right over the first
answer with no blank line, is the first question when the rest of the text has the shape.
"""
from __future__ import annotations

import re
from statistics import median

from teikit.model import HeaderKind, HeaderLine, Paragraph, Text, Turn
from teikit.transforms.helpers.lines import joined, line_text, lines_of

MIN_PAIRS = 3
MAX_QUESTION_WORDS = 40
# A newspaper's questions may be as long as the answers (a question that recounts the story
# first); when two thirds of the first lines end with a question mark they mark themselves,
# and only a line of prose's length is refused (T900d).
MAX_ASKED_WORDS = 150
_ENDS_SENTENCE = re.compile(r"[.?!…？。\"“”„»’)]$")
_ENDS_QUESTION = re.compile(r"[?？][\"“”„»’)]?$")


def line_pairs(turn: Turn, before) -> tuple[object, list[Turn]] | None:
    """(the block the first question was read from: `before` or the turn, the turns of the
    questions and answers), or None when the turn is not such an interview."""
    items = turn.paragraphs
    if not items or not all(type(p) is Paragraph for p in items):
        return None
    blocks = [lines_of(p) for p in items]
    title = isinstance(before, HeaderLine) and before.kind in (HeaderKind.TITLE, HeaderKind.UNKNOWN) \
        and before.line and items[0].line == before.line + 1
    if title:
        pairs = [([Text(before.text)], blocks[0], before.line)] + [(b[0], b[1:], p.line) for b, p in zip(blocks[1:], items[1:])]
    else:
        pairs = [(b[0], b[1:], p.line) for b, p in zip(blocks, items)]
    if len(pairs) < MIN_PAIRS or any(not rest for _, rest, _ in pairs):
        return None
    questions = [line_text(q).strip() for q, _, _ in pairs]
    if not all(_ENDS_SENTENCE.search(q) for q in questions):
        return None
    asked = [len(q.split()) for q in questions]
    if _marked_questions(questions):
        if max(asked) > MAX_ASKED_WORDS:
            return None
    else:
        answered = [sum(len(line_text(line).split()) for line in rest) for _, rest, _ in pairs]
        if max(asked) > MAX_QUESTION_WORDS or 2 * median(asked) > median(answered):
            return None
    out: list[Turn] = []
    for question, rest, line in pairs:
        first = line + 1 if line else 0
        out.append(Turn(label=None, line=line, paragraphs=[Paragraph(content=list(question), line=line)]))
        out.append(Turn(label=None, line=first, paragraphs=[joined(rest, first)]))
    out[0].lead_notes = turn.lead_notes
    return (before if title else turn), out


def _marked_questions(questions: list[str]) -> bool:
    """Two thirds of the first lines at least end with a question mark (T900d)."""
    return 3 * sum(1 for q in questions if _ENDS_QUESTION.search(q)) >= 2 * len(questions)
