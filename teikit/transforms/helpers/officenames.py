"""A personal name printed alone, or after the speaker's office, in a label (L1670i, L1770j).

    Marc Fascher:
    Главный тренер ХК "Ак Барс" Зинэтула Билялетдинов:

A full name is two to four name words (`names.is_name_word`: no office, no common noun), two or
three of them capitalised. A club's or a newsroom's page prints the speaker's office before the
full name (L1770j): the label ends with such a name, and one of its first words is an office or
a calling of the lexicon (`label_role_words`, `role_nouns`, `title_words`; an honorific, "de
heer", is none): the office is every
word before the name, quoted club names and all (N1771j).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.foldwords import fold, folded
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import words_of
from teikit.transforms.helpers.labelwords import single_discourse_word
from teikit.transforms.helpers.names import is_name_word

# The office opens with its office word within this many words ("Главный тренер", "Head
# coach"), and office and name hold at most this many words in all.
MAX_OFFICE_START = 3
MAX_OFFICE_AND_NAME_WORDS = 10


def full_name(base: str, lex: Lexicon) -> bool:
    """A personal name of two or three name words ("Marc Fascher", "Ana de la Rosa")."""
    words = words_of(base)
    return 2 <= len(words) <= 4 and is_mixed_candidate(base, lex) and not single_discourse_word(base, lex) \
        and all(is_name_word(w, lex) for w in words) and sum(w[:1].isupper() for w in words) in (2, 3)


def name_after_office(base: str, lex: Lexicon) -> tuple[str, str] | None:
    """(office, name) of a label that prints an office, then a full name of two or three words
    ("Главный тренер ХК "Ак Барс" Зинэтула Билялетдинов", "Head coach Ann Roe"); None for any
    other label."""
    words = words_of(base)
    if len(words) > MAX_OFFICE_AND_NAME_WORDS:
        return None
    offices = (folded(lex, "label_role_words") | folded(lex, "role_nouns") | folded(lex, "title_words")) \
        - folded(lex, "honorifics") - folded(lex, "articles")  # "de heer J. Smit": a courtesy, no office
    for size in (2, 3):
        office = words[:-size]
        if office and full_name(" ".join(words[-size:]), lex) \
                and any(fold(w.strip(",;:")) in offices for w in office[:MAX_OFFICE_START]):
            return " ".join(office), " ".join(words[-size:])
    return None
