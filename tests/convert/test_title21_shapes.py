"""Header shapes of whole pages met while reviewing title, date and place misses over all the
development sets (docs/convert-shapes.md, rules with suffix c, H290c on): one small synthetic
example each, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.menublocks import menu_lines
from tests.convert.conftest import read, speech


def _titles(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]


# --- H290c a line breaking off inside a site's menu block is a button, not a wrapped title -----------

_MENU = ("Home | News | Contact\nSubscribe to our newsletter\nFollow us on Facebook\nClick to go to\n"
         "harbour-news.example\n\nHarbour Council Debates the New Quay Budget\n\nMarch 17, 2012\n\n"
         "MAYOR: Good evening.\n\nCLERK: Good evening.\n\nMAYOR: We begin.\n")


def test_a_line_breaking_off_in_a_menu_block_does_not_wrap_into_a_title():
    doc = read(_MENU, lang="en")
    assert _titles(doc) == ["Harbour Council Debates the New Quay Budget"]
    assert doc.setting.title == "Harbour Council Debates the New Quay Budget"


def test_a_title_wrapped_in_a_paragraph_of_its_own_is_still_joined():
    text = ("Home | News | Contact\nSubscribe to our newsletter\n\nPress Conference by\nthe Harbour Master\n\n"
            "March 17, 2012\n\nMASTER: Good evening.\n\nCLERK: Good evening.\n\nMASTER: We begin.\n")
    assert _titles(read(text, lang="en")) == ["Press Conference by", "the Harbour Master"]


def test_menu_lines_are_the_paragraphs_with_furniture():
    from teikit.model import Boilerplate
    b = HeaderKind.BOILERPLATE
    header = [Boilerplate(text="Home", line=1), HeaderLine(kind=b, text="Share", line=2),
              HeaderLine(kind=HeaderKind.UNKNOWN, text="Click to go to", line=3),
              HeaderLine(kind=HeaderKind.UNKNOWN, text="A Heading of Its Own", line=5)]
    assert menu_lines(header) == frozenset({1, 2, 3})
    # one furniture line beside a heading is no menu; in a long paragraph of short lines it is
    assert menu_lines(header[1:]) == frozenset()
    long = [HeaderLine(kind=HeaderKind.UNKNOWN, text=f"Link {n}", line=n) for n in range(10, 14)]
    assert menu_lines([*long, HeaderLine(kind=b, text="Share", line=14)]) == frozenset(range(10, 15))


# --- H291c a broadcaster's date field -----------------------------------------------------------

def test_a_broadcast_field_is_the_date_line():
    text = ("TV PROGRAM TRANSCRIPT\n\nBroadcast: 28/02/2002\n\n"
            "ANN LEE: Good evening.\n\nMINISTER: Good evening.\n\nANN LEE: Let us begin.\n")
    assert read(text, lang="en").setting.date_iso == "2002-02-28"


# --- B292c an advertisement's label between two turns ---------------------------------------------

def test_an_advertisements_scroll_label_between_turns_is_a_site_line():
    from teikit.model import Boilerplate, Turn
    text = ("Ann Roe: Das Spiel war heute schwer für uns.\n\nAnzeige | Zum Weiterlesen scrollen\n\n"
            "Tom Poe: Wir machen weiter.\n\nAnn Roe: Das hoffen wir.\n\nTom Poe: Ja.\n")
    doc = read(text, lang="de")
    items = [p for b in doc.blocks for p in (b.paragraphs if isinstance(b, Turn) else [b])]
    assert any(isinstance(b, Boilerplate) and b.text == "Anzeige | Zum Weiterlesen scrollen" for b in items)
    assert not any("Weiterlesen" in t for t in speech(doc))


# --- H293c a lead that sets the event's date off by commas -----------------------------------------

def test_a_date_set_off_by_commas_after_the_leads_opening_phrase_is_the_events_date():
    for lang, lead in (("ru", "В День российского студенчества, 25 января 2012 года, президент встретился со студентами."),
                       ("en", "On Students' Day, 25 January 2012, the president met the students of the faculty.")):
        text = (f"The President Returns to the Faculty\n\n{lead}\n\nQUESTION: How do you like it?\n\n"
                "ANSWER: Very much.\n\nQUESTION: Thank you.\n\nANSWER: Thank you.\n")
        assert read(text, lang=lang).setting.date_iso == "2012-01-25", lang


def test_a_date_the_lead_runs_on_into_is_no_events_date():
    text = ("The President Returns to the Faculty\n\nThe president recalled his visit of 25 January 2012, "
            "when he met the students of the faculty.\n\nQUESTION: How do you like it?\n\n"
            "ANSWER: Very much.\n\nQUESTION: Thank you.\n\nANSWER: Thank you.\n")
    assert read(text, lang="en").setting.date_iso is None
