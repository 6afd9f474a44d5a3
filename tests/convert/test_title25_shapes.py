"""Title shapes that recur over the development sets' pages, found by reviewing every title
missed at the sets' first runs and today (docs/convert-shapes.md, rules with suffix a, H310a
on): one small synthetic example each, written for the test (never a corpus line); each fails
without its rule."""
from __future__ import annotations

import time

from teikit.model import Boilerplate, HeaderKind, HeaderLine
from tests.convert.conftest import read


def _titles(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]


def _site_lines(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


_TURNS = "\n\nQ: Why the new quay?\n\nLEE: Because the old one is falling apart.\n\nQ: And the budget?\n\nLEE: Tight.\n"


# --- H310a a line ending in a colon introduces what follows: no title, nor a title's first line ---

def test_a_line_ending_in_a_colon_is_not_the_title():
    text = ("Interview portuaire\nInterview entendue un matin à la radio du port, avant de partir travailler :\n"
            "– …. et au fond, je trouve que le maire a eu une attitude inqualifiable.\n– Vous pensez qu’il doit partir ?\n"
            "– En tout cas, il doit se remettre en question.\n– Vous pensez donc qu’il doit partir ?\n– Il doit réfléchir.\n")
    assert _titles(read(text, lang="fr")) == ["Interview portuaire"]


def test_a_line_ending_in_a_colon_does_not_wrap_into_the_heading_under_it():
    from teikit.lexicons import load
    from teikit.transforms.helpers.headerneighbours import continued_titles
    lines = [HeaderLine(kind=HeaderKind.UNKNOWN, text=t, line=n) for n, t in enumerate(
        ["One question the reporters asked at the press conference:", "The Quay Record"], 1)]
    continued_titles(lines, load("en"))
    assert [h.kind for h in lines] == [HeaderKind.UNKNOWN, HeaderKind.UNKNOWN]
    # a line that breaks off after a small word still goes on in the next
    lines[0].text = "Press Conference by"
    continued_titles(lines, load("en"))
    assert [h.kind for h in lines] == [HeaderKind.TITLE, HeaderKind.TITLE]


# --- H311a a headline in ideographs that opens with a number is no counter ----------------------

def test_a_field_of_ideographs_after_a_number_is_a_heading_not_a_counter():
    text = ("【港口新闻】\n\n资料:2021年港口市长首次记者会问答实录\n\n"
            "记者:为什么要建新码头?\n\n市长:因为旧码头已经坏了。\n\n记者:预算呢?\n\n市长:很紧。\n")
    assert _titles(read(text, lang="zh")) == ["资料:2021年港口市长首次记者会问答实录"]


def test_a_counter_in_ideographs_is_still_a_widget():
    from teikit.transforms.helpers.headerwidgets import counter_line, counter_widgets
    assert counter_line("3次") and counter_line("217 views") and not counter_line("1998年港口市长首次记者会")
    lines = [HeaderLine(kind=HeaderKind.UNKNOWN, text=t, line=n)
             for n, t in enumerate(["浏览:56次", "资料:2021年港口市长首次记者会"], 1)]
    counter_widgets(lines)
    assert [h.kind for h in lines] == [HeaderKind.BOILERPLATE, HeaderKind.UNKNOWN]


# --- B312a a site's account widget is furniture, never the title ---------------------------------

def test_an_account_widget_over_a_sentence_heading_is_a_site_line():
    text = ("Войти в почту\n\nполитолог Иван Петров в программе «Город и порт» 3 марта 2021\n\n"
            "ВЕДУЩИЙ: Добрый день. Сегодня у нас в гостях политолог Иван Петров.\n\n"
            "ПЕТРОВ: Добрый день.\n\nВЕДУЩИЙ: Как город справляется с ремонтом причала?\n")
    doc = read(text, lang="ru")
    assert "Войти в почту" in _site_lines(doc)
    assert _titles(doc) == ["политолог Иван Петров в программе «Город и порт» 3 марта 2021"]


# --- H313a a headline in ideographs broken by readings in brackets is no short name --------------

def test_a_headline_with_readings_in_brackets_is_a_candidate_for_the_title():
    text = ("港口裝飾行業(yè)協(xié)會官方網(wǎng)站\n400-118-8580\n首頁 > 新聞 > 訪談\n"
            "市長和網(wǎng)民互動是傾聽“原生態(tài)”的聲音\n\n"
            "記者:為什么要建新碼頭?\n\n市長:因為舊碼頭已經(jīng)壞了。\n\n記者:預(yù)算呢?\n\n市長:很緊。\n")
    assert _titles(read(text, lang="zh")) == ["市長和網(wǎng)民互動是傾聽“原生態(tài)”的聲音"]


# --- H315a a menu bar printed as one line without its bars ---------------------------------------

def test_a_row_of_section_names_is_a_menu_not_the_title():
    text = "Home News Politics Sport Culture Contact\nMayor on the quay" + _TURNS
    doc = read(text, lang="en")
    assert _titles(doc) == ["Mayor on the quay"]
    assert "Home News Politics Sport Culture Contact" in _site_lines(doc)


def test_a_headline_with_one_section_word_is_no_menu():
    from teikit.lexicons import load
    from teikit.transforms.helpers.page import menu_row
    assert menu_row("Startseite Politik Wirtschaft Kultur", load("de"))
    assert not menu_row("News from the harbour", load("en")) and not menu_row("Sport Culture", load("en"))


# --- H316a an unclosed quotation after a colon is read in linear time -----------------------------

def test_a_long_unclosed_quotation_after_a_name_converts_quickly():
    quote = " ".join(["the harbour quay and the budget of the city council"] * 40)
    text = f'Ann Lee: "{quote}' + _TURNS
    start = time.process_time()  # CPU time: a busy machine does not count against it
    read(text, lang="en")
    assert time.process_time() - start < 5  # minutes before (an exponential backtracking)


# --- H317a two sentences in ideographs are prose, not a headline ---------------------------------

def test_a_note_of_two_sentences_in_ideographs_is_not_the_title():
    text = ("【编者注】\n由于众所周知的原因,下文提到的记者被迫在2012年离开港口城市。该报曾发表了关于码头的长篇调查报道。\n"
            "另外,不得不提市长记者会上一名记者的提问:\n市长记者会问答实录\n\n"
            "记者:为什么要建新码头?\n\n市长:因为旧码头已经坏了。\n\n记者:预算呢?\n\n市长:很紧。\n")
    assert _titles(read(text, lang="zh")) == ["市长记者会问答实录"]


# --- H318a a recording flattened onto one line opens with its title ----------------------------

def test_the_words_before_a_flattened_recordings_first_time_are_its_title():
    text = ("Harbour Talks Episode 12 0:00 Ann Lee Welcome to Harbour Talks. Today we talk about the quay. "
            "0:12 John Roe Thank you for having me. 0:15 Ann Lee So what about the quay? 0:20 John Roe It is old.\n")
    doc = read(text, lang="en")
    assert _titles(doc) == ["Harbour Talks Episode 12"]
    # the title's words are taken off the line; the time-and-name segments after them are the
    # turns (L321b), the first one Ann Lee's
    first = doc.turns()[0]
    assert first.name == "Ann Lee"
    assert first.paragraphs[0].text.startswith("Welcome to Harbour Talks")
    assert "Harbour Talks Episode 12" not in first.paragraphs[0].text


def test_a_flattened_recording_without_words_before_its_start_has_no_title():
    from teikit.transforms.helpers.leadtimes import timed_heading
    assert timed_heading("0:00 Ann Lee Welcome. 0:12 John Roe Thanks. 0:15 Ann Lee So?") == 0
    assert timed_heading("We met at 10:00 and again at 0:00, then 0:15 and 0:20 passed.") == 0  # a sentence's end
    assert timed_heading("Harbour Talks 0:00 Welcome.") == 0  # one time: no recording


# --- H319a a quoted headline under the site's lines is the title ---------------------------------

def test_a_quoted_headline_under_a_breadcrumb_is_the_title():
    text = ("Inicio > Noticias > Entrevistas\n\nAna Gil (PSOE): “El puerto no puede esperar más tiempo”\n\n"
            "El alcalde nos recibió en su despacho del ayuntamiento para hablar del puerto y de las obras.\n\n"
            "P: ¿Por qué un nuevo muelle?\n\nR: Porque el viejo se cae.\n\nP: ¿Y el presupuesto?\n\nR: Es ajustado.\n")
    assert _titles(read(text, lang="es")) == ["Ana Gil (PSOE): “El puerto no puede esperar más tiempo”"]
