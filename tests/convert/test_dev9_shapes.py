"""Shapes first met in corpus/dev9 (docs/convert-shapes.md, sections marked dev9): fused lines,
unlabeled interviews, record pages, header widgets. One small synthetic example each, written
for the test (never a corpus line): each fails without its rule."""
from __future__ import annotations

from teikit.model import Boilerplate, Event, HeaderKind, HeaderLine, Note
from tests.convert.conftest import labels, read, speech


def header_lines(doc, kind: HeaderKind) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == kind]


def events_of(doc) -> list[str]:
    return [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
            if isinstance(i, Event)]


def notes_of(doc, kind: str) -> list[str]:
    return [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
            if isinstance(i, Note) and i.type == kind]


# --- P11 a SubRip file whose line breaks were lost ---------------------------------------------

FUSED = ("1 00:00:01,000 --> 00:00:03,000 ANN ROE: Good evening to you all, 2 00:00:03,200 --> "
         "00:00:05,900 and thank you for coming out tonight. 3 00:00:06,000 --> 00:00:08,000 "
         "We start with the harbour.")


def test_a_subtitle_file_fused_on_one_line_is_read_as_its_cues():
    doc = read(FUSED + "\n")
    assert labels(doc) == ["ANN ROE:"]
    assert speech(doc)[0].startswith("Good evening to you all,")
    assert "00:00:03,200 --> 00:00:05,900" in notes_of(doc, "timestamp")  # the timings are no speech


def test_cues_fused_into_a_line_of_a_page_are_read_as_cues():
    doc = read("Harbour meeting (subtitles)\n\nShow the original subtitles: " + FUSED + "\n")
    assert labels(doc) == ["ANN ROE:"]
    assert "00:00:06,000 --> 00:00:08,000" in notes_of(doc, "timestamp")
    assert speech(doc)[0].startswith("Good evening to you all,")


# --- E12 a record's heckle or disturbance note on its own line ---------------------------------

def test_an_unbracketed_interjection_note_between_turns_is_an_event():
    text = ("The SPEAKER: The member for Hill has the call.\n\n"
            "Mr ROE: I thank the Speaker and I rise to speak.\n\n"
            "Opposition members interjecting:\n\n"
            "The SPEAKER: Order!\n\n"
            "Mr ROE: As I was saying.\n\n"
            "There being a disturbance in the public gallery:\n\n"
            "The SPEAKER: Order in the gallery!\n")
    doc = read(text)
    assert labels(doc) == ["The SPEAKER:", "Mr ROE:", "The SPEAKER:", "Mr ROE:", "The SPEAKER:"]
    assert events_of(doc) == ["Opposition members interjecting:", "There being a disturbance in the public gallery:"]


def test_a_sentence_of_speech_about_interjecting_stays_speech():
    text = ("Mr ROE: I rise to speak.\n\nI am not interjecting.\n\nMs LEE: Thank you.\n")
    assert events_of(read(text)) == []


def test_german_applause_verbs_in_brackets_are_events():
    doc = read("ANNA ROTH: Ich danke Ihnen allen. [Publikum applaudiert] Und nun zum Hafen.\n\n"
               "TOM BERG: Danke. [Alle klatschen]\n", lang="de")
    assert events_of(doc) == ["[Publikum applaudiert]", "[Alle klatschen]"]


# --- L85 bare Q and A letters run together on one OCR'd line -----------------------------------

def test_bare_question_and_answer_letters_inside_one_long_line_open_turns():
    line = ("Release 2001/01/01 CIA-0000 Q General Roe, you have led the office for a year. What do you "
            "think of it today? A Very well. It is a fine office with fine people working long hours for "
            "the country. Q Why do you leave it now? A When the President asked me to serve, I said I would "
            "stay for one year, and that year is over now, so I am going home to my farm and my family.")
    doc = read("Interview\n\n" + line + "\n")
    assert labels(doc) == ["Q", "A", "Q", "A"]
    assert speech(doc)[1].startswith("Very well.")


def test_an_article_a_after_a_question_mark_in_ordinary_prose_is_no_label():
    line = ("We asked what would come next? A Day of rest, they said, and then the long road home through the "
            "hills. " * 4).strip()
    assert labels(read("Notes\n\n" + line + "\n")) == [None]


# --- H50 a page's metadata form --------------------------------------------------------------

