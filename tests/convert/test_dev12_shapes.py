"""Shapes first met in corpus/dev12 (docs/convert-shapes.md, sections marked dev12), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import read, speech


def _turn_texts(doc) -> list[str]:
    return speech(doc)


# --- P22 question and answer on one bulleted line -------------------------------------------------

_BULLETS = ("Parla la nuova presidente\n\n"
            "• Se lo aspettava? “No, davvero no”.\n"
            "• E ora che cosa farà? “Lavorerò con tutti”.\n"
            "• Il primo impegno? Il ponte.\n"
            "• Chi ringrazia? Poi, chi la sostiene? “La mia famiglia”.\n")


def test_each_bullet_line_is_a_question_turn_and_an_answer_turn():
    turns = _turn_texts(read(_BULLETS, lang="it"))
    assert len(turns) == 8
    assert turns[0].endswith("Se lo aspettava?") and turns[1].startswith("“No, davvero no”")
    assert turns[5] == "Il ponte."  # an answer without quotes follows the last question mark
    assert turns[6].endswith("Poi, chi la sostiene?")  # a question of two sentences stays one turn


def test_a_bulleted_list_of_points_is_no_interview():
    text = ("Il programma\n\n• Il ponte sul fiume.\n• La scuola nuova.\n"
            "• Chi paga? La regione.\n• Le strade del centro.\n")
    assert len(_turn_texts(read(text, lang="it"))) == 1
