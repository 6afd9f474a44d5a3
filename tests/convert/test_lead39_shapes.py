"""Shapes of the lead's rules in session 39 (docs/convert-shapes.md, `(lead39)`)."""
from __future__ import annotations

import pytest

from tests.convert.conftest import labels, read, speaker, speech


def _answerer(text: str) -> str | None:
    """The name of the person the second turn (the first answer) points at."""
    person = speaker(read(text), 1)
    return person.name if person else None


def _qa(title: str, ask: str, answer: str, q1: str, a1: str, q2: str, a2: str) -> str:
    return f"{title}\n\n{ask} {q1}\n{answer} {a1}\n\n{ask} {q2}\n{answer} {a2}\n"


_PRESS = [
    ("Conferenza stampa di Luciano Spalletti", "D:", "R:", "Come sta la squadra prima della partita?",
     "Molto bene, abbiamo lavorato molto questa settimana con i giocatori.", "Chi giocherà in attacco?",
     "Lo deciderò domani, ci sono ancora dei dubbi.", "Luciano Spalletti"),
    ("Conférence de presse de Didier Deschamps", "Question :", "Réponse :",
     "Comment va l'équipe avant le match de demain ?",
     "Très bien, nous avons beaucoup travaillé cette semaine avec les joueurs.", "Qui va jouer en attaque ?",
     "Je vais décider demain, il y a encore des doutes.", "Didier Deschamps"),
    ("Rueda de prensa de Carlo Ancelotti", "P.", "R.", "¿Cómo está el equipo antes del partido?",
     "Muy bien, hemos trabajado mucho esta semana con los jugadores.", "¿Quién jugará en ataque?",
     "Lo decidiré mañana, todavía hay dudas.", "Carlo Ancelotti"),
    ("Persconferentie van Ronald Koeman", "Vraag:", "Antwoord:", "Hoe gaat het met het team voor de wedstrijd?",
     "Heel goed, we hebben deze week veel gewerkt met de spelers.", "Wie speelt er in de aanval?",
     "Dat beslis ik morgen, er zijn nog twijfels.", "Ronald Koeman"),
]


@pytest.mark.parametrize("title,ask,answer,q1,a1,q2,a2,name", _PRESS)
def test_n1720j_the_person_whose_press_conference_the_title_names_answers(title, ask, answer, q1, a1, q2, a2,
                                                                         name):
    assert _answerer(_qa(title, ask, answer, q1, a1, q2, a2)) == name


def test_n1720j_an_occasion_without_a_name_after_it_names_no_one():
    text = _qa("Conferenza stampa di fine anno", "D:", "R:", "Come sta la squadra prima della partita?",
               "Molto bene, abbiamo lavorato molto questa settimana.", "Chi giocherà in attacco?",
               "Lo deciderò domani.", )
    assert _answerer(text) == "R"  # the voice's label, no name from the title


def test_n1721j_the_interviews_byline_name_asks_and_the_name_after_it_answers():
    text = _qa("Intervista di Bruno Vespa a Giorgia Meloni", "D:", "R:", "Come sta il governo dopo il voto?",
               "Molto bene, abbiamo lavorato molto questa settimana con i ministri.", "Che cosa farete ora?",
               "Lo decideremo domani, ci sono ancora dei dubbi.")
    assert _answerer(text) == "Giorgia Meloni"
    english = _qa("Interview by Tom Baker with Jane Whitfield", "Q:", "A:", "How is the plan going after the vote?",
                  "Very well, we worked hard this week with the ministers.", "What will you do next?",
                  "We will decide tomorrow, there are still doubts.")
    assert _answerer(english) == "Jane Whitfield"


def test_n1721j_an_interview_byline_alone_names_no_answerer():
    text = _qa("Intervista di Bruno Vespa", "D:", "R:", "Come sta il governo dopo il voto?",
               "Molto bene, abbiamo lavorato molto questa settimana con i ministri.", "Che cosa farete ora?",
               "Lo decideremo domani, ci sono ancora dei dubbi.")
    assert _answerer(text) != "Bruno Vespa"


_TV = ("ANDERSON COOPER, CNN HOST\nGood evening. We begin tonight with breaking news from Washington.\n\n"
       "SEN. MARK WARNER (D), VIRGINIA\nThank you, Anderson. This is a serious moment for the country.\n\n"
       "COOPER\nSenator, what happens next?\n\nWARNER\nWe will vote tomorrow.\n")


def test_l1722j_a_surname_alone_is_the_label_of_the_full_label_line_before():
    doc = read(_TV)
    assert labels(doc) == ["ANDERSON COOPER, CNN HOST", "SEN. MARK WARNER (D), VIRGINIA", "COOPER", "WARNER"]
    assert [speaker(doc, k).name for k in range(4)] == ["Anderson Cooper", "Mark Warner", "Anderson Cooper",
                                                        "Mark Warner"]


