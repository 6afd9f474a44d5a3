"""Shapes the lead read in session 35 (synthetic variants in German, Italian)."""
from __future__ import annotations

import pytest

from teikit import convert
from teikit.model import Event, Paragraph
from teikit.transforms.helpers.roleshapes import is_abbreviation
from tests.convert.conftest import read, speaker

_SCHOLZ = ("Pressekonferenz von Bundeskanzler Olaf Scholz und Präsident Emmanuel Macron\n\n"
           "BK Scholz: Meine Damen und Herren, willkommen.\n\n"
           "P Macron: Vielen Dank, lieber Olaf.\n\n"
           "Frage: Herr Bundeskanzler, wie geht es weiter?\n\n"
           "BK Scholz: Wir arbeiten daran.\n")


def test_an_abbreviated_office_before_a_surname_gives_the_full_name_and_office_of_the_title():
    # "BK Scholz", "P Macron": the federal press office's short forms of Bundeskanzler, Präsident (N1163g)
    doc = read(_SCHOLZ, lang="de")
    chancellor, president = speaker(doc, 0), speaker(doc, 1)
    assert (chancellor.name, chancellor.role) == ("Olaf Scholz", "Bundeskanzler")
    assert (president.name, president.role) == ("Emmanuel Macron", "Präsident")


def test_one_capital_is_an_abbreviated_office_and_a_word_is_not():
    assert is_abbreviation("P") and is_abbreviation("BK")
    assert not is_abbreviation("Präsident") and not is_abbreviation("p")


_WRAPPED = ("Friedrich Roe (CDU/CSU):\nFrau Präsidentin! Wir erleben eine Zeitenwende.\n\n"
            "(Beifall bei der CDU/CSU sowie bei Abgeordneten\nder FDP)\n\n"
            "Das ist keine Frage der Parteipolitik.\n")


def test_an_applause_note_wrapped_over_two_lines_is_one_event_of_the_turn():
    doc = read(_WRAPPED, lang="de")
    turn = doc.turns()[0]
    events = [item for p in turn.paragraphs if isinstance(p, Paragraph) for item in p.content if isinstance(item, Event)]
    assert [(e.element, e.type, e.text) for e in events] == [
        ("kinesic", "applause", "(Beifall bei der CDU/CSU sowie bei Abgeordneten\nder FDP)")]
    assert len(doc.turns()) == 1


def test_a_wrapped_note_is_written_as_one_event_with_its_line_break():
    tei = convert(_WRAPPED, "wrapped", lang="de").tei.decode()
    assert '<kinesic type="applause">' in tei
    assert "Abgeordneten\nder FDP)</desc>" in tei


def test_two_lines_in_brackets_that_are_speech_stay_speech():
    # a bracket that opens a line and one that closes the next are two asides, not one marker
    doc = read("ANN ROE: Hello.\n\n(This is one aside) and speech\nand (another one)\n", lang="en")
    para = doc.turns()[0].paragraphs[1]
    assert not any(isinstance(item, Event) for item in para.content)


def test_the_honorific_of_a_deputy_is_no_role():
    # "l'onorevole Riccardo Magi": a form of address, not an office (N1161g)
    text = ("PRESIDENTE. Ha facoltà di parlare l'onorevole Riccardo Magi.\n\n"
            "RICCARDO MAGI. Grazie, Presidente. Onorevoli colleghi, questa legge è sbagliata.\n\n"
            "PRESIDENTE. Grazie.\n")
    magi = speaker(read(text, lang="it"), 1)
    assert (magi.name, magi.role) == ("Riccardo Magi", None)


def test_an_office_before_the_name_in_an_interview_title_names_the_answers():
    # "Bundesaußenministerin": a compound ending in a role word (N1162g)
    text = ("Interview mit Bundesaußenministerin Annalena Roe im Deutschlandfunk\n\n"
            "Frage: Guten Morgen.\n\nAntwort: Guten Morgen.\n\nFrage: Wie geht es weiter?\n\n"
            "Antwort: Wir arbeiten daran.\n")
    answerer = speaker(read(text, lang="de"), 1)
    assert (answerer.name, answerer.role) == ("Annalena Roe", "Bundesaußenministerin")


