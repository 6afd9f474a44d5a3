"""Questions a page prints in bold (or italics), answers that end by asking (P1000f).

Blog and magazine interviews print no labels: each question is a whole paragraph in bold
(`**…**`, `__…__`) or in italics, each answer the plain paragraphs after it. An answer may
end with a question of its own ("… Ma quanti lo fanno?", "Too hard?"), which the unlabeled
interview rule, reading question marks, took for the next question. When the typeface is
the page's style throughout, it tells the sides: at least `MIN_MARKED` marked paragraphs,
most of them asking (a question mark), each followed by a plain paragraph (the marked
paragraphs alternate with the answers: never two in a row), and marked paragraphs at most
half of the text. Then a plain paragraph right after a marked question is its answer, also
when it ends with a question mark. One bold line, or bold that does not alternate with plain
paragraphs, changes nothing.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Turn
from teikit.transforms.helpers.lines import line_text

# A paragraph printed in bold as a whole (Markdown): "**Tell us about the cranes.**"; in italics.
BOLD = re.compile(r"^(\*\*|__)(?=\S).+(?<=\S)\1$", re.DOTALL)
ITALIC = re.compile(r"^([*_])(?=[^\s*_]).+(?<=[^\s*_])\1$", re.DOTALL)
# A question printed as a Markdown heading: "## Quelles études as-tu faites ?" (P1234h)
HEADING_QUESTION = re.compile(r"^#{1,6}[ \t]+\S.*\?[\s*_]*$", re.DOTALL)
# A follow-up printed as a heading that ends like a sentence: "## Also in welche." (L1502i)
HEADING_SENTENCE = re.compile(r"^#{1,6}[ \t]+\S.*[.!…][\s*_]*$", re.DOTALL)

# A paragraph that asks: a question mark, then closing quotes and emphasis marks.
_ASKS = re.compile(r"[?？][\"”»’)*_]*\s*$")

# The typefaces that mark a page's questions, tried in this order.
QUESTION_MARKS = (BOLD, ITALIC, HEADING_QUESTION)

# The page's style is read from this many marked paragraphs at least.
MIN_MARKED = 3


def answers_after_marked_questions(texts: list[str], asks: list[bool]) -> list[bool]:
    """`asks` (a question mark ends the paragraph) with the plain paragraphs right after a
    marked question read as answers, where bold or italics mark the page's questions (see
    the module); else `asks` unchanged."""
    for mark in QUESTION_MARKS:
        marked = [mark.match(t) is not None for t in texts]
        if _marks_questions(marked, asks):
            if mark is HEADING_QUESTION:  # where headings ask, one that ends like a sentence asks too (L1502i)
                marked = [m or HEADING_SENTENCE.match(t) is not None for m, t in zip(marked, texts)]
                asks = [a or m for a, m in zip(asks, marked)]
            return [a and (m or not (n and marked[n - 1])) for n, (a, m) in enumerate(zip(asks, marked))]
    return asks


def lead_before_marked_questions(texts: list[str], asks: list[bool]) -> int:
    """The number of paragraphs above the first marked question where bold or italics mark
    the page's questions (P1100g), else 0. A blog interview opens with a standfirst, an
    introduction and a portrait before its first question, more paragraphs than a news lead
    has; the typeface tells where the questions begin. The lead must be shorter than the
    interview below it."""
    for mark in QUESTION_MARKS:
        marked = [mark.match(t) is not None for t in texts]
        if _marks_questions(marked, asks):
            first = marked.index(True)
            return first if 2 * first < len(texts) else 0
    return 0


def introduction_above_marked_question(pieces: list[Turn], most: int) -> bool:
    """The unlabeled turn above the first question holds more than `most` paragraphs (a
    news lead's bound), and that question is printed bold or in italics: the lead was found
    by the typeface (`lead_before_marked_questions`), and it is the page's introduction, the
    writer's summary, not speech (P1100g)."""
    if len(pieces) < 2 or pieces[0].label is not None:
        return False
    lead = [p for p in pieces[0].paragraphs if isinstance(p, Paragraph)]
    question = [p for p in pieces[1].paragraphs if isinstance(p, Paragraph)]
    return len(lead) > most and bool(question) and any(mark.match(line_text(question[0].content))
                                                       for mark in QUESTION_MARKS)


def _marks_questions(marked: list[bool], asks: list[bool]) -> bool:
    count = sum(marked)
    if count < MIN_MARKED or 2 * count > len(marked):
        return False
    if 3 * sum(a for a, m in zip(asks, marked) if m) < 2 * count:
        return False  # most marked paragraphs ask
    # never two marked paragraphs in a row: each question is followed by its plain answer
    return not any(m and marked[n + 1] for n, m in enumerate(marked[:-1]))


def marked_question_turns(turns: list[Turn]) -> set[int]:
    """The ids (`id()`) of the unlabeled turns that are one whole bold or italic paragraph
    or a question printed as a Markdown heading (P1234h),
    where at least `MIN_MARKED` such turns stand between others: the page's questions, the
    interviewer's, not the guest's whom the header names (N1114g)."""
    marked = [t for t in turns if t.label is None and _one_marked_paragraph(t, QUESTION_MARKS)]
    if len(marked) < MIN_MARKED or len(marked) * 2 > len(turns):
        # questions as headings, answers in italics (`*"Alter. …"*`): the one typeface that
        # marks at most half of the turns, most of them asking, marks the questions (L1502i)
        for marks in ((BOLD,), (ITALIC,), (HEADING_QUESTION, HEADING_SENTENCE)):
            marked = [t for t in turns if t.label is None and _one_marked_paragraph(t, marks)]
            asking = sum(1 for t in marked if _ASKS.search(line_text(t.paragraphs[0].content)))
            if MIN_MARKED <= len(marked) and len(marked) * 2 <= len(turns) and 3 * asking >= 2 * len(marked):
                return {id(t) for t in marked}
        return set()
    return {id(t) for t in marked}


def _one_marked_paragraph(turn: Turn, marks: tuple) -> bool:
    paragraphs = [p for p in turn.paragraphs if isinstance(p, Paragraph)]
    return len(paragraphs) == 1 and any(mark.match(line_text(paragraphs[0].content)) for mark in marks)
