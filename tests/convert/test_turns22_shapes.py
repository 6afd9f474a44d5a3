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
