"""Shapes of dev60 (rule ids 2400-2419 ending in `l`): a staged trial's designations, a central
bank's long label, a council record's answer lead, a Chinese council record's wrapped lines and
minute-taker, a Russian heading over two paragraphs and a dateline's city and region, on small
texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import body as _body, tei as _tei


# --- L2400l, L2401l Designations alone with a full stop over the speech ------------------------

HEARING = ("    Le président.\n\n    « Veuillez vous asseoir. Nous reprenons l'audience avec les témoins.\n\n"
           "    Maître, avez-vous des questions ? »\n\n    L'avocat de la défense.\n\n"
           "    « Oui, monsieur le président. Où étiez-vous le soir des faits ? »\n\n"
           "    Marie Dubois.\n\n    « J'étais chez moi, avec ma sœur, toute la soirée. »\n\n"
           "    Le président.\n\n    « Merci, madame. Vous pouvez vous retirer. »\n")


def test_designations_alone_with_a_stop_are_labels():
    body = _body(_tei(HEARING))
    for label in ("Le président.", "L'avocat de la défense.", "Marie Dubois."):
        assert f'<note type="speaker">{label}</note>' in body
    assert body.count("<u ") == 4
    assert "<seg xml:id=\"page.u1.2\">Maître, avez-vous des questions ? »</seg>" in body


def test_a_designation_printed_once_beside_no_other_stays_speech():
    # one designation printed once, no other: a short sentence alone on its line, no style
    body = _body(_tei("Marie Dubois.\n\nJ'étais chez moi, avec ma sœur, toute la soirée, et je n'ai rien vu.\n\n"
                      "Elle a quitté la salle ensuite.\n"))
    assert '<note type="speaker">' not in body


def test_a_sentence_in_capitals_alone_with_a_stop_is_no_designation():
    body = _body(_tei("Ann: We start now.\n\nSTART THE CLOCK.\n\nWe have five minutes left.\n\n"
                      "START THE CLOCK.\n\nThank you all.\n\nBen: Good.\n"))
    assert '<note type="speaker">START THE CLOCK.</note>' not in body


# --- T2402l Typed dash exchanges after a labelled speech -----------------------------------------

def test_typed_dashes_after_a_labelled_speech_are_turns_of_their_own():
    body = _body(_tei(HEARING + "\n    -- Alors je reformule ma réponse.\n\n    -- Ha ! Voilà qui est plus clair.\n"))
    assert body.count("<u ") == 6
    assert '<seg xml:id="page.u6.1">-- Ha ! Voilà qui est plus clair.</seg>' in body


def test_one_typed_dash_or_a_list_of_items_stays_in_the_turn():
    one = _body(_tei(HEARING + "\n    -- Alors je reformule ma réponse.\n"))
    assert one.count("<u ") == 4
    items = _body(_tei(HEARING + "\n    -- premier point\n\n    -- second point\n"))
    assert items.count("<u ") == 4


# --- L2403l A confirmed name, a comma and the role spelled out -----------------------------------

BANK = ("Frage:\n\nWie geht es mit den Anleihen weiter, und wann beginnt der Abbau der Bestände?\n\n"
        "Dr. Anna Roe, Präsidentin der Hafenbank von Nordstadt:\n\nWir verkaufen keine Anleihen. Das habe ich "
        "deutlich gesagt.\n\nFrage:\n\nUnd die Inflation?\n\nDr. Anna Roe:\n\nSie sinkt langsam, aber stetig.\n")


def test_a_confirmed_names_long_form_with_its_role_is_a_label():
    tei = _tei(BANK)
    assert '<note type="speaker">Dr. Anna Roe, Präsidentin der Hafenbank von Nordstadt:</note>' in tei
    assert "<affiliation>Präsidentin der Hafenbank von Nordstadt</affiliation>" in tei


def test_a_long_form_whose_name_is_never_a_label_stays_speech():
    tei = _tei(BANK.replace("Dr. Anna Roe:", "Dr. Bo Lee:"))
    assert '<note type="speaker">Dr. Anna Roe, Präsidentin' not in tei


# --- L2404l A council record's minute-taker field ----------------------------------------------

CHINESE = ("陳議員質詢(十二)\n日期:108 年 5 月 27 日\n時間:上午 11:00 至 12:00\n紀錄: 王小明\n主席(李議長大同):\n"
           "好,現在開始。\n林議員小華:\n謝謝主席。\n張市長大中:\n謝謝議員。\n")


def test_the_minute_takers_field_is_no_label():
    tei = _tei(CHINESE)
    assert '<note type="speaker" rend="space-after">紀錄:</note>' not in tei
    assert _body(tei).count("<u ") == 3


# --- P2405l Chinese lines wrapped at a fixed width, measured in columns --------------------------

WRAPPED = ("主席(李議長大同):\n好,接下來這一個小時是由我們林小華議員的施政總質詢,我們現在開始計\n時,我們林議員請。\n"
           "林議員小華:\n謝謝議長,張市長、李秘書長還有我們各局處單位的主管,大家午安。本席\n"
           "是我們這一次整個我們議員總質詢,除了下午我們還有議長跟副議長的總質\n"
           "詢時間之外,我想我們各單位局處經過這七天這樣的一個總質詢、一個備\n詢,我想大家都很辛苦。\n"
           "在這個月裡面,我在電視上看到我們某一個議會的某一個議員對市長的一\n個總質詢。\n"
           "張市長大中:\n我想過去沒有,現在不會有,未來也不會有,謝謝。\n")


def test_wrapped_chinese_lines_go_on_until_a_short_line_ends_the_sentence():
    body = _body(_tei(WRAPPED))
    assert '<seg xml:id="page.u1.1">好,接下來這一個小時是由我們林小華議員的施政總質詢,我們現在開始計\n<lb/>時,我們林議員請。</seg>' in body
    assert '<seg xml:id="page.u2.2">在這個月裡面' in body and "page.u2.3" not in body


def test_short_chinese_lines_stay_a_paragraph_each():
    body = _body(_tei("主席:\n好,現在開始。\n請發言。\n林議員:\n謝謝主席。\n我有兩個問題。\n"))
    assert '<seg xml:id="page.u2.2">我有兩個問題。</seg>' in body


# --- H2406l A transcript heading going on, after a blank line, in lower case ---------------------

RUSSIAN = ("Стенограмма пресс-конференции в редакции\n\nпредседателя Союза рыбаков Ивана Петровича Сидорова\n\n"
           "12 марта 2010 г., 12.00\n\nПетров: Добрый день, коллеги. Сегодня у нас в гостях Иван Петрович.\n\n"
           "Сидоров: Добрый день. Спасибо за приглашение.\n")


def test_a_heading_and_its_lower_case_tail_are_one_title():
    tei = _tei(RUSSIAN)
    assert ('<title type="main">Стенограмма пресс-конференции в редакции председателя Союза рыбаков Ивана '
            'Петровича Сидорова</title>') in tei


def test_a_line_of_tags_under_the_heading_is_no_tail():
    tei = _tei(RUSSIAN.replace("председателя Союза рыбаков Ивана Петровича Сидорова", "стенограмма конференция"))
    assert "стенограмма конференция</title>" not in tei


# --- L2407l A council record's answer lead before the answerer's name ----------------------------

COUNCIL = ("Il consiglio comunale inizia con le interrogazioni a risposta immediata.\n"
           "Sulla viabilità del quartiere chiedono chiarimenti i consiglieri di minoranza.\n"
           "Rossi: abbiamo già effettuato numerosi sopralluoghi insieme al Municipio.\n"
           "Bianchi: la zona è anche presidiata dalla polizia municipale.\n"
           "Sul porto interviene il gruppo misto.\n"
           "Risponde l’assessore Marco Verdi: la situazione è stata resa pubblica con una comunicazione ai sindacati.\n")


def test_an_answer_lead_before_a_name_opens_the_answerers_turn():
    tei = _tei(COUNCIL)
    assert '<note type="speaker">Risponde l’assessore Marco Verdi:</note>' in tei
    assert '<u who="#marco-verdi"' in tei


def test_an_answer_lead_before_lower_case_words_is_no_label():
    tei = _tei(COUNCIL.replace("Risponde l’assessore Marco Verdi:", "Risponde l’assessore per iscritto:"))
    assert "Risponde l’assessore per iscritto:</note>" not in tei


# --- H2408l A region's abbreviation after the city in a dated title ------------------------------

def test_a_regions_abbreviation_names_the_place_with_its_city():
    tei = _tei("Versión estenográfica Puerto Nuevo, Gro., 3 de junio de 2015\n"
               "- PRESENTADOR: Buenos días a todos.\n- LIC. ANA ROE: Muchas gracias.\n")
    assert "<placeName>Puerto Nuevo, Gro.</placeName>" in tei


def test_a_closing_place_without_abbreviation_stands_alone():
    tei = _tei("Conferencia de prensa, Ciudad Nueva, 3 de junio de 2015\n"
               "- PRESENTADOR: Buenos días a todos.\n- LIC. ANA ROE: Muchas gracias.\n")
    assert "<placeName>Ciudad Nueva</placeName>" in tei
