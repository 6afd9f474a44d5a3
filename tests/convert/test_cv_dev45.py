"""Shapes of dev45 (rule ids 1730-1749 ending in `j`): exports of transcription tools, diarizers
and caption players in German, English, Spanish, French, Italian and Russian, written for the
test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.model import Boilerplate
from tests.convert.conftest import labels, read, speaker, speech

# --- L1730j a time, a spaced hyphen and a given name with the role in brackets -----------------

ROLE_EXPORTS = {
    "en": ("Transcript:\n"
           "[00:00:03.100] - Nora (Host)\n"
           "Hello and welcome to the show, today we talk about gardens in the city.\n"
           "[00:00:09.800] - Ben (Guest)\n"
           "Thanks.\n"
           "[00:00:11.020] - Nora (Host)\n"
           "So tell us how it all began, and why you chose to plant on the roofs.\n", "en",
           ["Nora", "Ben", "Nora"], ["Host", "Guest", "Host"]),
    "de": ("Transkript:\n"
           "[00:00:02.500] - Lena (Moderatorin)\n"
           "Herzlich willkommen zu unserer Sendung über Gärten in der Stadt.\n"
           "[00:00:07.900] - Paul (Gast)\n"
           "Danke für die Einladung.\n", "de",
           ["Lena", "Paul"], ["Moderatorin", "Gast"]),
}


@pytest.mark.parametrize("case", sorted(ROLE_EXPORTS))
def test_a_timed_given_name_with_its_role_in_brackets_opens_each_block(case):
    text, lang, names, roles = ROLE_EXPORTS[case]
    doc = read(text, lang=lang)
    assert [label.split(" - ")[-1].lstrip("- ") for label in labels(doc)] == \
        [f"{n} ({r})" for n, r in zip(names, roles)]
    assert [speaker(doc, i).name for i in range(len(names))] == names
    assert doc.setting.title != "[00:00:03.100] - Nora (Host)"


def test_a_timed_one_word_caption_is_no_label():
    doc = read("[00:00:01.000] - Okay\nWe start now with the first question of the evening.\n"
               "[00:00:05.000] - Right\nAnd the second one follows right after it.\n", lang="en")
    assert [label for label in labels(doc) if label] == []


# --- L1731j a player's m:ss time before a name alone with its colon ----------------------------

PLAYER_EXPORTS = {
    "it": ("Trascrizione\n\n0:05 Giulia:\nCiao a tutti e benvenuti!\n0:09 Marco:\nCiao Giulia, come stai?\n"
           "0:12 Giulia:\nBene, grazie. Oggi parliamo di cucina.\n", "it", ["Giulia", "Marco", "Giulia"]),
    "es": ("Transcripción\n\n0:04 Lucía:\n¡Hola a todos!\n1:10 Diego:\nHola, Lucía, ¿qué tal?\n", "es",
           ["Lucía", "Diego"]),
}


@pytest.mark.parametrize("case", sorted(PLAYER_EXPORTS))
def test_a_minutes_and_seconds_time_before_a_name_alone_opens_a_turn(case):
    text, lang, names = PLAYER_EXPORTS[case]
    doc = read(text, lang=lang)
    assert [speaker(doc, i).name for i in range(len(names))] == names
    assert all(label.endswith(f"{name}:") for label, name in zip(labels(doc), names))
    assert not any(":" in said[:6] for said in speech(doc))  # the time and the label are no speech


def test_a_clock_time_before_a_schedule_entry_is_no_label():
    doc = read("Programme\n\n9:00 Registration: coffee in the hall\n9:30 Welcome: the mayor opens the day\n\n"
               "Nothing else was said.\n", lang="en")
    assert [label for label in labels(doc) if label] == []


# --- B1732j a server template's conditional left unrendered -------------------------------------

def test_an_unrendered_template_conditional_is_page_code_not_the_title():
    doc = read('{IF(user_region="de/30"){ }} {IF(user_region="de/40"){ }}\n\n'
               "Die Zukunft der Häfen\n\n"
               "Anna Berger:\n\nGuten Tag und willkommen zu unserer Sendung.\n\n"
               "Jonas Keller:\n\nDanke für die Einladung.\n", lang="de")
    assert doc.setting.title == "Die Zukunft der Häfen"
    assert '{IF(user_region="de/30"){ }} {IF(user_region="de/40"){ }}' in [
        b.text for b in doc.blocks if type(b) is Boilerplate]


# --- H1733j a speaker's card: name, role and the talk's date on one line -------------------------

CARDS = {
    "ru": ("Анна Петрова Директор \"Цифровых решений\" 14 марта 2020г.\nБудущее цифровых городов\n\n"
           "Иван Соколов:\n\nДобрый день! Сегодня у нас в гостях Анна Петрова.\n\n"
           "Анна Петрова:\n\nЗдравствуйте!\n", "ru", "2020-03-14", "Будущее цифровых городов"),
    "en": ("Mary Fields Founder of Harbour Works 3 March 2021\nThe future of ports\n\n"
           "Tom Becket:\n\nGood afternoon, today my guest is Mary Fields.\n\n"
           "Mary Fields:\n\nHello!\n", "en", "2021-03-03", "The future of ports"),
}


@pytest.mark.parametrize("case", sorted(CARDS))
def test_a_speakers_card_dates_the_talk_and_is_no_title(case):
    text, lang, iso, title = CARDS[case]
    doc = read(text, lang=lang)
    assert doc.setting.date_iso == iso
    assert doc.setting.title == title
    assert doc.setting.place is None


def test_a_heading_that_ends_with_its_date_is_no_card():
    doc = read("Protokoll der Sitzung vom 19.07.2007\n\nPRÄSIDENT: Ich eröffne die Sitzung.\n\n"
               "ANNA BERGER: Danke.\n", lang="de")
    assert doc.setting.title == "Protokoll der Sitzung vom 19.07.2007"


# --- H1734j an episode's number and title atop a podcast page -----------------------------------

def test_a_numbered_episode_title_on_the_first_line_is_the_title():
    doc = read("42: Oggi i treni.\n\nPodcast Facile\n\nBentornati!\n\n"
               "In questa puntata parliamo dei treni regionali e dei ritardi di ogni mattina.\n\n"
               "Marco ci spiega che cosa è successo.\n\nTrascrizione\n\n"
               "0:05 Giulia:\nCiao a tutti!\n0:09 Marco:\nCiao Giulia.\n", lang="it")
    assert doc.setting.title == "42: Oggi i treni."


# --- N1736j given-name labels named by the team listed in brackets in the show notes ------------

TEAMS = {
    "fr": ("Chaque mois, l'équipe passe en revue l'actualité du numérique (Claire Martin, Paul Durand, Léa Roux).\n"
           "Transcription :\nClaire :\n[0:04] Bonjour à tous et bienvenue.\nPaul :\n[0:09] Bonjour Claire.\n",
           "fr", ["Claire Martin", "Paul Durand"]),
    "en": ("Every month the team looks back at the news (Jane Roe, Mark Poe, Ann Lee).\n"
           "Transcript:\nJane:\n[0:04] Hello everyone and welcome.\nMark:\n[0:09] Hi Jane.\n",
           "en", ["Jane Roe", "Mark Poe"]),
}


@pytest.mark.parametrize("case", sorted(TEAMS))
def test_given_name_labels_take_the_full_names_the_notes_list_in_brackets(case):
    text, lang, names = TEAMS[case]
    doc = read(text, lang=lang)
    assert [speaker(doc, i).name for i in range(2)] == names
