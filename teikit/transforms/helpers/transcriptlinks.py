"""Links to a site's other transcripts at the top of a transcript page (B2166k).

A podcast's transcription page prints, above the host's first label, links to its other
transcription pages, one a line, each a guest's name and the same closing words:

    Liz Covart Interview Transcription
    Jessica Rhodes Interview Transcription

Each alone could be the page's title. Two lines in a row or more among the page's first
lines, each a few capitalised words ending in the same two words, the last a word for a
transcript (lexicon `transcript_words`), are such links: site lines, not the title.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.lines import runs_by

MIN_LINKS = 2
MAX_TOP_LINES = 12   # the links stand among the page's first lines
MAX_LINK_WORDS = 8
_PUNCTUATION = tuple(".,;:!?")


def transcript_links(texts: list[str], lex: Lexicon) -> set[int]:
    """Indexes (into `texts`, the document's lines) of such runs of links."""
    if not lex.transcript_words:
        return set()
    words = lex.pattern("transcript_words")
    links = runs_by(texts[:MAX_TOP_LINES], lambda text: _link_tail(text, words))
    return {n for _, run in links if len(run) >= MIN_LINKS for n in run}


def _link_tail(text: str, words) -> str | None:
    """The last two words of a link's line ("interview transcription"), or None."""
    parts = text.split()
    if not 3 <= len(parts) <= MAX_LINK_WORDS or text.rstrip().endswith(_PUNCTUATION) \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in parts) or not words.search(parts[-1].lower()):
        return None
    return " ".join(parts[-2:]).lower()
