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

_WRAPPED = ("Is the plan ready for the vote?\n"
            "It is ready now and the members have seen every page of it in\n"
            "the meetings of the last month. We will vote on Friday.\n"
            "Who wrote it?\n"
            "The council's office wrote it with the help of the harbour\n"
            "board and of the residents. It took a year.\n"
            "Will it pass?\n"
            "I think so, because the members asked for the changes that\n"
            "they wanted and got them.\n"
            "Thank you.\n"
            "Thank you.\n")


def test_answers_wrapped_on_a_word_go_on_below():
    doc = read(_WRAPPED, lang="en")
    assert _paragraphs(doc)[:5] == [1, 1, 1, 1, 1]  # (the thanks are the last answer's)


def test_one_line_that_stops_on_a_word_stays_a_break():
    text = ("Ann: Is the plan ready for the vote?\n"
            "Ben: It is ready now and the members have seen every page of it in\n"
            "the meetings of the last month. We will vote on Friday.\n"
            "Ann: Thanks.\nBen: You are welcome.\nAnn: Bye.\nBen: Bye.\n")
    doc = read(text, lang="en")
    assert _paragraphs(doc)[1] == 2


def _title(doc) -> str | None:
    return doc.setting.title if doc.setting else None


# --- H271z a slogan beside the page's button is no title -------------------------------------------

def test_a_slogan_closing_with_a_button_is_no_title():
    text = ("Good news, told plainly and checked twice | Donate\n\nHarbour Hour - May 3, 2024\n\n"
            "ANN ROE, HOST: Good morning!\n\nBEN LEE, HOST: Good morning.\n\nROE: Here is the news.\n\nLEE: Thanks.\n")
    doc = read(text, lang="en")
    assert _title(doc) == "Harbour Hour - May 3, 2024"


def test_a_long_heading_closing_with_a_section_word_stays_the_title():
    text = ("Mayor Ann Lee – Interview on the new quay with Harbour City News\nHarbour City Council\n"
            "HOST: Welcome, Mayor.\nLEE: Thank you.\n")
    doc = read(text, lang="en")
    assert _title(doc).startswith("Mayor Ann Lee")


# --- H272z an archive's subjects line is a header note ---------------------------------------------

def test_a_subjects_line_over_the_first_label_is_no_speech():
    text = ("Interview with the morning crew\n\nSubjects: harbour works, budget.\nHOST:\nGood morning.\n"
            "MAYOR:\nGood morning to you.\nHOST:\nIs it close?\nMAYOR:\nVery close.\n")
    doc = read(text, lang="en")
    assert [t.label for t in doc.turns()] == ["HOST:", "MAYOR:", "HOST:", "MAYOR:"]
