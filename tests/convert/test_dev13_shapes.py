"""Shapes first met in corpus/dev13 (docs/convert-shapes.md, sections marked dev13), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L120m an honorific and an upper-case surname in a record's spaced-dash style --------------

def test_an_honorific_before_an_upper_case_surname_joins_the_records_dash_labels():
    text = ("M. le Président - La séance est ouverte.\nMadame ROE, vous avez la parole.\n"
            "M. LEBRUN - Merci, Monsieur le Président.\nNous voterons contre.\n"
            "M. le Président - Merci.\nMme DURAND - Nous voterons pour.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["M. le Président -", "M. LEBRUN -", "M. le Président -", "Mme DURAND -"]


def test_one_upper_case_name_before_a_dash_is_no_label_without_a_records_style():
    text = "Le rapport\n\nM. LEBRUN - un élu discret - a voté contre.\n\nLa séance a duré une heure.\n"
    assert labels(read(text, lang="fr")) == [None]


# --- L121m a "Name – Role" line over the speech, repeating the list of speakers ---------------

_LISTED = ("Here is the full transcript of the opening keynote.\nSpeakers:\n"
           "Ann Lee – CEO, Acme\nBob Roe – CTO, Acme\nAnn Lee – CEO, Acme\n"
           "Good morning everyone.\nToday we show you what we built.\n")


def test_a_name_role_line_repeating_the_speakers_list_is_the_label_of_the_speech_below():
    doc = read(_LISTED, lang="en")
    assert labels(doc) == ["Ann Lee – CEO, Acme"]
    assert speech(doc)[0].startswith("Good morning everyone.")


def test_the_speakers_list_itself_stays_out_of_the_turns():
    doc = read(_LISTED, lang="en")
    assert not any("Bob Roe" in s for s in speech(doc))


# --- L122m "Name:" alone over a line that opens with a timestamp -------------------------------

def test_names_alone_over_timestamped_lines_are_labels_each_printed_once():
    text = ("Episode 12\nTranscript\nAnna:\n[0:04] Hello and welcome.\nPeter:\n[0:09] Hi, Anna.\n"
            "Anna:\n[0:12] Today we talk about bread.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Anna:", "Peter:", "Anna:"]
    assert speech(doc)[1].endswith("Hi, Anna.")


def test_one_heading_over_a_timestamped_line_is_no_label():
    text = "Chapter one:\n[0:04] Hello and welcome, this is the show.\n[0:09] Today we talk about bread.\n"
    assert labels(read(text, lang="en")) == [None]


# --- P30m a dash interview: every dash is a change of speaker ---------------------------------

def test_each_dashed_paragraph_of_an_interview_is_a_turn_also_between_greetings():
    text = ("EL ALCALDE HABLA\n\nAna Ruiz\n\n- Buenos días, alcalde.\n\n- Buenos días, Ana.\n\n"
            "- ¿Contento?\n\n- Mucho, la verdad. Es un honor.\n\n- ¿Y el puerto?\n\n-Lo arreglaremos pronto.\n")
    turns = speech(read(text, lang="es"))
    assert turns[:2] == ["- Buenos días, alcalde.", "- Buenos días, Ana."]
    assert len(turns) == 6


# --- P31m the first question above the first labelled answer -----------------------------------

def test_an_unlabeled_question_above_the_first_labelled_answer_is_the_first_turn():
    text = ("Bürgermeisterin Ann Roe, wie fühlt sich das an?\n\nRoe: Sehr gut. Ich bin froh.\n\n"
            "Was planen Sie als Erstes?\n\nRoe: Ich besuche die Schulen der Stadt.\n\n"
            "Und danach?\n\nRoe: Dann die Finanzen.\n")
    doc = read(text, lang="de")
    assert labels(doc) == [None, "Roe:", None, "Roe:", None, "Roe:"]
    assert speech(doc)[0] == "Bürgermeisterin Ann Roe, wie fühlt sich das an?"


# --- H120m a closing interview credit is no speech ----------------------------------------------

def test_the_interviewers_closing_credit_is_set_apart_from_the_last_answer():
    text = ("Was planen Sie?\n\nRoe: Ich besuche die Schulen.\n\nUnd danach?\n\n"
            "Roe: Dann die Finanzen.\n\nDas Interview führte Jan Poe\n")
    doc = read(text, lang="de")
    assert speech(doc)[-1] == "Dann die Finanzen."


def test_a_credit_in_french_after_the_last_answer_is_set_apart():
    text = ("Pourquoi ce choix ?\n\nROE : Parce que la ville change.\n\nEt demain ?\n\n"
            "ROE : Nous verrons.\n\nPropos recueillis par Jean Poe\n")
    assert speech(read(text, lang="fr"))[-1] == "Nous verrons."
