"""The one person a lead names by office as the speaker of its occasion (N603a).

A fan site prints a coach's press conference without labels, its questions and quoted answers
alternating, under one lead line: `Di seguito la conferenza stampa completa del ct Antonio Conte
dopo l'amichevole ...` ("below, the whole press conference of the national coach Antonio
Conte"). The line names the occasion (the lexicon's `occasions` or `interview_words`) and one
person with an office right before the name (`leadguest.office_guest`): that person answers.
A lead line without an occasion word, or two persons introduced so, names no one.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.leadguest import office_guest


def occasion_guest(lead: list[str], lex: Lexicon) -> tuple[str, None, str] | None:
    """(name, None, office) in `answerer.address`'s form for the one person the lead's occasion
    lines introduce by office, else None."""
    words = [p for p in (lex.pattern("occasions") if lex.occasions else None,
                         lex.pattern("interview_words") if lex.interview_words else None) if p]
    lines = [line for line in lead if any(p.search(line) for p in words)]
    found = office_guest(lines, lex, set()) if lines else None
    return (found[0], None, found[1]) if found else None
