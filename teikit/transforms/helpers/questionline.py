"""A labelled question with its answer on the next line of the same paragraph (T653c).

P42n reads an interview that labels only its questions ("Frage 1: …?", "Question 2: …?",
"Вопрос 3: …?") when each answer is a paragraph of its own under the question. School
papers and small sites print the answer on the very next line, no blank line between:

    Frage 1: Wie sieht Ihr Arbeitstag aus?
    Ich fange um sieben Uhr an.

When every label of the text is a question label, the paragraph under such a label is cut
after its first line that ends with a question mark (among its first `MAX_QUESTION_LINES`
lines, a question may wrap) when more lines follow; P42n then reads the rest as the answer.
"""
from __future__ import annotations

from teikit.model import Paragraph
from teikit.transforms.helpers.lines import joined, line_text, lines_of

MAX_QUESTION_LINES = 3


def question_line_apart(paragraphs: list, asks) -> list:
    """`paragraphs` with the first cut after its first line that `asks` (a compiled pattern
    searched in the line's text) when lines follow; the same list when there is none."""
    if not paragraphs or type(paragraphs[0]) is not Paragraph:
        return paragraphs
    first = paragraphs[0]
    lines = lines_of(first)
    if len(lines) < 2:
        return paragraphs
    for n, line in enumerate(lines[:min(MAX_QUESTION_LINES, len(lines) - 1)]):
        if asks.search(line_text(line)):
            start = first.line or 0
            return [joined(lines[:n + 1], first.line),
                    joined(lines[n + 1:], start + n + 1 if start else 0), *paragraphs[1:]]
    return paragraphs
