"""Shapes of dev58 and dev59 (rule ids 2300-2339 ending in `l`): a stenographic version in
Markdown with interpretation notes, and typescript-origin transcripts from archives, on small
texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import re
from functools import partial

from tests.convert.conftest import body as _body, tei as tei_of

_tei = partial(tei_of, name="doc.txt")  # (ids under "doc")


def _main_title(tei: str) -> str:
    return re.search(r'<title type="main">(.*?)</title>', tei).group(1)


def _names(tei: str) -> list[str]:
    return re.findall(r"<persName>([^<]+)</persName>", tei)


# --- I2300l The Spanish note "(Interpretación del inglés al español)" -----------------------

def test_an_interpretation_note_from_one_language_to_another_interprets_the_turn():
    tei = _tei("ANA ROE (Interpretación del inglés al español): Buenos días, señor ministro.\n\n"
               "BOB LEE: Muy buenos días.\n")
    assert '<note type="delivery">(Interpretación del inglés al español):</note>' in tei
    assert re.search(r'<u who="#ana-roe" ana="#interpreted"', tei)
    # a language note alone interprets nothing
    plain = _tei("ANA ROE (en inglés): Buenos días, señor ministro.\n\nBOB LEE: Muy buenos días.\n")
    assert 'ana="#interpreted"' not in plain


# --- I2301l A lead note wrapped over two lines ----------------------------------------------

def test_a_lead_note_wrapped_at_the_line_end_is_one_note():
    tei = _tei("ANA ROE, MINISTRA DE PUERTOS: (Interpretación\ndel inglés al español):Buenos días, señor ministro.\n\n"
               "BOB LEE: Muy buenos días.\n")
    assert '<note type="delivery" rend="nospace-after">(Interpretación\ndel inglés al español):</note>' in tei
    assert re.search(r'<u who="#ana-roe" ana="#interpreted"[^>]*>\s*<seg[^>]*>Buenos días, señor ministro.</seg>', tei)


def test_speech_in_brackets_wrapped_over_two_lines_stays_speech():
    tei = _tei("ANA ROE: (Pausa larga\nde la sala) Buenos días, señor ministro.\n\nBOB LEE: Muy buenos días.\n")
    assert '<note type="delivery"' not in tei and 'ana="#interpreted"' not in tei


# --- L2302l A glued label closed by a delivery note -----------------------------------------

def test_a_label_with_its_note_glued_to_the_speech_opens_a_turn():
    tei = _tei("ANA ROE (Interpretación del inglés al español): Es un honor.\n\n"
               "BOB LEE: Gracias.\n\n"
               "ANA ROE (Interpretación del inglés al español):Muchas gracias, señor ministro.\n")
    body = _body(tei)
    assert body.count('<note type="speaker">ANA ROE</note>') == 2
    assert '<note type="delivery" rend="nospace-after">(Interpretación del inglés al español):</note>' in body
    assert body.count('ana="#interpreted"') == 2


def test_a_glued_bracket_that_is_no_delivery_note_is_no_label():
    tei = _tei("ANA ROE: Es un honor.\n\nBOB LEE: Gracias.\n\n"
               "Y NADA MÁS (dijo el puerto):Muchas gracias.\n")
    assert '<note type="speaker">Y NADA MÁS' not in tei


# --- H2303l, H2304l A Markdown heading wrapped in its paragraph; an image and its caption ---

MARKDOWN = ("#  Versión estenográfica. Reunión del ministro Ana\nRoe con la prensa del puerto\n\n"
            "##  Reunión del ministro Ana Roe con la prensa\ndel puerto\n\n"
            "Ministerio de Puertos | 07 de mayo de 2021 \n\n"
            "![Reunión del ministro Ana Roe con la prensa\n\ndel puerto de la ciudad](https://example.org/a/b/photo.jpeg)\n"
            "Reunión del ministro Ana Roe con la prensa del puerto\nde la ciudad\n\n"
            "ANA ROE: Buenos días.\n\nBOB LEE: Muy buenos días, ministra.\n\nANA ROE: Gracias.\n")


def test_a_wrapped_top_heading_is_the_title_and_the_deeper_one_a_subtitle():
    tei = _tei(MARKDOWN)
    assert _main_title(tei) == "Versión estenográfica. Reunión del ministro Ana Roe con la prensa del puerto"
    assert '<titlePart type="sub">##  Reunión del ministro Ana Roe con la prensa</titlePart>' in tei


def test_an_image_and_its_caption_are_notes_not_the_title():
    tei = _tei(MARKDOWN)
    assert '<note type="note">![Reunión del ministro Ana Roe con la prensa</note>' in tei
    assert '<note type="note">de la ciudad</note>' in tei
    assert "de la ciudad" not in _main_title(tei)


def test_two_top_headings_are_sections_not_one_wrapped_title():
    tei = _tei("# Part one\nof the meeting\n\nANA ROE: Buenos días.\n\n# Part two\nof the meeting\n\n"
               "BOB LEE: Muy buenos días.\n")
    assert "<titlePart" not in tei or '<titlePart type="main">of the meeting' not in tei


# --- L2305l A surname typed with a space before the label's stop ----------------------------

RECORD = ("Рабочая запись заседания\n\n"
          "Петров . Товарищи, начнем заседание. Вопрос один.\n\n"
          "Сидоров . Можно вопрос? Когда это было?\n\n"
          "Петров . Вчера вечером.\n")


def test_surnames_with_a_spaced_stop_are_a_typed_records_labels():
    body = _body(_tei(RECORD))
    assert '<note type="speaker">Петров .</note>' in body and '<note type="speaker">Сидоров .</note>' in body


def test_one_spaced_stop_alone_stays_speech():
    body = _body(_tei("Рабочая запись заседания\n\nПетров . Товарищи, начнем заседание.\n\n"
                      "Потом все ушли домой. Было поздно.\n"))
    assert '<note type="speaker">' not in body


# --- H2306l A Russian typed record's head lines ---------------------------------------------

def test_a_typed_records_classification_chair_and_attendance_lines_are_no_speech():
    tei = _tei("Запись заседания\n\nСов. секретно.\n\nПредседательствовал тов. ПЕТРОВ И. И.\n\n"
               "Присутствовали т.т. Сидоров А. А., Иванов Б. Б.\n\n1. О мерах в связи с событиями.\n\n" + RECORD.split("\n\n", 1)[1])
    body = _body(tei)
    for line in ("Сов. секретно.", "Председательствовал тов. ПЕТРОВ И. И.", "1. О мерах в связи с событиями."):
        assert line not in body
    assert body.lstrip().startswith('<div type="transcript">\n        <note type="speaker">Петров .</note>')


# --- H2307l The page's first line in capitals ----------------------------------------------

def test_a_first_line_in_capitals_over_labelled_speech_is_the_title():
    tei = _tei("COMPARECENCIA DEL MINISTRO DE PUERTOS, ANA ROE, ANTE LA PRENSA, EL 1º DE MARZO DE 1999.\n\n"
               "(Versiones del puerto)\n\n \n\nBob Lee.- Buenas noches. Con ustedes, la ministra.\n\n"
               "Ana Roe.- Permítanme unas palabras sobre el puerto.\n")
    assert _main_title(tei).startswith("COMPARECENCIA DEL MINISTRO DE PUERTOS")
    assert '<date when="1999-03-01">' in tei
    assert '<u xml:id="doc.u1">' not in tei  # no unlabelled turn of header lines


def test_a_first_line_in_capitals_over_speech_in_capitals_stays_speech():
    tei = _tei("WELCOME BACK TO THE HARBOUR SHOW, TONIGHT WE TALK ABOUT FERRIES.\n\n(Live from the pier)\n\n"
               "ANN: WE ARE LIVE FROM THE PIER.\n\nBOB: GOOD EVENING.\n")
    assert "WELCOME BACK TO THE HARBOUR SHOW" not in _main_title(tei)


# --- L2308l The editor's question number in brackets before "Q." ----------------------------

CONFERENCE = ("THE PRESIDENT. Good morning.\n\n"
              "[1.] Q. Mr. President, how do you regard the harbour strike?\n\n"
              "THE PRESIDENT. Well, I regard it as serious.\n\n"
              "[2.] Q. Mr. President, what about the ferries?\n\n"
              "THE PRESIDENT. They will run.\n")


def test_a_bracketed_question_number_is_a_note_before_the_question_label():
    body = _body(_tei(CONFERENCE))
    assert '<note type="number">[1.] </note>\n        <note type="speaker">Q.</note>' in body
    assert body.count('<note type="speaker">Q.</note>') == 2


def test_a_bracketed_number_before_other_words_stays_text():
    body = _body(_tei(CONFERENCE.replace("[1.] Q.", "[1.] Then").replace("[2.] Q.", "[2.] So")))
    assert '<note type="number">' not in body


# --- L2309l, H2310l A byline printed twice under "Name: Title" -------------------------------

PAPERS = ("Ann B. Lee: The President's News Conference\nAnn B. Lee\n459 - The President's News Conference\n"
          "November 14, 1963\nPublic Papers of the Presidents\n\nAnn B. Lee\n\nDistrict of Columbia\n\n"
          "THE PRESIDENT. Good morning.\n\nQ. Madam President, what about the harbour?\n\n"
          "THE PRESIDENT. Well, it is serious.\n")


def test_a_name_alone_over_the_header_and_its_date_is_no_label():
    body = _body(_tei(PAPERS))
    assert '<note type="speaker">Ann B. Lee</note>' not in body


def test_a_name_printed_twice_under_name_colon_title_is_the_byline():
    tei = _tei(PAPERS)
    assert _main_title(tei) == "Ann B. Lee: The President's News Conference"
    assert '<date when="1963-11-14">' in tei


def test_a_name_alone_over_speech_stays_a_label():
    body = _body(_tei("Ann Lee\nWelcome back, everyone. Today we talk about ferries.\n\nBob Roe\nThank you, Ann.\n\n"
                      "Ann Lee\nSo, how long have you been a captain?\n\nBob Roe\nTwenty years.\n"))
    assert '<note type="speaker">Ann Lee</note>' in body


# --- B2311l A text-size control -------------------------------------------------------------

def test_a_font_size_control_is_a_page_widget():
    tei = _tei("The Harbour Papers\nFont Size:\n\nANN LEE: Good morning.\n\nBOB ROE: Good morning, Ann.\n")
    assert "<desc>Font Size:</desc>" in tei
    spoken = _tei("ANN LEE: What font size: twelve or fourteen?\n\nBOB ROE: Twelve.\n")
    assert "<desc>" not in spoken


# --- T2312l, T2313l Bare answer letters; margin debris before the letters -------------------

DEPOSITION = ("Q What year were you put on that detail?\nA I guess it was 1964, January.\n"
              "Q And what did that detail involve?\nA Cuban operations, mostly.\n"
              "Q And how long were you on that detail?\nA For nine years.\n")


def test_bare_answer_letters_under_bare_question_letters_are_labels():
    body = _body(_tei(DEPOSITION))
    assert body.count('<note type="speaker">A</note>') == 3 and body.count('<note type="speaker">Q</note>') == 3


def test_a_line_opening_with_the_article_a_stays_speech():
    body = _body(_tei("Q What did you see?\nA man walked in and sat down.\nQ And then?\n"))
    assert '<note type="speaker">A</note>' not in body


def test_margin_debris_before_the_letters_is_a_margin_note():
    text = ("Q Where were you stationed?\nA In Washington.\n4 Q What year were you put on that detail?\n"
            "H A I guess it was 1964, January.\n3 12 | Q And what did that detail involve?\n"
            "@ i A Cuban operations, mostly.\nQ And how long?\nA For nine years.\n")
    body = _body(_tei(text))
    assert '<note type="line">3 12 |</note>' in body and '<note type="line">H</note>' in body
    assert body.count('<note type="speaker">A</note>') == 4


def test_small_words_before_a_letter_stay_speech():
    text = DEPOSITION + "so do A Big thing\nif we A Big deal\nto be Q Small talk\n"
    assert '<note type="line">' not in _body(_tei(text))


def test_a_bullet_before_the_letters_stays_the_labels():
    text = "".join(f"• {line}\n\n" for line in DEPOSITION.splitlines())
    body = _body(_tei(text))
    assert '<note type="line">' not in body and '<note type="speaker">• Q</note>' in body


# --- N2315l A German question label with the asker's name ----------------------------------

def test_frage_and_a_name_is_the_askers_label():
    tei = _tei("Bundeskanzler: Meine Damen und Herren!\n\nFrage Meier (Tagesspiegel): Wie geht es weiter?\n\n"
               "Bundeskanzler: Gut.\n", lang="de")
    assert "Meier" in _names(tei) and "Frage Meier" not in _names(tei)
    plain = _tei("Bundeskanzler: Meine Damen und Herren!\n\nFrage Nummer drei: Wie geht es weiter?\n\n"
                 "Bundeskanzler: Gut.\n", lang="de")
    assert "Nummer drei" not in " ".join(_names(plain))


# --- N2316l The office with a case ending in the title --------------------------------------

def test_the_office_in_the_genitive_names_the_office_label():
    tei = _tei("Pressekonferenz des Bundeskanzlers Roehrig in Berlin\n\nBundeskanzler: Meine Damen und Herren!\n\n"
               "Frage: Wie geht es weiter?\n\nBundeskanzler: Gut.\n", lang="de")
    assert "Roehrig" in _names(tei)


# --- N2317l A surname completed from the attendance lines -----------------------------------

def test_a_surname_label_gets_the_initials_of_the_attendance_line():
    tei = _tei("Запись заседания\n\nПредседательствовал тов. ПЕТРОВ И. И.\n\n"
               "Присутствовали т.т. Сидоров А. А., Иванов Б. Б.\n\n" + RECORD.split("\n\n", 1)[1])
    assert "Петров И. И." in _names(tei) and "Сидоров А. А." in _names(tei)


def test_a_surname_with_two_sets_of_initials_is_left_alone():
    tei = _tei("Запись заседания\n\nПрисутствовали т.т. Сидоров А. А., Сидоров В. В., Петров И. И.\n\n"
               + RECORD.split("\n\n", 1)[1])
    assert "Сидоров" in _names(tei)
