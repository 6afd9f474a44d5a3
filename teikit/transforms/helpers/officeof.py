"""An office label's fuller office in the host's words (N141h): "It's a great pleasure to
receive my colleague, the foreign minister of Angola" before FOREIGN MINISTER ANTONIO's first
turn gives him the role "foreign minister of Angola" (lexicon `office_of`, templates with the
office and what it is of)."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Person, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.labelparts import label_parts
from teikit.transforms.helpers.officeapposition import offices_in_apposition

# The turns before a speaker's first turn read for the introduction, and their opening characters.
INTRO_TURNS = 2
INTRO_CHARS = 3000
# What an office is of: one to four capitalised words, "the" before them allowed.
_PLACE = r"(?P<of>(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"


def offices_of(turns: list[Turn], people: list[Person], lex: Lexicon) -> None:
    """The role of a speaker whose label prints an office (FOREIGN MINISTER ANTONIO) and whose
    role does not say what it is of, when the other speakers' turns just before their first
    turn name that office of one place, once: the host's introduction. Not when another
    speaker's label prints the same office (two presidents: the phrase may be either's)."""
    if lex.honorifics:
        offices_in_apposition(turns, people, lex, _before_first_turn)  # "the Dean of …, Mr. Dingell" (N1313h)
    if not lex.office_of:
        return
    offices: dict[str, list[Person]] = {}
    for person in people:
        office = label_parts(person.labels[0], lex).office if person.labels else None
        if office and person.name:
            offices.setdefault(nm.fold(office), []).append(person)
    first_at: dict[str, int] = {}  # person id -> the index of their first turn, on first need
    for folded, holders in offices.items():
        person = holders[0]
        if len(holders) > 1 or (person.role and not nm.fold(person.role).endswith(folded)):
            continue  # shared, or a role that says more than the office already
        office = label_parts(person.labels[0], lex).office
        if not first_at:
            for k, turn in enumerate(turns):
                first_at.setdefault(turn.who, k)
        texts = _before_first_turn(turns, first_at.get(person.id), person)
        phrase = _phrase(office, lex) if texts else None
        found = {m.group(0): m for text in texts for m in phrase.finditer(text)}
        names = {nm.fold(w) for w in (person.name or "").split()}
        roles = {_without_name(m.group(0)[m.start("office") - m.start():], names) for m in found.values()}
        if len({nm.fold(r) for r in roles}) == 1 and (role := roles.pop()):
            person.role = role


def _without_name(role: str, names: set[str]) -> str:
    """ "foreign minister of Angola Tete António" -> "foreign minister of Angola": the
    office ends where the person's own name begins."""
    words = role.split()
    cut = next((k for k, w in enumerate(words) if k > 1 and nm.fold(w) in names), len(words))
    return " ".join(words[:cut]) if not words[cut - 1].lower() in ("of", "the") else ""


def _before_first_turn(turns: list[Turn], first: int | None, person: Person) -> list[str]:
    """The speech of the other speakers' turns just before `turns[first]`, the person's first."""
    if not first:
        return []
    texts = []
    for turn in turns[max(0, first - INTRO_TURNS):first]:
        if turn.who != person.id:
            texts.extend(p.text[:INTRO_CHARS] for p in turn.paragraphs if isinstance(p, Paragraph))
    return texts


@lru_cache(maxsize=256)  # (offices recur from one document to the next: "FOREIGN MINISTER")
def _phrase(office: str, lex: Lexicon) -> re.Pattern:
    words = r"\s+".join(re.escape(w) for w in office.split())
    templates = "|".join(f"(?:{t})" for t in lex.office_of)
    return re.compile(templates.replace("{office}", f"(?P<office>(?i:{words}))").replace("{place}", _PLACE))
