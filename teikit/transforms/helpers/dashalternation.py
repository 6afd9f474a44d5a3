"""A dashed interview whose answers are short (T651c).

Print interviews in Russian, Spanish, French and Italian open every paragraph with a dialogue
dash, the question and the answer alike:

    — Кто станет капитаном?
    — Решим на сборах.

The interview rule of `qa_turns` wants the questions shorter than the answers (a speech's
rhetorical questions are as long as the rest); in a quick exchange the answers are as short
as the questions ("— Решим на сборах."). When every paragraph opens with a dialogue dash and
the paragraphs take turns strictly (a question, a paragraph that asks nothing, a question,
…, at least `MIN_QUESTIONS` questions), each dash is a change of speaker whatever the lengths.
Prose quoted with dashes does not ask every other paragraph.
"""
from __future__ import annotations


def dashed_alternation(dashed: bool, asks: list[bool], min_questions: int) -> bool:
    """Every paragraph dashed and the questions every other one, from the first."""
    return dashed and sum(asks) >= min_questions and all(a == (n % 2 == 0) for n, a in enumerate(asks)) \
        and len(asks) >= 2 * min_questions
