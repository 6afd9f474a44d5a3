"""Persons, eleventh round (docs/convert-shapes.md, N-rules of the eleventh round): names and
roles found by where the text prints them. Every example is written for the test."""
from __future__ import annotations

from tests.convert.conftest import read


def person_of(doc, index: int):
    return doc.person(doc.turns()[index].who)


# --- the answer voice of a Q/A interview, addressed by the first question -------------------

def test_the_first_question_addressing_a_titled_name_names_the_answers():
    doc = read("Q: Commissioner Vantorre, how long have you held the office?\n\n"
               "A: Nine years now.\n\nQ: And before that?\n\nA: I sailed.")
    assert person_of(doc, 1).name == "Vantorre"
    assert person_of(doc, 3) is person_of(doc, 1)


def test_a_bare_address_counts_when_the_lead_prints_that_name():
    text = ("Tonight Commissioner Ilse Vantorre answers our questions.\n\n"
            "Q: Vantorre, is the quay ready?\n\nA: Almost.")
    assert person_of(read(text), 1).name == "Ilse Vantorre"


def test_a_sentence_opening_with_a_word_and_a_comma_is_no_address():
    doc = read("Q: Honestly, is the quay ready?\n\nA: Almost.")
    assert doc.turns()[1].who is None
