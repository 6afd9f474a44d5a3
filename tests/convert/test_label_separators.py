"""Label shapes of docs/convert-shapes.md L24-L29 (issue 13, item 2): dash separators,
dashed interview turns, transcription-service exports, symbols before a label and colon
lines that are no labels. One small synthetic example each, written for the test."""
from __future__ import annotations

import pytest

from teikit import convert
from teikit.model import Note

from tests.convert.conftest import labels, read, speech


def notes(paragraph) -> list[str]:
    return [i.text for i in paragraph.content if isinstance(i, Note)]


# --- L24 dash separators -----------------------------------------------------------------

def test_question_and_answer_letters_before_a_dash_are_labels():
    doc = read("Entretien\n\nLe ministre a reçu notre envoyé spécial à Lyon.\n\nQ - Comment allez-vous ?\n\n"
               "R - Très bien.\n\nQ - Et demain ?\n\nR - Nous verrons.", lang="fr")
    assert labels(doc)[-4:] == ["Q -", "R -", "Q -", "R -"]
    assert speech(doc)[-3] == "Très bien."


def test_a_dash_after_q_before_lower_case_words_is_speech():
    doc = read("Q Why now?\n\nMR. LEE: Because.\n\nQ — and the other question, sir?")
    assert labels(doc) == ["Q", "MR. LEE:", "Q"]
    assert speech(doc)[2] == "— and the other question, sir?"


def test_mixed_case_names_before_a_dash_are_labels_when_two_names_print_it():
    doc = read("Interview\n\nJane Miller - Good evening.\n\nPaul Grant – Hello, Jane.\n\nJane Miller - Shall we?")
    assert labels(doc) == ["Jane Miller -", "Paul Grant –", "Jane Miller -"]
    assert speech(doc)[1] == "Hello, Jane."


def test_one_name_before_a_dash_or_a_broken_word_is_no_dash_style():
    doc = read("MODERATOR: Hello.\n\nThe Gover- — the governor said so.\n\nSo, I'm — I'm sure.\n\n"
               "Jane Miller - a friend of mine.")
    assert labels(doc) == ["MODERATOR:"]


# --- L25 dashed interview turns -----------------------------------------------------------

INTERVIEW = ("Интервью\n\nМинистр ответил на вопросы нашего корреспондента о планах на год.\n\n"
             "- Как вы оцениваете итоги?\n- Итоги хорошие.\nЭто правда.\n\n- Что дальше?\n\n- Будем работать.")


def test_dashed_lines_after_a_lead_paragraph_are_unnamed_turns():
    doc = read(INTERVIEW, lang="ru")
    turns = doc.turns()
    assert [t.label for t in turns] == [None] * 4  # the lead paragraph introduces them (H20)
    assert speech(doc) == ["- Как вы оцениваете итоги?", "- Итоги хорошие. Это правда.", "- Что дальше?",
                           "- Будем работать."]


def test_a_dashed_list_is_no_dialogue():
    doc = read("MODERATOR: The points are these.\n- first, the budget.\n- second, the plan?\n"
               "- third, the staff.\n- fourth, the date?\n\nANN LEE: Agreed.")
    assert labels(doc) == ["MODERATOR:", "ANN LEE:"]  # no lead paragraph before the dashes


# --- L26 transcription-service exports --------------------------------------------------

def test_a_label_and_its_time_alone_on_a_line_open_a_wrapped_turn():
    doc = read("Speaker 1 (1:02:03)\nHello and welcome\nto the show.\n00:01:30\nMore words.\n\n"
               "Ann Lee  1:02:10\nThanks.")
    assert labels(doc) == ["Speaker 1 (1:02:03)", "Ann Lee  1:02:10"]
    assert [t.time for t in doc.turns()] == ["(1:02:03)", "1:02:10"]
    first = doc.turns()[0].paragraphs
    assert len(first) == 1 and notes(first[0]) == ["00:01:30"]


