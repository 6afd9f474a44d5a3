"""Shapes first met in corpus/dev12 (docs/convert-shapes.md, sections marked dev12), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import read, speech


def _turn_texts(doc) -> list[str]:
    return speech(doc)


# --- P22 question and answer on one bulleted line -------------------------------------------------

_BULLETS = ("Parla la nuova presidente\n\n"
            "• Se lo aspettava? “No, davvero no”.\n"
            "• E ora che cosa farà? “Lavorerò con tutti”.\n"
            "• Il primo impegno? Il ponte.\n"
            "• Chi ringrazia? Poi, chi la sostiene? “La mia famiglia”.\n")


def test_each_bullet_line_is_a_question_turn_and_an_answer_turn():
    turns = _turn_texts(read(_BULLETS, lang="it"))
    assert len(turns) == 8
    assert turns[0].endswith("Se lo aspettava?") and turns[1].startswith("“No, davvero no”")
    assert turns[5] == "Il ponte."  # an answer without quotes follows the last question mark
    assert turns[6].endswith("Poi, chi la sostiene?")  # a question of two sentences stays one turn


def test_a_bulleted_list_of_points_is_no_interview():
    text = ("Il programma\n\n• Il ponte sul fiume.\n• La scuola nuova.\n"
            "• Chi paga? La regione.\n• Le strade del centro.\n")
    assert len(_turn_texts(read(text, lang="it"))) == 1


# --- L14c a repost's material heading is no label -------------------------------------------------

def test_a_material_heading_over_quoted_turns_is_no_label():
    text = ("资料:2001年市长记者会问答\n\n记者:今年的重点是什么?\n\n"
            "市长:重点是交通和住房。\n\n记者:谢谢。\n")
    doc = read(text, lang="zh")
    assert [t.label for t in doc.turns()] == ["记者:", "市长:", "记者:"]


# --- H15e site lines after the last turn: picture source, related topics, byline, first publication

def _boilerplate(doc) -> list[str]:
    from teikit.model import Boilerplate
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_a_repost_trailer_in_chinese_is_set_apart_from_the_last_turn():
    text = ("记者:今年的重点是什么?\n\n市长:重点是交通和住房。\n\n记者:谢谢。\n\n"
            "(图片来自某某网)\n\n某某网相关专题:\n\n文_李明(作者微博:liming)\n"
            "本文原发于2015年5月某某周刊\n")
    assert _boilerplate(read(text, lang="zh")) == [
        "(图片来自某某网)", "某某网相关专题:", "文_李明(作者微博:liming)", "本文原发于2015年5月某某周刊"]


def test_a_transcript_services_logo_and_review_widget_are_site_lines():
    text = ("Acme Scribe Logo\n\nProofread by 2 readers\nProofread\n\n"
            "ANN: Good morning, everyone.\n\nBOB: Good morning.\n")
    assert _boilerplate(read(text, lang="en")) == ["Acme Scribe Logo", "Proofread by 2 readers", "Proofread"]


def test_an_italian_comment_link_under_the_interview_is_a_site_line():
    text = "ANNA: Buongiorno a tutti.\n\nPAOLO: Buongiorno.\n\nLascia un commento\n"
    assert _boilerplate(read(text, lang="it")) == ["Lascia un commento"]


# --- L8c ideographic labels glued to their speech inside a run-on line ----------------------------

def test_ideographic_labels_glued_to_the_speech_split_a_run_on_line():
    text = ("今天的嘉宾是李明和王芳,欢迎两位来到我们的节目。 李明:谢谢,很高兴来到这里。 "
            "主持人:李先生,您最近在忙什么? 李明:我在写一本关于城市的书。 "
            "主持人:王女士,您读过这本书吗? 王芳:读过,我很喜欢。 主持人:谢谢两位。\n")
    doc = read(text, lang="zh")
    assert [t.label for t in doc.turns()][1:] == ["李明:", "主持人:", "李明:", "主持人:", "王芳:", "主持人:"]


def test_a_word_before_a_colon_inside_the_speech_is_no_label():
    text = ("今天的嘉宾是李明,欢迎来到我们的节目。 李明:谢谢,很高兴来到这里。 "
            "主持人:李先生,您最近在忙什么? 李明:我在写书。 他说:这本书很长。 主持人:谢谢。\n")
    doc = read(text, lang="zh")
    assert "他说:" not in [t.label for t in doc.turns()]


# --- H15f an online library's reader page ----------------------------------------------------------

def test_an_online_librarys_book_line_author_field_report_link_and_pager_are_site_lines():
    text = ("Текст книги \"Беседа с читателями\"\nАвтор книги: Иван Петров\nсообщить о нарушении\n"
            "Текущая страница: 1 (всего у книги 3 страниц)\nБеседа с читателями\n\n"
            "ИВАНОВ: Добрый вечер.\n\nПЕТРОВ: Здравствуйте.\n")
    assert _boilerplate(read(text, lang="ru")) == [
        "Текст книги \"Беседа с читателями\"", "Автор книги: Иван Петров", "сообщить о нарушении",
        "Текущая страница: 1 (всего у книги 3 страниц)"]


# --- L8d a question's lead naming the asker before the label ---------------------------------------

def test_an_ordinal_question_lead_names_the_asker_in_the_label():
    text = ("Conseil du 3 mars 2020\n\n1ère question de Paul ROE : Combien coûte le pont ?\n\n"
            "Madame le Maire : Deux millions.\n\nPaul ROE : C'est cher !\n\n"
            "2ème question d'Anne LEE :Et la route ?\n\nMadame le Maire : Elle suivra.\n")
    doc = read(text, lang="fr")
    assert [t.label for t in doc.turns()] == ["1ère question de Paul ROE :", "Madame le Maire :", "Paul ROE :",
                                             "2ème question d'Anne LEE :", "Madame le Maire :"]
    assert [t.name for t in doc.turns()][3] == "Anne LEE"


def test_a_question_from_a_named_person_at_a_town_hall_is_a_label():
    text = ("MODERATOR: Welcome, everyone.\n\nQuestion from Ann Lee: Will the bridge open in May?\n\n"
            "MAYOR ROE: It will.\n\nMODERATOR: Next question.\n")
    assert [t.label for t in read(text, lang="en").turns()][1] == "Question from Ann Lee:"


# --- H14b one heading in ideographs over the first turn ---------------------------------------------

def test_one_heading_in_ideographs_over_the_first_turn_is_the_title():
    from teikit.model import HeaderKind, HeaderLine
    doc = read("访遍全国的名嘴\n\n安:您好?\n\n王:我好。\n\n安:是吗?\n\n王:是。\n", lang="zh")
    assert [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE] == ["访遍全国的名嘴"]


# --- H12e a name's initial ending a line is not the small word "и" ---------------------------------

def test_a_names_initial_at_the_end_of_a_line_does_not_join_it_to_the_title():
    from teikit.model import HeaderKind, HeaderLine
    text = ("Петров Иван И\nБеседа о городе и реке\nИван Петров\n\n"
            "ИВАНОВ: Добрый вечер.\n\nПЕТРОВ: Здравствуйте.\n\nИВАНОВ: Начнём.\n")
    doc = read(text, lang="ru")
    assert [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE] == [
        "Беседа о городе и реке"]


# --- P23 an interview's only question and its answer -------------------------------------------------

def test_an_interviews_only_question_and_its_answer_are_two_turns():
    text = ("Из интервью газете\nМосква, 3 мая 1980\n"
            "Как вы оцениваете положение писателей в связи с новыми правилами печати за границей?\n"
            "Правила эти ничего не меняют. Писатели будут писать.\n")
    assert len(speech(read(text, lang="ru"))) == 2


def test_a_speech_opening_with_a_question_under_a_plain_title_stays_one_turn():
    text = ("Речь на открытии моста\nМосква, 3 мая 1980\n"
            "Что дал нам этот мост за годы строительства и ожидания?\n"
            "Он дал нам дорогу. Он дал нам работу.\n")
    assert len(speech(read(text, lang="ru"))) == 1
