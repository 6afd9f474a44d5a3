"""Roles of session 42 (rule ids N2200l-N2219l, docs/convert-shapes.md): where the text prints a
named speaker's role. Every example is written for the test (never a corpus line); each fails
without its rule."""
from __future__ import annotations

from teikit.model import LineBreak, Note, Paragraph, Text
from teikit.transforms.helpers.labelblocks import LINE_NUMBER_NOTE, without_line_numbers
from tests.convert.conftest import read


def _person(doc, id_: str):
    return next(p for p in doc.persons if p.id == id_)


# --- N2200l a typescript's line numbers are no words of a speaker's self-introduction -----------

NUMBERED_HEARING = ("       1             MS. VALE:  Good morning.  We begin with\n\n"
                    "       2      the introductions around the table.\n\n"
                    "       3             MR. BERG:  Tom Berg.  I'm with\n\n"
                    "       4      Harbour Pilots Association.\n\n"
                    "       5             MS. VALE:  Thank you, Tom.  Next,\n\n"
                    "       6      please.\n\n"
                    "       7             MS. KOK:  I'm Ann Kok.  I'm a\n\n"
                    "       8      pilot.\n\n"
                    "       9             MS. VALE:  Thank you all.\n")


def test_the_organisation_a_speaker_names_across_a_numbered_line_is_the_role():
    berg = _person(read(NUMBERED_HEARING), "berg")
    assert "Harbour Pilots Association" in (berg.role, berg.affiliation)


def test_a_number_said_in_unnumbered_speech_still_ends_the_organisation():
    doc = read("MS. VALE: Good morning.\n\nMR. BERG: Tom Berg. I'm with 24 Harbour Pilots Association.\n\n"
               "MS. VALE: Thank you.\n")
    berg = _person(doc, "berg")
    assert (berg.role, berg.affiliation) == (None, None)


def test_only_margin_numbers_are_left_out_of_the_text():
    para = Paragraph(content=[Text("I'm with"), LineBreak(), Note(type=LINE_NUMBER_NOTE, text="24"), LineBreak(),
                              Text("the board"), Note(type="editorial", text="[sic]")])
    assert without_line_numbers(para).split() == ["I'm", "with", "the", "board[sic]"]
    plain = Paragraph(content=[Text("I'm with 24 pilots.")])
    assert without_line_numbers(plain) == "I'm with 24 pilots."
