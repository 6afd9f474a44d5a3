"""A record page's navigation links between its parts: back to the top, and the link printed
right after it (B2490m).

A chamber's record published as one long page prints, at each break between its parts, a
link back to the top of the page and one to the page above it, one a line, inside the record:
`Al inicio de esta página` / ` A Dirección de Taquígrafos` (an image link's text) between a
stage line and the next agenda heading. The first is a back link (the lexicon's
`back_links`); the second, a few words in title case opening with a preposition (a small word
of the lexicon that is no article: "A", "To"), no sentence's end and no line in capitals, is the
link beside it. Both are site lines. A name alone (`Ann Roe`) or a heading in capitals under a
back link opens with no such word and stays as it was.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon, own
from teikit.transforms.helpers import names as nm

MAX_LINK_WORDS = 5
_CLOSED = tuple(".,;:!?")


def back_links(texts: list[str], lex: Lexicon) -> set[int]:
    """Indexes (into `texts`, the document's lines) of back links and the link after each."""
    if not lex.back_links:
        return set()
    pattern = lex.pattern("back_links")
    out: set[int] = set()
    for n, text in enumerate(texts):
        if len(text) < 60 and pattern.fullmatch(text.strip()):
            out.add(n)
            if n + 1 < len(texts) and _link_beside(texts[n + 1], lex):
                out.add(n + 1)
    return out


def _link_beside(text: str, lex: Lexicon) -> bool:
    words = text.split()
    if not 2 <= len(words) <= MAX_LINK_WORDS or text.rstrip().endswith(_CLOSED) or text.isupper():
        return False
    mine = own(lex.lang)  # (the document's language alone: English "a" is an article, Spanish "a" a preposition)
    small = nm.folded(mine, "small_words") - nm.folded(mine, "articles") - nm.folded(mine, "indefinite_articles")
    return nm.fold(words[0]) in small and words[0][:1].isupper() \
        and all(w[:1].isupper() or nm.fold(w) in small for w in words[1:]) and any(w[:1].isupper() for w in words[1:])
