"""A headline a page prints more than once (head19): the page's heading, then the article's
heading over the text, one of them wrapped over two lines. `header._resolve_positions` runs
`one_printing` after the neighbour rules have claimed the title's lines."""
from __future__ import annotations

from teikit.model import HeaderKind as K


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
