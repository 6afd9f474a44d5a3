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

import re

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


# H2543m: a blog post's title under the blog's date header, over the post's lead.
MAX_POST_TITLE_WORDS = 12
_INNER_END = re.compile(r"[.!?…]\s")


def post_headline_under_date(header: list, lines: list):
    """A blog prints each post under its date header, the post's title, then its lead:
    `Tuesday, February 20, 2007` / `And now an interview with Ann Roe.` / `The Harbour Monitor
    has an interview with …`. The title is typed as the author likes, a full stop and the
    speaker's name in it, so it was read as a first sentence of the lead. The line right under
    a date line that opens the page is the title when it is one short sentence (two to
    `MAX_POST_TITLE_WORDS` words, capitalised) right over a longer line of the lead, of
    `MIN_LEAD_WORDS` at least, closing with a full stop (H2543m). None otherwise."""
    if len(lines) < 3 or not header or header[0] is not lines[0] or lines[0].kind != K.DATE:
        return None
    title, lead = lines[1], lines[2]
    text, below = title.text.strip(), lead.text.strip()
    if title.kind not in _UNCLAIMED or lead.kind not in _UNCLAIMED or _INNER_END.search(text) \
            or not 2 <= len(text.split()) <= MAX_POST_TITLE_WORDS or not text[:1].isupper():
        return None
    return title if below.endswith(_LEAD_CLOSE) and len(below) > len(text) and len(below.split()) >= MIN_LEAD_WORDS \
        else None
