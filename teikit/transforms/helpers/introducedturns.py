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

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords as ow
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
