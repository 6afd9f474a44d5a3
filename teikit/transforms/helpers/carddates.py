"""A speaker's card over an interview: the guest's name, the guest's role and the date of the
talk run together on one line ("Дарья Богачкина Основатель "Тактики и практики" 22 августа
2019г.", "Anna Berger Gründerin von Acme 3. Mai 2021"), as radio and video pages print the card
under the player. The date closing the line is the talk's; the name opening it is a person,
no place (H1733j)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.names import is_name_word

# A month's name (or its abbreviation) in a date: a run of three letters or more.
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
# A card has at most this many words (the name, a role and the organisation, the date).
MAX_CARD_WORDS = 14


def card_dateline(text: str, lex: Lexicon, occasion) -> bool:
    """`text` opens with a personal name of two capitalised words (no particle: "Protokoll der
    Sitzung vom 19.07.2007" is a heading; no institution: "Harbour Board …"), holds more words
    (the role) before a full worded date that closes it, and names no occasion (`occasion`, a
    search: "Jane Roe Press Conference, March 3, 2011" is a headline)."""
    text = text.strip().rstrip(".")
    words = text.split()
    if not 5 <= len(words) <= MAX_CARD_WORDS or not all(w[:1].isupper() and is_name_word(w, lex) for w in words[:2]) \
            or words[0].endswith((",", ":")) or words[1].endswith(":") or occasion.search(text):
        return False
    if any(w.lower() in lex.office_fields for w in words[:2]):
        return False  # "Harbour Board monthly minutes …": an institution, no person
    found = find_date(text, lex)
    return found is not None and found[0] > len(words[0]) + len(words[1]) + 2 and not text[found[1]:].strip() \
        and _MONTH_WORD.search(text, found[0], found[1]) is not None  # a worded date, as cards print it
