"""Header and persons shapes H60 on (docs/convert-shapes.md), one synthetic example each.

Every example is written for the test, not copied from a corpus file.
"""
from __future__ import annotations

import pytest

from tests.convert.conftest import read, speaker

TURNS = "\n\nMS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer."


# --- H60 a heading held whole inside another header line ---------------------------------

def test_a_heading_held_inside_a_line_of_running_text_is_the_title():
    doc = read("THE HARBOUR: PAST AND FUTURE\n\nSize: px\n\n"
               "1 THE HARBOUR: PAST AND FUTURE MONDAY, MAY 9, 2022 PORTLAND, MAINE MODERATOR: Jane Roe"
               + TURNS)
    assert doc.setting.title == "THE HARBOUR: PAST AND FUTURE"


def test_the_first_line_holding_the_heading_is_the_fuller_title():
    doc = read("Acme Widgets Q2 2021 Earnings Call Transcript\n\nAcme Widgets (NYSE:ACW)\n\n"
               "Q2 2021 Earnings Call Transcript\n\nJuly 20, 2021 10:00 am ET" + TURNS)
    assert doc.setting.title == "Acme Widgets Q2 2021 Earnings Call Transcript"
    from teikit.model import Boilerplate
    furniture = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert furniture == ["Acme Widgets (NYSE:ACW)", "Q2 2021 Earnings Call Transcript"]


def test_a_heading_with_a_nav_word_glued_after_it():
    doc = read("Markets rally on Friday\n\nGuest of the evening Jane Roe. 12.04.2011 Back\n\n"
               "Guest of the evening Jane Roe. 12.04.2011" + TURNS)
    assert doc.setting.title == "Guest of the evening Jane Roe. 12.04.2011"


# --- H61 the page's first line printed again: a title of two words -----------------------

def test_a_two_word_first_line_printed_again_is_the_title_not_a_widget():
    doc = read("Scene ten\n\nWe use cookies. Read the Privacy Policy\n\nScene ten" + TURNS)
    assert doc.setting.title == "Scene ten"


# --- H62 a headline over its standfirst --------------------------------------------------

def test_the_headline_over_a_longer_standfirst_is_the_title():
    doc = read("Skip to content\n\nAnnual press conference\n\n"
               "All the questions put to the Minister at the annual press conference\n\n"
               "The full list and text of the 41 questions put to the Minister at the annual press conference"
               + TURNS)
    assert doc.setting.title == "All the questions put to the Minister at the annual press conference"


def test_a_section_name_the_next_line_extends_is_not_the_headline():
    doc = read("Annual press conference\n\nAnnual press conference of the Minister for Harbours, Portland"
               + TURNS)
    assert doc.setting.title == "Annual press conference of the Minister for Harbours, Portland"


# --- N40 initials and a family name in the label -------------------------------------------

def test_initials_in_the_label_give_the_full_name_the_text_prints():
    doc = read("Вечерний эфир\n\nВ студии Марина Петрова, в гостях Илья Семенович Орлов.\n\n"
               "М. ПЕТРОВА - Добрый вечер.\n\nИ. ОРЛОВ - Здравствуйте.\n\nМ. ПЕТРОВА - Начнем.", lang="ru")
    names = {t.label: doc.person(t.who).name for t in doc.turns() if t.who}
    assert names == {"М. ПЕТРОВА -": "Марина Петрова", "И. ОРЛОВ -": "Илья Семенович Орлов"}


def test_a_different_initial_or_two_given_names_give_nothing():
    doc = read("Evening programme\n\nWith Anna Lind and Berit Lind\n\n"
               "C. LIND: Good evening.\n\nQ: A question.\n\nC. LIND: An answer.")
    assert speaker(doc, 0).name == "C. Lind"


