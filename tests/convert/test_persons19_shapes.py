"""Persons and setting shapes met on dev19 and the earlier sets (docs/convert-shapes.md,
N230y, N231y).

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


# --- N231y the dateline's day, not the post's ----------------------------------------------------

def test_a_dateline_with_venue_and_place_under_a_post_date_gives_the_event():
    doc = read("Harbour speeches\n\nDana Whitfield: 'We stay' Harbour Day address\n\nMarch 3, 2020\n\n"
               "12 May 1961, Seamen's Hall, Port Leeds, Yorkshire, England\n\n"
               "Tonight we open the new quay, and I thank every worker who built it.")
    s = doc.setting
    assert (s.date_iso, s.place, s.venue) == ("1961-05-12", "Port Leeds, Yorkshire, England", "Seamen's Hall")


def test_a_post_date_alone_stays_the_date():
    doc = read("Harbour speeches\n\nDana Whitfield: 'We stay' Harbour Day address\n\nMarch 3, 2020\n\n"
               "Tonight we open the new quay, and I thank every worker who built it.")
    assert doc.setting.date_iso == "2020-03-03"


def test_an_agency_dateline_day_under_a_publication_stamp_takes_the_stamps_year():
    doc = read("外交部长就港口政策回答记者提问\n\n2019-01-02 07:20:20  来源:新华社\n\n"
               "新华社北京12月31日电 12月31日,外交部长在新闻中心举行记者会。\n\n"
               "外交部长:各位记者朋友,大家上午好!", lang="zh")
    assert doc.setting.date_iso == "2018-12-31"
