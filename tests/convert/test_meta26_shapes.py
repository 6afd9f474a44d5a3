"""Furniture and person shapes of dev26's round 2 (docs/convert-shapes.md, B600a-): one small
synthetic example each, written for the test (never a corpus line); each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read
from tests.convert.test_meta30_shapes import _boilerplate

# --- B600a a related-articles box: its heading over dashed links --------------------------------

_BOX = ("Q: Und der Hafen?\nANNA LEE: Er öffnet bald.\nAlles zum Thema Hafen\n"
        "- Hafen Neue Kräne für den Kai\n- Stadt Die Fähre fährt wieder\nQ: Wann?\nANNA LEE: Im Mai.\n")


def test_a_related_articles_box_is_furniture():
    doc = read(_BOX, lang="de")
    assert _boilerplate(doc) == ["Alles zum Thema Hafen", "- Hafen Neue Kräne für den Kai",
                                 "- Stadt Die Fähre fährt wieder"]
    assert labels(doc) == ["Q:", "ANNA LEE:", "Q:", "ANNA LEE:"]


def test_the_heading_over_one_dashed_line_stays_speech():
    doc = read("Q: Und der Hafen?\nANNA LEE: Er öffnet bald.\nAlles zum Thema Hafen\n"
               "- Hafen Neue Kräne für den Kai\nQ: Wann?\nANNA LEE: Im Mai.\n", lang="de")
    assert "- Hafen Neue Kräne für den Kai" not in _boilerplate(doc)


# --- N601a a first-name label after a noun with its article ---------------------------------------

_LEAD = "Ein Gespräch mit den Vorstandsmitgliedern Carsten Schmidt und Andre Neuser über den Verein.\n\n"


def test_a_noun_after_an_article_is_no_given_name():
    doc = read(_LEAD + "Carsten, wie war das Jahr?\n\nCarsten: Es war gut.\n", lang="de")
    assert doc.person(doc.turns()[-1].who).name == "Carsten Schmidt"


def test_a_surname_label_keeps_the_given_name_before_it():
    doc = read("Ein Gespräch mit Carsten Schmidt über den Verein.\n\nWie war das Jahr?\n\n"
               "Schmidt: Es war gut.\n", lang="de")
    assert doc.person(doc.turns()[-1].who).name == "Carsten Schmidt"


# --- N602a a programme's name in quotation marks inside an office ----------------------------------

def test_a_quoted_programme_inside_an_office_before_the_name():
    doc = read("Об этом сообщил ведущий «Утреннего эфира» Анна Смирнова на своей странице.\n\n"
               "Анна Смирнова (АС): Доброе утро.\n", lang="ru")
    assert doc.person(doc.turns()[-1].who).role == "ведущий «Утреннего эфира»"
    de = read("Das sagte der Moderator von „Hart aber fair“ Frank Plasberg gestern.\n\n"
              "Frank Plasberg: Guten Abend.\n", lang="de")
    assert de.person(de.turns()[-1].who).role == "Moderator von „Hart aber fair“"


# --- N603a a lead naming the occasion's speaker by office ------------------------------------------

_QA = "Che squadra è?\n“Di grande volontà.”\nLe riserve restano?\n“No, ritornano a casa.”\nE adesso?\n“Adesso si lavora.”\n"


def test_the_lead_names_the_press_conference_speaker_by_office():
    doc = read("Di seguito la conferenza stampa del ct Mario Rossi dopo la partita:\n" + _QA, lang="it")
    answers = [t.who for t in doc.turns() if t.who]
    assert answers and doc.person(answers[0]).name == "Mario Rossi"
    assert doc.person(answers[0]).role == "ct"
    assert [t.who for t in doc.turns() if t.paragraphs[0].text.endswith("?")] == [None, None, None]


def test_a_lead_without_an_occasion_word_names_no_one():
    doc = read("Di seguito le parole del ct Mario Rossi dopo la partita:\n" + _QA, lang="it")
    assert all(t.who is None for t in doc.turns())


# --- N604a a numbered question label with the number glued on ---------------------------------------

def test_a_glued_question_number_is_no_person():
    doc = read("Q1. Why was the meeting held online?\n\nAnswer: The chair said it was cheaper.\n\n"
               "Q2. Will the quay open?\n\nAnswer: The chair said it opens in May.\n")
    assert labels(doc) == ["Q1.", "Answer:", "Q2.", "Answer:"]
    assert doc.persons == []