def test_french_m_is_monsieur_not_an_initial():
    from teikit import lexicons
    from teikit.transforms.helpers.labelparts import label_initials as _label_initials
    assert _label_initials("M. Dubois", lexicons.load("fr")) is None
    assert _label_initials("Д.А.ОРЛОВ:", lexicons.load("ru")) == ("ДА", ("орлов",))


# --- N41 a role after the full name the label prints -------------------------------------

def test_a_role_after_the_full_name_of_a_full_name_label():
    doc = read("Утренний эфир\n\nЕлена Сова: Сегодня у нас в гостях Ирина Власова, губернатор Северного края. "
               "Здравствуйте.\n\nИрина Власова: Здравствуйте.\n\nЕлена Сова: Начнем.", lang="ru")
    person = next(p for p in doc.persons if p.name == "Ирина Власова")
    assert person.role == "губернатор Северного края"


# --- N42 an office with its small words before the name ----------------------------------

def test_an_office_with_small_words_inside_before_the_name():
    doc = read("Entrevista\n\nANA RUIZ: Hoy conversamos con el vicepresidente de la Comisión, Pedro Salas, "
               "sobre el plan.\n\nPEDRO SALAS: Buenos días.\n\nANA RUIZ: Empecemos.", lang="es")
    person = next(p for p in doc.persons if p.name == "Pedro Salas")
    assert person.role == "vicepresidente de la Comisión"


def test_a_name_before_the_comma_is_no_office_tail():
    doc = read("Briefing\n\nANN LEE: We welcome Minister Jane Roe, Tom Poe, and guests.\n\n"
               "TOM POE: Thank you.\n\nANN LEE: Let us begin.")
    person = next(p for p in doc.persons if p.name == "Tom Poe")
    assert person.role is None


# --- N43 an office right before the name, with its complement ------------------------------

def test_an_office_with_a_genitive_complement_before_the_name():
    doc = read("Итоги года\n\nВ среду глава МЧС РФ Олег Марков подведет итоги года.\n\n"
               "МАРКОВ: Добрый день.\n\nВОПРОС: Вопрос.\n\nМАРКОВ: Ответ.", lang="ru")
    person = next(p for p in doc.persons if "Марков" in (p.name or ""))
    assert (person.name, person.role) == ("Олег Марков", "глава МЧС РФ")


def test_a_compound_office_and_its_modifier_before_the_name():
    doc = read("Interview\n\nAm Telefon ist nun der frühere Bundesverkehrsminister Paul Roth. Guten Morgen.\n\n"
               "Paul Roth: Guten Morgen.\n\nFrage: Wie geht es?\n\nPaul Roth: Gut.", lang="de")
    person = next(p for p in doc.persons if p.name == "Paul Roth")
    assert person.role == "frühere Bundesverkehrsminister"


def test_a_verb_between_office_and_name_is_no_introduction():
    doc = read("Talks\n\nThe minister met Jane Doe yesterday.\n\nDOE: Hello.\n\nQ: A question.\n\nDOE: Fine.")
    person = next(p for p in doc.persons if p.id == "doe")
    assert person.role is None


def test_a_one_word_office_before_the_name_grows_to_its_capitalised_words():
    doc = read("Weekly politics\n\nANN LEE: Our guest is Harbour Board correspondent Tom Poe, who joins us.\n\n"
               "TOM POE: Thanks.\n\nANN LEE: Go on.")
    person = next(p for p in doc.persons if p.name == "Tom Poe")
    assert person.role == "Harbour Board correspondent"


# --- H63 a news dateline with its date -----------------------------------------------------