_DUMA = ("Стенограмма пленарного заседания\n\n"
         "Председательствующий. Уважаемые коллеги, начинаем работу. Слово предоставляется Иванову.\n\n"
         "Иванов И. И. Спасибо. Мы поддерживаем законопроект.\n\n"
         "Председательствующий. Спасибо. Пожалуйста, Петров.\n\n"
         "Петров П.П. Спасибо, уважаемый председательствующий.\n")


def test_a_russian_record_chair_and_members_with_initials_before_a_full_stop_are_labels():
    # "Председательствующий." in mixed case, "Иванов И. И." / "Петров П.П." once each (L1164g)
    doc = read(_DUMA, lang="ru")
    assert [t.label for t in doc.turns()] == ["Председательствующий.", "Иванов И. И.", "Председательствующий.",
                                             "Петров П.П."]
    assert doc.turns()[1].paragraphs[0].text == "Спасибо. Мы поддерживаем законопроект."
    assert speaker(doc, 1).name == "Иванов И. И."


def test_a_given_name_and_one_initial_before_a_full_stop_is_no_label():
    # "John F. Kennedy. …": one initial after a given name starts a name, it ends none
    doc = read("ANN ROE: We met John F. Kennedy. He spoke.\n\nBO LEE: Indeed.\n\nANN ROE: Yes.\n", lang="en")
    assert [t.label for t in doc.turns()] == ["ANN ROE:", "BO LEE:", "ANN ROE:"]


_SCIO = ("国务院新闻办公室新闻发布会\n\n主持人 寿小丽：\n女士们、先生们，上午好！\n\n"
         "国家统计局副局长、新闻发言人 付凌晖：\n谢谢主持人。各位记者朋友，大家上午好！\n\n"
         "记者：\n请问一季度经济增长的主要动力是什么？\n\n付凌晖：\n谢谢你的提问。\n")


def test_a_chinese_label_listing_offices_before_the_name_opens_a_turn():
    # "副局长、新闻发言人 付凌晖：" alone over the speech (L1165g)
    doc = read(_SCIO, lang="zh")
    assert [t.label for t in doc.turns()] == ["主持人 寿小丽：", "国家统计局副局长、新闻发言人 付凌晖：", "记者：", "付凌晖："]
    assert doc.turns()[1].who == doc.turns()[3].who


def test_a_chinese_role_a_space_and_a_name_give_the_name_and_the_role():
    doc = read(_SCIO, lang="zh")
    assert [(p.name, p.role) for p in doc.persons] == [("寿小丽", "主持人"), ("付凌晖", "国家统计局副局长、新闻发言人")]


def test_one_member_with_initials_beside_the_chair_is_a_label():
    # a short excerpt: the chair twice, one member once; the chair alone makes the record's style
    doc = read(_DUMA.split("Петров П.П.")[0].rstrip() + "\n", lang="ru")
    assert "Иванов И. И." in [t.label for t in doc.turns()]


def test_the_official_a_chinese_headline_names_as_host_answers_its_questions():
    # "外交部发言人毛宁主持例行记者会" over 问/答 (N1166g)
    text = ("2024年3月7日外交部发言人毛宁主持例行记者会\n\n问：中方对此有何回应？\n\n答：我们已多次表明立场。\n\n"
            "问：第二个问题。\n\n答：有消息我们会及时发布。\n")
    doc = read(text, lang="zh")
    assert [t.who for t in doc.turns()] == [None, "毛宁", None, "毛宁"]
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("毛宁", "外交部发言人")


def test_a_headline_naming_two_hosts_names_no_answerer():
    text = ("外交部发言人毛宁主持记者会，商务部发言人王文涛主持发布会\n\n问：有何回应？\n\n答：我们已表明立场。\n\n"
            "问：还有吗？\n\n答：没有了。\n")
    assert all(t.who is None for t in read(text, lang="zh").turns())


