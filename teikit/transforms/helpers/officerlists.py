"""Two officer lines over a record whose chair speaks under the office's label (L1774j).

Minutes print the session's officers in their header, a line each, before the record:

    Voorzitter: de heer J. Smit
    Griffier: de heer B.S.M Sepers
    ...
    De VOORZITTER: Ik open de vergadering.

A list of three such lines is no exchange (L190u, `labellike`); two lines may be one (a
question and an answer). They are a list when one of them names the chair's office (lexicon
`chair_words`) and the record prints that office as a label later, with speech after it ("De
VOORZITTER:"): the chair speaks under the office, so the line that names the chair is not
speech, nor is the officer line beside it.
"""
from __future__ import annotations

from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.labeltext import base_label


def officers_over_chair(pairs: list[list], colons: list, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of each run of two officer lines (`pairs`: colon candidates
    whose rest is a holder's name, in a row, with their line indices) of which one names the chair's office that a
    later label of `colons` ((line index, candidate) of the lines with speech) prints alone."""
    if not pairs:
        return set()
    chairs = nm.folded(lex, "chair_words")
    offices = [(i, office) for i, c in colons if (office := _office(c.name, lex)) in chairs]
    out: set[tuple[str, str]] = set()
    for pair in pairs:
        listed = {_office(c.name, lex) for _, c in pair} & chairs
        labels = {c.label for _, c in pair}
        if listed and any(office in listed and i > pair[-1][0] for i, office in offices
                          if office not in labels):
            out.update((c.label, c.rest) for _, c in pair)
    return out


@lru_cache(maxsize=4096)  # (read for every colon label of the text: a record prints its few over and over)
def _office(name: str, lex: Lexicon) -> str:
    """The one word of an office label without its article, folded ("De VOORZITTER" ->
    "voorzitter"); "" for a label of other words."""
    articles = nm.folded(lex, "articles")
    words = [nm.fold(w) for w in base_label(name).split() if nm.fold(w) not in articles]
    return words[0] if len(words) == 1 else ""