@pytest.mark.parametrize("lead, lang, place, iso", [
    ("PORTLAND, March 3, 2021 (Harbour News) — The minister met the press.", "en", "PORTLAND", "2021-03-03"),
    ("Lübeck, 12.3.2021 – Die Ministerin traf die Presse.", "de", "Lübeck", "2021-03-12"),
    ("Toulon, 5 mars 2021 — La ministre a rencontré la presse.", "fr", "Toulon", "2021-03-05"),
    ("Калуга, 5 марта 2021 года — Министр встретился с прессой.", "ru", "Калуга", "2021-03-05"),
    ("PORTLAND, March 3 (Harbour News) — The minister met the press.", "en", "PORTLAND", None),
])
def test_a_news_dateline_gives_place_and_date(lead, lang, place, iso):
    doc = read("The harbour talks\n\n" + lead + TURNS, lang=lang)
    assert (doc.setting.place, doc.setting.date_iso) == (place, iso)


def test_a_sentence_with_a_dash_is_no_dateline():
    doc = read("The harbour talks\n\nWe met in March — and it went well." + TURNS)
    assert (doc.setting.place, doc.setting.date_iso) == (None, None)


# --- N44 a role word before the name inside the label ----------------------------------------

def _roles(doc) -> dict:
    return {t.label: (doc.person(t.who).name, doc.person(t.who).role) for t in doc.turns() if t.who}


def test_a_role_word_before_a_mixed_case_name():
    doc = read("Talk\n\nModerator Jane Doe: Good day.\n\nQ: A question.\n\nModerator Jane Doe: Next.")
    assert _roles(doc)["Moderator Jane Doe:"] == ("Jane Doe", "Moderator")


def test_a_question_word_before_a_name_is_no_role():
    from teikit import lexicons
    from teikit.transforms.helpers.labelparts import label_parts
    assert label_parts("Frage Roth", lexicons.load("de")).office is None


@pytest.mark.parametrize("label", ["主持人王明：", "主持人(王明)："])
def test_a_chinese_role_glued_or_bracketed_with_the_name(label):
    doc = read(f"访谈\n\n{label}大家好。\n\n李强：你好。\n\n{label}请讲。", lang="zh")
    assert _roles(doc)[label] == ("王明", "主持人")


# --- N45 a short form in the label's brackets ------------------------------------------------

def test_initials_in_brackets_are_the_short_form_used_later():
    doc = read("Entrevista\n\nANA RUIZ (AR): Buenos días.\n\nPEDRO SALAS (PS): Hola.\n\n"
               "AR: ¿Qué opina?\n\nPS: Creo que sí.\n\nAR: Gracias.", lang="es")
    turns = doc.turns()
    assert turns[0].who == turns[2].who and turns[1].who == turns[3].who
    assert doc.person(turns[0].who).role is None


def test_a_name_word_in_brackets_is_no_affiliation():
    doc = read("Interview\n\nAngela Roth (Roth): Guten Tag.\n\nFrage: Wie?\n\nRoth: So.", lang="de")
    assert _roles(doc)["Angela Roth (Roth):"] == ("Angela Roth", None)


# --- N46 an office phrase before the name; a second family name --------------------------------

def test_an_office_phrase_and_a_second_family_name_in_an_apposition():
    doc = read("Mesa política\n\nANA RUIZ: El coordinador de los diputados del PAN, Luis Mora Vega, "
               "hizo una propuesta.\n\nLuis Mora: Buenos días.\n\nANA RUIZ: Gracias.", lang="es")
    assert _roles(doc)["Luis Mora:"] == ("Luis Mora Vega", "coordinador de los diputados del PAN")


def test_a_clause_before_the_comma_is_no_office():
    doc = read("Talk\n\nANN LEE: The president said that the plan, Tom Poe, works.\n\nTom Poe: Hello.\n\n"
               "ANN LEE: Next.")
    assert _roles(doc)["Tom Poe:"] == ("Tom Poe", None)


# --- N47 an office with its field before the holder's name -----------------------------------

def test_an_office_label_gets_the_holder_the_title_prints_after_the_field():
    doc = read("Press Conference by Minister for Harbour Affairs Jane Doe\n\nMinister:\nGood morning.\n\n"
               "Question:\nA question.\n\nMinister:\nAn answer.")
    person = doc.person(doc.turns()[0].who)
    assert (person.name, person.role) == ("Jane Doe", "Minister for Harbour Affairs")


