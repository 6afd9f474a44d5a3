"""Shapes of the lead's rules in session 39 (docs/convert-shapes.md, `(lead39)`)."""
from __future__ import annotations

import pytest

from tests.convert.conftest import read, speaker


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
