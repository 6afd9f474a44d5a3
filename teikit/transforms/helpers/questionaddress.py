"""The answerer of an unlabeled interview, named where any question addresses them (N190u),
or by the heading right above the first question (N191u, `heading_answerer`), or above the
standfirst that stands over it (N2467m, `heading_above_standfirst`).

`answerer.name_unlabeled_answers` reads the address of the first question ("Herr Minister,
..."). A press conference often opens with questions about others and addresses its guest
later ("- Monsieur Roe, vous avez vu ...?"). When questions after the first address someone
by a form of address and a name (the lexicon's `honorifics`: "Mr", "Monsieur", "Herr"), and
every such address names the same person, the answers are that person's: one
voice answers, and the interviewers name it. Two different names addressed (a panel) give
no one.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.titlenames import author_byline, names_in


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


# A heading is short and ends no sentence.
MAX_HEADING_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?…。！？:：]$")


def heading_answerer(heading: str, elsewhere: list[str], lex: Lexicon) -> tuple[str, None] | None:
    """N191u: the line right above an unlabeled interview's first question is a heading
    that names one person ("La conferenza stampa di Antonio Conte", "THE PRESS TALK OF ANNA
    PETROVA"): the answers are theirs. In capitals, where case tells no name from the words
    before it, the name is the heading's last two words, and only when the last of them is
    printed elsewhere on the page as a capitalised word (`elsewhere`: the header and the
    lead). None for any other line."""
    words = heading.split()
    if not 2 <= len(words) <= MAX_HEADING_WORDS or _SENTENCE_END.search(heading.rstrip()):
        return None
    if author_byline(heading.strip("*_ "), lex):
        return None  # "By Tom Poe" over the first question: the one who wrote it up asks (N1276h)
    if not heading.isupper():
        found = names_in(heading, lex)
        return (found[0], None) if len(found) == 1 and len(found[0].split()) >= 2 else None
    if len(words) < 3 or not all(w.isalpha() for w in words[-2:]):
        return None
    name = [w.capitalize() for w in words[-2:]]
    printed = re.compile(rf"(?<!\w){re.escape(name[-1])}(?!\w)")
    return (" ".join(name), None) if any(printed.search(text) for text in elsewhere) else None



# A standfirst and a pull quote between an interview's heading and its first question (N2467m).
MAX_STANDFIRST_LINES = 2
_QUOTE_OPENINGS = "\"“«„'‘"


def heading_above_standfirst(lead: list[str], lex: Lexicon) -> tuple[str, None] | None:
    """N2467m: a magazine prints its standfirst (sentences) right above the first question and the
    interview's heading above it, a pull quote between them at most: `06/08/2020   SIGNOR D` /
    `''Il rap …''` / `Si chiama … Gli abbiamo rivolto qualche domanda.`. The first line above the
    standfirst that is neither a sentence nor a quotation is read as N191u reads the line right
    above the first question. None when the line right above asks no standfirst (N191u's case)."""
    if not lead or not _SENTENCE_END.search(lead[-1].strip()):
        return None
    for k in range(len(lead) - 2, max(-1, len(lead) - 3 - MAX_STANDFIRST_LINES), -1):
        line = lead[k].strip()
        if _SENTENCE_END.search(line) or line[:1] in _QUOTE_OPENINGS:
            continue
        return heading_answerer(line, lead[:k] + lead[k + 1:], lex)
    return None