def test_a_time_only_line_inside_a_turn_is_a_timestamp_note():
    tei = convert("Speaker 1 (0:03)\nHello and welcome\n0:09\nto the show.\n\nSpeaker 2 (0:12)\nThanks.").tei
    assert b'.T2">0:09</note>' in tei.replace(b"\n", b"")


def test_times_glued_to_caption_text_are_timestamp_notes():
    tei = convert("Sottotitoli\n\n00:30Buongiorno a tutti\n00:35e benvenuti\n0:00:050:00:09Grazie").tei
    flat = tei.replace(b"\n", b"")
    assert b'0:00:050:00:09</note>Grazie' in flat and b'00:30</note>Buongiorno' in flat


def test_one_time_glued_to_a_word_is_left_alone():
    tei = convert("MODERATOR: We start at\n12:30today and end late.\n\nANN LEE: Fine.").tei
    assert b"12:30today" in tei and b'type="timestamp"' not in tei


# --- L27 symbols before a label, a note after it ---------------------------------------

def test_symbols_before_a_label_stay_in_the_label():
    doc = read("▲ MODERATOR: Hello.\n\n■ ANN LEE: Hi.\n\n●MODERATOR: Next.\n\n► ANN LEE: Yes.")
    assert labels(doc) == ["▲ MODERATOR:", "■ ANN LEE:", "●MODERATOR:", "► ANN LEE:"]
    assert speech(doc)[2] == "Next."


def test_an_occasion_note_after_a_label_is_not_speech_and_the_speaker_is_the_name():
    doc = read("Briefing\n\nANN LEE (opening statement): Hello all.\n\nBOB RAY: Hi.\n\nANN LEE: Yes.")
    turns = doc.turns()
    assert speech(doc)[0] == "Hello all."
    assert turns[0].who == turns[2].who


# --- L28 colon lines that are no labels ------------------------------------------------

def test_sentences_introducing_the_transcript_are_no_labels():
    from teikit.model import HeaderLine
    zh = read("以下为文字实录：\n\n主持人：大家好。\n\n记者：你好。", lang="zh")
    assert labels(zh) == ["主持人：", "记者："]  # the sentence is the editor's note (H20), no speech
    assert "以下为文字实录：" in [b.text for b in zh.blocks if isinstance(b, HeaderLine)]
    fr = read("Voici la transcription :\n\nANIMATEUR : Bonjour.\n\nJEAN DUPONT : Salut.", lang="fr")
    assert labels(fr) == ["ANIMATEUR :", "JEAN DUPONT :"]


def test_a_title_with_a_colon_and_a_colon_in_speech_are_no_labels():
    doc = read("Press conference: the budget for next year\n\nMODERATOR: Hello.\n\nANN LEE: Hi.\n\n"
               "He said: we will go.\n\nMODERATOR: Fine.")
    assert labels(doc) == ["MODERATOR:", "ANN LEE:", "MODERATOR:"]
    assert "He said: we will go." in speech(doc)[1]


# --- L29 a record pasted on one line ---------------------------------------------------

def test_labels_after_header_text_on_one_line_split_into_turns():
    doc = read("Briefing of the ministry 12 May 2020 MINISTER: Good morning. QUESTION: What now? "
               "MINISTER: We wait.")
    assert labels(doc) == ["MINISTER:", "QUESTION:", "MINISTER:"]
    assert speech(doc) == ["Good morning.", "What now?", "We wait."]


def test_one_unconfirmed_label_inside_a_line_stays_speech():
    doc = read("MODERATOR: Hello.\n\nANN LEE: The sign said. WARNING: keep out. And we left.")
    assert labels(doc) == ["MODERATOR:", "ANN LEE:"]
    assert speech(doc)[1] == "The sign said. WARNING: keep out. And we left."