def test_l1722j_a_surname_two_full_names_end_with_is_nobodys_label():
    text = ("ANNE LEE, ANCHOR\nGood evening from the studio, here is the news.\n\n"
            "TOM LEE, REPORTER\nThank you, Anne. The vote was held today in the chamber.\n\n"
            "LEE\nIt was a long day for everyone involved in it.\n")
    doc = read(text)
    assert "LEE" not in labels(doc)
    assert "It was a long day" in " ".join(speech(doc))


def test_n1720j_a_deposition_of_a_witness_does_not_make_the_witness_the_opening_voice():
    text = ("Deposition of Keith Roland, Jr. (Dec. 14, 2021)\n\nThe court reporter cannot record nonverbal "
            "answers, so please answer aloud.\n\nThe Witness. Can I ask a follow-on?\n\nMr.   Of course.\n\n"
            "The Witness. Thank you.\n")
    assert speaker(read(text), 0) is None


_LECTURE = ("Lecture 3: Thermodynamics\nProfessor Alan Grey, MIT\n\nPROFESSOR: OK, let's get started. Today we "
            "talk about entropy.\n\nSTUDENT: Is entropy the same as disorder?\n\nPROFESSOR: Not exactly.\n")


def test_n1723j_a_professor_label_is_the_professor_the_header_names():
    person = speaker(read(_LECTURE), 0)
    assert (person.name, person.role) == ("Alan Grey", "Professor")


def _events(text: str) -> list:
    from teikit.model import Event
    return [item for turn in read(text).turns() for p in turn.paragraphs for item in getattr(p, "content", [])
            if isinstance(item, Event)]


def test_e1724j_a_note_wrapped_over_lines_between_lines_of_speech_is_an_event():
    text = ("Mr. SMITH: Thank you, Madam Speaker. We support this bill.\n(Applause from the Government benches and\n"
            "from some Opposition members)\nI yield back.\n\nThe SPEAKER: The gentleman yields back.\n")
    events = _events(text)
    assert [(e.element, e.text) for e in events] == [
        ("kinesic", "(Applause from the Government benches and\nfrom some Opposition members)")]
    assert "I yield back." in " ".join(speech(read(text)))


def test_e1724j_a_bracket_over_lines_that_is_no_event_stays_speech():
    text = ("Mr. SMITH: Thank you, Madam Speaker. We support this bill.\n(as the committee said in its report\n"
            "last year)\nI yield back.\n\nThe SPEAKER: The gentleman yields back.\n")
    assert _events(text) == []
    assert "last year)" in " ".join(speech(read(text)))


def test_l1725j_a_member_before_a_full_stop_whom_the_chair_gave_the_floor_is_a_label():
    text = ("M. le président. La parole est à Mme Durand.\n\nMme Claire Durand. Merci. Je maintiens mes "
            "propos sur ce texte.\n")
    doc = read(text)
    assert labels(doc) == ["M. le président.", "Mme Claire Durand."]
    assert speaker(doc, 1).name == "Claire Durand"


def test_l1725j_a_member_the_line_before_does_not_name_stays_speech():
    text = ("M. le président. La parole est à Mme Petit.\n\nMme Claire Durand. Merci. Je maintiens mes "
            "propos sur ce texte.\n")
    assert "Mme Claire Durand." not in labels(read(text))


@pytest.mark.parametrize("text", [
    "主持人：请提问。\n\n记者：（以下为翻译）请问中方对这个问题的立场是什么？\n\n发言人：我们的立场是一贯的。\n",
    "MODERATOR: Nächste Frage.\n\nFRAGE: Wie ist Ihre Position zum Abkommen?\n\nMINISTER LEE: (gedolmetscht) Wir "
    "unterstützen es voll und ohne Vorbehalte.\n",
])
def test_i1726j_translation_notes_of_chinese_and_german_pages_mark_the_turn_interpreted(text):
    assert any(turn.interpreted for turn in read(text).turns())


def test_l1725j_a_question_addressing_the_member_the_line_before_names_is_no_label():
    text = ("Die Vorsitzende spricht heute mit Anna Roth über den Parteitag.\n\nFrau Roth, am Samstag beginnt der Parteitag. Was "
            "erwarten Sie?\n\nAnna Roth: Eine lebhafte Debatte.\n")
    assert labels(read(text))[-1] == "Anna Roth:"
    assert "Frau Roth, am Samstag beginnt der Parteitag." not in labels(read(text))
