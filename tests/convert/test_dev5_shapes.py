"""Shapes first met in corpus/dev5 (docs/convert-shapes.md, sections marked dev5), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from tests.convert.conftest import labels, read


# --- L50 "Name SURNAME, role:" with the role in lower case ---------------------------------

def test_a_lower_case_role_after_the_name_is_part_of_a_label():
    text = ("Вечерний эфир\n\n"
            "Ольга ПЕТРОВА, ведущая: Добрый вечер, в студии гости.\n\n"
            "Иван СИДОРОВ, главный редактор: Здравствуйте, рад быть здесь.\n\n"
            "Ольга ПЕТРОВА, ведущая: Начнём с новостей дня.\n")
    assert labels(read(text)) == ["Ольга ПЕТРОВА, ведущая:", "Иван СИДОРОВ, главный редактор:",
                                  "Ольга ПЕТРОВА, ведущая:"]


def test_a_lower_case_phrase_after_a_comma_without_a_role_word_is_no_label_shape():
    en, ru = load("en"), load("ru")
    assert is_mixed_candidate("Anne Roy, journalist", en)
    assert not is_mixed_candidate("President Lee, my question", en)  # opens a question
    assert not is_mixed_candidate("Ann Lee, who came late", en)      # no role word
    assert not is_mixed_candidate("Сакен, ведущий", ru)              # one word is no name


# --- L51 a question's line that runs on into its answer ------------------------------------

def test_an_answer_label_after_the_question_on_the_same_line_opens_a_turn():
    text = ("访谈录\n"
            "晚报:你什么时候开始写作? 王林:十几岁的时候就开始写了。\n"
            "晚报:你最喜欢哪本书? 王林:很难说,每本都喜欢。\n")
    assert labels(read(text)) == ["晚报:", "王林:", "晚报:", "王林:"]


def test_a_pair_printed_on_one_line_only_is_left_alone():
    text = "晚报:你什么时候开始写作? 王林:十几岁的时候就开始写了。\n晚报:还有别的吗?\n"
    assert labels(read(text)) == ["晚报:", "晚报:"]


# --- L52 a field line that repeats the title is no label -------------------------------------

def test_a_field_name_before_the_title_printed_again_is_no_label():
    text = ("Harbour board briefs the press on the new pier\n\n"
            "概览: Harbour board briefs the press on the new pier\n\n"
            "Q: When does the pier open?\n\nA: In May.\n")
    assert labels(read(text)) == ["Q:", "A:"]


# --- L53 a short form defined in the first label, printed alone later -------------------------

def test_a_short_form_defined_in_parentheses_is_a_label_even_printed_once():
    text = ("Das Gespräch im Wortlaut:\n\n"
            "Der Hafenbote (Hafenbote): Wie geht es dem Hafen?\n\n"
            "Anna Berger (Berger): Gut, die Schiffe kommen wieder.\n\n"
            "Hafenbote: Und die Fischer?\n")
    assert labels(read(text))[-1] == "Hafenbote:"


def test_a_party_in_parentheses_defines_no_short_form():
    from teikit.transforms.helpers.labelwords import short_forms
    assert short_forms(["Anna Berger (Berger)", "Jan Roe (JR)", "Ulrich Roe (AfD)"]) == {
        "Berger": "Anna Berger (Berger)", "JR": "Jan Roe (JR)"}


# --- H23 article widgets of Chinese pages; a line without a letter is no title ----------------

def test_an_abstract_widget_and_a_publication_widget_are_site_lines():
    text = ("港口新闻网\n港口建设新闻发布会答记者问全文\n作者:小王 浏览:120\n"
            "摘要:新闻发布会今天举行,发言人回答了记者的提问。\n\n"
            "记者:港口什么时候完工?\n\n发言人:明年年底。\n")
    doc = read(text)
    assert labels(doc) == ["记者:", "发言人:"]
    from teikit.model import Boilerplate
    kept = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert "作者:小王 浏览:120" in kept and any(t.startswith("摘要:") for t in kept)


def test_a_telephone_number_is_never_the_title():
    from teikit.model import HeaderKind, HeaderLine
    doc = read("400-123-4567\n\nPort\n\nANN LEE: Good morning.\n\nBOB ROE: Hello.\n")
    titles = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]
    assert "400-123-4567" not in titles


# --- H24 a page's clock widget: a weekday and a time -----------------------------------------

def test_a_weekday_and_a_clock_time_open_no_turn_and_are_no_title():
    from teikit.model import HeaderKind, HeaderLine
    text = ("Giovedì 10:15:02\n\nIl porto riapre dopo i lavori di restauro\n\n"
            "ANNA ROSSI: Buongiorno a tutti.\n\nMARCO BIANCHI: Buongiorno.\n")
    doc = read(text)
    assert labels(doc) == ["ANNA ROSSI:", "MARCO BIANCHI:"]
    titles = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]
    assert titles == ["Il porto riapre dopo i lavori di restauro"]


def test_a_name_with_its_recording_time_is_still_a_label():
    doc = read("Anna Rossi (00:00:05)\nBuongiorno a tutti.\n\nMarco Bianchi (00:00:09)\nBuongiorno.\n")
    assert labels(doc) == ["Anna Rossi (00:00:05)", "Marco Bianchi (00:00:09)"]


# --- L54 "Photo of NAME" glued to the label, a widget bar after it ----------------------------

_RECORD = ("Harbour debates\n\n"
           "Photo of Jane RoeJane Roe (North Hill, Labour, Minister for Quays) Share this | Source\n\n"
           "I move that the quay reopen.\n\n"
           "Photo of Tom PoeTom Poe (South Bay, Liberal) Share this | Source\n\n"
           "I second the motion.\n")


def test_a_named_portrait_glued_to_the_label_opens_a_turn_and_the_widget_is_furniture():
    from teikit.model import Boilerplate
    doc = read(_RECORD)
    assert labels(doc) == ["Jane Roe (North Hill, Labour, Minister for Quays)", "Tom Poe (South Bay, Liberal)"]
    kept = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert "Photo of Jane Roe" in kept
    from teikit.model import Paragraph
    speech = [p.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)]
    assert "I move that the quay reopen." in speech and not any("Share this" in s for s in speech)


def test_a_photo_caption_sentence_is_no_label():
    doc = read("Photo of Jane RoeJane Roe (left) waves to the crowd at the quay.\n\nJANE ROE: Hello.\n")
    assert [label for label in labels(doc) if label] == ["JANE ROE:"]
