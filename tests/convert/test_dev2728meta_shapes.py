"""Header shapes of dev27/dev28 written again as variants (other words, other languages):
D790b a date field whose name qualifies the date word ("Sitting date:", "Fecha de
publicación:"); D791b a date line closed by its hour in words ("20 мая 2015 года. 10
часов."); H792b a headline that prints its date right above the date line repeating it.
Negative variants: a qualified field whose value is no date, an hour with no date before
it, a dated headline whose date differs from the date line's. The texts are written for
the test, never corpus lines."""
from __future__ import annotations

import pytest

from teikit.lexicons import load
from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.headerdates import _restates_date
from teikit.transforms.helpers.headerlines import classify
from teikit.transforms.helpers.datefields import dated_field
from tests.convert.conftest import read

TURNS = {"en": "ANN LEE: Good morning.\n\nTOM ROE: Good morning to you.\n",
         "es": "ANA LÓPEZ: Buenos días.\n\nTOMÁS RUIZ: Buenos días a usted.\n",
         "ru": "ПРЕДСЕДАТЕЛЬ: Доброе утро.\n\nИВАНОВ: Доброе утро, коллеги.\n",
         "de": "ANNA LEHR: Guten Morgen.\n\nTOM ROTH: Guten Morgen auch.\n",
         "fr": "ANNE LEROY : Bonjour.\n\nTOM ROUX : Bonjour à vous.\n"}


@pytest.mark.parametrize("lang,line,iso", [
    ("en", "Hearing date: 3 May 2021", "2021-05-03"),  # D790b
    ("es", "Fecha de publicación: 11 de marzo de 2019", "2019-03-11"),  # D790b, the date word first
    ("fr", "Date de diffusion : 24 novembre 2020", "2020-11-24"),  # D790b
    ("ru", "12 марта 2016 года. 11 часов.", "2016-03-12"),  # D791b
    ("de", "3. März 2015, 10 Uhr", "2015-03-03"),  # D791b
])
def test_dated_lines_give_the_date(lang, line, iso):
    assert classify(line, load(lang)) == HeaderKind.DATE  # a date line of the header, never its title
    doc = read(f"Council of the Harbour\n\n{line}\n\n{TURNS[lang]}", lang=lang)
    assert doc.setting.date_iso == iso


@pytest.mark.parametrize("lang,line", [
    ("en", "Hearing date: to be announced"),  # a qualified field, but no date
    ("en", "Meeting notes: 3 May 2021 was busy"),  # no date word in the field's name
    ("ru", "Заседание продлится 10 часов."),  # an hour, no date before it
    ("de", "Die Sitzung dauert 10 Uhr"),
])
def test_other_lines_are_no_date(lang, line):
    assert not dated_field(line, load(lang))


@pytest.mark.parametrize("lang,head,date,title", [
    ("en", "Scoop has a paywall\nLicence needed for work use Learn More\n\n"
           "Council: Questions And Answers - 4 March 2023 (Continued)", "Sitting date: 4 March 2023",
     "Council: Questions And Answers - 4 March 2023 (Continued)"),
    ("es", "Registro de usuarios\nSuscríbete ahora\n\nSesión ordinaria del pleno municipal - 4 de marzo de 2023",
     "Fecha de la sesión: 4 de marzo de 2023", "Sesión ordinaria del pleno municipal - 4 de marzo de 2023"),
])
def test_headline_restating_the_date_is_the_title(lang, head, date, title):
    doc = read(f"{head}\n\n{date}\n\n{TURNS[lang]}", lang=lang)
    assert doc.setting.title == title


@pytest.mark.parametrize("heading,date", [
    ("Council: Questions And Answers - 4 March 2023 (Continued)", "Sitting date: 6 March 2023"),  # another date
    ("Council - 4 March 2023", "Sitting date: 4 March 2023"),  # too few words before the date: a dateline
])
def test_heading_not_restating_the_date(heading, date):
    above, below = (HeaderLine(kind=HeaderKind.UNKNOWN, text=t, line=0) for t in (heading, date))
    assert not _restates_date(above, below, [above], load("en"))