def test_a_records_numbered_sitting_line_is_its_title_not_its_venue():
    # "Deutscher Bundestag – 20. Wahlperiode – 45. Sitzung" (H1167g)
    text = ("Deutscher Bundestag – 20. Wahlperiode – 45. Sitzung\nBerlin, Donnerstag, den 30. Juni 2022\n\n"
            "Präsidentin Bärbel Roe:\nIch eröffne die Sitzung.\n\nFriedrich Poe (CDU/CSU):\nFrau Präsidentin!\n")
    doc = read(text, lang="de")
    assert doc.setting.title == "Deutscher Bundestag – 20. Wahlperiode – 45. Sitzung"
    assert doc.setting.venue is None


def test_a_house_named_alone_stays_the_venue():
    text = ("Deutscher Bundestag\nBerlin, Donnerstag, den 30. Juni 2022\n\n"
            "Präsidentin Bärbel Roe:\nIch eröffne die Sitzung.\n\nFriedrich Poe (CDU/CSU):\nFrau Präsidentin!\n")
    assert read(text, lang="de").setting.venue == "Deutscher Bundestag"


_JOINT = ("中法两国元首共同会见记者\n\n习近平：女士们，先生们，大家好。\n\n马克龙（翻译）：感谢习近平主席的邀请。\n\n"
          "记者（英文）：请问双方达成了哪些共识？\n\n习近平：我们达成了广泛共识。\n")


def test_a_chinese_label_with_a_note_in_full_width_parentheses_opens_a_turn():
    # "马克龙（翻译）：" (L1168g): the note was read as part of the name and the label refused
    doc = read(_JOINT, lang="zh")
    assert [t.label for t in doc.turns()] == ["习近平：", "马克龙", "记者", "习近平："]
    assert doc.turns()[1].who == "马克龙"


def test_a_full_width_interpretation_note_in_a_label_marks_the_turn_interpreted():
    doc = read(_JOINT, lang="zh")
    assert [t.interpreted for t in doc.turns()] == [False, True, False, False]
    assert [n.text for n in doc.turns()[2].lead_notes] == ["（英文）："]


_CORTES = ("DIARIO DE SESIONES DEL CONGRESO DE LOS DIPUTADOS\n\n"
           "El señor PRESIDENTE: Se abre la sesión. Tiene la palabra la señora Roe Poe.\n\n"
           "La señora MINISTRA DE HACIENDA Y FUNCIÓN PÚBLICA (Roe Poe): Gracias, presidente. (Aplausos).\n\n"
           "El señor PRESIDENTE: Muchas gracias.\n")


def test_a_long_office_with_its_holder_in_brackets_is_a_label_of_the_cortes():
    # eight words of office before "(Roe Poe)": longer than a name's label (L1169g)
    doc = read(_CORTES, lang="es")
    assert [t.label for t in doc.turns()] == ["El señor PRESIDENTE:",
                                             "La señora MINISTRA DE HACIENDA Y FUNCIÓN PÚBLICA (Roe Poe):",
                                             "El señor PRESIDENTE:"]
    assert speaker(doc, 1).name == "Roe Poe"


def test_a_sentence_with_a_name_in_brackets_is_no_office_with_its_holder():
    from teikit import lexicons
    from teikit.transforms.helpers.memberlabels import office_with_holder
    lex = lexicons.load("es")
    assert office_with_holder("La señora MINISTRA DE HACIENDA (Roe Poe)", lex)
    assert not office_with_holder("La ministra de Hacienda (Roe Poe)", lex)
    assert not office_with_holder("MINISTRA DE HACIENDA (Roe Poe)", lex)


def test_the_mexican_presidencys_interlocutor_is_an_unnamed_voice():
    # "INTERLOCUTORA:": whoever asks from the floor, a different reporter each time (N1170g)
    text = ("VERSIÓN ESTENOGRÁFICA\n\nPRESIDENTE ANA ROE: Buenos días.\n\nINTERLOCUTORA: ¿Qué opina?\n\n"
            "PRESIDENTE ANA ROE: Que es buena.\n")
    doc = read(text, lang="es")
    assert doc.turns()[1].who is None and [p.name for p in doc.persons] == ["Ana Roe"]


