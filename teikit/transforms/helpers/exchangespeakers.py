"""Who speaks the unlabeled turns that labelled turns or a printed time introduce.

`speakers_after_labelled_exchange` (T533a): an interview that labels its first exchange only
(`HAZ: …?` / `Meyer: …`), or its first few, its later questions and answers unlabeled turns (P32m, T530a): each
later question is the first label's, each later answer the second's.

`self_named_after_time` (T534a): a turn that opens with a recording time and no label
(`08:57 Good afternoon, …, my name is Leah …`, T532a) is the person it names in its opening
words, as a citizens' forum's questioners introduce themselves.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Transcript, Turn
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.attribution import NamedPeople
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.labelledanswers import turn_asks
from teikit.transforms.helpers.laterquestions import labelled_exchanges
from teikit.transforms.helpers.lines import line_text


def speakers_after_labelled_exchange(turns: list[Turn]) -> None:
    """When the turns open with labelled exchanges (`laterquestions.labelled_exchanges`: two
    labels of two people taking turns, the first's turns questions) that point at two people,
    and every later turn (two at least) is unlabeled and unattributed, taking turns question,
    answer, question, … (each question one paragraph that ends with a question
    mark, no answer ending with one): the questions are the first label's person (none for a
    generic voice, `Frage:`), the answers the second's."""
    first = next((n for n, t in enumerate(turns) if t.label is None), len(turns))
    if first < 2 or len(turns) - first < 2 or not labelled_exchanges(turns[:first]) \
            or not turns[1].who or turns[0].who == turns[1].who:
        return
    later = turns[first:]
    if any(t.label is not None or t.who is not None for t in later):
        return
    if not all(turn_asks(t) for t in later[::2]) or any(_ends_asking(t) for t in later[1::2]):
        return
    for n, turn in enumerate(later):
        turn.who = turns[n % 2].who


def self_named_after_time(doc: Transcript, people: list, lex: Lexicon) -> None:
    """Each unlabeled, unattributed turn right after a timestamp note, in a document with
    labels, whose opening words name its speaker (`ownwords.self_named`: "my name is Leah",
    "I'm Ann Lee"): that person's."""
    blocks = doc.blocks
    if not any(isinstance(b, Turn) and b.label for b in blocks):
        return
    named = NamedPeople(people)
    for before, turn in zip(blocks, blocks[1:]):
        if not (type(before) is Note and before.type == "timestamp" and isinstance(turn, Turn)) \
                or turn.label is not None or turn.who is not None:
            continue
        opening = next((line_text(p.content) for p in turn.paragraphs if isinstance(p, Paragraph)), "")
        name, role = ow.self_named(opening, lex)
        if not name:
            continue
        person, new = named.get(name, role)
        if new:
            doc.persons.append(person)
        turn.who = person.id


def _ends_asking(turn: Turn) -> bool:
    paragraphs = [p for p in turn.paragraphs if isinstance(p, Paragraph)]
    return bool(paragraphs) and QUESTION_END.search(line_text(paragraphs[-1].content)) is not None