def test_a_metadata_form_of_field_lines_is_page_furniture_not_labels():
    text = ("Annual report of the harbour\n"
            "Document Type:\nCollection:\nRelease Decision:\nPUBLIC\nPage Count:\n12\n"
            "File:\nAttachment | Size |\nreport.pdf | 1.2 MB |\nBody:\n"
            "Declassified and Approved For Release 2012/05/23 : ARCH-00001\n"
            "ANN ROE: The harbour grew this year.\n"
            "TOM POE: And next year?\n"
            "ANN ROE: It grows again.\n")
    doc = read(text)
    assert labels(doc) == ["ANN ROE:", "TOM POE:", "ANN ROE:"]
    furniture = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert {"Document Type:", "Release Decision:", "PUBLIC", "Page Count:", "12", "report.pdf | 1.2 MB |",
            "Body:", "Declassified and Approved For Release 2012/05/23 : ARCH-00001"} <= set(furniture)


# --- H51 menu rows, counters, addresses are never the title ---------------------------------

def test_a_menu_row_a_counter_and_an_address_are_not_the_title():
    text = ("Home |  News |  Sport |  Weather |  Culture and the arts\n\n"
            "12345 Northtown Harbourside\n\n"
            "Ann Roe on the harbour\n\n"
            "ANN ROE: Good morning.\n\nTOM POE: Good morning.\n")
    assert header_lines(read(text), HeaderKind.TITLE) == ["Ann Roe on the harbour"]


# --- L86 question and answer words in title case, then a full stop ------------------------------

def test_title_case_question_and_answer_words_with_a_stop_are_labels():
    text = ("Entrevista\n"
            "Pregunta. ¿Cómo ve usted el puerto este año?\n"
            "Respuesta. Lo veo bien, con más barcos que nunca.\n"
            "P. ¿Y el próximo?\n"
            "R. Mejor todavía.\n")
    assert labels(read(text, lang="es")) == ["Pregunta.", "Respuesta.", "P.", "R."]


# --- L87 a French colon with its space before it only -------------------------------------------

def test_a_label_with_the_space_before_the_colon_only_is_a_label():
    text = ("Que retenez-vous de cette année ?\n"
            "ROUX Anne : Beaucoup de joies et un peu de fatigue.\n"
            "Et la suite ?\n"
            "ROUX Anne :Pour la suite, je reste au port.\n")
    assert [t for t in labels(read(text, lang="fr")) if t] == ["ROUX Anne :", "ROUX Anne :"]


# --- L88 dashed turns on a page that opens inside an interview ----------------------------------

def test_dashed_turns_of_a_page_that_starts_mid_interview_open_turns_across_wrapped_lines():
    text = ("— Сколько человек приедет в город на праздник вес\n"
            "ной этого года?\n"
            "— Около ста человек. Они представят науку, биз-\n"
            "нес и культуру нашей страны.\n"
            "— О вашей стране сейчас много пишут в газе\n"
            "тах и говорят по радио...\n"
            "— Да, и мы этому рады. Мы ждем встреч и раз-\n"
            "говоров с жителями города.\n")
    doc = read(text, lang="ru")
    assert labels(doc) == [None, None, None, None]
    assert speech(doc)[1].startswith("— Около ста человек.")


# --- H52 prose above an interview's first question is its lead ---------------------------------

def test_prose_above_the_first_question_label_is_the_lead_not_an_opening_turn():
    text = ("Los alumnos del instituto hablaron con la alcaldesa sobre el puerto y sus planes.\n"
            "P: ¿Qué ha cambiado en el puerto?\n"
            "R: Mucho, sobre todo los barcos.\n"
            "P: ¿Y ahora?\n"
            "R: Ahora toca esperar.\n")
    doc = read(text, lang="es")
    assert labels(doc) == ["P:", "R:", "P:", "R:"]


# --- P12 an unlabeled interview under a lead ---------------------------------------------------

def test_an_unlabeled_interview_under_a_lead_is_cut_into_questions_and_answers():
    text = ("The mayor spoke to us about the harbour, the ships and the plans for the summer season.\n\n"
            "Mrs Mayor, how was the year for the harbour?\n\n"
            "It was a good year. We had more ships than ever before, and more people came to see them.\n\n"
            "And the summer?\n\n"
            "The summer will be busy, with the new ferry line and the festival in August on the quay.\n")
    doc = read(text)
    assert len(doc.turns()) == 5
    assert speech(doc)[1] == "Mrs Mayor, how was the year for the harbour?"


def test_a_contents_link_and_a_topic_field_before_the_first_turn_are_page_furniture():
    doc = read("Harbour Board: Monday, March 4, 2024\n\nContents\n\nHarbour works\n\n"
               "The CHAIR: The meeting is open.\n\nMs ROE: Thank you, Chair.\n")
    assert "Contents" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert doc.setting.place != "Contents"
    doc = read("Gespräch mit der Hafenzeitung\n\nSchwerpunktthema: Interview\n\n"
               "ANNA ROTH: Guten Tag.\n\nTOM BERG: Guten Tag.\n", lang="de")
    assert "Schwerpunktthema: Interview" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


