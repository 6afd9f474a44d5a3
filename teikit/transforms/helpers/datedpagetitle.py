"""The page's headline that names the record's day, over the record's own heading that names
it again (H2220l): the title the reposting site or archive gives the record."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.dates import find_date

# Words of letters besides the date that make a dated line a headline ("Inbreng 50PLUS PS
# 9 maart 2022"), not a dateline ("Brussels, 9 March 2022").
MIN_NAMING_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+(?=\s|$|[,.:;])")


def dated_page_title(lines: list, candidates: list, lex: Lexicon):
    """The first candidate heading, when it names a day after words of its own ("Inbreng
    50PLUS PS 9 maart 2022", "Seduta del consiglio regionale del 30/07/2025 n. 187") and a
    later header line gives the same day in other words ("Notulen van de fysieke vergadering
    van 9 maart 2022", "Mercoledì, 30 luglio 2025"): the page's headline over the record's
    own heading, the title (H2220l). A later line that holds the headline whole is its copy
    (left to `repeated_title`); None without such a headline."""
    if not candidates:
        return None
    first = candidates[0]
    found = find_date(first.text, lex)
    if found is None or len(_WORD.findall(first.text[:found[0]])) < MIN_NAMING_WORDS:
        return None
    whole = " ".join(first.text.split())
    later = lines[lines.index(first) + 1:]
    return first if any(whole not in " ".join(h.text.split()) and _same_day(h.text, found[2], lex)
                        for h in later) else None


def _same_day(text: str, iso: str, lex: Lexicon) -> bool:
    found = find_date(text, lex)
    return found is not None and found[2] == iso
