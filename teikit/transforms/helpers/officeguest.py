"""The guest an interview line names by office alone (N442a).

A page about a two-party interview often names the host and only the office of the guest:
"John Robbie's Interview With The South Africa Minister Of health", "Andrew Marr interviewed
The Prime Minister - facing his last few months in power." The guest's label prints the name
(Tshabalala-Msimang:, TONY BLAIR:) and no office. When the words before the lexicon's guest
phrase (`guest_phrases`) end with the surname of a labelled speaker (the host), the phrase is
followed by an office of the lexicon and no one's name, and exactly one other labelled person
speaks, that person's role is the office, as printed.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Person
from teikit.transforms.helpers import names as nm

# The office after the phrase runs to the end of its clause: a dash, a comma, a full stop.
_CLAUSE_END = re.compile(r"\s+[-–—]\s+|[,;:.!?(]")
# An office printed after the phrase has at most this many words.
MAX_OFFICE_WORDS = 8


def office_of_guest(lines: list[str], people: list[Person], lex: Lexicon) -> None:
    """Give the one labelled guest without a role the office an interview line names (see
    the module); `lines` are the title and the lines before the first label."""
    if not lex.guest_phrases:
        return
    speakers = [p for p in people if p.labels and p.name and not p.interpreter]
    surnames = {nm.fold(p.name.split()[-1]): p for p in speakers}
    phrase = compiled_once(rf"(?:['’]s)?\s+(?:{lex.pattern('guest_phrases').pattern})\s+(?:the\s+)?", re.IGNORECASE)
    articles = nm.folded(lex, "articles")
    for line in lines:
        for m in phrase.finditer(line):
            before = line[:m.start()].split()
            host = surnames.get(nm.fold(nm.POSSESSIVE.sub("", before[-1]))) if before else None
            office = _office(line[m.end():], lex, surnames, articles)
            guests = [p for p in speakers if p is not host]
            if host is None or office is None or len(guests) != 1:
                continue
            if guests[0].role is None:
                guests[0].role = office
            return


def _office(text: str, lex: Lexicon, surnames: dict, articles: frozenset) -> str | None:
    """The office that opens `text`, up to the end of its clause: an office word of the lexicon
    in it and no speaker's surname (that is a holder named, for other rules)."""
    words = _CLAUSE_END.split(text, maxsplit=1)[0].split()
    while words and nm.fold(words[0]) in articles:
        words = words[1:]
    if not words or len(words) > MAX_OFFICE_WORDS or not words[0][:1].isupper():
        return None
    office = " ".join(words)
    if any(nm.fold(w) in surnames for w in words) or not lex.whole_words("office_words").search(office):
        return None
    return office
