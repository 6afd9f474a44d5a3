"""Shapes of the lead's rules in session 38 (docs/convert-shapes.md, `(lead38)`)."""
from __future__ import annotations

import re

import teikit


def _setting_place(text: str) -> str | None:
    tei = teikit.convert(text.encode(), "t.txt").tei.decode()
    m = re.search(r"<placeName>([^<]*)</placeName>", tei)
    return m.group(1) if m else None


def test_h1205i_a_topic_word_under_the_title_is_no_place():
    text = ("Press conference after the cabinet meeting\n\nHousing\n\nMS. LEE: Good afternoon. Today we "
            "talked about housing.\n\nQUESTION: How many homes?\n\nMS. LEE: Many.\n")
    assert _setting_place(text) is None
    dutch = ("Persconferentie na ministerraad\n\nWoningbouw\n\nRUTTE: Goedemiddag. Vandaag spraken we over de "
             "woningbouw.\n\nVRAAG: Hoeveel woningen?\n\nRUTTE: Veel.\n")
    assert _setting_place(dutch) is None


def test_h1205i_a_place_the_speech_capitalises_stays_the_place():
    text = ("Press conference after the summit\n\nNice\n\nMS. LEE: It is nice to be here in Nice "
            "today.\n\nQUESTION: How long will you stay?\n\nMS. LEE: Two days.\n")
    assert _setting_place(text) == "Nice"
    unmentioned = ("Press conference after the summit\n\nMoscow\n\nMS. LEE: Good afternoon.\n\n"
                   "QUESTION: How long will you stay?\n\nMS. LEE: Two days.\n")
    assert _setting_place(unmentioned) == "Moscow"