# --- L89 a record's list of authors is no label ------------------------------------------------

def test_a_list_of_authors_joined_by_hyphens_is_not_a_label():
    text = ("PRESIDENTE. Comunico che sono state presentate le seguenti proposte di legge:\n"
            "ROSSI - BIANCHI - VERDI: \"Norme sul porto e sui moli\". (12)\n"
            "NERI - GALLI Anna - CONTI: \"Istituzione del parco del faro\". (13)\n"
            "PRESIDENTE. Passiamo al punto successivo.\n")
    assert labels(read(text, lang="it")) == ["PRESIDENTE.", "PRESIDENTE."]


# --- H54 a blog's stamp: a clock time and a two-digit-year date; a font-size button -------------

def test_a_stamp_with_a_clock_time_gives_a_two_digit_year_date_and_no_title():
    text = ("Все записи\nМОЯ РУБРИКА 14:05  /  03.04.12\n\n+T -\n\n"
            "Анна Петрова о гавани\n\n"
            "Иванов: Добрый день.\n\nПетрова: Добрый день.\n")
    doc = read(text, lang="ru")
    assert doc.setting.date_iso == "2012-04-03"
    assert header_lines(doc, HeaderKind.TITLE) == ["Анна Петрова о гавани"]


# --- H55 a title's place and day without the year ---------------------------------------------

def test_a_title_closing_with_place_and_day_takes_the_year_of_the_page_date():
    text = ("Intervista del sindaco alla radio del porto (Genova, 28 dicembre)\n\nData:\n\n03/01/2016\n\n"
            "Domanda:\n\nCome va il porto?\n\nSINDACO:\n\nBene, grazie.\n")
    setting = read(text, lang="it").setting
    assert (setting.date_iso, setting.place) == ("2015-12-28", "Genova")


# --- N32 dotted initials after the full names ------------------------------------------------

def test_dotted_initials_labels_are_the_persons_labelled_in_full_before():
    text = ("ANA RUIZ: Buenas noches, señor Pérez.\n\nÁLVARO PÉREZ: Buenas noches.\n\n"
            "A.R.: ¿Cómo está el puerto?\n\nÁ.P.: Muy bien.\n")
    doc = read(text, lang="es")
    assert [t.who for t in doc.turns()][2:] == [t.who for t in doc.turns()][:2]
    assert {p.name for p in doc.persons} == {"Ana Ruiz", "Álvaro Pérez"}


# --- N33 a surname label named in full by a lead or a headline ending with a full stop ------------

def test_a_surname_label_takes_the_full_name_a_lead_headline_prints():
    text = ("Anna Petrowa über den Hafen und die Politik.\n\n"
            "Berg: Anna, Sie sind viel beschäftigt.\n\nPetrowa: Nicht wirklich.\n\n"
            "Berg: Warum?\n\nPetrowa: Ich bin faul.\n")
    doc = read(text, lang="de")
    assert {p.name for p in doc.persons} == {"Berg", "Anna Petrowa"}


# --- P13 a text of one run of hard-wrapped lines ------------------------------------------------

def test_a_hard_wrapped_text_without_blank_lines_keeps_its_sentences_in_one_paragraph():
    text = ("— Сколько человек приедет в город на праздник вес\n"
            "ной этого года, и кто их встретит на вокзале\n"
            "у моря?\n"
            "— Около ста человек. Они представят науку, биз-\n"
            "нес и культуру нашей страны.\n"
            "— О вашей стране сейчас много пишут в газе\n"
            "тах и говорят по радио...\n"
            "— Да, и мы этому рады. Мы ждем встреч и раз-\n"
            "говоров с жителями города.\n")
    doc = read(text, lang="ru")
    assert [len(t.paragraphs) for t in doc.turns()] == [1, 1, 1, 1]


def test_one_sentence_per_line_without_blank_lines_stays_one_paragraph_per_line():
    text = "ANN ROE: Good morning.\nThe harbour is open.\nThe ships are in.\nTOM POE: Thank you.\n"
    assert [len(t.paragraphs) for t in read(text).turns()] == [3, 1]


# --- P14 unlabeled questions between the labelled answers of one speaker ------------------------

def test_a_question_between_two_answers_of_the_one_labelled_speaker_is_a_turn():
    text = ("Qu'avez-vous retenu de cette année ?\n"
            "ROUX Anne : Beaucoup de joies et un peu de fatigue.\n"
            "Et que vous a apporté le prix ?\n"
            "ROUX Anne : Une maison et une voiture.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == [None, "ROUX Anne :", None, "ROUX Anne :"]
