"""A label of one letter named from the title (N142h): "K:" in "Katie Couric Interview: ...",
"S." and "M." in "# 24 Steve & Matthieu - Le Podcast". Interviews and podcasts label their
speakers by an initial; the title names them."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.titlenames import names_in

_LETTER = re.compile(r"^\s*([^\W\d_])\.?\s*[:：]?\s*$")
# Two given names joined in a title: "Steve & Matthieu", "Ann and Bo".
_PAIR = re.compile(r"(?<![\w-])([^\W\d_][\w'’-]+)\s+(?:&|\+|and|et|und|y|e|и)\s+([^\W\d_][\w'’-]+)(?![\w-])")
# The full names a title offers have two or three words.
MAX_TITLE_NAME_WORDS = 3


def letter_labels(people: list[Person], titles: list[str], lex: Lexicon) -> None:
    """Each speaker labelled by one letter (and nothing else) gets the one name of the title
    whose first word begins with that letter: a name of two or three words (`titlenames.names_in`)
    or one of two given names joined by "&" or "and". Two candidates, or a name another
    speaker has, and none is taken; a question or answer letter of the lexicon (`I:`, `B:`,
    `P:`, `R:`) stands for a voice, not an initial."""
    voices = {v.upper() for v in (*lex.question_labels, *lex.answer_labels)}  # "I:"/"B:": interviewer, interviewee
    lettered = [(p, m.group(1).upper()) for p in people
                if p.labels and (m := _LETTER.match(p.labels[0])) and (p.name is None or len(p.name.strip(". ")) == 1)
                and m.group(1).upper() not in voices]
    if not lettered or not titles:
        return
    candidates: dict[str, str] = {}
    for title in titles:
        for name in names_in(title, lex):
            if 2 <= len(name.split()) <= MAX_TITLE_NAME_WORDS:
                candidates.setdefault(nm.fold(name), name)
        for m in _PAIR.finditer(title):
            for word in m.groups():
                if word[:1].isupper() and not word.isupper():
                    candidates.setdefault(nm.fold(word), word)
    taken = {nm.fold(p.name) for p in people if p.name}
    for person, letter in lettered:
        found = {k: v for k, v in candidates.items() if v[:1].upper() == letter and k not in taken}
        if len(found) == 1:
            person.name = next(iter(found.values()))
            taken.add(nm.fold(person.name))
