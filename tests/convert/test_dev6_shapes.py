"""Shapes first met in corpus/dev6 (docs/convert-shapes.md, sections marked dev6), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L55 an unnamed speaker's role word alone counts toward a call's style ---------------------

def test_a_role_word_alone_and_one_name_role_line_make_a_calls_style():
    doc = read("Quayside Ltd Q3 Call\n\nOperator\n\nWelcome to the call. I hand over to Ann Roe now.\n\n"
               "Ann Roe -- Head of Investor Relations\n\nThank you. Results were strong this quarter.\n")
    assert labels(doc) == ["Operator", "Ann Roe -- Head of Investor Relations"]
    assert speech(doc)[1].startswith("Thank you.")


def test_a_role_word_alone_without_a_second_speaker_so_printed_is_no_label():
    doc = read("Quayside Ltd Q3 Call\n\nModerator\n\nWelcome to the call, everyone. We begin at once.\n")
    assert labels(doc) == [None]
