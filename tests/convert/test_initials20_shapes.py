"""Initials labels joined to the full name the text prints (docs/convert-shapes.md, N250y).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.model import Person, Turn
from teikit.transforms.helpers import samepersons
from tests.convert.conftest import read, speaker


# --- N250y initials of a hyphenated name, of a name with particles, one letter for a name ---------

def _who(doc) -> list[str | None]:
    return [t.who for t in doc.turns()]


def test_initials_of_a_hyphenated_name_join_its_label():
    doc = read("Tom Reed: Good morning, Senator.\n\nAnna Lane-Walsh: Good morning.\n\n"
               "Tom Reed: A question.\n\nAnna Lane-Walsh: Go on.\n\n"
               "TR: Have you read the report?\n\nALW: Not yet, no.\n\nTR: Will you?\n\nALW: Soon.\n")
    who = _who(doc)
    assert who[5] == who[1] and speaker(doc, 5).name == "Anna Lane-Walsh"


def _merged(names_and_labels: list[tuple[str, str]], voices=frozenset()) -> list[str]:
    """The person each label's turn points at after `merge_initials` (labels speak in order)."""
    people = [((), Person(id=f"p{n}", name=name, labels=[label])) for n, (name, label) in enumerate(names_and_labels)]
    turns = [Turn(label=label, who=f"p{n}") for n, (_, label) in enumerate(names_and_labels)]
    samepersons.merge_initials(turns, people, voices)
    return [t.who for t in turns]


def test_initials_leave_out_the_particles_of_a_name():
    assert _merged([("Ludwig van Berk", "Ludwig van Berk:"), ("LB", "LB:")]) == ["p0", "p0"]


def test_one_letter_stands_for_the_one_labelled_name_it_begins():
    assert _merged([("Василий Демьяненко", "Василий Демьяненко:"), ("В", "В:")]) == ["p0", "p0"]


def test_one_letter_for_two_names_it_begins_joins_neither():
    assert _merged([("Vera Dale", "Vera Dale:"), ("Victor Holm", "Victor Holm:"), ("V", "V:")]) == ["p0", "p1", "p2"]


def test_a_question_voice_letter_is_no_initial():
    doc = read("Isabel Marsh: Hallo.\n\nAnna Roe: Danke.\n\nIsabel Marsh: Gut.\n\nAnna Roe: Ja.\n\n"
               "I: Wo waren Sie?\n\nB: Zu Hause.\n\nI: Und dann?\n\nB: Nichts.\n", lang="de")
    assert _who(doc)[4] != _who(doc)[0]


# --- N251y a letter label named from the lead ------------------------------------------------------

_LEAD = ("Traduction : sur « Matin Vert »\n\n"
         "Traduction d’une partie de l’interview de Marisol pour l’émission « Matin Vert »\n\n"
         "J : Un jour parfait pour moi… ?\n\nM : Un jour sans réveil, au soleil.\n\n"
         "J : Très agréable !\n\nM : Oui, vraiment.\n")


def _named(doc) -> dict[str, str | None]:
    return {p.labels[0].rstrip(" :"): p.name for p in doc.persons}


def test_a_letter_label_takes_the_one_name_the_lead_interviews():
    assert _named(read(_LEAD, lang="fr"))["M"] == "Marisol"


def test_a_quoted_programme_names_no_letter_label():
    doc = read(_LEAD.replace("l’interview de Marisol", "l’interview"), lang="fr")
    assert _named(doc)["M"] in (None, "M")


def test_two_names_of_the_lead_with_the_letter_name_no_one():
    doc = read(_LEAD.replace("de Marisol", "de Marisol et de Mona Ruiz"), lang="fr")
    assert _named(doc)["M"] in (None, "M")


def test_a_date_in_the_lead_is_no_name():
    doc = read("Our talk with the mayor\n\nDana spoke with us Monday May 21 about her plans.\n\n"
               "M: What comes first?\n\nD: The harbour.\n\nM: And then?\n\nD: The school.\n")
    assert _named(doc)["M"] in (None, "M")
