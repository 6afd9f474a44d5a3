"""A street address printed alone on a header line ("60 Wall Street", "12, rue de Rivoli",
"Wilhelmstraße 54", "Piazza Colonna 370"): where a meeting or an event took place, as minutes
and event pages print it under their date (H300f). Used by the header's line classifier.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

# An address is short: a number, a street word and the street's name, maybe a district.
MAX_ADDRESS_WORDS = 7
_HOUSE_NUMBER = re.compile(r"(?<![\w.,:/-])\d{1,5}[a-zA-Z]?(?![\w.:/-]|,\d)")


@lru_cache(maxsize=None)
def _street(lex: Lexicon) -> re.Pattern | None:
    if not lex.street_words:
        return None
    words = "|".join(f"(?:{w})" for w in lex.street_words)
    # (a compound's street word, "Wilhelmstraße", is written with its stem in the lexicon)
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.IGNORECASE)


def street_address(text: str, lex: Lexicon) -> bool:
    """A line that is only a street address: a house number and a street word of the lexicon
    (`street_words`), at most `MAX_ADDRESS_WORDS` words, every word after the first of the
    street's name capitalised or a number or a small word ("rue de la Paix")."""
    text = text.strip().rstrip(".")
    street = _street(lex)
    words = text.split()
    if street is None or not 2 <= len(words) <= MAX_ADDRESS_WORDS or not _HOUSE_NUMBER.search(text):
        return False
    if not street.search(text) or any(c in text for c in ":;?!()[]\"“”«»|@"):
        return False
    small = lex.small_words | lex.articles
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower().strip(",") in small or street.fullmatch(w.strip(",")) or street.fullmatch(w.strip(",."))
               for w in words)
