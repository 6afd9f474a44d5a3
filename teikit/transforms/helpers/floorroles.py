"""The office the chair's call prints before a member's surname is the member's role (R2495m).

`Председатель: «Слово принадлежит члену Государственной Думы Вязигину».` / `Вязигин: «…»`:
the chair gives the floor to the member by office and surname, the surname in the case the
call puts it in (the lexicon's `name_cases`: `Вязигину` is `Вязигин`). The words between the
call (the lexicon's `introductions`: `слово принадлежит`, `слово предоставляется`) and the
surname are the member's office (five words at most, opening with a word in lower case). It
is given in the nominative when the text prints that form too (`Член Государственной Думы
Пуришкевич`), else as the call prints it (N1405i). Only a member labelled by the surname alone,
with no role yet, and only in a turn of the chair (the lexicon's `chair_words`), is read.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.namecases import _nominative, office_in_nominative

MAX_OFFICE_WORDS = 5
MAX_CHAIR_CHARS = 20_000  # the chair's words read, at most


def floor_roles(doc: Transcript, turns: list[Turn], people: list, lex: Lexicon) -> None:
    if not lex.name_cases or not lex.introductions:
        return
    wanted = {nm.fold(p.name): p for p in people if p.role is None and p.name and len(p.name.split()) == 1}
    chair = {p.id for p in people if p.role and nm.fold(p.role.split()[-1]) in nm.folded(lex, "chair_words")}
    if not wanted or not chair:
        return
    said = _chair_words(turns, chair)
    calls = re.compile(lex.alternation("introductions"), re.IGNORECASE)
    for m in re.finditer(r"[^\W\d_][\w-]*", said):
        person = wanted.get(nm.fold(_surname(m.group(), lex)))
        if person is None or person.role is not None:
            continue
        office = _office_before(said[max(0, m.start() - 200):m.start()], calls)
        if office:
            person.role = _as_printed_elsewhere(office, said, lex)


def _chair_words(turns: list[Turn], chair: set[str]) -> str:
    out, size = [], 0
    for turn in turns:
        if turn.who in chair:
            for item in turn.paragraphs:
                if type(item) is Paragraph:
                    out.append(item.text)
                    size += len(out[-1])
        if size > MAX_CHAIR_CHARS:
            break
    return "\n".join(out)


def _surname(word: str, lex: Lexicon) -> str:
    """The word put back in the nominative by the first case of the lexicon that changes it."""
    for endings in lex.name_cases:
        nominative = _nominative(word, endings)
        if nominative != word:
            return nominative
    return word


def _office_before(before: str, calls: re.Pattern) -> str | None:
    """The words between a call of the lexicon and the end of `before`, or None."""
    words = before.split()
    for k in range(1, min(MAX_OFFICE_WORDS, len(words)) + 1):
        if calls.search(" ".join(words[:-k]) + " "):
            office = words[-k:]
            return " ".join(office) if office[0][:1].islower() and office[0].isalpha() else None
    return None


def _as_printed_elsewhere(office: str, text: str, lex: Lexicon) -> str:
    """The office in the nominative when the text prints that form (any case of its letters)."""
    nominative = office_in_nominative(office, lex)
    return nominative if nominative != office and nominative.casefold() in text.casefold() else office
