"""A headline a page prints more than once (head19): the page's heading, then the article's
heading over the text, one of them wrapped over two lines. `header._resolve_positions` runs
`one_printing` after the neighbour rules have claimed the title's lines."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.dates import find_date

# a PDF page's running head flattened into the text opens with the page's number (H283a)
_PAGE_NUMBER = re.compile(r"\d{1,4}\s")
_WORD = re.compile(r"\w+")
MIN_TITLE_WORDS = 5
MAX_EXTRA_WORDS = 3  # the page number, the year and a word of the running head


def _printings(lines: list) -> list[list]:
    """The runs of adjacent title lines, in source order: each run is one printing."""
    runs: list[list] = []
    for k, h in enumerate(lines):
        if h.kind != K.TITLE:
            continue
        if runs and k and lines[k - 1] is runs[-1][-1]:
            runs[-1].append(h)
        else:
            runs.append([h])
    return runs


def _folded(run: list) -> str:
    return " ".join(" ".join(h.text for h in run).split()).casefold()


def one_printing(lines: list) -> None:
    """A headline printed twice, whole on one line and again wrapped over two ("Jacques Anouma
    Dit Ses Vérités - Après la qualification des" / "éléphants"), or wrapped both times ("Oral
    History Interview with" / "James R. Fuchs" at the top and over the text): its lines are
    claimed as title both times, and joined they would print the headline twice. The first
    printing is the title; a later printing of the same words is the page's repeat (H241z)."""
    seen: set[str] = set()
    for run in _printings(lines):
        words = _folded(run)
        if words in seen:
            for h in run:
                h.kind = K.BOILERPLATE
        seen.add(words)


def running_heads(lines: list, lex: Lexicon) -> None:
    """A document viewer's page prints the document's title, then the PDF's text flattened with
    its page number and running head before the first label ("1 Southeastern Conference ...
    2017 Nick Saban Alabama", cut off by L280x/L281a): a line that opens with a page number and
    holds every word of another header line of five words or more, and at most three words
    besides (the page number, a year), is that running head, not the
    title: the other line stays a title candidate, and the running head is the date line when it
    prints a date (the title may print it without its year), page furniture otherwise (H283a)."""
    for h in lines:
        if h.kind not in (K.UNKNOWN, K.TITLE) or not _PAGE_NUMBER.match(h.text):
            continue
        words = set(_WORD.findall(h.text.casefold()))
        if any(t is not h and t.kind in (K.UNKNOWN, K.TITLE) and len(title := _WORD.findall(t.text.casefold()))
               >= MIN_TITLE_WORDS and set(title) <= words and len(words - set(title)) <= MAX_EXTRA_WORDS
               for t in lines):
            h.kind = K.DATE if find_date(h.text, lex) is not None else K.BOILERPLATE
