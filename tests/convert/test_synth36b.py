"""Shapes read in session 36 on synthetic transcripts of the shapes real sources print
(results calls, oral-history cover sheets, depositions)."""
from __future__ import annotations

from teikit import convert
from teikit.model import Note
from tests.convert.conftest import labels, read, speaker, speech

_CALL = ("Acme Corp. (ACM) Q3 2024 Earnings Call Transcript\n"
         "October 24, 2024 5:00 PM ET\n\n"
         "Corporate Participants\n"
         "Ann Lee - Chief Executive Officer\n"
         "Bob Roe - Chief Financial Officer\n\n"
         "Conference Call Participants\n"
         "Cy Poe - Harbour Bank\n\n"
         "Operator\n"
         "Good afternoon, and welcome to the call. I would now like to turn the call over to Ann Lee.\n\n"
         "Ann Lee\n"
         "Thank you. Revenue grew 12% year over year.\n\n"
         "Bob Roe\n"
         "Operating margin came in at 9%.\n\n"
         "Question-and-Answer Session\n\n"
         "Operator\n"
         "Our first question comes from Cy Poe with Harbour Bank.\n\n"
         "Cy Poe\n"
         "Thanks. Can you talk about pricing?\n\n"
         "Ann Lee\n"
         "Pricing remains firm.\n")


def test_a_call_s_participant_list_with_single_hyphens_is_no_dialogue():
    # "Ann Lee - Chief Executive Officer" under "Corporate Participants" was a turn saying
    # "Chief Executive Officer" (L1270h)
    doc = read(_CALL, lang="en")
    assert labels(doc) == ["Operator", "Ann Lee", "Bob Roe", "Operator", "Cy Poe", "Ann Lee"]
    assert speech(doc)[4] == "Thanks. Can you talk about pricing?"


def test_a_call_s_participant_list_gives_the_roles_and_its_heading_is_no_place():
    doc = read(_CALL, lang="en")
    assert speaker(doc, 1).role == "Chief Executive Officer"
    assert speaker(doc, 2).role == "Chief Financial Officer"
    tei = convert(_CALL.encode(), "call.txt").tei.decode()
    assert "Corporate Participants</placeName>" not in tei and "Participants</name>" not in tei
    assert '<note type="metadata">Corporate Participants</note>' in tei and "<byline>Cy Poe - Harbour Bank</byline>" in tei


def test_a_call_s_section_heading_between_two_turns_is_a_heading_note():
    # "Question-and-Answer Session" closed the CFO's turn as speech (T1272h)
    doc = read(_CALL, lang="en")
    last = doc.turns()[2].paragraphs[-1].content[0]
    assert isinstance(last, Note) and last.type == "heading" and last.text == "Question-and-Answer Session"


def test_a_section_word_with_speech_after_it_in_the_turn_stays_speech():
    doc = read("Ann Lee\nThank you, Bob.\n\nPresentation\n\nThe slides are online.\n\nBob Roe\nThanks.\n\n"
               "Ann Lee\nGood.\n", lang="en")
    assert "Presentation" in " ".join(speech(doc))


_COVER = ("SOUTHERN LABOR ORAL HISTORY COLLECTION\n\n"
          "Interviewee: Ruth Ann Roe\n"
          "Interviewer: James Poe\n"
          "Date: June 3, 1998\n"
          "Location: Baton Rouge, Louisiana\n"
          "Transcriber: M. Salas\n"
          "Length: 1 hour 12 minutes\n\n"
          "POE: Today I am speaking with Ruth Ann Roe at her home. Where were you born?\n\n"
          "ROE: I was born in Opelousas in 1921.\n\n"
          "POE: And when did you join the union?\n\n"
          "ROE: In 1943.\n")


def test_a_cover_sheet_s_fields_are_no_venue_and_no_title():
    # "Transcriber: M. Salas" was the venue, "Interviewee: …" the title (H1273h)
    tei = convert(_COVER.encode(), "oral.txt").tei.decode()
    assert "Transcriber: M. Salas</name>" not in tei and 'type="venue"' not in tei
    assert "<title>SOUTHERN LABOR ORAL HISTORY COLLECTION</title>" in tei
    assert "<placeName>Baton Rouge, Louisiana</placeName>" in tei
    assert '<note type="metadata">Transcriber: M. Salas</note>' in tei


def test_a_cover_sheet_s_role_field_names_the_label_s_person():
    doc = read(_COVER, lang="en")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Ruth Ann Roe", "Interviewee")


def test_a_field_next_to_the_date_is_no_place():
    # two fields only: no cover sheet, but a field's name says what it is (H1273h)
    tei = convert(b"Harbour Board Meeting\nMay 2, 2024\nRecorder: A. Poe\n\nANN: We open.\n\nBEN: Agreed.\n\n"
                  b"ANN: Next item.\n", "m.txt").tei.decode()
    assert "Recorder: A. Poe</placeName>" not in tei and "Recorder: A. Poe</name>" not in tei
