"""A page's tab bar at the top of an event or programme page (B2261l): the page's sections,
one a line, each a list dash or bullet and a few words in capitals, one of them the transcript
tab:

    - ABOUT THE EVENT
    - AGENDA
    - TRANSCRIPT

Each could pass for a heading and the first for the page's title. Two lines in a row or more
among the page's first lines, each a dash or bullet and one to four words in capitals without
sentence punctuation, one of them a word for a transcript (lexicon `transcript_words`), are
such tabs: site lines. A list of names in capitals ("- ANN LEE" / "- BEN KAY") has no
transcript tab and stays as it was.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelshapes import list_bullet
from teikit.transforms.helpers.lines import runs_by

MIN_TABS = 2
MAX_TOP_LINES = 12   # the tabs stand among the page's first lines
MAX_TAB_WORDS = 4
_PUNCTUATION = frozenset(".,;:!?…")


def page_tabs(texts: list[str], lex: Lexicon) -> set[int]:
    """Indexes (into `texts`, the document's lines) of the runs of tabs."""
    if not lex.transcript_words:
        return set()
    words = lex.pattern("transcript_words")
    tabs = runs_by(texts[:MAX_TOP_LINES], lambda text: _tab(text) is not None or None)
    return {n for _, run in tabs if len(run) >= MIN_TABS and any(words.search(_tab(texts[k]).lower()) for k in run)
            for n in run}


def _tab(text: str) -> str | None:
    """The words of a tab's line ("ABOUT THE EVENT" of "- ABOUT THE EVENT"), or None."""
    bullet = list_bullet(text.strip())
    words = text.strip()[bullet:]
    if not bullet or not words or not 1 <= len(words.split()) <= MAX_TAB_WORDS or _PUNCTUATION & set(words) \
            or not words.isupper():
        return None
    return words
