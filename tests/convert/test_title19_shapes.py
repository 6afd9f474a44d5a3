"""Title shapes read in the nineteenth round on titles (docs/convert-shapes.md, rules marked w),
one small synthetic example each, written for the test (never a corpus line): each fails
without its rule."""
from __future__ import annotations

from tests.convert.conftest import read


# --- H200w the heading right under the site's navigation is the title ---------------------------

_NAVIGATED = ("Harbour Talk Radio: listen, learn and share with us every single day\n"
              "> Talks > Interviews >  Content\n\n"
              "Ann Lee on the harbour\n\n"
              "HOST: Welcome, Ann.\n\nLEE: Thank you.\n")


def test_the_heading_under_a_breadcrumb_trail_is_the_title():
    doc = read(_NAVIGATED)
    assert doc.setting.title == "Ann Lee on the harbour"


def test_the_heading_under_a_pagers_arrows_is_the_title():
    text = _NAVIGATED.replace("> Talks > Interviews >  Content", " <<\n>>")
    assert read(text).setting.title == "Ann Lee on the harbour"


def test_a_quotation_closed_by_guillemets_is_no_navigation():
    from teikit.transforms.helpers.headtitles import navigation_line
    assert navigation_line("Home » News » Sport") and navigation_line(" <<")
    assert not navigation_line("Тур 24. «Луч» - «Шинник». Пресс-конференция")
    assert not navigation_line("Ann Lee > Bo Roe")


# --- H201w a tag list or a teaser of several sentences is no headline ---------------------------

def test_a_category_list_above_the_headline_is_no_title():
    text = ("Harbour, Ferries, Bridges, City Council, Interviews, Weather, Port Authority, Tides\n"
            "Ann Lee says the quay will open in May\n\nHOST: Welcome, Ann.\n\nLEE: Thank you.\n")
    assert read(text).setting.title == "Ann Lee says the quay will open in May"


def test_a_teaser_of_several_sentences_above_the_headline_is_no_title():
    text = ("We had a ferry captain on the show last year. I respect him a lot. But he was a perfect "
            "example of how not to run a harbour\n"
            "Harbour Cup final press conference\n\nHOST: Welcome, Ann.\n\nLEE: Thank you.\n")
    assert read(text).setting.title == "Harbour Cup final press conference"


def test_a_headline_quoting_a_speakers_sentences_stays_a_heading():
    from teikit.transforms.helpers.headtitles import no_heading
    assert not no_heading("CUP. LEE: “The quay is ready. We open in May. Nobody is the favourite” (PHOTOS)")
    assert not no_heading("Harbour, bridges and ferries: Ann Lee on the city")


def test_an_entry_of_a_bulleted_list_under_the_headline_is_no_title():
    text = ("What is a quay?\n"
            "Using the harbour as the main example, this episode will help you understand how a quay works.\n"
            "The main talking points of the episode include:\n"
            "- Defining what a quay actually is.\n"
            "- Outlining the major differences between an old stone quay and the new concrete ones.\n"
            "- Comparing the old quay to the new one.\n"
            "By the end of the episode, you should come away with a solid understanding of what a quay is.\n"
            "What is a quay? Transcription\n"
            "Ann Lee: Hello and welcome to the first episode.\nBo Roe: Thanks, Ann. Glad to be here.\n"
            "Ann Lee: Let us start with the harbour.\nBo Roe: The harbour is old.\n")
    assert read(text).setting.title == "What is a quay?"
