"""Header, title and site-line shapes read on dev19 and the older sets that print them
(docs/convert-shapes.md, rules marked z), one small synthetic example each, written for the
test (never a corpus line): each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read


# --- H240z a stamp to the second under the headline is its date line ----------------------------

def test_a_headline_over_a_stamp_with_seconds_is_the_title():
    text = ("Harbour Corp Q4 2020 Earnings Call Transcript\n"
            "Published at 2020-11-10 15:15:34\n"
            "Ann Lee - Investor Relations Bo Roe - Chief Executive Officer Cy Poe - Chief Financial Officer\n\n"
            "HOST: Welcome.\n\nLEE: Thank you.\n")
    doc = read(text)
    assert doc.setting.title == "Harbour Corp Q4 2020 Earnings Call Transcript"
    assert doc.setting.date_iso == "2020-11-10"


def test_a_heading_closing_on_its_date_and_time_with_seconds_ends_dated():
    from teikit import lexicons
    from teikit.transforms.helpers.headerdates import ends_dated
    lex = lexicons.load("en")
    assert ends_dated("Published at 2020-11-10 15:15:34", lex)
    assert ends_dated("Published at 2020-11-10 15:15", lex)
    assert not ends_dated("Published at 2020-11-10 by Ann Lee", lex)
