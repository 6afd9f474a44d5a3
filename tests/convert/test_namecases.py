"""Russian names printed in an oblique case are read in the nominative (N1099f)."""
from __future__ import annotations

import pytest

from teikit import lexicons
from teikit.transforms.helpers.namecases import in_nominative, oblique_case, office_in_nominative
from teikit.transforms.helpers.names import find_name
from tests.convert.conftest import read, speaker

RU = lexicons.load("ru")


@pytest.mark.parametrize("printed, key, nominative", [
    ("Сергея Лаврова", ("лавров",), "Сергей Лавров"),                  # genitive, masculine
    ("Ольги Любимовой", ("любимова",), "Ольга Любимова"),              # genitive, feminine
    ("Ольгой Любимовой", ("любимова",), "Ольга Любимова"),             # instrumental: the given name decides
    ("Сергеем Петровым", ("петров",), "Сергей Петров"),                # instrumental, masculine
    ("Дмитрию Пескову", ("песков",), "Дмитрий Песков"),                # dative
    ("Марии Захаровой", ("захарова",), "Мария Захарова"),
    ("Владимира Владимировича Познера", ("познер",), "Владимир Владимирович Познер"),
    ("Андрея Вишневского", ("вишневскии",), "Андрей Вишневский"),  # (keys are folded: "й" -> "и")
    ("С.В.Лаврова", ("лавров",), "С.В.Лавров"),                        # initials glued to the surname
])
def test_a_declined_name_is_read_in_the_nominative(printed, key, nominative):
    words = printed.split()
    endings = oblique_case(words[-1:], key, RU, words[:-1])
    assert endings is not None and in_nominative(printed, endings) == nominative


@pytest.mark.parametrize("printed, key", [("Сергея Шойгу", ("шойгу",)), ("Ивана Петрова", ("сидоров",))])
def test_an_indeclinable_or_other_surname_is_no_declined_form(printed, key):
    words = printed.split()
    assert oblique_case(words[-1:], key, RU, words[:-1]) is None


def test_english_has_no_cases():
    assert oblique_case(["Lavrova"], ("lavrov",), lexicons.load("en")) is None


@pytest.mark.parametrize("office, nominative", [
    ("Министра иностранных дел России", "Министр иностранных дел России"),
    ("Председателя Правительства", "Председатель Правительства"),
    ("Президентом России", "Президент России"),
])
def test_a_declined_office_is_read_in_the_nominative(office, nominative):
    assert office_in_nominative(office, RU) == nominative


def test_a_title_in_the_genitive_names_the_label_in_the_nominative():
    # (the office as printed, in the genitive: a role is what the text gives, N1405i)
    assert find_name("Выступление Министра иностранных дел России Сергея Лаврова", ("лавров",), RU) \
        == ("Сергей Лавров", "Министра иностранных дел России")
    text = ("Интервью Министра культуры Ольги Любимовой газете «Известия»\n\nВОПРОС: Как итоги года?\n\n"
            "О.Б.ЛЮБИМОВА: Год был непростым.\n\nВОПРОС: Что с театрами?\n\nО.Б.ЛЮБИМОВА: Поддержим.\n")
    assert speaker(read(text, lang="ru"), 1).name == "Ольга Любимова"
