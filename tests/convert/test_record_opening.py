"""H190v: a record's opening narration before its first label (docs/convert-shapes.md), on
small synthetic records written for the test (never a corpus line): each fails without the
rule, or guards a real unlabeled opening speech the rule must leave alone."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read

_FR_RECORD = ("Conseil communal de Port-Lune\n\nSéance du mardi 4 mai 2021\n\n(Présidence de Mme Leroy.)\n\n"
              "La séance est ouverte à dix heures.\n\nAppel des membres\n\n"
              "Mme Arnaud procède à l'appel des membres.\n\n"
              "Le secrétaire donne lecture d'une lettre des riverains du port.\n\n"
              "« Nous demandons que le quai soit réparé avant l'hiver. »\n\n"
              "Mme la présidente. - La lettre est renvoyée à la commission des travaux.\n\n"
              "M. Vasseur. - Le quai attend depuis deux ans.\n\n"
              "Mme la présidente. - La commission en fera rapport jeudi.\n")

_ES_RECORD = ("ACTA DE LA SESIÓN ORDINARIA\n\n"
              "Siendo las nueve horas, la concejala Marta Ibáñez procede a izar la bandera y los presentes "
              "se ponen de pie.\n\n"
              "PRESIDENCIA: Tiene la palabra el concejal Ruiz.\n\n"
              "CONCEJAL RUIZ: El puerto necesita un nuevo muelle este año.\n\n"
              "PRESIDENCIA: Pasamos al punto siguiente.\n")


def _notes(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.NOTE]


def test_a_records_narration_before_the_chairs_label_is_no_turn():
    doc = read(_FR_RECORD, lang="fr")
    assert labels(doc) == ["Mme la présidente. -", "M. Vasseur. -", "Mme la présidente. -"]
    notes = _notes(doc)
    assert "Mme Arnaud procède à l'appel des membres." in notes
    # the petition read out says "Nous": a quotation, not the narrator's words
    assert "« Nous demandons que le quai soit réparé avant l'hiver. »" in notes


def test_a_council_office_label_marks_the_record():
    doc = read(_ES_RECORD, lang="es")
    assert all(label is not None for label in labels(doc))
    assert len(doc.turns()) == 3
    assert any(n.startswith("Siendo las nueve horas") for n in _notes(doc))


def test_an_opening_in_the_first_person_stays_a_speech():
    text = _FR_RECORD.replace("Mme Arnaud procède à l'appel des membres.",
                              "Je déclare la séance ouverte et je procède à l'appel des membres.")
    doc = read(text, lang="fr")
    assert labels(doc)[0] is None
    assert doc.turns()[0].paragraphs[0].text.startswith("Je déclare la séance ouverte")


def test_a_greeting_to_the_room_stays_a_speech():
    text = _ES_RECORD.replace("Siendo las nueve horas, la concejala",
                              "Buenos días a todos. Siendo las nueve horas, la concejala")
    doc = read(text, lang="es")
    assert labels(doc)[0] is None


def test_a_third_person_briefing_under_no_chair_stays_a_speech():
    # a spokesperson's statement in the third person, then questions: no chair labels it
    text = ("Noon briefing of the harbour authority\n\n"
            "The Director-General is travelling to Port Lune tomorrow. She will open the new quay "
            "and meet the harbour board.\n\n"
            "QUESTION: When does the quay open to ferries?\n\n"
            "SPOKESPERSON: In June, after the inspection.\n\n"
            "QUESTION: And the fees?\n\n"
            "SPOKESPERSON: They stay as they are.\n")
    doc = read(text, lang="en")
    assert labels(doc)[0] is None
    assert doc.turns()[0].paragraphs[0].text.startswith("The Director-General is travelling")


def test_the_same_prose_under_no_chairs_label_stays_a_speech():
    # labels of people only, no chair: nothing says the text is a sitting's record
    doc = read(_FR_RECORD.replace("Mme la présidente", "Mme Leroy"), lang="fr")
    assert labels(doc)[0] is None
    assert doc.turns()[0].paragraphs[0].text.startswith("Mme Arnaud procède")
