"""Shapes of dev48 (rule ids 1800-1819 ending in `j`): English page captures of a tribunal
hearing, a TV interview release, radio and podcast transcripts, a lecture page, an oral
history and a TV interview on an MP's site, written for the test (never a corpus line); each
fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speaker

# --- L1800j a run of name lines among names printed twice: a cold open -----------------------

COLD_OPEN = ("[Theme music plays]\n"
             "Duane Roe: I mean looking back, you see tremendous changes.\n"
             "Carla Montes: It was so daunting to try anything with the art world.\n"
             "Lisa Kern: Hello, and welcome to the show, I'm Lisa Kern.\n"
             "Ben Gill: And I'm Ben Gill, the scholar for oral history.\n"
             "Support for this podcast comes from a foundation.\n"
             "Lisa Kern: Since 1958 we have recorded interviews with artists.\n"
             "Over the years we have recorded more than two thousand.\n"
             "Ben Gill: The first project began in the early sixties.\n")


def test_names_printed_once_in_a_run_with_repeated_labels_are_labels():
    doc = read(COLD_OPEN)
    assert labels(doc) == ["Duane Roe:", "Carla Montes:", "Lisa Kern:", "Ben Gill:", "Lisa Kern:", "Ben Gill:"]
    assert speaker(doc, 1).name == "Carla Montes"
    assert len(doc.turns()[4].paragraphs) == 2  # the unlabelled line goes on with the speaker above


def test_a_run_beside_a_single_repeated_name_is_no_evidence():
    doc = read("Main Street: The road is closed until further notice.\n"
               "Harbour Road: The ferry runs every hour this week.\n"
               "Lisa Kern: Hello, and welcome to the show.\n"
               "Some notes follow here.\n"
               "Lisa Kern: We go on with the news.\n")
    assert "Main Street:" not in labels(doc)


# --- P1801j a tribunal transcript's paragraph numbers over each turn --------------------------

NUMBERED = ("9.45 AM, THURSDAY, 12 MAY 2022\n\n"
            "PN1          \n\n"
            "VICE PRESIDENT ROE:  Yes, good morning.  I'll take the appearances.\n\n"
            "PN2          \n\n"
            "MR C LEE:  May it please the Commission, Lee, initial C.\n\n"
            "PN3          \n\n"
            "VICE PRESIDENT ROE:  Thank you, Mr Lee.\n\n"
            "PN4          \n\n"
            "MR LEE:  Thank you, your Honour.\n")


def test_paragraph_numbers_over_each_turn_are_no_speech_nor_title():
    from tests.convert.conftest import speech
    doc = read(NUMBERED)
    assert len(doc.turns()) == 4
    assert all(len(t.paragraphs) == 1 for t in doc.turns())
    assert not any("PN" in s for s in speech(doc))
    assert doc.setting.title != "PN1"


def test_numbered_questions_with_one_letter_stay():
    from teikit.transforms.helpers.paragraphnumbers import paragraph_numbers
    lines = ["Q1", "What is it?", "Q2", "Why?", "Q3", "How?"]
    assert paragraph_numbers(lines, list(enumerate(lines))) == set()
    lines = ["PN1  ", "Yes.", "PN2", "No.", "PN3", "Maybe."]
    assert paragraph_numbers(lines, list(enumerate(lines))) == {0, 2, 4}


# --- L1802j a topics line in capitals is no label ---------------------------------------------

def test_a_subjects_line_in_capitals_is_the_headers_note():
    doc = read("TELEVISION INTERVIEW\n\nTHURSDAY, 18 OCTOBER 2018\n\n"
               "SUBJECTS: Wentworth; leaked text messages; Coalition divisions.\n\n"
               "ANN LEE (CO-HOST): Thanks for your time this morning.\n\n"
               "TOM ROE, MANAGER OF BUSINESS: Good to be with you.\n")
    assert labels(doc) == ["ANN LEE (CO-HOST):", "TOM ROE, MANAGER OF BUSINESS:"]


# --- L1803j a course's code and name on the first line is a heading ---------------------------

LECTURE = ("PHIL 176: Death\n\nLecture 1\n\n"
           "Professor Lee introduces the course and the material it will leave aside this term.\n\n"
           "Professor Ann Lee: All right, so this is Philosophy 176. The class is on death.\n\n"
           "Now, as I say, this is a class on death.\n")


def test_a_course_code_and_name_on_the_first_line_is_no_label():
    doc = read(LECTURE)
    assert "PHIL 176:" not in labels(doc)
    assert labels(doc)[0] == "Professor Ann Lee:"


def test_a_recogniser_number_is_no_course_code():
    from teikit.lexicons import load
    from teikit.transforms.helpers.titlelabels import catalogue_code
    lex = load("en")
    assert catalogue_code("PHIL 176", lex) and catalogue_code("CS50", lex)
    assert not catalogue_code("GUEST 12", lex) and not catalogue_code("ANN LEE", lex)


# --- H1804j an overview naming the speaker by title and surname is no opening speech ----------

def test_an_overview_about_the_lecturer_is_no_unlabelled_turn():
    doc = read(LECTURE)
    assert len(doc.turns()) == 1
    assert len(doc.turns()[0].paragraphs) == 2


def test_a_vocative_opening_stays_speech():
    from teikit.lexicons import load
    from teikit.transforms.helpers.newsleads import titled_subject
    lex = load("en")
    assert titled_subject("Professor Kagan introduces the course.", {"kagan"}, lex)
    assert not titled_subject("Professor Kagan, welcome to the show.", {"kagan"}, lex)


# --- H1805j a broadcaster's release: WHEN and WHERE fields, a credit notice -------------------

RELEASE = ("News Releases\n\n"
           "CNBC Exclusive: CNBC Transcript: Harbour Secretary Ann Lee Speaks with CNBC's Tom Roe on \"Morning Show\" Today\n\n"
           "WHEN: Today, Friday, March 3rd\n\n"
           "WHERE: CNBC's \"Morning Show\"\n\n"
           "Following is the unofficial transcript of a CNBC EXCLUSIVE interview with Harbour Secretary Ann Lee "
           "and CNBC's Tom Roe on CNBC's \"Morning Show\" today, Friday, March 3rd.\n\n"
           "All references must be sourced to CNBC.\n\n"
           "TOM ROE: GOOD MORNING. THANK YOU FOR COMING.\n\n"
           "ANN LEE: GLAD TO BE HERE.\n\n"
           "ROE: HOW IS THE HARBOUR?\n\n"
           "LEE: BUSY.\n")


def test_release_fields_and_notice_are_no_unlabelled_turn():
    doc = read(RELEASE)
    assert labels(doc) == ["TOM ROE:", "ANN LEE:", "ROE:", "LEE:"]
    assert doc.setting.venue is not None and "Morning Show" in doc.setting.venue
    assert doc.setting.title.startswith("CNBC Exclusive")


# --- H1806j a radio programme's episode title, note and section heading under `Transcript` ----

RADIO = ("Transcript\n\n"
         "712: Where the Ferry Goes!\n\n"
         "Note: This programme is produced for the ear and designed to be heard. Transcripts may contain errors.\n\n"
         "Prologue\n\n"
         "Ann Lee\n\n"
         "From the harbour, it's the show. I'm Ann Lee.\n\n"
         "Tom Roe\n\n"
         "I just come to work. I do my job.\n\n"
         "Ann Lee\n\n"
         "Play each game the best you can.\n\n"
         "Tom Roe\n\n"
         "Yeah, exactly.\n")


def test_an_episode_title_note_and_section_heading_open_no_turn():
    doc = read(RADIO)
    assert labels(doc) == ["Ann Lee", "Tom Roe", "Ann Lee", "Tom Roe"]
    assert doc.setting.title == "712: Where the Ferry Goes!"
    assert doc.setting.place is None
