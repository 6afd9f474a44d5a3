"""Paragraph and header shapes first met in corpus/dev20 (docs/convert-shapes.md, sections
marked dev20), one small synthetic example each, written for the test (never a corpus line):
each fails without its rule."""
from __future__ import annotations

from teikit.model import Note, Paragraph
from tests.convert.conftest import read


def _paragraphs(doc) -> list[int]:
    return [sum(1 for p in t.paragraphs if isinstance(p, Paragraph) and not all(isinstance(i, Note) for i in p.content))
            for t in doc.turns()]


# --- P270z an answer wrapped at a fixed width among one-line questions ----------------------------

def test_an_answer_wrapped_on_a_word_goes_on_below():
    text = ("Ann: Is the plan ready for the vote?\n"
            "Ben: It is ready now and the members have seen every page of it in\n"
            "the meetings of the last month. We will vote on Friday.\n"
            "Ann: Thanks.\nBen: You are welcome.\nAnn: Bye.\nBen: Bye.\n")
    doc = read(text, lang="en")
    assert _paragraphs(doc)[1] == 1


def test_a_short_line_that_stops_on_a_word_stays_a_paragraph():
    text = ("Ann: Is the plan ready?\nBen: Ready now\nbut not voted.\n"
            "Ann: Thanks.\nBen: You are welcome.\nAnn: Bye.\nBen: Bye.\n")
    doc = read(text, lang="en")
    assert _paragraphs(doc)[1] == 2
