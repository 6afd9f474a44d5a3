"""Speakers without labels who each open their turn by introducing themselves (T2427l).

An archive's machine transcript of a recorded conversation prints no labels; each partner
opens by giving their name: `Hello, my name is Ann Roe and …` / `Hello, my name is Ben and I
…`. A paragraph that opens with a self-introduction naming someone else than the one who
opened the turn so is another speaker's: it opens an unlabeled turn of its own. Only
paragraphs whose first words introduce the speaker are read (`OPENING_WORDS`), and only where
the text's first paragraph opens so too: a speech that later quotes "my name is …" stays
one turn, and so does a speaker who gives the name again.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.attribution import person_named
from teikit.transforms.helpers.lines import line_text

# A self-introduction that opens a turn comes within its first words ("Hello, my name is …",
# a recording time before them).
OPENING_WORDS = 10


def split_at_self_introductions(turn: Turn, lex: Lexicon) -> list[Turn] | None:
    """The unlabeled turn cut before each paragraph that introduces another speaker than the
    paragraph opening the turn before, or None when no such cut is found."""
    names = [_introduced(item, lex) for item in turn.paragraphs]
    first = next((n for n, item in enumerate(turn.paragraphs) if isinstance(item, Paragraph)), None)
    if first is None or names[first] is None:
        return None
    cuts, current = [], nm.fold(names[first].split()[0])
    for n in range(first + 1, len(names)):
        if names[n] is not None and nm.fold(names[n].split()[0]) != current:
            cuts.append(n)
            current = nm.fold(names[n].split()[0])
    if not cuts:
        return None
    items = turn.paragraphs
    turns = [Turn(label=None, line=turn.line, paragraphs=items[:cuts[0]], lead_notes=turn.lead_notes)]
    for start, end in zip(cuts, cuts[1:] + [len(items)]):
        turns.append(Turn(label=None, line=items[start].line, paragraphs=items[start:end]))
    return turns


def _introduced(item, lex: Lexicon) -> str | None:
    """The name the paragraph's opening words give its speaker, or None."""
    if not isinstance(item, Paragraph):
        return None
    opening = " ".join(line_text(item.content).split()[:OPENING_WORDS])
    return ow.self_named(opening, lex)[0]


# The names a title lists: "Ann Roe and Benjamin \"Ben\" Kay", "Ann Roe, Ben Kay & Cy Poe".
_LISTED = re.compile(r",\s*|\s+(?:and|&)\s+")
_NAME_WORD = re.compile(r"^[\"“'‘(]?[^\W\d_][\w'’.-]*[\"”'’)]?$")
MAX_LISTED_WORDS = 5


def name_introduced_turns(doc: Transcript, turns: list[Turn], header: list[HeaderLine], people: list,
                          lex: Lexicon) -> None:
    """N2428l: in a text without labels whose every turn, two at least, opens with its speaker's
    own introduction (T2427l's turns), each turn is the person it introduces; a given name
    alone ("my name is Ann") is completed by the one name the title lists that opens with it
    ("Ann Roe and Ben Kay": "Ann Roe")."""
    if len(turns) < 2 or any(t.label is not None or t.who is not None for t in turns):
        return
    said = [_introduced(next((p for p in t.paragraphs if isinstance(p, Paragraph)), None), lex) for t in turns]
    if None in said:
        return
    listed = [part.strip() for h in header if h.kind == HeaderKind.TITLE for part in _LISTED.split(h.text)]
    listed = [part for part in listed if 2 <= len(part.split()) <= MAX_LISTED_WORDS
              and all(_NAME_WORD.match(w) for w in part.split())]
    for turn, name in zip(turns, said):
        person, new = person_named(people, _completed(name, listed), None)
        if new:
            doc.persons.append(person)
        turn.who = person.id


def _completed(name: str, listed: list[str]) -> str:
    """The one listed name that opens with the given name said alone, or the name as said."""
    if " " in name:
        return name
    given = nm.fold(name)
    fuller = [part for part in listed if nm.fold(part.split()[0]) == given]
    return fuller[0] if len(fuller) == 1 else name
