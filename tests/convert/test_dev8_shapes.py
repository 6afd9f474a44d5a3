"""Shapes first met in corpus/dev8 (docs/convert-shapes.md, sections marked dev8), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speech


def header_lines(doc, kind: HeaderKind) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == kind]


def title_of(doc) -> str | None:
    return next(iter(header_lines(doc, HeaderKind.TITLE)), None)


# --- H45 an editor's note that names the transcript, before the first turn ------------------

def test_a_disclaimer_naming_the_transcript_is_a_note_not_an_opening_turn():
    text = ("Ce texte est une transcription automatique. Il peut contenir des erreurs.\n"
            "M. Roux : Bonjour à tous, merci d'être venus.\n"
            "Mme Lenoir : Merci, monsieur le député.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["M. Roux :", "Mme Lenoir :"]
    assert header_lines(doc, HeaderKind.NOTE) == [text.splitlines()[0]]


def test_a_rush_transcript_notice_in_capitals_is_a_note():
    text = ("Evening Roundtable\n\n"
            "THIS IS AN UNEDITED TRANSCRIPT. IT MAY CHANGE.\n\n"
            "ANN LEE: Good evening and welcome.\n\n"
            "TOM ROE: Thanks for having me.\n")
    doc = read(text)
    assert labels(doc) == ["ANN LEE:", "TOM ROE:"]
    assert "THIS IS AN UNEDITED TRANSCRIPT. IT MAY CHANGE." in header_lines(doc, HeaderKind.NOTE)


def test_an_unlabelled_transcript_keeps_its_disclaimer_out_of_the_speech():
    text = ("Garden Hour\n\n"
            "Machine-made text of the broadcast, not a checked transcript. Expect errors.\n\n"
            "Welcome back to the show. Today we talk about roses and the frost.\n")
    doc = read(text)
    assert speech(doc) == ["Welcome back to the show. Today we talk about roses and the frost."]


def test_a_speech_naming_the_transcript_after_a_heading_that_opens_with_the_occasion_is_a_title():
    text = ("Press conference of the mayor, Monday 3 May 2021. Transcript.\n\n"
            "MAYOR: Good morning.\n\n"
            "REPORTER: Good morning.\n")
    doc = read(text)
    assert title_of(doc) == "Press conference of the mayor, Monday 3 May 2021. Transcript."


# --- H46 a heading that opens with the occasion, right over the first turn ------------------

def test_a_sentence_opening_with_the_occasion_over_the_first_turn_is_a_heading():
    text = ("Entrevista al ministro de Cultura, Juan Pérez, en el programa “La Tarde”, Radio Sur.\n"
            "PERIODISTA.- Buenas tardes, ministro.\n"
            "MINISTRO.- Buenas tardes.\n")
    doc = read(text, lang="es")
    assert labels(doc) == ["PERIODISTA.-", "MINISTRO.-"]
    assert title_of(doc) == text.splitlines()[0]
