"""Turn shapes of the thirteenth round (docs/convert-shapes.md, sections marked lead13): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speech


# --- L130t a label glued to the sentence before it ------------------------------------------

def test_labels_in_capitals_glued_to_the_sentence_before_them_open_turns():
    text = ("Talks on the harbour\n\n"
            "MR SMITH: Good morning and welcome to all of you.MS ROE: Thank you for having me here."
            "MR SMITH: Let us begin with the works.\n\nMS ROE: They end next spring.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["MR SMITH:", "MS ROE:", "MR SMITH:", "MS ROE:"]
    assert speech(doc)[0] == "Good morning and welcome to all of you."


def test_a_glued_mixed_case_label_opens_a_turn_when_the_lead_names_the_speaker():
    text = ("The harbour reopens\n\n"
            "On Monday, Anna Berg spoke to the pilots about the new quay and the works of the winter.\n"
            "The pilots had asked for the meeting in the spring.Anna Berg: Good morning to all of you!\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Anna Berg:"]
    assert speech(doc) == ["Good morning to all of you!"]


def test_a_glued_name_and_colon_that_the_text_prints_nowhere_else_is_no_label():
    text = ("The harbour reopens\n\n"
            "The pilots had asked for the meeting in the spring.Anna Berg: a life on the water, "
            "the book of the year, is out.\n")
    assert labels(read(text, lang="en")) == [None]
    text = text.replace("Anna Berg: a life", "Anna Berg: A life")
    assert labels(read(text, lang="en")) == [None]


def test_an_honorific_before_a_glued_name_is_no_sentence_end():
    text = ("Talks\n\nMS ROE: We met Mr.Ann Lee: Tax Adviser and Ann Lee again later.\n\n"
            "MR SMITH: Good.\n\nMS ROE: Yes.\n")
    assert labels(read(text, lang="en")) == ["MS ROE:", "MR SMITH:", "MS ROE:"]


# --- H20f a lead that dates the event inside its sentence -----------------------------------

def test_a_lead_with_the_date_inside_its_sentence_is_no_opening_speech():
    text = ("The harbour reopens\n\n"
            "On the pilots' day, 25 January 2012, Anna Berg spoke to the pilots about the new quay.\n\n"
            "ANNA BERG: Good morning to all of you!\n\nPILOT: Good morning.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["ANNA BERG:", "PILOT:"]
    assert any(isinstance(b, HeaderLine) and b.kind == HeaderKind.SUMMARY for b in doc.blocks)


def test_a_headline_whose_date_is_a_sentence_of_its_own_stays_the_title():
    text = ("Press conference of the mayor Anna Berg. Monday 10 May 2023. Transcript.\n\n"
            "MAYOR ANNA BERG: Good morning.\n\nQUESTION: Good morning.\n")
    doc = read(text, lang="en")
    kinds = [b.kind for b in doc.blocks if isinstance(b, HeaderLine)]
    assert kinds == [HeaderKind.TITLE]


# --- L131t dialogue dashes run on inside lines ----------------------------------------------

_RUN_ON_DASHES = ("– Guten Abend, Frau Berg.– Guten Abend.– Schön, dass Sie da sind. Ich möchte mit Ihnen "
                  "über den Hafen sprechen.\n"
                  "Und über die Lotsen. – Gern, das ist ein wichtiges Thema für die Stadt.\n"
                  "Das ist das erste.\n")


def test_dialogue_dashes_run_on_inside_lines_open_unnamed_turns():
    turns = speech(read(_RUN_ON_DASHES, lang="de"))
    assert turns == ["– Guten Abend, Frau Berg.", "– Guten Abend.",
                     "– Schön, dass Sie da sind. Ich möchte mit Ihnen über den Hafen sprechen. | Und über die Lotsen.",
                     "– Gern, das ist ein wichtiges Thema für die Stadt. | Das ist das erste."]


def test_dashes_inside_prose_that_opens_no_line_with_a_dash_stay_prose():
    text = _RUN_ON_DASHES.replace("– Guten Abend, Frau", "Guten Abend, Frau", 1)
    assert len(speech(read(text, lang="de"))) == 1


def test_a_hyphen_glued_to_a_labels_stop_is_the_labels_separator():
    text = ("Rencontre avec la presse\n\n"
            "LE PRESIDENT.- Bonjour à tous.\n- QUESTION.- Une question ?\n"
            "- LE PRESIDENT.- Une réponse.\n- QUESTION.- Merci.\n")
    assert labels(read(text, lang="fr")) == ["LE PRESIDENT.-", "- QUESTION.-", "- LE PRESIDENT.-", "- QUESTION.-"]
