"""A member's colon label printed once, right under the chair's turn that gives that member the
floor (L2493m).

A record quoted in a memoir or an article keeps a few exchanges: `Председатель: «Слово
принадлежит члену Государственной Думы Шульгину».` / `Шульгин-второй: «Я не могу …»`. The
member's label is printed once, one word in mixed case, which is no evidence alone (a surname
and a colon open sentences too). The chair's line right above names the member, in any case
of the language (`Шульгину`, `Вязигину`): the chair has given that member the floor (as
`given_the_floor` reads it for a member's label with a full stop, L1725j). A colon label of one
or two capitalised words (a surname may carry the record's ordinal after a hyphen,
`Шульгин-второй`: the second deputy of that name) whose surname the last sentence of the chair's
line prints is a label. A surname the chair's line does not print, or a line under no chair's
label, stays speech.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.memberlabels import given_the_floor

MAX_MEMBER_WORDS = 2
MIN_SURNAME_CHARS = 3


def floor_given(name: str, above: str, above_found: list, lex: Lexicon) -> bool:
    """`name` (a colon label's) is the member the chair's line `above` gives the floor to;
    `above_found`: the label candidates of that line."""
    words = name.split()
    if not 1 <= len(words) <= MAX_MEMBER_WORDS or not all(w[:1].isupper() for w in words):
        return False
    chair = next((c for c in above_found if c.shape == "colon"), None)
    if chair is None or nm.fold(chair.name.split()[-1]) not in nm.folded(lex, "chair_words"):
        return False
    surname = member_surname(words[-1], lex)
    return len(surname) >= MIN_SURNAME_CHARS and surname.isalpha() and given_the_floor(surname, [above], True)


def member_surname(word: str, lex: Lexicon) -> str:
    """ "Шульгин" of "Шульгин-второй": the surname without the ordinal a record adds after a
    hyphen to tell two members of one name apart (the lexicon's `ordinals`)."""
    head, dash, tail = word.rpartition("-")
    return head if dash and head and nm.fold(tail) in nm.folded(lex, "ordinals") else word
