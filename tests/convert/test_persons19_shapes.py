"""Persons and setting shapes met on dev19 and the earlier sets (docs/convert-shapes.md,
N230y-...).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.headlinespeaker import quoted_headline_speaker
from tests.convert.conftest import read, speaker


# --- N230y the speaker a quoted headline names ------------------------------------------------

_SPEECH = ("Speeches of the harbour\n\n"
           "Dana Whitfield: 'We will keep the quay open' Harbour Day address - 1961\n\n"
           "Tonight we open the new quay, and I would like to thank every worker who built it.\n\n"
           "The harbour has been our town's life for a hundred years, and it will stay so.")


def test_a_quoted_headline_names_the_speaker_of_unlabeled_speech():
    doc = read(_SPEECH)
    whitfield = speaker(doc, 0)
    assert whitfield is not None and whitfield.name == "Dana Whitfield"


def test_a_headline_without_a_quotation_names_no_one():
    doc = read(_SPEECH.replace("'We will keep the quay open'", "the quay"))
    assert speaker(doc, 0) is None


def test_the_quoted_headline_shapes():
    en, it = load("en"), load("it")
    assert quoted_headline_speaker("SUPERCOPPA. CONTE: “Lazio forte” (VIDEO)", it) == "CONTE"
    assert quoted_headline_speaker("Mughini: «Che noia»", it) == "Mughini"
    assert quoted_headline_speaker("Read more: 'the harbour'", en) is None  # no name before the colon
    assert quoted_headline_speaker("Dana Whitfield: We stay", en) is None  # no quotation