_ASSEMBLEE = ("Compte rendu intégral\n\nMme la présidente. La parole est à M. Jean Roux.\n\n"
              "M. Jean Roux. Madame la Première ministre, la réforme est nécessaire.\n\n"
              "Mme la présidente. La parole est à Mme la Première ministre.\n\n"
              "Mme Anne Petit, Première ministre. Monsieur le député, je vous remercie de cette question. "
              "(Exclamations sur les bancs du groupe LFI-NUPES.)\n\n"
              "M. Jean Roux. Merci.\n")


def test_a_members_name_and_office_before_a_full_stop_is_a_label_of_the_assemblee():
    # "Mme Anne Petit, Première ministre." (L1171g): the government's members print their office
    doc = read(_ASSEMBLEE, lang="fr")
    assert [t.label for t in doc.turns()][3] == "Mme Anne Petit, Première ministre."
    person = speaker(doc, 3)
    assert (person.name, person.role) == ("Anne Petit", "Première ministre")


def test_a_name_and_a_sentence_after_a_comma_is_no_member_with_an_office():
    from teikit import lexicons
    from teikit.transforms.helpers.memberlabels import member_with_honorific
    lex = lexicons.load("fr")
    assert member_with_honorific("Mme Anne Petit, garde des sceaux, ministre de la justice", lex)
    assert not member_with_honorific("M. Roux, vous avez dit: non", lex)


def test_a_row_of_bracketed_buttons_under_a_chinese_article_is_boilerplate():
    # "【打印】【关闭】" (B1172g); a video script's "【同期】" tag stays the script's
    from teikit.model import Boilerplate
    text = ("2024年3月7日外交部发言人毛宁主持例行记者会\n\n毛宁：各位记者朋友，下午好。\n\n法新社记者：有何回应？\n\n"
            "毛宁：我们已多次表明立场。\n\n【打印】【关闭】\n\n责任编辑：王明\n")
    doc = read(text, lang="zh")
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)][-2:] == ["【打印】【关闭】", "责任编辑：王明"]
    assert doc.turns()[-1].paragraphs[-1].text == "我们已多次表明立场。"


def test_a_greeting_before_a_given_name_is_no_part_of_the_name():
    # "Bonjour Claire, bienvenue." named Claire "Bonjour Claire" (N1173g)
    text = ("Épisode 8\n\nPaul : Bonjour Claire, bienvenue.\n\nClaire : Bonjour Paul, merci.\n\n"
            "Paul : Où en est la transition ?\n\nClaire : Elle avance.\n")
    doc = read(text, lang="fr")
    assert sorted(p.name for p in doc.persons) == ["Claire", "Paul"]


@pytest.mark.parametrize("lead, lang, names", [
    ("Today my guest is Jane Roe, the chief urban planner of Portland. We talk about zoning.", "en",
     {("Jane Roe", "the chief urban planner of Portland"), ("Mark", None)}),
    ("Zu Gast ist heute Dr. Anna Weber, Professorin für Soziologie. Moderiert wird die Sendung von Mark Berger.",
     "de", {("Anna Weber", "Professorin für Soziologie"), ("Mark Berger", None)}),
])
def test_given_name_labels_take_the_full_names_the_lead_prints(lead, lang, names):
    # the lead above the first label introduces guest and host in full (N1174g)
    text = f"# Episode 42\n\n{lead}\n\nMark: Welcome, Jane.\n\nJane: Thanks, Mark.\n\nMark: So?\n\nJane: Indeed.\n"
    text = text.replace("Jane", "Anna") if lang == "de" else text
    assert {(p.name, p.role) for p in read(text, lang=lang).persons} == names


def test_a_given_name_the_lead_prints_with_two_surnames_stays_the_given_name():
    text = ("# Episode 42\n\nWith Jane Roe and Jane Poe.\n\nMark: Welcome.\n\nJane: Thanks.\n\nMark: So?\n\n"
            "Jane: Indeed.\n")
    assert {p.name for p in read(text, lang="en").persons} == {"Mark", "Jane"}


_MID = ("Интервью Министра иностранных дел Российской Федерации С.В.Лаврова телеканалу «Россия 24», Москва, "
        "3 марта 2023 года\n\nВопрос: {opening}Как Вы оцениваете итоги встречи?\n\nОтвет: Итоги неоднозначные.\n\n"
        "Вопрос: А дальше?\n\nОтвет: Будем работать.\n")


