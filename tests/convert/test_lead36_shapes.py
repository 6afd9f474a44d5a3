"""Shapes the lead read in session 36 (synthetic page headers in English, German, French,
Spanish, Italian)."""
from __future__ import annotations

import pytest

from teikit.model import Boilerplate, HeaderLine
from tests.convert.conftest import read


def _setting(text: str, lang: str | None = None):
    doc = read(text, lang=lang) if lang else read(text)
    return doc.setting


@pytest.mark.parametrize("line, lang, place", [
    ("Donnerstag, 4. Mai 2023 in Berlin", "de", "Berlin"),
    ("am 4. Mai 2023 in Berlin", "de", "Berlin"),
    ("March 3, 2023, in Geneva", "en", "Geneva"),
    ("12 de enero de 2023 en Madrid", "es", "Madrid"),
])
def test_a_date_line_closing_on_a_place_after_a_preposition_gives_date_and_place(line, lang, place):
    # H1210h
    setting = _setting(f"Press conference on the budget\n\n{line}\n\nQ: What next?\n\nMINISTER: We work.\n", lang)
    assert setting.place == place
    assert setting.date_iso in ("2023-05-04", "2023-03-03", "2023-01-12")


def test_the_title_over_a_date_line_with_its_place_stays_the_title():
    # H1210h: "am 4. Mai 2023 in Berlin" was no date line; it became the title, the title a widget
    doc = read("Pressekonferenz zum Haushalt\n\nam 4. Mai 2023 in Berlin\n\n"
               "Frage: Wie geht es weiter?\n\nLindner: Gut.\n", lang="de")
    assert doc.setting.title == "Pressekonferenz zum Haushalt"
    assert not any(isinstance(b, Boilerplate) for b in doc.blocks)


def test_lower_case_words_before_a_titles_closing_date_are_no_part_of_its_place():
    # H1211h: "à Paris le 12 mars 2021" names Paris, not "Paris le"
    setting = _setting("Conférence de presse du Premier ministre, sur la situation sanitaire, à Paris le "
                       "12 mars 2021.\n\nM. CASTEX. - Bonjour.\n\nQUESTION. - Allez-vous reconfiner ?\n", "fr")
    assert (setting.place, setting.date_iso) == ("Paris", "2021-03-12")


@pytest.mark.parametrize("byline", ["By Jane Doe, March 3, 2023", "By Jane Doe | March 3, 2023 | 5 min read"])
def test_an_authors_byline_with_a_date_names_no_place_and_dates_the_page(byline):
    # H1212h
    doc = read(f"Governor Lays Out Flood Recovery Plan\n\n{byline}\n\n"
               "MODERATOR: Good evening.\n\nGOV. ELLIS: Thank you.\n")
    assert (doc.setting.place, doc.setting.date_iso) == (None, "2023-03-03")
    assert doc.setting.title == "Governor Lays Out Flood Recovery Plan"
    assert any(isinstance(b, HeaderLine) and b.text == byline for b in doc.blocks)


def test_a_date_line_of_its_own_wins_over_the_bylines_date():
    # H1212h: the byline's date only when no line dates the event
    setting = _setting("Governor Lays Out Flood Recovery Plan\n\nBy Jane Doe, March 4, 2023\n\n"
                       "Springfield, March 3, 2023\n\nMODERATOR: Good evening.\n\nGOV. ELLIS: Thank you.\n")
    assert (setting.place, setting.date_iso) == ("Springfield", "2023-03-03")


@pytest.mark.parametrize("line", ["*Published 12 May 2022*", "**12 May 2022**", "_12 May 2022_"])
def test_a_date_line_in_markdown_emphasis_dates_the_page(line):
    # H1213h
    setting = _setting(f"# Interview with Dr. Sarah Klein\n\n{line}\n\n"
                       "**Host:** Welcome, Sarah.\n\n**Sarah Klein:** Thanks for having me.\n")
    assert setting.date_iso == "2022-05-12"


def test_a_short_italian_interview_is_read_as_italian_with_its_question_lines():
    # D1214h: "il", "la", "e" are French or Spanish too; "dell" is only Italian
    doc = read("Intervista al ministro dell'Economia Giancarlo Giorgetti\n"
               "pubblicata su Il Sole 24 Ore il 5 marzo 2023\n\n"
               "D. Ministro, la crescita rallenta?\nR. No, i dati dicono altro.\n"
               "D. E l'inflazione?\nR. Sta scendendo.\n")
    assert doc.lang == "it"
    assert [t.label for t in doc.turns()] == ["D.", "R.", "D.", "R."]


_MENU_OVER_TITLE = ("Skip to main content\nMenu\nSearch\n\nNEWS\n\n"
                    "TRANSCRIPT: President's remarks at the climate summit\n\nNovember 3, 2023\n\n{widget}"
                    "THE PRESIDENT: Thank you all very much.\n\nAUDIENCE MEMBER: We love you!\n\n"
                    "THE PRESIDENT: Thank you.\n")


def test_transcript_colon_title_under_a_menu_is_the_title_not_a_transcript_heading():
    # H1215h: a menu's short lines are no title or show notes over a "Transcript: <title>" heading
    doc = read(_MENU_OVER_TITLE.format(widget=""))
    assert doc.setting.title == "TRANSCRIPT: President's remarks at the climate summit"
    assert "NEWS" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_transcript_colon_title_under_the_page_title_and_notes_is_still_the_heading():
    # H348a stays: under a title and show notes, "Transcript: Episode 12 – ..." is the heading
    doc = read("The harbour at night\n\nIn this episode Ann Lee walks the harbour with its keeper.\n"
               "Recorded in March at the old pier.\n\nTranscript: Episode 12 – The harbour\n\n"
               "ANN: Welcome back.\n\nTOM: Thanks, Ann.\n")
    assert doc.setting.title == "The harbour at night"
    assert "Transcript: Episode 12 – The harbour" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


@pytest.mark.parametrize("widget, lang", [
    ("Listen to this article", None), ("Listen to this article · 4 min", None),
    ("Écouter cet article", "fr"), ("Artikel anhören", "de"), ("Escuchar este artículo", "es"),
    ("Ascolta l'articolo", "it"), ("Слушать статью", "ru"),
])
def test_an_audio_players_line_over_the_article_is_boilerplate_not_the_title(widget, lang):
    # B1216h
    doc = read(_MENU_OVER_TITLE.format(widget=widget + "\n\n"), **({"lang": lang} if lang else {}))
    assert doc.setting.title == "TRANSCRIPT: President's remarks at the climate summit"
    assert widget in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


@pytest.mark.parametrize("asker", ["Journaliste", "Question"])
def test_the_guest_of_an_interview_with_title_named_by_initials_is_not_also_the_question_voice(asker):
    # N1217h: "Entretien avec Jean Dupont" over "J.D. :" answers and one generic question label
    doc = read(f"Entretien avec Jean Dupont, maire de Lyon\n\nJ.D. : Bonjour à tous.\n\n"
               f"{asker} : Monsieur le maire, parlons des transports.\n\nJ.D. : Volontiers.\n", lang="fr")
    assert [p.name for p in doc.persons] == ["Jean Dupont"]
    assert [doc.person(t.who).name if t.who else None for t in doc.turns()] == ["Jean Dupont", None, "Jean Dupont"]
