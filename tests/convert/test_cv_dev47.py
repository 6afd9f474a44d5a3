"""Shapes of dev47 (rule ids 1770-1789 ending in `j`): page captures of a press conference,
online chats, council and provincial minutes and staged hearings in Russian, Chinese, French
and Dutch, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from tests.convert.conftest import labels, read, speaker

# --- L1770j an office and a full name alone on their line with a colon -------------------
# --- N1771j the office before the full name is the role ------------------------------------

COACHES = {
    "ru": ("Пресс-конференция после матча\n"
           "Главный тренер ХК \"Северные волки\" Пётр Сомов:\n"
           "- Мы сыграли плохо, соперник был сильнее сегодня.\n"
           "Главный тренер ХК \"Речники\" Андрей Лунин:\n"
           "- Ребята молодцы, сыграли дисциплинированно.\n", "ru",
           [("Пётр Сомов", 'Главный тренер ХК "Северные волки"'), ("Андрей Лунин", 'Главный тренер ХК "Речники"')]),
    "en": ("Press conference after the match\n\n"
           "Head coach of the Wolves Peter Soames:\n"
           "We played badly today, they were the better side.\n\n"
           "Head coach of the Rivermen Andrew Lunn:\n"
           "The boys were disciplined from the first minute.\n", "en",
           [("Peter Soames", "Head coach of the Wolves"), ("Andrew Lunn", "Head coach of the Rivermen")]),
}


@pytest.mark.parametrize("case", sorted(COACHES))
def test_an_office_and_a_full_name_alone_with_a_colon_label_the_statement(case):
    text, lang, people = COACHES[case]
    doc = read(text, lang=lang)
    assert len(doc.turns()) == 2
    assert all(label and label.endswith(":") for label in labels(doc))
    assert [(speaker(doc, i).name, speaker(doc, i).role) for i in range(2)] == people


def test_a_courtesy_before_the_name_is_no_office():
    from teikit.lexicons import load
    from teikit.transforms.helpers.officenames import name_after_office
    assert name_after_office("de heer Jan Smit", load("nl")) is None
    assert name_after_office("Trainer Jan Smit", load("nl")) == ("Trainer", "Jan Smit")


# --- L1772j dashed questions and answers after statements under labels alone ----------------
# --- N1773j the answer to a question that addresses a labelled speaker ------------------------

FLOOR = {
    "ru": ("Пресс-конференция после матча\n"
           "Главный тренер ХК \"Северные волки\" Пётр Сомов:\n"
           "- Мы сыграли плохо, соперник был сильнее сегодня.\n"
           "Главный тренер ХК \"Речники\" Андрей Лунин:\n"
           "- Ребята молодцы, сыграли дисциплинированно.\n"
           "- Андрей Ильич, как вы оцените игру вратаря?\n"
           "- Он сегодня выручил команду несколько раз.\n", "ru", "Андрей Лунин"),
    "fr": ("Conférence de presse d'après-match\n\n"
           "Entraîneur des Loups Pierre Somme :\n"
           "- Nous avons mal joué, l'adversaire était meilleur ce soir.\n\n"
           "Entraîneur des Riverains André Lune :\n"
           "- Les garçons ont été disciplinés du début à la fin.\n\n"
           "- Monsieur Lune, comment jugez-vous votre gardien ?\n\n"
           "- Il a sauvé l'équipe plusieurs fois.\n", "fr", "André Lune"),
}


@pytest.mark.parametrize("case", sorted(FLOOR))
def test_dashed_lines_after_labelled_statements_are_a_question_and_its_answer(case):
    text, lang, answerer = FLOOR[case]
    doc = read(text, lang=lang)
    assert len(doc.turns()) == 4
    assert labels(doc)[2:] == [None, None]
    assert doc.turns()[0].paragraphs[0].text.lstrip("- ")[:2] in ("Мы", "No")
    assert doc.turns()[2].who is None
    assert speaker(doc, 3).name == answerer


def test_dashed_points_inside_a_statement_stay_in_it():
    doc = read("Пресс-конференция после матча\n"
               "Главный тренер ХК \"Северные волки\" Пётр Сомов:\n"
               "- Мы сыграли плохо.\n"
               "- Защита ошибалась.\n"
               "Главный тренер ХК \"Речники\" Андрей Лунин:\n"
               "- Ребята молодцы.\n"
               "- Вратарь выручил.\n", lang="ru")
    assert len(doc.turns()) == 2


# --- L1774j two officer lines over a record whose chair speaks under the office -------------
# --- H1775j an agenda heading alone is no place ----------------------------------------------

MINUTES = {
    "nl": ("Notulen van de vergadering van 4 april 2023\n\n"
           "Voorzitter: mevrouw A. de Wit\n\nGriffier: de heer K. Bos\n\nOPENING\n\n"
           "De VOORZITTER: Ik open de vergadering. Welkom allemaal.\n\n"
           "Wij beginnen met de mededelingen.\n", "nl", "De VOORZITTER:"),
    "fr": ("Procès-verbal de la séance du 4 avril 2023\n\n"
           "Président : M. Paul Lenoir\n\nSecrétaire : Mme Anne Roux\n\nOUVERTURE\n\n"
           "Le PRÉSIDENT : Je déclare la séance ouverte. Bienvenue à tous.\n", "fr", "Le PRÉSIDENT :"),
}


@pytest.mark.parametrize("case", sorted(MINUTES))
def test_officer_lines_of_minutes_are_no_turns(case):
    text, lang, chair = MINUTES[case]
    doc = read(text, lang=lang)
    assert labels(doc) == [chair]


@pytest.mark.parametrize("case", sorted(MINUTES))
def test_an_agenda_heading_alone_is_no_place(case):
    text, lang, _ = MINUTES[case]
    assert read(text, lang=lang).setting.place is None



# --- B1776j a Chinese page's publication block: poster and views fields -------------------------

def test_a_publication_block_with_the_poster_is_site_furniture_not_a_turn():
    doc = read("访谈实录:王海谈城市规划\n\n发布人:新闻中心     发布时间:2019-05-06     点击次数:\n\n"
               "主持人:各位网友好,今天我们请到了王海先生。\n\n王海:大家好。\n", lang="zh")
    assert labels(doc) == ["主持人:", "王海:"]
    assert any(type(b).__name__ == "Boilerplate" and b.text.startswith("发布人") for b in doc.blocks)


# --- P1777j an editor's quoted sub-heading between turns -------------------------------------------

QUOTED_HEADINGS = {
    "zh": ("主持人:您怎么看这个问题?\n\n王海:很重要。\n\n“城市规划要以人为本”\n\n"
           "主持人:请您具体谈一谈。\n", "zh"),
    "fr": ("ANIMATRICE : Que pensez-vous de ce projet ?\n\nPAUL ROUX : Il est important.\n\n"
           "« Une ville pour ses habitants »\n\nANIMATRICE : Pouvez-vous préciser ?\n", "fr"),
}


@pytest.mark.parametrize("case", sorted(QUOTED_HEADINGS))
def test_a_quoted_sub_heading_before_the_next_label_is_no_speech(case):
    text, lang = QUOTED_HEADINGS[case]
    doc = read(text, lang=lang)
    answer = doc.turns()[1]
    assert [p.text for p in answer.paragraphs if all(type(i).__name__ == "Text" for i in p.content)] \
        == [answer.paragraphs[0].text]
    assert type(answer.paragraphs[-1].content[0]).__name__ == "Note"


def test_a_quoted_sentence_of_speech_stays_speech():
    doc = read("ANIMATRICE : Que pensez-vous de ce projet ?\n\nPAUL ROUX : Il est important.\n\n"
               "« Nous le ferons. »\n\nANIMATRICE : Pouvez-vous préciser ?\n", lang="fr")
    assert type(doc.turns()[1].paragraphs[-1].content[0]).__name__ == "Text"
