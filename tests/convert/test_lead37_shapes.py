"""Shapes the lead read in session 37: an office label printed once at the top of a speech
(English, Russian, German, Chinese in traditional characters), a source line with a web address,
a chair phrase alone, paragraphs opened by an indent in hard-wrapped text."""
from __future__ import annotations

import pytest

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speech

WRAPPED = ("    The President. Good morning. Laura and I, as you know, recently came\n"
           "back from a long trip, where we saw firsthand how the plan is saving\n"
           "lives every day.\n"
           "    I also, during my trip, urged Congress to reauthorize the plan and\n"
           "increase our commitment, and they did. They approved a good bill.\n"
           "    Members should also act on a very urgent priority, and that is to\n"
           "pass the law our officials need.\n")


@pytest.mark.parametrize("text, lang, label", [
    ("The President's News Conference\n\nFebruary 28, 2008\n\n"
     "The President. Good morning. Let me start with the budget.\n\nWe will act soon.\n", "en", "The President."),
    ("374 заседание Совета Федерации\n\nЗал заседаний Совета Федерации.\n20 мая 2015 года. 10 часов.\n\n"
     "Председательствующий. Уважаемые члены Совета Федерации, доброе утро!\n\nПрошу присаживаться.\n",
     "ru", "Председательствующий."),
    ("45. Sitzung\n\nBerlin, 3. Mai 2023\n\nDer Präsident. Die Sitzung ist eröffnet.\n\nIch rufe Punkt 1 auf.\n",
     "de", "Der Präsident."),
])
def test_an_office_label_printed_once_atop_the_speech_is_the_speakers(text, lang, label):
    # L1200i
    doc = read(text, lang=lang)
    assert labels(doc) == [label]


def test_an_office_followed_by_a_full_stop_inside_prose_stays_speech():
    # L1200i: only the line that opens the speech, under header lines
    text = ("A report on the week in politics, with all the speeches that were given and the votes that "
            "followed them in both houses.\n\nThe President. That is what the papers called him all week.\n")
    assert labels(read(text)) == [None]


def test_a_long_bracketed_source_note_over_the_speech_is_a_header_line():
    # L1200i: "[Weekly Compilation ...]" is no prose, however many words it has
    text = ("[Weekly Compilation of Presidential Documents Volume 44, Number 8 (Monday, March 3, 2008)]\n"
            "[Pages 287-298]\n\nThe President's News Conference\n\n"
            "The President. Good morning. Let me start with the budget.\n")
    assert labels(read(text)) == ["The President."]


def test_a_source_line_with_a_web_address_is_no_venue():
    # H1201i
    doc = read("[Online from the Government Publishing Office, www.gpo.gov]\n\nThe President's News Conference\n\n"
               "THE PRESIDENT: Good morning.\n\nQ: Thank you.\n")
    assert doc.setting.venue is None


def test_a_chair_phrase_alone_over_the_chairs_lines_is_a_note_not_a_place():
    # H1202i
    doc = read("374 заседание Совета Федерации\n\n20 мая 2015 года.\n\nПредседательствует\nПредседатель Совета Федерации\n"
               "В.И. МАТВИЕНКО\n\nПредседательствующий. Уважаемые коллеги, доброе утро!\n\nНачинаем.\n", lang="ru")
    assert doc.setting.place is None
    kinds = {h.text: h.kind for h in doc.blocks if isinstance(h, HeaderLine)}
    assert kinds["Председательствует"] == HeaderKind.NOTE


def test_an_office_in_traditional_characters_alone_over_a_greeting_is_a_label():
    # L1203i: "部長:" over a greeting printed without a full stop
    doc = read("標題:九十年度新春記者會談話紀錄\n時間:90/01/15\n部長:\n各位媒體朋友大家早安\n"
               "首先,對於各位媒體朋友在過去期間的支持,特別向大家表示感謝之意。\n", lang="zh")
    assert labels(doc) == ["部長:"]


def test_a_widget_label_alone_over_no_speech_is_still_no_label():
    # L1203i keeps the widget rule for words that are no office
    doc = read("定义你的浏览字号:\n九十年度新春记者会\n主持人:大家好。\n记者:请问部长。\n", lang="zh")
    assert "定义你的浏览字号:" not in labels(doc)


def test_indented_lines_open_the_paragraphs_of_a_hard_wrapped_text():
    # P1204i
    doc = read("The President's News Conference\n\n" + WRAPPED)
    assert [p.split()[:3] for p in speech(doc)[0].split(" | ")] == [["Good", "morning.", "Laura"], ["I", "also,", "during"],
                                                     ["Members", "should", "also"]]


def test_a_hard_wrapped_text_without_indents_stays_one_paragraph():
    # P1204i needs indented paragraph openings
    flush = "\n".join(line.strip() for line in WRAPPED.splitlines())
    assert len(speech(read("The President's News Conference\n\n" + flush + "\n"))[0].split(" | ")) == 1


# --- B1506i's bounds: a Pandoc capture's chrome and furniture stay near what they frame ------------

def _pandoc_fences(n: int = 4) -> str:
    return "".join(f"::: {{.box-{k}}}\n[Link](/x{k}){{.menu}}\n:::\n\n" for k in range(n))


def test_a_heading_with_an_id_deep_in_a_long_transcript_leaves_the_speech_above_it():
    # B1506i reads the lines above the headline as chrome only within a page's top
    turns = "".join(f"ANN LEE: Point number {k} of the budget.\n\nBOB RAY: Noted, thank you.\n\n" for k in range(250))
    text = _pandoc_fences() + turns + "Second part {#part-two .post-title}\n=====\n\nANN LEE: And now the rest.\n"
    assert len([label for label in labels(read(text)) if label]) == 501


def test_a_fence_left_open_does_not_make_the_speech_below_it_furniture():
    # B1506i: a "div" closing far below its opening is the text, even with an image inside
    turns = "".join(f"ANN LEE: Point number {k}.\n\nBOB RAY: Noted.\n\n" for k in range(30))
    text = (_pandoc_fences() + "Title {#title .post-title}\n=====\n\n::: {.entry-content}\n\n" + turns
            + "![A photo](/img.jpg)\n\n" + turns + ":::\n")
    assert len([label for label in labels(read(text)) if label]) == 120