def test_the_fields_last_word_is_no_given_name():
    from teikit import lexicons
    from teikit.transforms.helpers.names import find_name
    found = find_name("Press Conference by Minister for Harbour Affairs Jane Doe", ("doe",), lexicons.load("en"))
    assert found[0] == "Jane Doe"


# --- N48 an office after the name and a spaced dash ------------------------------------------

def test_an_office_after_a_dash_is_the_role():
    doc = read("Вечерний эфир\n\nВ студии Марина Петрова. Илья Семенович Орлов - президент Фонда порта. "
               "Здравствуйте.\n\nМ. ПЕТРОВА - Добрый вечер.\n\nИ. ОРЛОВ - Здравствуйте.\n\nМ. ПЕТРОВА - Начнем.",
               lang="ru")
    roles = {t.label: (doc.person(t.who).name, doc.person(t.who).role) for t in doc.turns() if t.who}
    assert roles["И. ОРЛОВ -"] == ("Илья Семенович Орлов", "президент Фонда порта")


def test_a_dash_before_a_clause_is_no_role():
    doc = read("Talk\n\nANN LEE: We asked Tom Poe - he said no.\n\nTom Poe: Hello.\n\nANN LEE: Next.")
    assert doc.person(doc.turns()[1].who).role is None


# --- H64 a counter widget; H65 the page's first line as the headline --------------------------

def test_a_field_with_a_number_is_a_widget_and_the_first_line_slug_is_the_title():
    doc = read("Harbour-Talks-Today\nRating: 10 Point(s)\nMS. ROE: Good morning.\nQ: A question.\nMS. ROE: An answer.")
    assert doc.setting.title == "Harbour-Talks-Today"


def test_a_headline_with_a_quote_over_the_date_is_the_title():
    doc = read("Entretien/ Jeanne Roux, ancienne maire de Lorient : “Le port a besoin de travaux”\n\n  • 21/10/2013\n"
               "L’ancienne maire nous a reçus chez elle pour parler du port et de la ville.\n\n"
               "Le Journal : Pourquoi ce silence ?\n\nJeanne Roux :\nParce que.\n\nLe Journal : Et après ?\n\n"
               "Jeanne Roux :\nOn verra.", lang="fr")
    assert doc.setting.title == "Entretien/ Jeanne Roux, ancienne maire de Lorient : “Le port a besoin de travaux”"


def test_a_lead_in_with_a_colon_is_no_headline():
    doc = read("Transcript of the first minutes of the podcast:\n\n  • 21/10/2013\n"
               "The host greets the guests in the studio and begins the show." + TURNS)
    assert doc.setting.title is None


# --- H66 a heading in capitals wrapped over lines; its holder for an office label -------------

WRAPPED = ("conferencia de prensa del presidente\n\n"
           "RUEDA DE PRENSA CONJUNTA DEL PRESIDENTE\nDEL GOBIERNO, ANA MARÍA LUQUE, Y DEL PRIMER\n"
           "MINISTRO DE ISLANDIA, JON SIGURDSSON\nSantander, 18-07-2021\n"
           "Presidente.- Muy buenas tardes a todos.\nSr. Sigurdsson.- Gracias.\nPresidente.- Bien.")


def test_a_heading_in_capitals_wrapped_over_lines_is_one_title():
    doc = read(WRAPPED, lang="es")
    assert doc.setting.title == ("RUEDA DE PRENSA CONJUNTA DEL PRESIDENTE DEL GOBIERNO, ANA MARÍA LUQUE, "
                                 "Y DEL PRIMER MINISTRO DE ISLANDIA, JON SIGURDSSON")
    assert doc.setting.place == "Santander"


def test_the_wrapped_titles_holders_and_names_in_capitals():
    doc = read(WRAPPED, lang="es")
    names = {t.label: doc.person(t.who).name for t in doc.turns() if t.who}
    assert names == {"Presidente.-": "ANA MARÍA LUQUE", "Sr. Sigurdsson.-": "JON SIGURDSSON"}


