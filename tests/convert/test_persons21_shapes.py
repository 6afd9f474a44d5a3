"""Persons shapes met on dev16-dev20 (docs/convert-shapes.md, N270b-N272b), and the join of
hyphenated initials that `samepersons.merge_initials` now makes (L262x).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from tests.convert.conftest import read, speaker


# --- N270b the role printed with the full name a label of initials stands for ---------------------

_TABLE = ("Harbour Radio\nHosts:\nTom Poe\nGuests:\nDana Whitfield\n"
          "deputy director of the Harbour Museum\n\n"
          "T. POE – Good evening.\nD. WHITFIELD – Good evening.\nT. POE – Let us begin.\n"
          "D. WHITFIELD – Gladly.\n")


def test_the_office_line_under_a_listed_name_is_the_role_of_its_initials_label():
    whitfield = speaker(read(_TABLE, lang="en"), 1)
    assert whitfield.name == "Dana Whitfield"
    assert whitfield.role == "deputy director of the Harbour Museum"


def test_a_line_that_is_no_office_under_a_listed_name_is_no_role():
    text = _TABLE.replace("deputy director of the Harbour Museum", "weather and traffic at ten")
    assert speaker(read(text, lang="en"), 1).role is None


_CAPTION = ("Пресс-конференция в музее\n\n"
            "Директор Музея Дарья Белова во время пресс-конференции.\n\n"
            "Т. Попов: Добрый день, коллеги.\n\nД. Белова: Добрый день.\n\n"
            "Т. Попов: Начнем.\n\nД. Белова: Да.\n")


def test_the_office_before_the_full_name_is_the_role_of_its_initials_label():
    # the office's field (Музея) is no given name: the name starts at the label's initial
    belova = speaker(read(_CAPTION, lang="ru"), 1)
    assert (belova.name, belova.role) == ("Дарья Белова", "Директор Музея")


# --- N271b a name never runs back over the end of a sentence -------------------------------------

_ENDED = ("Evening show with Tom Poe. Dana Whitfield\n\n"
          "LEE: Tonight our guest is Dana Whitfield.\n\nWHITFIELD: Good evening.\n\n"
          "LEE: Welcome.\n\nWHITFIELD: Thank you.\n")


def test_a_title_name_starts_after_the_sentence_before_it():
    assert speaker(read(_ENDED, lang="en"), 1).name == "Dana Whitfield"
    quoted = ("Вечерний эфир с ведущими \"Гавани\". Дарья Белова\n\n"
              "ПОПОВ: Сегодня у нас в гостях Дарья Белова.\n\nБЕЛОВА: Добрый вечер.\n\n"
              "ПОПОВ: Начнем.\n\nБЕЛОВА: Да.\n")
    assert speaker(read(quoted, lang="ru"), 1).name == "Дарья Белова"


# --- N272b the chair phrase's honorific before a surname ---------------------------------------------

_CHAIR = ("(Présidence de M. Raikov.)\n\nLa séance est ouverte à midi.\n\n"
          "M. le président : La parole est à M. Dumont.\n\nM. Dumont : Je remercie la chambre.\n\n"
          "M. le président : Merci.\n")


def test_the_chair_phrase_names_the_chair_by_an_honorific_and_a_surname():
    assert speaker(read(_CHAIR, lang="fr"), 0).name == "Raikov"


def test_a_mixed_case_surname_without_an_honorific_names_no_chair():
    assert speaker(read(_CHAIR.replace("de M. Raikov", "de Raikov"), lang="fr"), 0).name != "Raikov"


# --- N273b the one longer form of an unlabeled interview's answerer known by surname --------------

_ADDRESSED = ("Articoli\n\nRoux: «Che noia tutti questi discorsi»\n\n"
              "Basta una parola per figurarcelo subito, Marcello Roux: la voce, le mani, le giacche.\n\n"
              "Roux risponde tra un impegno e l'altro, nel suo studio.\n\n"
              "Perché il libro si chiama così?\n\n«Perché il titolo mi piaceva.»\n\n"
              "E il prossimo libro?\n\n«Arriverà presto.»\n")


# (the lead is the header's summary, P324b: the first answer is the second turn)
def test_the_answerer_known_by_surname_gets_the_one_longer_form_the_lead_prints():
    assert speaker(read(_ADDRESSED, lang="it"), 1).name == "Marcello Roux"


def test_two_longer_forms_leave_the_surname():
    text = _ADDRESSED.replace("nel suo studio", "con il fratello Paolo Roux")
    assert speaker(read(text, lang="it"), 1).name == "Roux"


# --- N8 an event's noun after the office is no holder's name (lexicon `not_name_words`) -------------

def test_a_radio_interview_title_names_no_holder_of_the_office():
    text = ("Prime Minister Radio Interview - 2HB 8 November\n\n"
            "ANN LEE, PRIME MINISTER: Good morning.\n\nPOE: Welcome to the show.\n\n"
            "PRIME MINISTER: Thank you for having me.\n\nPOE: Let us begin.\n")
    doc = read(text, lang="en")
    assert speaker(doc, 2) is speaker(doc, 0) and speaker(doc, 0).name == "Ann Lee"


# --- N30 a deputy's office inside the name (lexicon zh `office_suffixes`) ---------------------------

def test_a_deputy_office_between_surname_and_given_name():
    doc = read("王副院長大明:部長好。\n李部長小華:副院長好。\n王副院長大明:請坐。\n", lang="zh")
    wang = speaker(doc, 0)
    assert (wang.name, wang.role) == ("王大明", "副院長")
