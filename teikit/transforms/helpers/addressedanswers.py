"""The answer to an unlabelled question that addresses a labelled speaker (N1773j).

A press conference prints the coaches' statements under their labels, then the questions from
the floor and the answers without any label (L1772j). A question that opens by addressing one
of the labelled speakers, by the given name (with the patronymic: "Владимир Васильевич, ...?")
or by the full name, is answered in the next unlabelled turn by that speaker:

    Главный тренер ХК "Автомобилист" Владимир Крикунов:
    - Мы проспали начало матча.
    - Владимир Васильевич, как вы оцените игру легионеров?
    - Хотелось бы лучше.

The address must name exactly one labelled person: by the first word of the person's name, or
by the last (the surname: "Monsieur Roe, ...?"). The question stays unattributed.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answerer import address, ends_asking


def answers_to_addressed_speakers(turns: list[Turn], people: list, lex: Lexicon) -> None:
    """Point each unlabelled answer at the labelled person its question addresses.
    `people`: the (key, Person) pairs of the document."""
    labelled = {t.who for t in turns if t.label is not None and t.who}
    if not labelled or all(t.label is not None for t in turns):
        return  # (most documents: every turn labelled)
    persons = [p for _, p in people if p.id in labelled and p.name and len(p.name.split()) >= 2]
    for question, answer in zip(turns, turns[1:]):
        if question.label is not None or answer.label is not None or answer.who is not None \
                or question.who is not None or not ends_asking(question) or ends_asking(answer):
            continue
        opening = next((p.text for p in question.paragraphs if isinstance(p, Paragraph)), "")
        found = address(opening, [], lex)
        if not found or not found[0]:
            continue
        words = [nm.fold(w) for w in found[0].split()]
        addressed = [p for p in persons if _addresses(words, [nm.fold(w) for w in p.name.split()])]
        if len(addressed) == 1:
            answer.who = addressed[0].id


def _addresses(words: list[str], name: list[str]) -> bool:
    """The address names the person: the given name first ("Владимир Васильевич"), or the
    surname last ("Monsieur Roe")."""
    return words[0] == name[0] or words[-1] == name[-1]
