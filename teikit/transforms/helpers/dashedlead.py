"""The person a lead line names by office over a dashed exchange (N2341l).

A sports or news site prints a press conference as dialogue dashes without labels, under a
line that says who answers: `Главный тренер «Юности» Михаил Захаров поделился мнением о
матче …` / `– Говорить правду нельзя.` / `– Третья дуэль …, третье поражение…` / `– Считайте
сами! …?`. A report of two press conferences prints a second such line between the
exchanges (`После игры … наставник «Порту» Хулен Лопетеги ответил на вопросы журналистов.`),
which the dash splitter leaves as the last paragraph of the turn above it.

The line names one person by office (`answeringlead.answering_subject`, the words before the
lexicon's `answering_phrases`: the one who answers is the subject of "answered", "shared his
view"; or, N2542m, the office and name that close the sentence after it: `"Ъ" рассказал
гендиректор «Ромашки» Иван Петров.`).
The dashes alternate the two voices: the person's turns are every other turn of the exchange
under the line, from its first turn when that turn does not ask (a press conference opens
with the speaker's statement), else from its second. Not when more of the questions fall on
the person's places than on the other's (no alternation), nor in a line that names no one,
nor in an exchange with no question; a turn already attributed or labelled ends the exchange.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine, Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answeringlead import answering_subject
from teikit.transforms.helpers.attribution import add_person
from teikit.transforms.helpers.dashedasking import ends_with_question
from teikit.transforms.helpers.unnamedturns import DASH_TURN

# An exchange has at least a question and its answer.
MIN_TURNS = 2


def name_dashed_exchanges(turns: list[Turn], header: list[HeaderLine], people: list, persons: list,
                          lex: Lexicon) -> None:
    """Point the answers of each dashed exchange at the person its lead line names."""
    if not lex.answering_phrases:
        return
    person = answering_subject([h.text for h in header], lex)
    exchange: list[tuple[Turn, bool]] = []  # the exchange's turns and whether each asks
    for turn in turns:
        open_turn = turn.label is None and turn.who is None
        # (a labelled turn, most of them, ends the exchange whatever it says: its text is not read)
        texts = [p.text for p in turn.paragraphs if isinstance(p, Paragraph)] if open_turn else []
        if not (open_turn and texts and DASH_TURN.match(texts[0])):
            _attribute(exchange, person, people, persons)
            exchange = []
            # an undashed opening paragraph may be the lead; a labelled turn ends what it said
            person = (answering_subject(texts, lex) or person) if open_turn else None
            continue
        lead = answering_subject(texts[-1:], lex) if len(texts) > 1 and not DASH_TURN.match(texts[-1]) else None
        spoken = texts[:-1] if lead else texts
        exchange.append((turn, ends_with_question(spoken[-1])))
        if lead:  # the report's next lead line, left in the turn above its exchange
            _attribute(exchange, person, people, persons)
            exchange, person = [], lead
    _attribute(exchange, person, people, persons)


def _attribute(exchange: list[tuple[Turn, bool]], person: tuple[str, str] | None, people: list,
               persons: list) -> None:
    """Every other turn of the exchange is the person's, from the first that does not ask."""
    asks = [a for _, a in exchange]
    if person is None or len(exchange) < MIN_TURNS or not any(asks):
        return
    first = 1 if asks[0] else 0
    if sum(asks[first::2]) > sum(asks[1 - first::2]):
        return  # the questions do not stand in the other voice's places: no alternation read
    name, office = person
    key = (nm.fold(name.split()[-1]),)
    known = next((p for k, p in people if k == key), None)
    who = known or add_person(key, people, persons, name=name, role=office)
    for turn, _ in exchange[first::2]:
        turn.who = who.id
