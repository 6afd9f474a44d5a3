"""The page header on unseen pages, second round (docs/convert-shapes.md, rules 420a on): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from tests.convert.conftest import read


# --- H420a the page's first line, restated by a later heading, is the title ------------------

_MINUTES = ("Harbour Board monthly minutes 3/3/2021\nPosted in Minutes.\nHarbour Board Monthly Meeting\nMarch 3, 2021\n"
            "12 Quay Street\nPresent: Ann, John\nANN: We can start.\nJOHN: Yes.\n")


def test_the_first_line_a_later_heading_restates_is_the_title():
    doc = read(_MINUTES)
    assert doc.setting.title == "Harbour Board monthly minutes 3/3/2021"  # not the heading over the date
    assert doc.setting.place == "12 Quay Street"  # the restated heading is no place line


def test_a_first_line_a_later_heading_extends_or_nothing_restates_is_no_page_title():
    from teikit.model import HeaderKind, HeaderLine
    from teikit.transforms.helpers.headerneighbours import restated_page_title

    def lines(*texts):
        return [HeaderLine(kind=HeaderKind.UNKNOWN, text=t, line=n) for n, t in enumerate(texts, 1)]
    tab = lines("Harbour Board minutes 3/3/2021", "Harbour Board meeting")
    assert restated_page_title(tab, tab[0])
    assert not restated_page_title(tab, tab[1])  # only the page's first line
    extended = lines("Acta 1496 del Concejo", "ACTA 1496 DEL CONCEJO. SESIÓN ORDINARIA")  # the record's heading
    assert not restated_page_title(extended, extended[0])
    section = lines("Harbour annual press conference", "All the questions put at the harbour annual press conference")
    assert not restated_page_title(section, section[0])  # a section name the headline holds whole
    alone = lines("Harbour Board minutes", "Weather in Harbour Town")  # one shared word or none
    assert not restated_page_title(alone, alone[0])
    site = lines("City of Harbour", "Harbour City meeting of the board")  # three words: a site's name
    assert not restated_page_title(site, site[0])