def test_a_glued_label_starts_only_after_a_sentence_end_or_a_number():
    # "trade PRESIDENT:" follows a plain word: speech, as inside any line (L18, L29)
    doc = read("Briefing on trade PRESIDENT: Good morning all. QUESTION: What now? PRESIDENT: We wait. "
               "QUESTION: And then? PRESIDENT: We go.")
    assert labels(doc) == [None, "QUESTION:", "PRESIDENT:", "QUESTION:", "PRESIDENT:"]
    assert speech(doc)[0] == "Briefing on trade PRESIDENT: Good morning all."


@pytest.mark.parametrize("text, lang, expected", [
    ("Entrevista\n\nP. ¿Cuándo abre el puerto?\n\nR. El año que viene.\n\nP. ¿Y el dinero?\n\nR. Está.", "es",
     ["P.", "R.", "P.", "R."]),
    ("Intervista\n\nD. Quando apre il porto?\n\nR. L'anno prossimo.\n\nD. E i soldi?\n\nR. Ci sono.", "it",
     ["D.", "R.", "D.", "R."]),
    ("Crónica\n\nR Kelly no estuvo.\n\nEl puerto abrirá.", "es", [None]),
    ("Briefing\n\nQ What about the quay?\n\nMS. ROE: Next year.", "en", ["Q", "MS. ROE:"]),
])
def test_one_letter_question_and_answer_labels_of_other_languages(text, lang, expected):
    assert labels(read(text, lang=lang)) == expected


def test_a_bare_recording_time_before_a_label_and_a_name_in_brackets():
    doc = read("Transcript\n\n00:00:03 Ann Lee: Hello there.\n00:00:09 Tom Poe: Hi Ann.\n00:00:12 Ann Lee: How are you?")
    assert [(t.name, t.time, t.time_first) for t in doc.turns()] == [
        ("Ann Lee", "00:00:03", True), ("Tom Poe", "00:00:09", True), ("Ann Lee", "00:00:12", True)]
    assert speech(doc)[0] == "Hello there."
    clock = read("Notes\n\n10:30 AM: the meeting starts.\n11:30 AM: lunch.")
    assert labels(clock) == [None]  # a clock time is no recording time
    chat = read("Chat\n\n[Ann Lee]: Hello there.\n\n[Tom Poe]: Hi Ann.\n\n[Ann Lee]: How are you?\n\n[Tom Poe]: Fine.")
    assert labels(chat) == ["[Ann Lee]:", "[Tom Poe]:", "[Ann Lee]:", "[Tom Poe]:"]
    assert chat.turns()[0].who == chat.turns()[2].who != chat.turns()[1].who


def test_guest_printed_as_a_label_twice_is_a_speaker_and_guest_in_front_matter_is_none():
    doc = read("Transcript\n\nHOST: Hello there.\n\nGUEST: Hi.\n\nHOST: Sure.\n\nGUEST: Thanks.")
    assert labels(doc) == ["HOST:", "GUEST:", "HOST:", "GUEST:"]
    front = read("---\ntitle: Episode 9\nguest: Ann Lee\n---\n\nHOST: Hello there.\n\nANN LEE: Hi.")
    assert labels(front) == ["HOST:", "ANN LEE:"]


def test_speakers_in_the_first_column_of_a_table_and_a_table_of_data():
    doc = read("Transcript\n\n| Speaker | Text |\n|---|---|\n| Ann Lee | Hello there. |\n| Tom Poe | Hi Ann. |\n"
               "| Ann Lee | How are you? |\n| Tom Poe | Fine. |")
    assert [t.name for t in doc.turns()] == ["Ann Lee", "Tom Poe", "Ann Lee", "Tom Poe"]
    assert speech(doc)[1] == "Hi Ann. |"  # the row's closing bar stays where it was printed
    data = read("Prices\n\n| Item | Price |\n|---|---|\n| Apples | 3 |\n| Pears | 4 |\n| Apples | 5 |\n| Pears | 6 |")
    assert labels(data) == [None]
