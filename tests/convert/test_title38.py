"""How the converter chooses the title (title38, rule ids 1700-1719 ending in `i`): synthetic
headers in the shape of the pages, written for the test (never a corpus line); each test of a
rule fails without it."""
from __future__ import annotations

import pytest

from teikit.transforms.helpers.headtitles import glued_cells
from tests.convert.conftest import read

# --- H1700i a table's row with its cells run together is no title -------------------------

GLUED_ROW = {
    "en": ("Proceedings\n\nDate publishedOrganisationSessionMeetingDate of meeting\n\n"
           "3 Ferry timetable for the winter\n\n"
           "The chair:\nWelcome to item three.\n\nMs Lee (Green):\nThank you, chair.\n\n"
           "The chair:\nPlease go on.\n\nMs Lee (Green):\nThe ferries stop too early.\n",
           "3 Ferry timetable for the winter"),
    "nl": ("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n\n"
           "3 Dienstregeling van de veerboot\n\n"
           "De voorzitter:\nWelkom bij punt drie.\n\nMevrouw Jansen (GL):\nDank u, voorzitter.\n\n"
           "De voorzitter:\nGaat uw gang.\n\nMevrouw Jansen (GL):\nDe veerboot stopt te vroeg.\n",
           "3 Dienstregeling van de veerboot"),
}


@pytest.mark.parametrize("lang", sorted(GLUED_ROW))
def test_a_row_of_glued_cells_is_not_the_title(lang):
    text, title = GLUED_ROW[lang]
    assert read(text, lang=lang).setting.title == title


def test_brands_with_one_capital_inside_keep_a_heading_the_title():
    doc = read("JavaScript and TypeScript on PowerPoint slides\n\nAnn Lee: Welcome to the show.\n\n"
               "Bo Ray: Thanks.\n\nAnn Lee: Let us talk code.\n\nBo Ray: Sure.\n", lang="en")
    assert doc.setting.title == "JavaScript and TypeScript on PowerPoint slides"


@pytest.mark.parametrize("text, glued", [
    ("Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering", True),
    ("HomeBlogTranscriptsThe harbour hearing", True),
    ("McKay and MacArthur on YouTube", False),
    ("Modular JavaScript, and why JavaScript", False),
])
def test_glued_cells_counts_joins_within_one_run_of_letters(text, glued):
    assert glued_cells(text) is glued


# --- H1701i a blog post's date over a phrase: the phrase is the title ----------------------

POST = {
    "ru": ("суббота, 29 мая 2010 г.\n\nХорошо поговорили\n\nА.Петров: Добрый день, начнём.\n\n"
           "Б.Иванов: Добрый день.\n\nА.Петров: Как дела в порту?\n\nБ.Иванов: Всё спокойно.\n",
           "Хорошо поговорили"),
    "en": ("Saturday, 29 May 2010\n\nWell said\n\nAnn Lee: Good afternoon, let us begin.\n\n"
           "Bo Ray: Good afternoon.\n\nAnn Lee: How is the harbour?\n\nBo Ray: Quiet.\n", "Well said"),
}


@pytest.mark.parametrize("lang", sorted(POST))
def test_a_phrase_under_the_post_date_is_the_title_not_the_place(lang):
    text, title = POST[lang]
    doc = read(text, lang=lang)
    assert doc.setting.title == title
    assert doc.setting.place != title


def test_a_room_under_the_date_is_not_the_title():
    doc = read("sabato, 29 maggio 2010\n\nSala stampa\n\nAnna Rossi: Buongiorno a tutti.\n\n"
               "Bruno Neri: Buongiorno.\n\nAnna Rossi: Come va al porto?\n\nBruno Neri: Tutto tranquillo.\n", lang="it")
    assert doc.setting.title != "Sala stampa"


def test_a_link_under_the_date_is_not_the_title():
    doc = read("22 April 2012\n\nListen here - http://radio.example/programs/879555/\n\n"
               "A.LEE: Good evening. My guest tonight is Bo Roe.\n\nB.ROE: Good evening.\n", lang="en")
    assert "http" not in (doc.setting.title or "")


def test_a_place_name_under_the_date_stays_the_place():
    doc = read("Saturday, 29 May 2010\n\nNew York\n\nAnn Lee: Good afternoon, let us begin.\n\n"
               "Bo Ray: Good afternoon.\n\nAnn Lee: How is the harbour?\n\nBo Ray: Quiet.\n", lang="en")
    assert doc.setting.place == "New York"
    assert doc.setting.title != "New York"


# --- H1702i a line that opens with a comma is no heading ----------------------------------

def test_the_dateline_rest_opening_with_a_comma_is_not_the_title():
    doc = read("19:17 02.09.2009 | Все новости раздела \"Порт\"\nАнна Лебедева в программе Радио Гавань\n"
               ", Самара, 31 Августа 2009 Автор: БОРИС РАЕВ Б.РАЕВ: В студии Борис Раев. Здравствуйте, Анна. "
               "А.ЛЕБЕДЕВА: Здравствуйте. Б.РАЕВ: Поговорим о порте. А.ЛЕБЕДЕВА: Давайте.\n", lang="ru")
    assert doc.setting.title == "Анна Лебедева в программе Радио Гавань"
