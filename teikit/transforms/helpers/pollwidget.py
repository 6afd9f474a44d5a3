"""A poll widget printed with the page (B2246l).

A site's sidebar poll comes out of a page capture as its heading, its question, its answers
if any, and its link to the results, each on a line of its own:

    Sondage
    Que pensez-vous de la nouvelle équipe de l'ALM Evreux Basket ?
    Résultats

The question was read as the opening of a speech. A poll heading alone on its line (lexicon
`poll_headings`) with the results link alone on a line a few lines below it (`poll_results`)
is a poll: its lines, heading and link included, are the site's. A heading without the link
(a page's section "Sondage" over an article about a poll) stays as it was.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon

MAX_POLL_LINES = 8  # the question and its answers between heading and link


def poll_lines(texts: list[str], lex: Lexicon) -> set[int]:
    """Indexes (into `texts`, the document's lines) of the lines of poll widgets."""
    if not lex.poll_headings or not lex.poll_results:
        return set()
    heading, results = lex.pattern("poll_headings"), lex.pattern("poll_results")
    found: set[int] = set()
    for n, text in enumerate(texts):
        if len(text) > MAX_HEADING_CHARS or heading.fullmatch(text.strip()) is None:
            continue
        end = next((k for k in range(n + 2, min(n + 2 + MAX_POLL_LINES, len(texts)))
                    if results.fullmatch(texts[k].strip())), None)
        if end is not None:
            found.update(range(n, end + 1))
    return found


MAX_HEADING_CHARS = 40
