"""Turn shapes of session 42 (rule ids 2360-2379 ending in `l`): where turns start and end,
on small texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read, speech

# --- T2360l Numbered questions with one number misprinted ------------------------------------

MISNUMBERED = ("Entrevista a la directora del museo\n\n"
               "1.- ¿Cuándo abrió el museo?\n-En 1998, en la antigua estación.\n"
               "2.- ¿Cuántas personas lo visitan?\n-Unas diez mil al año.\n"
               "2.- ¿Qué sala prefiere usted?\n-La de los trenes de vapor.\n"
               "4.- ¿Qué planes tiene para el verano?\n-Abrir la terraza del andén.\n"
               "5.- ¿Volverá el tren turístico?\n-Sí, en julio.\n")


def test_a_misprinted_number_leaves_the_numbered_questions_read():
    doc = read(MISNUMBERED, lang="es")
    said = speech(doc)
    assert "-Unas diez mil al año." in said
    assert any(s.startswith("2.-") and "¿Qué sala prefiere usted?" in s for s in said)
    assert "-La de los trenes de vapor." in said


def test_numbers_that_do_not_count_up_stay_as_printed():
    doc = read(MISNUMBERED.replace("4.- ", "2.- ").replace("5.- ", "2.- "), lang="es")
    assert not any(s == "-Unas diez mil al año." for s in speech(doc))


# --- T2361l A numbered question wrapped onto the next line -----------------------------------

WRAPPED = ("Entrevista a la directora del museo\n\n"
           "1.- ¿Cuándo abrió el museo?\n-En 1998, en la antigua estación.\n"
           "2.- ¿Qué proyectos ha realizado durante su\nmandato?\n-La sala nueva y el jardín.\n"
           "3.- ¿Qué obras va a empezar durante esta\nnueva temporada que va a comenzar?\n-La terraza.\n")


def test_a_question_wrapped_onto_the_next_line_is_one_question():
    said = speech(read(WRAPPED, lang="es"))
    assert "-La sala nueva y el jardín." in said
    assert "-La terraza." in said
    assert any(s.startswith("2.-") and "mandato?" in s for s in said)


def test_a_capitalised_line_under_a_question_is_its_answer():
    said = speech(read(WRAPPED.replace("\nmandato?", "\nMandato?"), lang="es"))
    assert not any(s.startswith("2.-") and "Mandato?" in s for s in said)
