"""Words folded for comparison: case and accents dropped ("António" == "ANTONIO"), and the
lexicon's word sets in the same form. Shared by the name helpers (`names`, `nounroles`)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from teikit.lexicons import LANGUAGES, Lexicon, own


def fold_uncached(word: str) -> str:
    """Case- and accent-insensitive form: "António" == "ANTONIO". For a whole text's words,
    folded into the caller's table (`fold`'s process-wide cache would keep them all)."""
    if word.isascii():  # nothing to decompose: most words of most texts
        return word.lower().strip(".,;:’'\"()")
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip(".,;:’'\"()")


fold = lru_cache(maxsize=65536)(fold_uncached)  # labels' and header words: few, asked often


@lru_cache(maxsize=None)
def folded(lex: Lexicon, name: str) -> frozenset:
    """A word set of the lexicon in the form `fold` gives words ("señor" -> "senor",
    "m." -> "m"), so that accented and abbreviated entries match printed words."""
    return frozenset(fold(w) for w in getattr(lex, name)) - {""}


@lru_cache(maxsize=None)
def folded_in_every_language(name: str) -> frozenset:
    """A word set of every language's own lexicon, folded: for words that keep their sense
    in a text of another language (an English text introduces "Herr Friedrich Merz" and
    "Signora Anna Rossi" as an Italian one introduces "Mr. John Smith")."""
    return frozenset().union(*(folded(own(lang), name) for lang in LANGUAGES))
