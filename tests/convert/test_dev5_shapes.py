"""Shapes first met in corpus/dev5 (docs/convert-shapes.md, sections marked dev5), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.labelshapes import is_mixed_candidate
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
