"""Turn and label shapes first met in corpus/dev20 (docs/convert-shapes.md, sections marked
dev20 with the suffix x), one small synthetic example each, written for the test (never a
corpus line): each fails without its rule."""
from __future__ import annotations

from teikit.model import Note, Paragraph
from tests.convert.conftest import labels, read


# --- L260x a hyphenated surname printed once, its hyphenated initials afterwards ----------------

_HYPHENED = ("Ann Lee: Do you accept the figures of the report?\n"
             "Okafor-Mensah: I have answered that question many times.\n"
             "AL: And the answer is?\nO-M: The report speaks for itself.\n"
             "AL: It does not answer the question.\nO-M: Then read it again.\n")


def test_a_hyphenated_surname_is_a_label_when_its_hyphenated_initials_are_labels():
    assert labels(read(_HYPHENED, lang="en"))[:2] == ["Ann Lee:", "Okafor-Mensah:"]


def test_a_hyphenated_surname_and_its_hyphenated_initials_are_one_person():  # L262x
    whos = [t.who for t in read(_HYPHENED, lang="en").turns()]
    assert whos[1] is not None and whos[3] == whos[5] == whos[1]


def test_hyphenated_words_in_capitals_are_not_initials():
    text = ("Ann Lee: Do you watch the morning show?\nOkafor-Mensah: Sometimes, on Sundays.\n"
            "TV-AM: The morning show is back.\nTV-AM: Every day at six.\n")
    assert "Okafor-Mensah:" not in labels(read(text, lang="en"))


# --- L261x numbered prompts of a questionnaire, without question marks ----------------------------

_PROMPTS = ("1) The first thing you will do if elected\nThank the people who supported me, then get to work.\n"
            "2) The town you want\nA town that dares to dream again.\n"
            "3) Full-time mayor or part-time?\nFull-time, of course!\n"
            "4) A reason to vote for you\nI have no personal interest in the job.\n")


def _texts(doc) -> list[str]:
    return ["".join(i.text for i in p.content if not isinstance(i, Note)).strip()
            for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)]


def test_numbered_prompts_and_their_answers_are_turns():
    doc = read("Four questions to the candidate\n\n" + _PROMPTS, lang="en")
    assert len(doc.turns()) == 8
    assert _texts(doc)[:2] == ["The first thing you will do if elected",
                               "Thank the people who supported me, then get to work."]


def test_a_numbered_list_of_steps_ending_in_stops_stays_one_turn():
    text = ("How to apply\n\n1) Fill in the form.\nYou find it online.\n2) Sign the form.\nBoth pages.\n"
            "3) Send it to the office.\nBy post or by hand.\n")
    assert len(read(text, lang="en").turns()) == 1


# --- L263x a question whose paragraph trails off with an ellipsis ---------------------------------

_TRAILING = ("The coach says he enjoys the pressure of having to win every weekend.\n"
             "You spoke of the pressure. How do you deal with it? I imagine it is bigger than anywhere before...\n"
             "The pressure from outside never beats the one we put on ourselves. I wake up every day to prepare "
             "the team, and it is no different here than at the other clubs I have coached over the years.\n"
             "But you feel it after every press conference. How do you take that? They say you talk well…\n"
             "Yes, but everything appears and fades away at great speed in the society we live in.\n")


def test_a_question_trailing_off_with_an_ellipsis_is_a_question():
    assert len(read(_TRAILING, lang="en").turns()) >= 4


def test_an_answer_with_a_question_in_it_ending_in_an_ellipsis_needs_the_other_evidence():
    text = ("I said it then. Why would I change? We keep going and we will see...\n"
            "We train every day and we play every Sunday.\n")
    assert len(read(text, lang="en").turns()) == 1
