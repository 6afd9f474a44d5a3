"""Shapes first met in corpus/dev17 (docs/convert-shapes.md, sections marked dev17), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.headerwidgets import widget_line
from tests.convert.conftest import labels, read, speech


def _header(doc, kind=None) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and (kind is None or b.kind == kind)]


# --- L170r "Programme: topic" on the first line is the title, not a label --------------------

def test_a_two_part_title_with_a_colon_on_the_first_line_is_no_label():
    text = ("Evening Forum: the future of river ferries\n\n"
            "Ann Lee: Welcome to the programme, tonight we talk about ferries.\n"
            "Bob Roe: Thank you for having me.\nAnn Lee: How many ferries still run?\nBob Roe: About ten.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Ann Lee:", "Bob Roe:", "Ann Lee:", "Bob Roe:"]
    assert _header(doc, HeaderKind.TITLE) == ["Evening Forum: the future of river ferries"]


def test_a_two_part_title_in_ideographs_on_the_first_line_is_no_label():
    text = "夜间论坛:城市渡轮的未来\n\n王明:欢迎收看今天的节目。\n李华:谢谢。\n王明:渡轮还有多少?\n李华:大概十艘。\n"
    doc = read(text, lang="zh")
    assert labels(doc) == ["王明:", "李华:", "王明:", "李华:"]
    assert _header(doc, HeaderKind.TITLE) == ["夜间论坛:城市渡轮的未来"]


def test_a_first_line_of_speech_after_a_colon_stays_a_label():
    text = ("Ann Lee: Welcome to the programme.\n"
            "Bob Roe: Thank you for having me.\nAnn Lee: How many ferries still run?\nBob Roe: About ten.\n")
    assert labels(read(text, lang="en"))[0] == "Ann Lee:"


# --- H170r a flattened layout table's row and a portal's dateline ----------------------------

def test_a_table_rows_title_and_a_site_dateline_with_a_glued_time():
    text = ("夜间论坛:城市渡轮的未来 | ||||||\n---|---|---|---|---|---|\n"
            "http://www.example.cn 2011年03月05日20:15 夜间论坛 | ||||||\n"
            "王 明:欢迎收看今天的节目。\n李华:谢谢。\n王 明:渡轮还有多少?\n李华:大概十艘。\n")
    doc = read(text, lang="zh")
    assert _header(doc, HeaderKind.TITLE) == ["夜间论坛:城市渡轮的未来 | ||||||"]
    assert _header(doc, HeaderKind.DATE) == ["http://www.example.cn 2011年03月05日20:15 夜间论坛 | ||||||"]
    assert doc.setting.date_iso == "2011-03-05"


def test_empty_table_cells_after_a_rows_text_make_no_menu():
    assert not widget_line("夜间论坛:城市渡轮的未来 | ||||||")
    assert widget_line("首页 | 新闻 | 体育 | 财经")


def test_a_date_glued_to_its_time_is_read_in_every_form():
    from teikit.lexicons import load
    from teikit.transforms.helpers.dates import date_line
    for lang in ("en", "fr", "de", "es", "it", "ru", "zh"):
        lex = load(lang)
        for line in ("2011年03月05日20:15", "05.03.2011 20:15", "05.03.201120:15", "2011-03-05 20:15"):
            assert date_line(line, lex) == "2011-03-05", (lang, line)


# --- P170r numbered questions: a later list counting from 1 again; two questions on one line --

_NUMBERED = ("1. Come è nata la band?\n\"Per caso, in una cantina.\"\n\n"
             "2. Il primo concerto? Dove lo avete tenuto?\n\"In un bar del porto.\"\n\n"
             "3. Il prossimo disco?\n\"Esce a maggio.\"\n")


def test_a_reader_comment_numbered_from_one_again_does_not_stop_the_questions():
    text = _NUMBERED + "  1. Marco\n    ha detto:\n    Bravi!\n"
    doc = read(text, lang="it")
    assert len(list(doc.turns())) == 6


def test_two_questions_on_one_numbered_line_are_one_question():
    doc = read(_NUMBERED, lang="it")
    assert speech(doc)[2].endswith("Il primo concerto? Dove lo avete tenuto?")
    assert speech(doc)[3] == "\"In un bar del porto.\""


# --- L171r a two-ideograph name padded with a space inside a run-on line -----------------------

def test_a_padded_two_ideograph_label_inside_a_run_on_line_is_split():
    text = ("主持人介绍了今天的嘉宾,他们都来自本市的渡轮公司,今天将和我们一起谈谈城市交通。 王 明:欢迎收看今天的节目,今天我们谈谈城市里的渡轮还有多少,"
            "它们每天运送多少乘客,票价又是多少。 李建华:谢谢邀请,很高兴来到这里和大家聊一聊。 王 明:渡轮还有多少?"
            " 李建华:大概十艘,每天运送三千多名乘客,票价是两元。 王 明:谢谢你的介绍。 李建华:不客气,欢迎大家来坐渡轮。\n")
    doc = read(text, lang="zh")
    assert [(label or "").replace(" ", "") for label in labels(doc)[-6:]] == ["王明:", "李建华:", "王明:", "李建华:", "王明:", "李建华:"]
