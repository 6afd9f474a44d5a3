"""Shapes first met in corpus/dev18 (docs/convert-shapes.md, sections marked dev18), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.lexicons import load
from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.dates import date_line, find_date
from teikit.transforms.helpers.headerlines import site_line
from tests.convert.conftest import labels, read


def _header(doc, kind=None) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and (kind is None or b.kind == kind)]


# --- D180s a day, a month abbreviation and a year joined by hyphens --------------------------

def test_a_hyphenated_date_with_a_month_abbreviation_is_read():
    en, de = load("en"), load("de")
    assert date_line("Date: 07-Mar-19", en) == "2019-03-07"
    assert date_line("05-Aug-2021", en) == "2021-08-05"
    assert date_line("12-Okt-2020", de) == "2020-10-12"
    assert date_line("03-May-62", en) == "1962-05-03"  # a two-digit year by the fixed pivot


def test_a_hyphenated_date_sets_the_date_of_the_transcript():
    text = ("Harbour talks with the mayor\n\nDate: 07-Mar-19\n\n"
            "HOST: Welcome back to the harbour programme.\nMAYOR: Thank you for having me.\n")
    doc = read(text, lang="en")
    assert doc.setting.date_iso == "2019-03-07"
    assert _header(doc, HeaderKind.DATE) == ["Date: 07-Mar-19"]


def test_codes_with_letters_and_hyphens_are_no_dates():
    en = load("en")
    assert find_date("Flight XY-Jul-16 was late", en) is None
    assert find_date("Part A1-Jul-16 of the plan", en) is None
    assert find_date("Model 12-Ultra-16 is new", en) is None  # not a month


# --- H180s a quoted headline under the post's date line -----------------------------------

def test_a_quoted_headline_under_a_date_line_is_the_title():
    text = ("martes, 3 de mayo de 2022\n\n"
            "Luis, portero del equipo: \"nunca me rindo en el campo\".\n\n"
            "P: ¿Cómo ves la temporada?\n\nR: Bien, con muchas ganas de jugar.\n")
    doc = read(text, lang="es")
    assert _header(doc, HeaderKind.TITLE) == ["Luis, portero del equipo: \"nunca me rindo en el campo\"."]
    assert doc.setting.date_iso == "2022-05-03"
    assert labels(doc) == ["P:", "R:"]


# --- H181s a closing guillemet is no breadcrumb arrow ---------------------------------------

def test_a_title_with_two_quoted_team_names_is_no_breadcrumb():
    ru = load("ru")
    assert not site_line("Тур 5. «Сокол» - «Факел». Пресс-конференция", ru)
    assert site_line("Главная » Новости » Спорт", ru)  # a breadcrumb's spaced arrows stay a site line
    assert site_line("Home > News > Sport", load("en"))


def test_a_title_with_quoted_team_names_under_a_date_line_is_the_title():
    text = ("12.04.2019\nТур 5. «Сокол» - «Факел». Пресс-конференция\n"
            "ВЕДУЩИЙ: Добрый вечер, начинаем пресс-конференцию.\nТРЕНЕР: Добрый вечер всем.\n")
    doc = read(text, lang="ru")
    assert _header(doc, HeaderKind.TITLE) == ["Тур 5. «Сокол» - «Факел». Пресс-конференция"]
    assert doc.setting.date_iso == "2019-04-12"


# --- D181s a record's date written in words, and the place of its opening formula ----------

def test_a_records_date_in_words_and_its_place_are_read():
    text = ("ACTA Nº 12. SESIÓN ORDINARIA\n\n"
            "En la ciudad de Villa Nueva, provincia del Sur, a los veintiún días del mes de marzo de dos mil "
            "diecinueve, siendo la hora once, se reúne el Concejo con la presencia de los concejales.\n\n"
            "PRESIDENCIA: Se abre la sesión.\n\nCONCEJAL PÉREZ: Gracias, señor presidente.\n")
    doc = read(text, lang="es")
    assert doc.setting.date_iso == "2019-03-21"
    assert doc.setting.place == "Villa Nueva"


def test_dates_in_words_of_french_records_are_read():
    from teikit.transforms.helpers.wordeddates import worded_date
    fr = load("fr")
    assert worded_date("L'an deux mille vingt et un, le douze avril, le conseil municipal", fr)[1] == "2021-04-12"
    assert worded_date("le trente et un décembre mil neuf cent quatre-vingt-dix-neuf", fr)[1] == "1999-12-31"


def test_numbers_in_words_without_a_whole_date_are_no_date():
    from teikit.transforms.helpers.wordeddates import worded_date
    es = load("es")
    assert worded_date("a los ocho días del mes de septiembre", es) is None  # no year
    assert worded_date("el treinta de febrero de dos mil veinte", es) is None  # no such day
    assert worded_date("tenemos dos mil problemas y ocho de ellos son graves", es) is None
