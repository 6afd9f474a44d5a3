"""Place, role and name shapes met on dev21 (docs/convert-shapes.md, H300f, N300f-N301f).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load as get_lexicon
from teikit.transforms.helpers.streetaddress import street_address
from tests.convert.conftest import read, speaker


# --- H300f a street address alone on a header line is the place ---------------------------------

_MINUTES = ("Harbour Committee meeting\nMarch 3, 2015\n118 Harbour Road\n\n"
            "Present: Ann, Tom, Lee\n\n"
            "Ann: We start with the budget.\n\nTom: Fine by me.\n")


def test_an_address_line_under_the_date_is_the_place():
    doc = read(_MINUTES, lang="en")
    assert doc.setting.place == "118 Harbour Road"
    assert doc.setting.date_iso == "2015-03-03"


def test_address_lines_in_other_languages():
    assert street_address("12, rue de la Paix", get_lexicon("fr"))
    assert street_address("Wilhelmstraße 54", get_lexicon("de"))
    assert street_address("Piazza Colonna 370", get_lexicon("it"))
    assert street_address("ул. Тверская, 13", get_lexicon("ru"))


def test_a_sentence_or_a_line_without_a_number_is_no_address():
    en = get_lexicon("en")
    assert not street_address("We met at 60 Wall Street", en)
    assert not street_address("Wall Street", en)
    assert not street_address("Chapter 3: Main Street", en)


# --- N300f two roles printed before the name, a comma between ------------------------------------

_STACKED = ("Вечерний эфир\n\n"
            "ПОПОВ: Добрый вечер. У нас в гостях экономист, директор Центра морских исследований "
            "Дарья Белова. Здравствуйте.\n\nБЕЛОВА: Добрый вечер.\n\nПОПОВ: Начнем.\n\nБЕЛОВА: Да.\n")


def test_the_role_before_the_comma_is_kept_with_the_one_before_the_name():
    belova = speaker(read(_STACKED, lang="ru"), 1)
    assert belova.name == "Дарья Белова"
    assert belova.role == "экономист, директор Центра морских исследований"


def test_a_name_before_the_comma_is_no_first_role():
    text = _STACKED.replace("экономист, директор", "Анна Попова, директор")
    belova = speaker(read(text, lang="ru"), 1)
    assert "Попова" not in (belova.role or "")


# --- N301f a given name alone labels the one speaker labelled by that full name before ------------

_PODCAST = ("DANA WHITFIELD: Hello, and welcome to the harbour hour.\n\nTOM POE: Glad to be here.\n\n"
            "DANA: So, the ferries.\n\nTOM POE: Yes, the ferries.\n\nDANA: Tell me more.\n")


def test_the_given_name_label_is_the_full_name_labelled_before():
    doc = read(_PODCAST, lang="en")
    whos = {t.label.rstrip(": "): t.who for t in doc.turns()}
    assert whos["DANA"] == whos["DANA WHITFIELD"]
    assert speaker(doc, 0).name == "Dana Whitfield"


def test_two_speakers_with_that_given_name_give_nothing():
    text = _PODCAST.replace("TOM POE", "DANA POE")
    whos = {t.label.rstrip(": "): t.who for t in read(text, lang="en").turns()}
    assert whos["DANA"] not in (whos["DANA WHITFIELD"], whos["DANA POE"])


def test_an_outlets_address_away_from_the_date_is_no_place():
    text = ("HARBOUR NEWS\n118 Harbour Road\nEastvale, Oregon 97001\nEVENING REPORT\n"
            "Sunday, March 3, 2015\n\nANN ROE: Good evening.\n\nTOM POE: Good evening.\n")
    assert read(text, lang="en").setting.place != "118 Harbour Road"
