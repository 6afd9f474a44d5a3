"""An office printed before a speaker's honorific and surname, as the turn before theirs says
it (N1313h): "I am now ready to take the oath of office from the Dean of the Congress of the
United States, Mr. Dingell." before Dingell's first turn gives him the role "Dean of the
Congress of the United States". Floor records and hearings introduce a member so."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Person, Turn
from teikit.transforms.helpers import names as nm

# The office: a capitalised word, then up to nine words, capitalised or small joining words.
_OFFICE = r"(?P<office>[A-Z][\w'’-]+(?:\s+(?:of|the|for|and|on|[A-Z][\w'’-]+)){0,9})"


def offices_in_apposition(turns: list[Turn], people: list[Person], lex: Lexicon, before_first_turn) -> None:
    """Each person named by a surname alone and with no role, whose first turn follows turns
    that print "the <Office>, <honorific> <Surname>" once: that office is their role.
    `before_first_turn(turns, first, person)`: the speech just before the first turn."""
    first_at: dict[str, int] = {}
    for person in people:
        if person.role or not person.name or " " in person.name.strip():
            continue
        if not first_at:
            for k, turn in enumerate(turns):
                first_at.setdefault(turn.who, k)
        texts = before_first_turn(turns, first_at.get(person.id), person)
        flags = re.IGNORECASE if person.name.isupper() else 0
        if not texts or not _mentioned(person.name.strip(), texts, flags):
            continue
        honorifics = "|".join(re.escape(h) for h in sorted(lex.honorifics, key=len, reverse=True) if h != "the")
        office_before = rf"\bthe\s+{_OFFICE},\s+(?i:{honorifics})\.?\s+"
        # (an office before an honorific at all, compiled once per lexicon, before the pattern of
        # the name, compiled per person: most texts print none)
        if not any(compiled_once(office_before, flags).search(text) for text in texts):
            continue
        pattern = re.compile(rf"{office_before}{re.escape(person.name.strip())}\b", flags)
        found = {" ".join(m.group("office").split()) for text in texts for m in pattern.finditer(text)}
        if len(found) == 1:
            person.role = found.pop()


def _mentioned(name: str, texts: list[str], flags: int) -> bool:
    """Whether a text holds the name as the pattern above reads it: a test to run first, since
    that pattern, with the lexicon's honorifics, costs a millisecond to compile per person."""
    if not flags:
        return any(name in text for text in texts)
    named = re.compile(re.escape(name), flags)
    return any(named.search(text) for text in texts)
