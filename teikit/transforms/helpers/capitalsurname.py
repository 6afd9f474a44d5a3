"""Names printed with the surname in capitals (N2248l).

French and Italian pages print a person's surname in capitals after the given name: "Interview
de Jean-Victor TRAORÉ après le match", and headlines set whole in capitals: "EN TETE DE
RAQUETTE AVEC JEAN-VICTOR TRAORE". A label that is the given name ("Jean-Victor :") then finds:

* in a line of mixed case, the surname in capitals right after it: the full name is both
  (`surname_after`); a word in capitals that is a small word or an office is none;
* in a line in capitals, no name boundary from the case: the words before the given name are
  name words only up to a small word of the lexicon that is no name particle ("AVEC", "WITH";
  not "DE", `stops_name_in_capitals`), and a headline that gives no more than the label's own
  word names no one, so the lines below it (a standfirst) are read (`holders.from_header`).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

_CAPITALS = re.compile(r"^[^\W\d_]{2,}(?:[-'’][^\W\d_]{2,})*$")  # letters (and hyphens): no digits
_PUNCTUATION = ",.;:!?"


def stops_name_in_capitals(word: str, lex: Lexicon) -> bool:
    """A word of a line in capitals the name before a label's word does not run back over."""
    w = word.strip(_PUNCTUATION).lower()
    return w in lex.small_words and w not in lex.name_particles


def surname_after(words: list[str], printed: list[str], i: int, lex: Lexicon, is_title_word) -> bool:
    """The word after the given name `words[i]` (printed in mixed case, no stop after it) is a
    surname in capitals."""
    if i + 1 >= len(words) or words[i].isupper() or printed[i][-1:] in _PUNCTUATION:
        return False
    surname = words[i + 1].rstrip(_PUNCTUATION)
    return surname.isupper() and _CAPITALS.match(surname) is not None and surname.lower() not in lex.small_words \
        and not is_title_word(surname, lex)


def bare_label_word(name: str, key: tuple[str, ...], headline: str) -> bool:
    """A headline in capitals that prints only the label's words as the name."""
    return headline.isupper() and len(name.split()) <= len(key)
