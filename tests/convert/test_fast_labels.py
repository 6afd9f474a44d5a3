"""The labels pass's quick paths give the answers of the long way they shortcut.

`labelshapes.candidates` reads a line that opens with an upper-case label and an ASCII
colon from a memo of the label's shape; `labelshapes.read_candidates` tries every shape.
Both must agree on every line, in particular on the lines the quick path must leave to
the long way (a timestamp, a bullet, Markdown, a table cell, a full-width colon, a dash or
a full stop in the name, a short line ending in a time).
"""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.transforms.helpers import labelshapes as ls

LEX = {lang: lexicons.load(lang) for lang in ("en", "fr", "es", "zh")}

LINES = [
    "SECRETARY BLINKEN: Thank you all for coming.", "MR. PRICE: Hi.", "Q: What now?", "Q:",
    "SPEAKER 1: Hello there.", "SPEAKER 1: 00:02", "SPEAKER 1: (00:01:23) Good morning.",
    "SPEAKER_01: [00:12] Hi", "ANN LEE (AFP): Question.", "ANN LEE (00:01:23): Hello.",
    "[00:01:23] ANN LEE: Hello.", "00:00:03 ANN LEE: Hello.", "- QUESTION: Yes.", "• ANN LEE: Hi",
    ">> ANN LEE: Hi", "**ANN LEE:** Hello", "__ANN__: Hi", "| ANN LEE | Hello there. |",
    "MS. JEAN-PIERRE: Good afternoon.", "THE PRESIDENT. I think: yes.", "ANN LEE : Bonjour.",
    "ANN LEE  : Bonjour.", " ANN LEE: Hi", ":ANN: Hi", "记者：ANN: 你好", "ANN LEE：Hello",
    "TITLE: 12:30", "ANN LEE: 12:30", "ANN LEE: hello 12:30", "ANN LEE: hello (12:30)",
    "DATE: May 5, 2021", "CORRECTED: The text", "URL: https://example.org", "ANN LEE:\tHi",
    "ANN LEE:\u00a0Hi", "ANN LEE: ", "ANN LEE:", "A" * 90 + ": speech", "ANN LEE: " + "word " * 80,
    "Ann Lee: Hello.", "VOZ 0889 00:02 en Canarias", "Speaker 2 01:27 so where were we",
    "ANN LEE -- CHIEF EXECUTIVE: no", "ANN LEE. Hello: yes", "ANN  LEE: Hi", "\\[ANN\\]: Hi",
    "ЛАРРИ КИНГ: Хорошо", "PRÉSIDENT : Merci.", "问: 你好", "12:30 ANN LEE: Hi",
    # a label alone on its line, the speech below (the quick path reads these too)
    "CHUCK TODD:", "SEN. LAMAR ALEXANDER:", "MS. JEAN-PIERRE:", "SPEAKER 1:", "SPEAKER:", "ANN LEE (AFP):",
    "ANN LEE 00:01:23:", "ANN LEE :", "ANN LEE  :", "12:30:", "QUESTION FROM ANN LEE:", "ЛАРРИ КИНГ:",
]


@pytest.mark.parametrize("lang", sorted(LEX))
@pytest.mark.parametrize("line", LINES)
def test_candidates_agree_with_the_long_way(line, lang):
    assert ls.candidates(line, LEX[lang]) == ls.read_candidates(line, LEX[lang])


_PIECES = st.sampled_from(["ANN", "LEE", "MR.", "SPEAKER", "1", " ", "  ", ":", "：", "-", "–", ".", "(", ")",
                           "[", "]", "00:01", "12:30", "Hello", "hi", "**", "|", "\t", "\u00a0", ">>", "Q"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.sampled_from(sorted(LEX)))
@example("ANN LEE: 00:01 Hello", "en")
def test_candidates_agree_on_generated_lines(line, lang):
    assert ls.candidates(line, LEX[lang]) == ls.read_candidates(line, LEX[lang])


# --- labelpolicy.LabelPolicy: the verdict of a colon label printed twice or more ---------

def _policy_lines():
    return ["Remarks on the Economy", "ANN LEE: Remarks on the Economy", "ANN LEE: Remarks on the Economy",
            "ANN LEE: Good morning.", "Tom Poe: Hello.", "Tom Poe: Hi again.", "Mary Roe: Once.",
            "Look: this is a sentence.", "Look: another one.", "Look: (00:01) Right.", "SPEAKER 1: (00:01) Hi", "SPEAKER 1: Hi",
            "Q: What?", "Q: Why?", "THE PRESIDENT: Well.", "THE PRESIDENT:", "Bundesregierung: BPK vom Mai",
            "Bundesregierung: BPK vom Mai", "所以我们认为：好。", "所以我们认为：好。",
            "STATEMENT BY SENATOR ANN LEE: Thank you all.", "STATEMENT BY SENATOR ANN LEE:",
            "Remarks by Senator Ann Lee:", "Remarks by Senator Ann Lee: Thank you all.",
            "Remarks by Senator Ann Lee: Thank you again.", "Jane Doe: (00:01) Hello there.",
            "Jane Doe: Remarks on Trade and the Economy"]


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_policy_verdicts_are_those_of_the_long_way(order):
    from teikit.transforms.helpers.labelpolicy import LabelPolicy
    lines = _policy_lines()
    lex = LEX["en"]
    found = [ls.candidates(line, lex) for line in lines]
    asked = [c for shapes in found for c in shapes]
    if order == "backward":
        asked.reverse()
    policy = LabelPolicy(lines, lines[:12], lex, found)
    verdicts = [policy(c) for c in asked] + [policy(c) for c in asked]  # the second time from the memo
    assert policy.repeated  # (the memo was used)
    fresh = LabelPolicy(lines, lines[:12], lex, found)
    assert verdicts == [fresh._verdict(c) for c in asked] * 2
