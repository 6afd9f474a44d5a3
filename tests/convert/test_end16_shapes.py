"""Page footers below the last turn read by position and form (docs/convert-shapes.md,
sections marked end16), one small synthetic example each, written for the test (never a
corpus line): each fails without its rule."""
from __future__ import annotations

from teikit.model import Boilerplate, EndLine
from tests.convert.conftest import read


def _site_lines(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def _last_speech(doc) -> list[str]:
    return [p.content[0].text for p in doc.turns()[-1].paragraphs if not isinstance(p, Boilerplate)]


_HARBOUR = "Harbour Talk\n\nLEE: Will the bridge open this year?\n\nROE: Yes, in the autumn.\n\n"


# --- H180e a bulleted row of links and fields ------------------------------------------------------

def test_a_bulleted_row_of_fields_under_quoted_speech_leaves_the_turn():
    text = (_HARBOUR.replace("Yes, in the autumn.", "\u201eYes, in the autumn.\u201c")
            + "- Written by:\n\n- Harbour Desk\n\n- Filed under:\n\n- Bridges\n")
    doc = read(text)
    assert {"- Written by:", "- Harbour Desk", "- Filed under:", "- Bridges"} <= set(_site_lines(doc))
    assert _last_speech(doc) == ["\u201eYes, in the autumn.\u201c"]


def test_a_bulleted_list_the_speech_announces_with_a_colon_stays_speech():
    text = _HARBOUR.replace("Yes, in the autumn.", "Yes, and we will build:") + "- new bridges\n\n- two tunnels\n"
    assert _last_speech(read(text))[-2:] == ["- new bridges", "- two tunnels"]


# --- H181e a widget's lines under its heading -------------------------------------------------------

def test_the_lines_of_a_comment_widget_under_its_heading_leave_the_turn():
    doc = read(_HARBOUR + "Comments\n\nComments are closed.\n")
    assert _site_lines(doc)[-2:] == ["Comments", "Comments are closed."]
    assert _last_speech(doc) == ["Yes, in the autumn."]


def test_speech_under_a_site_line_that_shares_no_word_with_it_stays_speech():
    doc = read(_HARBOUR + "Advertisement\n\nThank you very much.\n")
    assert _last_speech(doc)[-1] == "Thank you very much."


# --- H182e a promotion with a social handle above site lines -----------------------------------------

def test_a_promotion_with_a_handle_above_the_share_line_leaves_the_turn():
    doc = read(_HARBOUR + "Harbour Talk is a weekly show about the port. Follow us @harbour_talk.\n\n"
                          "Share this post\n")
    assert "Harbour Talk is a weekly show about the port. Follow us @harbour_talk." in _site_lines(doc)
    assert _last_speech(doc) == ["Yes, in the autumn."]


def test_a_handle_in_the_last_words_with_no_site_line_below_stays_speech():
    doc = read(_HARBOUR + "Write to me @ann_roe.\n")
    assert _last_speech(doc) == ["Yes, in the autumn.", "Write to me @ann_roe."]


# --- H183e a link-like line between an end line and the footer --------------------------------------

_CONCLUDED = (_HARBOUR + "(The briefing was concluded at 3:41 p.m.)\n\n"
              "Continue\n\nPublished on: 19 July 2018\n\nYou may also like\n")


def test_a_link_line_between_an_end_line_and_the_footer_leaves_the_turn():
    doc = read(_CONCLUDED)
    assert _site_lines(doc) == ["Continue", "Published on: 19 July 2018", "You may also like"]
    assert [b.text for b in doc.blocks if isinstance(b, EndLine)] == ["(The briefing was concluded at 3:41 p.m.)"]
    assert _last_speech(doc) == ["Yes, in the autumn."]


def test_a_link_line_under_speech_stays_speech():
    doc = read(_CONCLUDED.replace("(The briefing was concluded at 3:41 p.m.)", "Thank you all."))
    assert _last_speech(doc)[-2:] == ["Thank you all.", "Continue"]


# --- H184e a menu or share row ------------------------------------------------------------------------

def test_a_share_row_between_separators_ends_the_speech():
    doc = read(_HARBOUR + "Share: Facebook | Twitter | Email\n")
    assert "Share: Facebook | Twitter | Email" in _site_lines(doc)
    assert _last_speech(doc) == ["Yes, in the autumn."]


def test_a_line_of_sentences_between_bars_stays_speech():
    doc = read(_HARBOUR + "We sail at nine. | We dock at ten. | We rest.\n")
    assert _last_speech(doc) == ["Yes, in the autumn.", "We sail at nine. | We dock at ten. | We rest."]
