"""Header and person shapes read in the thirteenth round on generalisation (docs/convert-shapes.md,
sections marked head13), one small synthetic example each, written for the test (never a corpus
line): each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read


# --- H140h the words after WEBVTT on the header line are the title --------------------------------

_VTT = ("WEBVTT - Harbour Talk 12: Tides and Trade\n\n"
        "00:00:00.000 --> 00:00:02.000\n<v Ann Lee>Welcome back to the harbour.\n\n"
        "00:00:02.500 --> 00:00:04.000\n<v Bo Roe>Glad to be here.\n")


def test_the_webvtt_header_text_is_the_title():
    assert read(_VTT).setting.title == "Harbour Talk 12: Tides and Trade"


def test_a_bare_webvtt_header_gives_no_title():
    assert read(_VTT.replace(" - Harbour Talk 12: Tides and Trade", "")).setting.title is None
