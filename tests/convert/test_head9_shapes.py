"""Header and persons shapes H50 on (docs/convert-shapes.md), one synthetic example each.

Every example is written for the test, not copied from a corpus file.
"""
from __future__ import annotations

from tests.convert.conftest import read

TURNS = "\n\nMS. ROE: Good morning.\n\nQ: A question.\n\nMS. ROE: An answer."


# --- H50 a heading held whole inside another header line ---------------------------------

def test_a_heading_held_inside_a_line_of_running_text_is_the_title():
    doc = read("THE HARBOUR: PAST AND FUTURE\n\nSize: px\n\n"
               "1 THE HARBOUR: PAST AND FUTURE MONDAY, MAY 9, 2022 PORTLAND, MAINE MODERATOR: Jane Roe"
               + TURNS)
    assert doc.setting.title == "THE HARBOUR: PAST AND FUTURE"


def test_the_first_line_holding_the_heading_is_the_fuller_title():
    doc = read("Acme Widgets Q2 2021 Earnings Call Transcript\n\nAcme Widgets (NYSE:ACW)\n\n"
               "Q2 2021 Earnings Call Transcript\n\nJuly 20, 2021 10:00 am ET" + TURNS)
    assert doc.setting.title == "Acme Widgets Q2 2021 Earnings Call Transcript"


def test_a_heading_with_a_nav_word_glued_after_it():
    doc = read("Markets rally on Friday\n\nGuest of the evening Jane Roe. 12.04.2011 Back\n\n"
               "Guest of the evening Jane Roe. 12.04.2011" + TURNS)
    assert doc.setting.title == "Guest of the evening Jane Roe. 12.04.2011"


# --- H51 the page's first line printed again: a title of two words -----------------------

def test_a_two_word_first_line_printed_again_is_the_title_not_a_widget():
    doc = read("Scene ten\n\nWe use cookies. Read the Privacy Policy\n\nScene ten" + TURNS)
    assert doc.setting.title == "Scene ten"


# --- H52 a headline over its standfirst --------------------------------------------------

def test_the_headline_over_a_longer_standfirst_is_the_title():
    doc = read("Skip to content\n\nAnnual press conference\n\n"
               "All the questions put to the Minister at the annual press conference\n\n"
               "The full list and text of the 41 questions put to the Minister at the annual press conference"
               + TURNS)
    assert doc.setting.title == "All the questions put to the Minister at the annual press conference"


def test_a_section_name_the_next_line_extends_is_not_the_headline():
    doc = read("Annual press conference\n\nAnnual press conference of the Minister for Harbours, Portland"
               + TURNS)
    assert doc.setting.title == "Annual press conference of the Minister for Harbours, Portland"
