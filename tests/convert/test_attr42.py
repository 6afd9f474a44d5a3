"""Persons of unlabelled turns, session 42 (rule ids N2340l-N2359l, docs/convert-shapes.md):
where a speech has no label, the lead says who speaks. Every example is written for the test
(never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.leadguest import office_guest
from tests.convert.conftest import read


def _whos(doc) -> list[str | None]:
    return [t.who for t in doc.turns()]


def _person(doc, id_: str):
    return next(p for p in doc.persons if p.id == id_)


# --- N2340l a quoted team between the office and the name ----------------------------------------

def test_the_office_of_a_quoted_team_before_a_name_introduces_the_holder():
    found = office_guest(["После матча наставник «Вымпела» Олег Сомов ответил"], load("ru"), set())
    assert found == ("Олег Сомов", "наставник «Вымпела»")


def test_a_quote_that_closes_a_clause_is_no_part_of_an_office():
    assert office_guest(["Тренер «Вымпела», Олег Сомов ответил"], load("ru"), set()) is None


# --- N2341l the person a lead line names by office answers the dashed exchange below it ----------

DASHED_REPORT = ("Главный тренер «Вымпела» Олег Сомов ответил на вопросы журналистов после матча.\n\n"
                 "– Игра была тяжёлой, но мы довольны.\n\n"
                 "– Третья победа подряд…\n\n"
                 "– Посмотрим дальше. Разве это много?\n\n"
                 "– Кто выйдет в стартовом составе?\n\n"
                 "– Решим завтра.\n")


def test_the_lead_named_person_speaks_every_other_dashed_turn_from_the_opening_statement():
    doc = read(DASHED_REPORT)
    somov = _person(doc, "somov")
    assert (somov.name, somov.affiliation or somov.role) == ("Олег Сомов", "Главный тренер «Вымпела»")
    assert _whos(doc) == ["somov", None, "somov", None, "somov"]


def test_a_second_lead_line_between_exchanges_names_the_next_answerer():
    doc = read("Главный тренер «Вымпела» провёл пресс-конференцию после матча с командой «Зари».\n"
               "– Мы довольны.\n"
               "– Почему не было замен?\n"
               "– Без комментариев.\n"
               "После матча наставник «Зари» Иван Лодкин ответил на вопросы журналистов.\n"
               "– Ничья вас устраивает?\n"
               "– Вполне.\n"
               "– А игра вратаря?\n"
               "– Отличная.\n")
    assert _whos(doc) == [None, None, None, None, "lodkin", None, "lodkin"]


def test_a_lead_that_names_no_one_by_office_leaves_the_exchange_alone():
    doc = read(DASHED_REPORT.replace("Главный тренер «Вымпела» Олег Сомов", "Он"))
    assert set(_whos(doc)) == {None} and doc.persons == []


def test_questions_in_the_persons_places_leave_the_exchange_alone():
    doc = read("Главный тренер «Вымпела» Олег Сомов ответил на вопросы журналистов после матча.\n\n"
               "– Мы довольны.\n\n– Да?\n\n– Почему?\n\n– Нет.\n\n– Как?\n")
    assert _whos(doc) == [None] * 5


# --- N2342l a later hand-over in a text without labels, answered by the one handed the floor ----

CALL = ("Ladies and gentlemen, thank you for standing by, and welcome to the Harbour Board's "
        "quarterly call. Today's call is being recorded.\n\n"
        "I would now like to turn your conference over to Ms. Ann Lee Roe.\n\n"
        "Thank you. Good morning, and thank you for joining us for our quarterly call. With me "
        "is our chair. I will now turn the call over to Tom Poe.\n\n"
        "Welcome. It was a good year for the harbour, and the new quay opened in the spring.\n")


def test_each_hand_over_answered_by_thanks_opens_the_named_speakers_turn():
    doc = read(CALL)
    assert [(t.paragraphs[0].text.split()[0], t.who) for t in doc.turns()] == [
        ("Ladies", None), ("Thank", "ann-lee-roe"), ("Welcome.", "tom-poe")]


def test_a_reported_hand_over_inside_a_speech_stays_in_it():
    doc = read("Ladies and gentlemen, thank you for coming to the Harbour Board's open evening.\n\n"
               "Last spring the chair was ill, and I turned the meeting over to Tom Poe.\n\n"
               "The next day we met again, and the quay was finished in the autumn.\n")
    assert len(doc.turns()) == 1 and doc.persons == []


def test_an_article_after_the_hand_over_opens_no_name():
    """ "the" is among the lexicon's honorifics (for "the Hon."), but "welcome the Harbour
    Master" names nobody: only forms of address are passed over before the name (N2342l)."""
    from teikit import lexicons
    from teikit.transforms.helpers import ownwords
    en = lexicons.load("en")
    assert ownwords.handed_to("Thank you. I would now like to welcome the Harbour Master. Please go ahead.", en) is None
    assert ownwords.handed_to("I will turn the call over to Ms. Ruth Ann Roe.", en) == ("Ruth Ann Roe", None)
