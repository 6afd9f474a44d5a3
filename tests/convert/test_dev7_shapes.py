"""Shapes first met in corpus/dev7 (docs/convert-shapes.md, sections marked dev7), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import Boilerplate, Event, HeaderKind, HeaderLine, Turn
from tests.convert.conftest import labels, read


def events_of(doc) -> list[str]:
    return [item.text for turn in doc.turns() for para in turn.paragraphs
            for item in getattr(para, "content", []) if isinstance(item, Event)]


def title_of(doc) -> str | None:
    return next((b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE), None)


def furniture(doc) -> list[str]:
    """Site lines set apart, between turns or inside them."""
    found = []
    for b in doc.blocks:
        items = b.paragraphs if isinstance(b, Turn) else [b]
        found += [i.text for i in items if isinstance(i, Boilerplate)]
    return found


# --- L70 a member with a group abbreviation, or the chair after its article ------------------

def test_members_with_a_group_and_a_full_stop_or_dash_are_labels_printed_once():
    text = ("Séance du conseil\n\n"
            "Le président. La parole est à Mme Roux.\n\n"
            "Mme Anne Roux (Ve). Merci, Monsieur le président. Je serai brève.\n\n"
            "M. Paul Favre (PLR). Je remercie ma collègue.\n")
    assert labels(read(text)) == ["Le président.", "Mme Anne Roux (Ve).", "M. Paul Favre (PLR)."]


def test_members_before_a_spaced_dash_are_labels():
    text = ("Resoconto\n\n"
            "Rossi (P.C.I.) - Chiedo la parola sull'ordine dei lavori.\n\n"
            "Bianchi (D.C.) - Sono d'accordo con il collega.\n")
    assert labels(read(text)) == ["Rossi (P.C.I.) -", "Bianchi (D.C.) -"]


def test_a_news_dateline_with_an_agency_is_no_label():
    text = "Dépêche\n\nLyon (AFP) - Le maire a annoncé hier la fermeture du pont.\n\nLes travaux dureront un an.\n"
    assert labels(read(text)) == [None]


# --- L71 a clock note after a label ----------------------------------------------------------

def test_a_clock_note_after_a_label_is_its_time_not_speech():
    doc = read("Sesión\n\nEL C. PRESIDENTE: (10:05 horas) Se abre la sesión.\n\n"
               "EL C. SECRETARIO: Hay quórum, señor presidente.\n")
    first = doc.turns()[0]
    assert first.time == "(10:05 horas)"
    assert "10:05" not in "".join(i.text for p in first.paragraphs for i in p.content if hasattr(i, "text"))


# --- L72 a run-on label never opens with a lower-case word -----------------------------------

def test_a_lower_case_phrase_with_a_colon_inside_a_run_on_line_is_no_label():
    text = ("Анна Белова: Добрый вечер, смотрим, каково жителям: чем они недовольны. Пётр Орлов: "
            "Здравствуйте. Анна Белова: Начнём с новостей, что скажете? Пётр Орлов: Новости хорошие, "
            "спасибо, всё идёт по плану, работаем.\n")
    assert labels(read(text)) == ["Анна Белова:", "Пётр Орлов:", "Анна Белова:", "Пётр Орлов:"]


# --- L73 a body of dialogue dashes without labels --------------------------------------------

def test_dashed_prose_lines_without_labels_are_turns():
    text = ("Transcription des premières minutes :\n"
            "- Bonjour et bienvenue. Notre invitée ce matin est une navigatrice, elle vient de rentrer.\n"
            "- Bonjour. Oui, je suis rentrée hier soir et je suis encore un peu fatiguée.\n"
            "- On le comprend. Combien de jours en mer au total pour cette traversée cette fois-ci ?\n"
            "- Quarante jours. C'est long, mais le bateau a tenu et l'équipe aussi, heureusement.\n")
    doc = read(text)
    assert len(doc.turns()) == 4 and labels(doc) == [None] * 4


def test_a_dashed_list_of_short_points_stays_one_text():
    text = ("Le plan prévoit plusieurs mesures pour la ville et ses habitants cette année :\n"
            "- de nouvelles pistes cyclables\n- un parc au nord\n- des bus électriques\n- une piscine\n")
    assert len(read(text).turns()) <= 1


# --- P10 a table's row numbers ---------------------------------------------------------------

def test_row_numbers_of_a_table_counting_up_are_furniture():
    text = ("0 |\n王委員明:部長好,請問進度如何? |\n1 |\n李部長華:報告委員,下個月完成。 |\n"
            "2 |\n王委員明:經費夠嗎? |\n3 |\n李部長華:夠的。 |\n4 |\n王委員明:好,謝謝。 |\n")
    doc = read(text)
    assert furniture(doc) == ["0 |", "1 |", "2 |", "3 |", "4 |"]
    assert labels(doc) == ["王委員明:", "李部長華:", "王委員明:", "李部長華:", "王委員明:"]


# --- L74 a colon label alone, printed once, over no speech -----------------------------------

def test_a_widget_ending_in_a_colon_over_a_title_is_no_label():
    text = ("调整您的浏览字号:\n\n专家谈城市交通(4月5日)\n\n  记者:请问地铁什么时候通车?\n\n  专家:明年年底。\n")
    assert labels(read(text)) == ["记者:", "专家:"]


# --- H40 a heading printed again and again under a counter widget ----------------------------

def test_a_heading_printed_three_times_under_a_widget_is_the_title():
    text = ("12.05.2014 Aufrufe\n\nSitzung des Stadtrats Nummer zwölf\n\nSitzung des Stadtrats Nummer zwölf\n\n"
            "Sitzung des Stadtrats Nummer zwölf\n\nVORSITZENDE: Ich eröffne die Sitzung.\n\n"
            "HERR KOCH: Danke.\n")
    assert title_of(read(text)) == "Sitzung des Stadtrats Nummer zwölf"


# --- H41 a menu bar and show-more toggles ----------------------------------------------------

def test_a_menu_bar_between_bars_and_a_show_more_toggle_are_furniture():
    text = ("Inicio | Política | Economía | Deportes | Vídeo\n\nEntrevista con la alcaldesa\n\nVER MÁS\n\n"
            "PERIODISTA: ¿Cómo está la ciudad?\n\nALCALDESA: Mejor que ayer.\n")
    doc = read(text)
    assert "Inicio | Política | Economía | Deportes | Vídeo" in furniture(doc)
    assert "VER MÁS" in furniture(doc)
    assert title_of(doc) == "Entrevista con la alcaldesa"


def test_an_english_show_more_toggle_is_furniture():
    text = ("Harbour Talks\n\nThe mayor speaks about the new quay and its budget...\n\nShow more\n\n"
            "HOST: How is the harbour?\n\nMAYOR: Busier than ever.\n\nHOST: Thank you.\n")
    assert "Show more" in furniture(read(text))


# --- H42 a publication stamp is never the title ----------------------------------------------

def test_a_line_with_a_date_and_a_clock_time_is_no_title():
    text = ("城市论坛第一期(4月1日)\n\n新华网 www.example.cn  2015年04月02日 09:30 来源:新华网\n\n"
            "主持人:欢迎大家。\n\n嘉宾:谢谢。\n")
    assert title_of(read(text)) == "城市论坛第一期(4月1日)"


# --- L75 a quotation in capitals after "Name:" is a headline ---------------------------------

def test_a_headline_quoting_a_name_in_capitals_is_no_label():
    text = ("Иван ПЕТРОВ: РАДИО ОСТАЁТСЯ ГЛАВНЫМ\n\nО работе станции рассказал её новый директор.\n\n"
            "Как все начиналось?\n\nС маленькой студии, в которой мы работали вдвоём.\n")
    doc = read(text)
    assert "Иван ПЕТРОВ:" not in labels(doc)
    assert title_of(doc) == "Иван ПЕТРОВ: РАДИО ОСТАЁТСЯ ГЛАВНЫМ"


def test_a_headline_with_a_colon_and_a_comma_is_no_place_pair():
    from teikit.lexicons import load
    from teikit.transforms.helpers.headerlines import is_place_pair
    assert is_place_pair("Riga, Latvia", load("en"))
    assert not is_place_pair("Anna LEE: EDITOR, A COST", load("en"))


# --- E10 a heckle of a member with the group in brackets -------------------------------------

def test_a_heckle_with_a_member_and_group_is_an_event_in_any_language():
    text = ("Sesión\n\nSR. RUIZ: Señorías, el presupuesto es bueno.\n\n"
            "(Marta Gil (PSD): ¡Eso no es verdad!)\n\nSeguiré con mi intervención.\n")
    assert "(Marta Gil (PSD): ¡Eso no es verdad!)" in events_of(read(text))


def test_german_general_applause_and_spanish_assent_are_events():
    de = read("PRÄSIDENT: Ich danke allen.\n\n(Allgemeiner Beifall)\n\nWir kommen zum Schluss.\n")
    es = read("EL C. SECRETARIO: Quienes estén a favor. (La Asamblea asiente)\n\nAprobado.\n")
    assert events_of(de) == ["(Allgemeiner Beifall)"]
    assert events_of(es) == ["(La Asamblea asiente)"]
    assert isinstance(de.turns()[0], Turn)


# --- H43 Taiwan's era dates in a letter-spaced time field ------------------------------------

def test_an_era_date_in_a_letter_spaced_time_field_is_the_date():
    from teikit.lexicons import load
    from teikit.transforms.helpers.dates import find_date
    assert find_date("中華民國110年5月4日", load("zh-Hant"))[2] == "2021-05-04"
    text = ("市議會第三次會議紀錄\n\n時  間 中華民國110年5月4日(星期二)9時\n\n地  點 本會議場\n\n"
            "主席:現在開會。\n\n王議員大明:主席好。\n")
    assert read(text).setting.date_iso == "2021-05-04"


# --- L76 a member printed surname first, alone on the line -----------------------------------

def test_a_surname_first_member_alone_over_the_speech_is_a_label_beside_the_chair():
    text = ("Seduta n. 12\n\n\nPRESIDENTE\n\nLa seduta è aperta.\n\n\nPRESIDENTE\n\nHa chiesto la parola il "
            "Consigliere Neri.\n\n\nNERI Paolo\n\nGrazie, Presidente, sarò breve.\n\n\nPRESIDENTE\n\nGrazie.\n")
    assert labels(read(text)) == ["PRESIDENTE", "PRESIDENTE", "NERI Paolo", "PRESIDENTE"]


# --- N30 Chinese labels: the office inside the name, or after it with a space ----------------

def test_an_office_between_surname_and_given_name_is_read_apart():
    text = "會議紀錄\n\n王委員大明:部長好。\n\n李部長小華:委員好。\n\n王委員大明:謝謝。\n"
    people = {p.name: p.role for p in read(text).persons}
    assert people == {"王大明": "委員", "李小華": "部長"}


def test_a_reporter_named_before_the_outlet_is_a_named_speaker():
    text = ("节目实录\n\n  张明 新华社记者:我们今天去了港口。\n\n  主持人:\n\n  情况怎么样?\n\n"
            "  张明:\n\n  很忙。\n")
    people = {p.name: p.role for p in read(text).persons}
    assert people.get("张明") == "新华社记者"


# --- N31 "EL C. OFFICE NAME": the citizen title of Mexican records -----------------------------

def test_the_citizen_title_before_an_office_is_neither_name_nor_role():
    text = ("Sesión\n\nEL C. PRESIDENTE LUIS MORA: Se abre la sesión.\n\nLA C. SECRETARIA ANA RÍOS: Hay quórum.\n\n"
            "EL C. PRESIDENTE MORA: Gracias.\n")
    people = {p.name: p.role for p in read(text).persons}
    assert people == {"Luis Mora": "Presidente", "Ana Ríos": "Secretaria"}


# --- H44 a day-month-year date with hyphens after the place -----------------------------------

def test_a_place_and_a_hyphenated_day_month_year_date_give_place_and_date():
    text = ("RUEDA DE PRENSA DEL ALCALDE\n\nSevilla, 03-02-2004\n\nAlcalde.- Buenos días.\n\n"
            "Periodista.- ¿Y el puente?\n")
    setting = read(text).setting
    assert (setting.place, setting.date_iso) == ("Sevilla", "2004-02-03")


def test_a_weekday_date_first_wins_over_a_later_status_stamp():
    text = ("Freitag, 3. Mai 2019\nQuelle: example.at\nStatus: Samstag, 4. Mai 2019, 15:00\n\n"
            "ANNA HUBER\n\nGuten Abend.\n\nKARL BAUER\n\nGuten Abend, danke für die Einladung.\n")
    assert read(text).setting.date_iso == "2019-05-03"


def test_empty_category_and_tag_widgets_of_a_russian_page_are_furniture():
    text = ("Сайт новостей\n\nИван ПЕТРОВ: РАДИО ОСТАЁТСЯ ГЛАВНЫМ\n\nСоздан:   вт, 01/03/2011 - 11:09\n"
            "Категория:\nТэги:\n\nО работе станции корреспонденту рассказал её новый директор Иван Петров.\n\n"
            "Как все начиналось?\n\nС маленькой студии, в которой мы работали вдвоём.\n")
    assert {"Категория:", "Тэги:"} <= set(furniture(read(text)))


# --- L78 a member and the group with no separator, after the chair gives the floor ------------

def test_a_member_with_the_group_and_no_separator_is_a_label_after_the_floor_is_given():
    text = ("Protokoll der Sitzung\n\nVielen Dank. Das Wort hat nun Herr Kollege Brandt.\n\n"
            "Peter Brandt (SPD) Sehr geehrte Frau Präsidentin! Ich danke für das Wort.\n\n"
            "Wir stimmen dem Antrag zu.\n")
    assert labels(read(text))[-1] == "Peter Brandt (SPD)"


def test_a_member_with_the_group_opening_a_news_paragraph_is_no_label():
    text = ("Nachrichten\n\nDer Landtag hat gestern lange debattiert.\n\n"
            "Peter Brandt (SPD) Sprecher der Fraktion, sagte danach, er sei zufrieden.\n")
    assert "Peter Brandt (SPD)" not in labels(read(text))
