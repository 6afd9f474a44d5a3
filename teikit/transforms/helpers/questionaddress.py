"""The answerer of an unlabeled interview, named where any question addresses them (N190u).

`answerer.name_unlabeled_answers` reads the address of the first question ("Herr Minister,
..."). A press conference often opens with questions about others and addresses its guest
later ("- Monsieur Roe, vous avez vu ...?"). When questions after the first address someone
by a form of address and a name (the lexicon's `honorifics`: "Mr", "Monsieur", "Herr"), and
every such address names the same person, the answers are that person's: one
voice answers, and the interviewers name it. Two different names addressed (a panel) give
no one.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm


_OPENING_MARKS = "\"“«¿¡-–— "


def agreed_address(turns: list[Turn], asks: list[bool], lead: list[str], lex: Lexicon, address) -> tuple | None:
    """(name, None) the questions of `turns` (`asks`: the turns that ask) address, when they
    address one name only; `address(text, lead, lex)` reads one question's address."""
    found: dict[str, tuple] = {}
    honorifics = nm.folded(lex, "honorifics")
    for turn, asking in zip(turns, asks):
        if not asking:
            continue
        opening = next((p.text for p in turn.paragraphs if isinstance(p, Paragraph)), "")
        first = opening.lstrip(_OPENING_MARKS).split(maxsplit=1)[:1]
        if not first or nm.fold(first[0]) not in honorifics:
            continue  # "Pero, ¿qué?": a word before a comma is no address without "Mr", "Monsieur"
        hit = address(opening, lead, lex)
        if hit is not None and hit[0]:
            found.setdefault(nm.fold(hit[0].split()[-1]), hit)
    return next(iter(found.values())) if len(found) == 1 else None
