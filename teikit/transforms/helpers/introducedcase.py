"""A name a title introduces in an oblique case, read in the nominative (N1141g).

A Russian title introduces its guest after a preposition that declines the name: "Интервью с
Сергеем Вакуленко" (instrumental). With no label to compare it with (N1099f reads a declined
name against the label's surname), the case is the one of the lexicon's `name_cases` that
puts back the most words of the name, the given name first among them; a name no case
changes, or two cases change alike, stays as printed.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.foldwords import fold
from teikit.transforms.helpers.namecases import in_nominative


def nominative_after_introducer(name: str, line: str, lex: Lexicon) -> str:
    """`name` in the nominative when `line` prints it right after a name introducer of the
    lexicon ("с Сергеем Вакуленко"); else `name`."""
    if not lex.name_cases or not name or not _introduced(name, line, lex):
        return name
    return nominative(name, lex)


def nominative(name: str, lex: Lexicon) -> str:
    """`name` put back in the nominative by the case of the lexicon's `name_cases` that changes
    most of its words (its first word among them: a given name, or a surname glued to its
    initials, "С.В.Лаврова" -> "С.В.Лавров"); `name` when no case, or several differently, do."""
    words = name.split()
    scored = []
    for endings in lex.name_cases:
        put_back = in_nominative(name, endings).split()
        if put_back[0] != words[0]:  # the given name declines in every case
            scored.append((sum(a != b for a, b in zip(put_back, words)), " ".join(put_back)))
    if not scored:
        return name
    best = max(score for score, _ in scored)
    names = {n for score, n in scored if score == best}
    return names.pop() if len(names) == 1 else name


def _introduced(name: str, line: str, lex: Lexicon) -> bool:
    at = line.find(name)
    before = line[:at].split() if at > 0 else []
    return bool(before) and fold(before[-1]) in {fold(w) for w in lex.name_introducers}