@pytest.mark.parametrize("opening", ["", "Сергей Викторович, спасибо, что нашли время. "])
def test_the_minister_an_interview_title_names_with_initials_answers_in_the_nominative(opening):
    # "Министра … С.В.Лаврова" (genitive) over Вопрос/Ответ; the address by given name and
    # patronymic has the title name's initials (N1175g)
    doc = read(_MID.format(opening=opening), lang="ru")
    assert [t.who for t in doc.turns()] == [None, "lavrov", None, "lavrov"]
    # (the role as printed, in the genitive, N1405i)
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("С.В.Лавров", "Министра иностранных дел Российской Федерации")


def test_an_address_with_other_initials_keeps_its_own_name():
    doc = read(_MID.format(opening="Мария Владимировна, спасибо. "), lang="ru")
    assert speaker(doc, 1).name == "Мария Владимировна"


def test_the_person_a_quoting_headline_names_answers_a_labelled_interview():
    # 'Yolanda Roe: "…"' over P./R. (N1176g), as over an unlabelled interview (N199o)
    text = ("Yolanda Roe: “La reforma laboral ha funcionado”\n"
            "La ministra defiende su gestión en una entrevista con este periódico.\n\n"
            "P. ¿Ha funcionado la reforma laboral?\n\nR. Sin ninguna duda.\n\nP. ¿Y el salario mínimo?\n\n"
            "R. Seguiremos subiéndolo.\n")
    doc = read(text, lang="es")
    assert speaker(doc, 1).name == "Yolanda Roe" and doc.turns()[0].who is None


def test_a_newspapers_dateline_with_place_date_and_time_between_dashes():
    # "MADRID - 12 MAR 2023 - 05:30 CET" (H1177g)
    from teikit.transforms.helpers.dates import date_line, placed_date
    from teikit import lexicons
    lex = lexicons.load("es")
    assert date_line("12 MAR 2023 - 05:30 CET", lex) == "2023-03-12"
    assert placed_date("MADRID - 12 MAR 2023 - 05:30 CET", lex) == ("MADRID", "2023-03-12")
    assert date_line("12 MAR 2023 - nada más", lex) is None


def test_a_full_name_from_a_quoted_front_matter_title_leaves_the_quote_out():
    # 'title: "Interview with Lena Roe"' over "**Lena:**": no closing quote in the name (N1174g)
    text = ('---\ntitle: "Interview with Lena Roe"\n---\n\n**Cris:** Hi Lena!\n\n**Lena:** Hi.\n\n'
            "**Cris:** How are you?\n\n**Lena:** Fine.\n")
    assert "Lena Roe" in {p.name for p in read(text, lang="en").persons}


def test_a_long_bracket_of_constituency_party_and_office_leaves_the_name_whole():
    # eighty-five characters in the bracket: the comma inside it split the name (N1178g)
    from teikit import lexicons
    from teikit.transforms.helpers.labelparts import label_parts
    parts = label_parts("Christopher Roe (Sturt, Liberal Party, Shadow Minister for Education, Apprenticeships and "
                        "Training)", lexicons.load("en"))
    assert parts.name == "Christopher Roe"
    assert parts.affiliation.endswith("Shadow Minister for Education, Apprenticeships and Training")


@pytest.mark.parametrize("text, lang, who", [
    ("Yolanda Roe: “La reforma ha funcionado”\n\nPregunta. ¿Ha funcionado?\n\nRespuesta. Sin duda.\n\n"
     "P. ¿Y el salario?\n\nR. Seguiremos.\n", "es", "Yolanda Roe"),
    ("Q&A with Ann Roe, mayor of Portland\n\nQuestion: How is the port?\n\nAnswer: Busy.\n\nQ: And the ferries?\n\n"
     "A: Running.\n", "en", "Ann Roe"),
])
def test_an_answer_word_and_its_initial_are_one_voice(text, lang, who):
    # El País prints "Pregunta."/"Respuesta." first, then "P."/"R." (N1179g)
    doc = read(text, lang=lang)
    answers = [t.who for t in doc.turns()[1::2]]
    assert len(set(answers)) == 1 and doc.person(answers[0]).name == who
