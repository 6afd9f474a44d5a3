"""A headline that closes like a question or a trailing-off phrase, over its lead (H712b).

    What Does It Take to Run a Marathon at Eighty?
    In the second part of our series, two veteran runners talk about training, injuries ...

    Über Siege, Niederlagen und Trainer, die eigentlich Spieler sein wollten…
    Im dritten Teil unserer Serie spricht der Vereinsvorsitzende über die Geschichte des Clubs.

`headerneighbours.first_line_headline` takes the page's first line as the title when it does
not close like a sentence. A magazine's headline often closes with a question mark or an
ellipsis; it is still the headline when it stands first, of a heading's length, right over a
lead longer than itself, of `MIN_LEAD_WORDS` words at least, that closes with a full stop (or
an ellipsis).
Used only when no other rule found a title.
"""
from __future__ import annotations

from teikit.model import HeaderKind as K

# The headline's words at most; its lead's words at least (and the lead is the longer line).
MAX_HEADLINE_WORDS = 20
MIN_LEAD_WORDS = 10

_HEADLINE_CLOSE = ("?", "…", "...", "!", "？", "！")
_LEAD_CLOSE = (".", "…", "。")
_UNCLAIMED = (K.UNKNOWN, K.SUMMARY)


def headline_over_lead(header: list, lines: list):
    """The page's first line as its title (see the module's docstring); None otherwise."""
    if len(lines) < 2 or not header or header[0] is not lines[0]:
        return None
    first, lead = lines[0], lines[1]
    text, below = first.text.strip(), lead.text.strip()
    if first.kind not in _UNCLAIMED or lead.kind not in _UNCLAIMED or not text.endswith(_HEADLINE_CLOSE):
        return None
    if not 2 <= len(text.split()) <= MAX_HEADLINE_WORDS or text[:1].islower() or text.startswith(("...", "…")):
        return None
    return first if below.endswith(_LEAD_CLOSE) and len(below) > len(text) and len(below.split()) >= MIN_LEAD_WORDS \
        else None