def test_a_part_opening_with_a_link_is_no_place():
    from teikit import lexicons
    from teikit.transforms.helpers.headerlines import is_place_pair
    lex = lexicons.load("es")
    assert not is_place_pair("DEL GOBIERNO, ANA LUQUE, Y DEL PRIMER", lex)
    assert is_place_pair("La Paz, Bolivia", lex)


# --- N49 an ordinal before the office; a header field naming an office's holder ---------------

def test_an_ordinal_before_the_office_is_part_of_it():
    from teikit import lexicons
    from teikit.transforms.helpers.labelparts import label_parts
    parts = label_parts("Frau Zweite Vizepräsidentin Roth", lexicons.load("de"))
    assert (parts.key, parts.office) == (("roth",), "Zweite Vizepräsidentin")


def test_a_field_read_as_a_turn_names_the_offices_holder():
    doc = read("Harbour forum\n\nModerator: Jane Doe\n\nMODERATOR: Welcome.\n\nQ: A question.\n\nMODERATOR: Next.")
    person = doc.person(doc.turns()[-1].who)
    assert (person.name, person.role) == ("Jane Doe", "Moderator")


def test_a_greeting_is_no_holders_name():
    doc = read("Harbour forum\n\nMODERATOR: Good Morning\n\nQ: A question.\n\nMODERATOR: Next.")
    assert doc.person(doc.turns()[0].who).name is None


def test_words_printed_in_lower_case_are_no_holders_name():
    doc = read("Harbour forum\n\nMODERATOR: Thank You\n\nQ: Thank you for the forum.\n\nMODERATOR: Next.")
    assert doc.person(doc.turns()[0].who).name is None


# --- H67 a record's header grid; N50 the chair its field names --------------------------------

GRID = ("協商紀錄\n\n市議會第3屆第2會期協商會議紀錄\n\n時  間 中華民國113年3月25日(星期一)15時\n\n"
        "地  點 本院議場3樓會議室\n\n主  席 王議長大明\n\n協商主題 研商有關本會期對市長施政報告之質詢相關事宜(甲黨團提議)\n\n"
        "主席:各位好。\n\n李委員小華:主席好。\n\n主席:請。")


def test_the_fields_of_a_records_grid_are_never_the_title():
    doc = read(GRID, lang="zh")
    assert doc.setting.title == "市議會第3屆第2會期協商會議紀錄"


def test_the_chairs_field_names_the_office_labels_holder():
    doc = read(GRID, lang="zh")
    person = doc.person(doc.turns()[0].who)
    assert (person.name, person.role) == ("王大明", "議長")


# --- N51 an office's genitive ending in a capitalised word before the name ---------------------

def test_the_genitive_of_an_office_is_no_given_name():
    from teikit import lexicons
    from teikit.transforms.helpers.names import find_name
    found = find_name("Калуга. 3 апреля. ТАСС - Заместитель министра финансов Калуги Олег Марков рассказал",
                      ("марков",), lexicons.load("ru"))
    assert found == ("Олег Марков", "Заместитель министра финансов Калуги")


# --- H68 a place after the preposition of an occasion line --------------------------------------

@pytest.mark.parametrize("title, lang, place", [
    ("Transcript of remarks by the Mayor at a media session in Portland (with photos)", "en", "Portland"),
    ("PRESS CONFERENCE HELD IN OSLO, NORWAY. AS RELEASED BY THE MINISTRY", "en", "OSLO, NORWAY"),
    ("Conférence de presse à Lorient (extraits)", "fr", "Lorient"),
    ("Press conference in English", "en", None),
    ("Remarks by the Mayor and the Governor in Photo Opportunity", "en", None),
])
def test_a_place_after_the_preposition_of_an_occasion_line(title, lang, place):
    doc = read(title + TURNS, lang=lang)
    assert doc.setting.place == place


