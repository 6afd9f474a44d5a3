"""Shapes first met in corpus/dev10 (docs/convert-shapes.md, sections marked dev10), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L85 a voice word, a colon and a diarization id alone on a line --------------------------

def test_a_diarization_id_after_speaker_colon_alone_on_its_line_is_the_label():
    text = ("Speaker : spk1\n"
            "Good evening, the sitting is open.\n"
            "Speaker : spk2\n"
            "Thank you, chair.\n"
            "Speaker : spk1\n"
            "The first item is the budget.\n")
    doc = read(text)
    assert labels(doc) == ["Speaker : spk1", "Speaker : spk2", "Speaker : spk1"]
    assert speech(doc) == ["Good evening, the sitting is open.", "Thank you, chair.",
                           "The first item is the budget."]


def test_the_voice_words_of_the_document_language_open_such_a_line_too():
    text = ("Sprecher: 1\nGuten Abend, die Sitzung ist eröffnet.\n"
            "Sprecher: 2\nDanke, Herr Vorsitzender.\n")
    doc = read(text, lang="de")
    assert labels(doc) == ["Sprecher: 1", "Sprecher: 2"]


def test_a_voice_word_before_a_sentence_is_no_such_label():
    text = "ANN LEE: Good morning.\n\nSpeaker: this is the word we use for the chair.\n"
    doc = read(text)
    assert "Speaker: this is the word we use for the chair." not in labels(doc)


# --- L86 a label whose colon the page moved to the next line ---------------------------------

def test_labels_at_line_ends_with_the_colon_on_the_next_line():
    text = ("Ann\n\n"
            ": Hello, this is Ann. Tom\n\n"
            ": Hi Ann, how are you?\n\n"
            "Ann\n\n"
            ": Very well, thanks. Tom\n\n"
            ": Good to hear.\n")
    doc = read(text)
    assert [l.rstrip(" :") for l in labels(doc)] == ["Ann", "Tom", "Ann", "Tom"]
    assert speech(doc) == ["Hello, this is Ann.", "Hi Ann, how are you?", "Very well, thanks.",
                           "Good to hear."]


def test_colons_opening_paragraphs_without_a_label_before_them_are_left_alone():
    text = ("ANN LEE: The list follows.\n\n"
            ": first, the budget, which we discussed at length\n\n"
            ": second, the roads\n\n"
            ": third, the schools\n")
    doc = read(text)
    assert labels(doc) == ["ANN LEE:"]
