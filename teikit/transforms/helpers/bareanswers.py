"""The bare answer letter of a typed question-and-answer transcript (T2312l).

A deposition or an interview typed on a typewriter (and its OCR) prints the question and
answer letters with one space and no stop, each at a line start:

    Q What year were you put on that detail?
    A I guess it was 1964, January, I believe.

The question letter is a label (lexicon `bare_labels`), but the answer letter is also a word
("A man walked in") and was left speech: the answers ran on in the questions' turns. When the
text opens at least `MIN_BARE_ANSWERS` lines with the answer letter, a space and a capital,
each within a few lines under a line opened by the bare question letter, with no other answer
letter between, the answer letter is confirmed as a label for the document (as `bareqa`
confirms the letters split at inside run-on lines). A text whose lines open with "A" only as
a word, or with no bare question letters above them, stays as it was.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

MIN_BARE_ANSWERS = 3
# An answer letter stands at most this many lines under its question letter (the question
# wrapped over a few typed lines, OCR debris between them).
MAX_QUESTION_LINES = 6


def bare_answer_letters(lines: list[str], lex: Lexicon) -> set[str]:
    """{the answer letter} when the text answers its bare question letters so (see the
    module), else an empty set."""
    questions = [w for w in lex.bare_labels if w in lex.question_labels and len(w) == 1]
    answers = [w for w in lex.answer_labels if len(w) == 1]
    if not questions or not answers:
        return set()
    asked = re.compile(rf"(?:{'|'.join(map(re.escape, questions))}) [^\W\d_a-z]")
    answered = re.compile(rf"{re.escape(answers[0])} [^\W\d_a-z]")
    last_question = None  # index of the last line opened by a question letter, not yet answered
    found = 0
    for i, line in enumerate(lines):
        if asked.match(line):
            last_question = i
        elif answered.match(line) and last_question is not None and i - last_question <= MAX_QUESTION_LINES:
            found += 1
            last_question = None
    return {answers[0]} if found >= MIN_BARE_ANSWERS else set()