def test_a_lone_name_among_a_widgets_segments_is_the_place():
    doc = read("Conferenza stampa del sindaco sul porto\n\nCONFERENZA STAMPA | - Lucca - 11:00 Durata: 2 ore\n\n"
               "ROSSI: Buongiorno.\n\nDOMANDA: Una domanda.\n\nROSSI: Risposta.", lang="it")
    assert doc.setting.place == "Lucca"


def test_segments_without_an_occasion_give_no_place():
    doc = read("Il porto domani\n\nNotizie | - Lucca - 11:00 Durata: 2 ore\n\n"
               "ROSSI: Buongiorno.\n\nDOMANDA: Una domanda.\n\nROSSI: Risposta.", lang="it")
    assert doc.setting.place is None


# --- H70 a place after the date of a header run on one line -------------------------------------

def test_a_place_pair_after_the_date_of_a_run_on_header():
    doc = read("THE HARBOUR: PAST AND FUTURE\n\n1 THE HARBOUR: PAST AND FUTURE TUESDAY, MAY 10, 2022 "
               "PORTLAND, ME. MODERATOR: Jane Roe" + TURNS)
    assert (doc.setting.place, doc.setting.date_iso) == ("PORTLAND, ME.", "2022-05-10")


def test_a_name_and_office_after_the_date_is_no_place():
    doc = read("THE HARBOUR: PAST AND FUTURE\n\n1 THE HARBOUR: PAST AND FUTURE TUESDAY, MAY 10, 2022 "
               "Jane Roe, Harbour Master of the port" + TURNS)
    assert doc.setting.place is None


def test_a_word_after_in_within_capitals_is_no_place():
    doc = read("THE HARBOUR INTERVIEW IN FULL" + TURNS)
    assert doc.setting.place is None


# --- N52 a label shortened to the office or to initials after the full form --------------------

def test_the_office_alone_after_the_office_and_name_is_the_same_person():
    doc = read("Talk\n\nMAYOR JANE DOE: Good day.\n\nQ: Hello?\n\nMAYOR DOE: Next.\n\nTHE MAYOR: Yes.")
    assert len({t.who for t in doc.turns() if t.label != "Q:"}) == 1


def test_the_office_alone_before_another_holder_is_not_the_guest():
    doc = read("Talk\n\nTHE PRESIDENT: Good day.\n\nPRESIDENT ROSSI: Hello.\n\nTHE PRESIDENT: Next.")
    assert doc.turns()[0].who != doc.turns()[1].who


def test_initials_after_the_full_name_are_the_same_person():
    doc = read("Entretien\n\nNotre journaliste Anne Roux a rencontré Paul Mercier, maire de Lorient.\n\n"
               "Anne Roux : Bonjour.\n\nPaul Mercier : Bonjour.\n\nA. R. : Merci.\n\nP. M. : Voilà.", lang="fr")
    whos = [t.who for t in doc.turns()]
    assert whos[2] == whos[0] and whos[3] == whos[1] and whos[0] != whos[1]


def test_a_name_at_a_sentences_end_loses_the_full_stop():
    from teikit import lexicons
    from teikit.transforms.helpers.names import find_name
    assert find_name("Intervista a cura di Anna Bruni.", ("bruni",), lexicons.load("it"))[0] == "Anna Bruni"


# --- N53 a Chinese label: the role, a space, the name --------------------------------------------

def test_a_chinese_label_with_the_role_before_a_space_and_the_name():
    doc = read("節目\n\n主持人:大家好。\n\n海港電視臺《港口》記者 王明:您好,請問?\n\n李強:你好。\n\n王明:謝謝。", lang="zh")
    person = next(p for p in doc.persons if p.name == "王明")
    assert person.role == "海港電視臺《港口》記者" and len([p for p in doc.persons if p.name == "王明"]) == 1
