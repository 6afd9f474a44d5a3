"""Shapes of dev46 (rule ids 1750-1769 ending in `j`): Spanish, Italian and German interview
pages, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speaker

# --- L1750j a lower-case outlet label whose question addresses the labelled answerer ----------

_ADDRESSED = ("„Wir bleiben dabei“\n\n"
              "Der neue Hafenminister Tom Roe will zuerst die Fähren retten.\n\n"
              "zeitpunkt: Herr Roe, wie oft werden Sie nach Ihrem Boot gefragt?\n\n"
              "Tom Roe: Fast immer.\n\n"
              "Segeln Sie noch?\n\n"
              "Ja, jeden Sonntag, wenn das Wetter es erlaubt.\n")


def test_a_lower_case_outlet_addressing_the_answerer_is_a_label():
    doc = read(_ADDRESSED, lang="de")
    assert labels(doc)[:2] == ["zeitpunkt:", "Tom Roe:"]
    assert doc.turns()[0].paragraphs[0].text.startswith("Herr Roe, wie oft")


def test_the_unlabelled_answers_after_the_addressed_exchange_are_the_answerers():
    doc = read(_ADDRESSED, lang="de")
    assert [t.label for t in doc.turns()[2:]] == [None, None]
    assert speaker(doc, 3) is speaker(doc, 1) and speaker(doc, 1).name == "Tom Roe"


@pytest.mark.parametrize("question", [
    "zeitpunkt: Herr Lee, wie oft werden Sie nach Ihrem Boot gefragt?",  # another name
    "zeitpunkt: Wie oft werden Sie nach Ihrem Boot gefragt?",  # no address
])
def test_a_lower_case_word_addressing_no_labelled_speaker_stays_speech(question):
    doc = read(_ADDRESSED.replace("zeitpunkt: Herr Roe, wie oft werden Sie nach Ihrem Boot gefragt?", question),
               lang="de")
    assert "zeitpunkt:" not in labels(doc)


# --- H1751j a picture's caption closed by its credit ------------------------------------------

_CAPTION = ("Ann Roe über den Hafen„Wir bleiben dabei“\n\n"
            "Die neue Hafenministerin will zuerst die Fähren retten. Sie sucht keinen Applaus.\n\n"
            "Ann Roe an ihrem neuen Schreibtisch im Ministerium für Hafen, Küste und Verkehr Foto: Tom Lee\n\n"
            "Ann Roe: Wir fangen mit den Fähren an.\n\n"
            "Ann Roe: Dann kommt der Rest.\n")


def _header(doc, kind):
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == kind]


def test_a_credited_photo_caption_is_a_note_not_the_title():
    doc = read(_CAPTION, lang="de")
    assert _header(doc, HeaderKind.NOTE) == [
        "Ann Roe an ihrem neuen Schreibtisch im Ministerium für Hafen, Küste und Verkehr Foto: Tom Lee"]
    assert doc.setting.title == "Ann Roe über den Hafen„Wir bleiben dabei“"


def test_a_credited_caption_in_english_is_a_note():
    doc = read("Harbour talks go on\n\n"
               "The minister at her desk in the new harbour office, Tuesday. Photo: Reuters\n\n"
               "ANN ROE: We start with the ferries.\n\nTOM LEE: Thank you.\n", lang="en")
    assert _header(doc, HeaderKind.NOTE) == ["The minister at her desk in the new harbour office, Tuesday. Photo: Reuters"]


def test_a_credit_names_no_speaker_of_unlabelled_turns():
    doc = read("Die Fähren bleiben\n\n"
               "Ann Roe am Schreibtisch im Ministerium für Familie und Jugend Foto: Tom Lee\n\n"
               "Wie geht es weiter mit den Fähren?\n\n"
               "Wir fangen mit den Fähren an, dann kommt der Rest der Flotte.\n\n"
               "Und die Häfen?\n\n"
               "Die Häfen folgen im nächsten Jahr, wenn das Geld da ist.\n\n"
               "Was sagt die Küste?\n\n"
               "Die Küste ist zufrieden, soweit ich es höre.\n", lang="de")
    assert all(p.name != "Jugend Foto" for p in doc.persons)


# --- B1752j a web form's failure notice ----------------------------------------------------------

FAILURE_NOTICES = {
    "es": ("Ha ocurrido un error inesperado y su comentario no se ha podido enviar. Inténtelo de nuevo más tarde.",
           "¿Qué pasa con el equipo?\n\nEl equipo está bien y trabaja cada día.\n", "es"),
    "en": ("An error occurred and your message could not be sent. Please try again later.",
           "ANN ROE: We start with the ferries.\n\nTOM LEE: Thank you.\n", "en"),
    "de": ("Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.",
           "Ann Roe: Wir fangen mit den Fähren an.\n\nTom Lee: Danke.\n", "de"),
}


@pytest.mark.parametrize("case", sorted(FAILURE_NOTICES))
def test_a_web_forms_failure_notice_is_boilerplate(case):
    notice, rest, lang = FAILURE_NOTICES[case]
    doc = read(f" date 2017-02 {notice}\n\n{rest}", lang=lang)
    assert notice in [b.text for b in doc.blocks if type(b).__name__ == "Boilerplate"]
    assert all(not t.paragraphs[0].text.startswith(notice[:12]) for t in doc.turns())


def test_a_speaker_telling_of_an_error_is_speech():
    doc = read("ANN ROE: An error occurred in the harbour office, and we fixed it.\n\nTOM LEE: Thank you.\n")
    assert doc.turns()[0].paragraphs[0].text.startswith("An error occurred")


# --- T1753j an answer whose label a flattened layout lost ---------------------------------------

_LOST = ("Ann Lee und Eva Berg im Gespräch mit Dr. Tom Roe\n\n"
         "Tom Roe: Das Land bereitet nun ein\n"
         "Gesetz vor, was stark von den Kassen finanziert werden muss. Wie\n"
         "schätzen Sie dieses Gesetz ein?\n"
         "ist eine Struktur, in\n"
         "der Leute zusammenarbeiten können.\n")


def test_a_lower_case_line_under_a_labelled_question_is_another_voices_turn():
    doc = read(_LOST, lang="de")
    turns = doc.turns()
    assert [t.label for t in turns] == ["Tom Roe:", None]
    assert turns[1].paragraphs[0].text.startswith("ist eine Struktur")
    assert turns[0].paragraphs[-1].text.endswith("schätzen Sie dieses Gesetz ein?")


@pytest.mark.parametrize("change", [
    ("ein?\n", "ein?\n\n"),  # a blank line between: a page break may cut anywhere
    ("ein?\n", "ein\n"),  # no question above
])
def test_a_lower_case_line_under_no_question_or_after_a_gap_stays_in_the_turn(change):
    doc = read(_LOST.replace(*change), lang="de")
    assert [t.label for t in doc.turns()] == ["Tom Roe:"]


def test_a_lost_label_answer_in_long_flattened_lines_is_one_paragraph_each_side():
    # lines too long for the reader's hard-wrap test: a paragraph each until the cut joins them
    long = "sicherlich auch, und die Länder halten sich dabei zurück, wie man in den letzten Jahren immer wieder sehen konnte. Wie"
    doc = read(_LOST.replace("muss. Wie\n", f"muss, {long}\n"), lang="de")
    turns = doc.turns()
    assert [t.label for t in turns] == ["Tom Roe:", None]
    assert [len(t.paragraphs) for t in turns] == [1, 1]


def test_a_lettered_option_under_a_question_stays_in_the_turn():
    doc = read("ANN ROE: But what did the subtitle say? Was it:\n"
               "a) We cannot allow the mayor to become king?\n"
               "b) We cannot allow the king to become mayor?\n\n"
               "TOM LEE: I think it was b.\n\nANN ROE: Right.\n")
    assert [t.label for t in doc.turns()] == ["ANN ROE:", "TOM LEE:", "ANN ROE:"]
