"""A surname alone over the speech, in capitals: the short form of a label printed alone in full
before ("ANDERSON COOPER, CNN HOST" … "COOPER", "SEN. MARK WARNER (D), VIRGINIA" … "WARNER"), as
TV, radio and hearing transcripts print a speaker's later turns (L1722j).

The two forms confirm each other: the full label line is a speaker's because its surname is
printed alone over speech later, and the surname alone is a label because a full label line
over speech ends the person's name with it. A surname that ends two different full names is
nobody's in particular and is left alone.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, words_of

# The person part of a full label line ends at its role (", CNN HOST") or its group (" (D)").
_PERSON_END = re.compile(r",\s|\s\(")
# Words of a full name before its surname (a title, given names): "SEN. MARK WARNER".
MAX_NAME_WORDS = 5


def surname_of(label: str) -> str | None:
    """The last word of the person part of a full label line of two to five words."""
    words = words_of(_PERSON_END.split(base_label(label), 1)[0])
    return words[-1] if 2 <= len(words) <= MAX_NAME_WORDS else None


def long_forms_of_surname(name: str, weak: Counter, spoken: set, lex: Lexicon) -> list[str]:
    """The full label lines alone over speech whose person part ends with `name`, a single
    upper-case word alone over speech; none when they name two different people."""
    if " " in name or name not in spoken or not is_upper_label(name, lex):
        return []
    forms = [n for s, n in weak if s == "alone" and n != name and n in spoken and surname_of(n) == name]
    people = {_PERSON_END.split(base_label(n), 1)[0] for n in forms}
    return forms if len(people) == 1 else []


def surname_alone_over_speech(full_name: str, weak: Counter, spoken: set, lex: Lexicon) -> bool:
    """The surname of `full_name` (the person part of a label line) is printed alone over speech,
    in capitals."""
    words = words_of(full_name)
    surname = words[-1] if 2 <= len(words) <= MAX_NAME_WORDS else None
    return surname is not None and ("alone", surname) in weak and surname in spoken \
        and is_upper_label(surname, lex)


def full_label_with_surname_alone(name: str, weak: Counter, spoken: set, lex: Lexicon) -> bool:
    """ "SEN. MARK WARNER (D), VIRGINIA" alone over the speech: a person part in capitals that a
    role or group follows, whose surname is printed alone over speech later ("WARNER")."""
    parts = _PERSON_END.split(base_label(name), 1)
    return len(parts) == 2 and name in spoken and is_upper_label(parts[0], lex) \
        and surname_alone_over_speech(parts[0], weak, spoken, lex)
