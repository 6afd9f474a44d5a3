"""Turn shapes read on the leftovers of dev21 and the tuning sets (rule ids ending in `j`)."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech

# --- P300j unlabeled questions between the labelled answers of several speakers -----------------

PANEL = ("Die Kinder fragten Martin Roe, Anel Poe und den Trainer Milan Lee.\n"
         "Martin, wie sehen Sie das Spiel?\n"
         "Martin Roe:\n"
         "Wir haben gut trainiert und sind bereit.\n"
         "Anel, was lernen Sie aus dem letzten Spiel?\n"
         "Anel Poe:\n"
         "Wir haben gut gespielt, aber kein Tor gemacht.\n"
         "Herr Lee, wie geht es Fabian?\n"
         "Milan Lee:\n"
         "Er trainiert wieder mit der Mannschaft.\n")


def test_a_question_ending_each_answer_of_a_panel_is_the_next_unlabeled_turn():
    doc = read(PANEL, lang="de")
    assert labels(doc) == [None, "Martin Roe:", None, "Anel Poe:", None, "Milan Lee:"]
    assert speech(doc)[2] == "Anel, was lernen Sie aus dem letzten Spiel?"


def test_a_labelled_dialogue_whose_turns_do_not_all_end_asking_is_not_split():
    text = PANEL.replace("Anel, was lernen Sie aus dem letzten Spiel?\n", "")
    assert labels(read(text, lang="de")) == [None, "Martin Roe:", "Anel Poe:", "Milan Lee:"]


# --- L300j a first-name label printed once that the attendance line lists -----------------------

MINUTES = ("Working group meeting\n"
           "January 12, 2012\n\n"
           "Present: Zoe, Molly, Jeff, Robina, Hillel\n\n"
           "Robina: …investigate why we came to this decision, because this is transcription.\n")


def test_a_label_printed_once_is_read_when_the_attendance_line_lists_it():
    doc = read(MINUTES)
    assert labels(doc) == ["Robina:"]


def test_a_name_the_attendance_line_does_not_list_is_no_evidence():
    assert labels(read(MINUTES.replace("Robina: ", "Paula: "))) == [None]


def test_the_last_name_of_the_attendance_line_after_the_lexicons_and_is_listed():
    # "Molly and Robina": the lexicon's list joiner ("and") parts the last two names
    assert labels(read(MINUTES.replace("Robina, Hillel", "Hillel and Robina"))) == ["Robina:"]


# --- L301j a word and a colon opening a question that goes on in lower case --------------------

QUESTIONS = ("Le domande:\n\n"
             "Sindaco: il problema della piazza è decennale. Il cittadino non ne può più. "
             "Quali interventi vuole attivare?\n\n"
             "Dottor Roe, la situazione peggiora di giorno in giorno. Quali azioni può concretare?\n")


def test_an_address_with_a_colon_before_a_lower_case_sentence_is_no_label():
    doc = read(QUESTIONS, lang="it")
    assert set(labels(doc)) == {None}
    assert any("| Sindaco: il problema" in s for s in speech(doc))


def test_the_same_word_before_a_capital_is_still_a_label():
    assert "Sindaco:" in labels(read(QUESTIONS.replace("Sindaco: il", "Sindaco: Il"), lang="it"))
