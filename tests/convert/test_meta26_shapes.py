"""Furniture and person shapes of dev26's round 2 (docs/convert-shapes.md, B600a-): one small
synthetic example each, written for the test (never a corpus line); each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read
from tests.convert.test_meta30_shapes import _boilerplate

# --- B600a a related-articles box: its heading over dashed links --------------------------------

_BOX = ("Q: Und der Hafen?\nANNA LEE: Er öffnet bald.\nAlles zum Thema Hafen\n"
        "- Hafen Neue Kräne für den Kai\n- Stadt Die Fähre fährt wieder\nQ: Wann?\nANNA LEE: Im Mai.\n")


def test_a_related_articles_box_is_furniture():
    doc = read(_BOX, lang="de")
    assert _boilerplate(doc) == ["Alles zum Thema Hafen", "- Hafen Neue Kräne für den Kai",
                                 "- Stadt Die Fähre fährt wieder"]
    assert labels(doc) == ["Q:", "ANNA LEE:", "Q:", "ANNA LEE:"]


def test_the_heading_over_one_dashed_line_stays_speech():
    doc = read("Q: Und der Hafen?\nANNA LEE: Er öffnet bald.\nAlles zum Thema Hafen\n"
               "- Hafen Neue Kräne für den Kai\nQ: Wann?\nANNA LEE: Im Mai.\n", lang="de")
    assert "- Hafen Neue Kräne für den Kai" not in _boilerplate(doc)

