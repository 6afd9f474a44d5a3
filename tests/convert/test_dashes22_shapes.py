"""Dash shapes read on the leftovers of dev22 (rule ids ending in `l`)."""
from __future__ import annotations

from tests.convert.conftest import read, speech

# --- P245l an answer opened by a dash glued to a bracketed note ---------------------------------

DASHED = ("-Después de treinta años en el puerto, le toca ser director. ¿Con ganas?\n\n"
          "-Con muchas ganas, voy a seguir como hasta ahora, cerca de los barcos y de la gente.\n\n"
          "-Con la obra nueva, supongo que le supondrá un reto\n\n"
          "-La verdad es que sí, pero no por la obra, sino por las cuentas del puerto en general.\n\n"
          "-¿Cuáles serán sus prioridades como director?\n\n"
          "-Las de siempre: el muelle, la lonja y los pescadores. Aquí todos nos conocemos.\n\n"
          "-Dicen que llega por la puerta de atrás.\n\n"
          "-(Risas). A ver, si uno se va, otro tendrá que llegar. No hay puerta de atrás.\n")


def test_every_dashed_paragraph_is_a_turn_when_an_answer_opens_with_a_note():
    turns = speech(read(DASHED, lang="es"))
    assert len(turns) == 8
    assert turns[2].startswith("-Con la obra nueva")
    assert turns[6].startswith("-Dicen que")


def test_a_dash_before_a_one_letter_bracket_is_no_dialogue_dash():
    # "- (a) …" numbers a list item: the text is read by its questions only
    text = DASHED.replace("-(Risas). A ver", "- (a) A ver")
    assert len(speech(read(text, lang="es"))) < 8
