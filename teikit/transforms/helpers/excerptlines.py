"""A page's excerpt of its own body, printed under its title (H2545m).

A news or blog page prints, under its title, the teaser its software cuts from the body: the
lines below run together on one line and cut off after a set number of characters, mid-word:

    Full transcript of Ann Roe interview
    If there are images in this attachment, … Transcript of Interview with Ann Roe Q: How are you
    If there are images in this attachment, …
    Transcript of Interview with Ann Roe
    Q: How are you settling in?

The teaser holds the heading below it with other words around it, so it was read as the site
furniture wrapped around a title (`headerneighbours.repeated_title`): the heading became the
title and the page's own first line a stray site line. A header line that opens with the text of
every header line printed below it (two at least, site lines counted), joined by spaces, and
goes on past them (into the speech) is such an excerpt: a summary of the header, which wraps
no title.
"""
from __future__ import annotations

from teikit.model import HeaderKind as K
from teikit.model import HeaderLine

MIN_EXCERPTED_LINES = 2
# The excerpt stands under the title, among the page's first header lines.
MAX_EXCERPT_AT = 4


def mark_body_excerpts(header: list) -> None:
    """Mark each unclaimed header line of `header` (header lines, site lines and notes, in
    source order) that excerpts the lines below it as a summary."""
    texts = [" ".join(getattr(item, "text", "").split()) for item in header]
    for k, item in enumerate(header[:MAX_EXCERPT_AT]):
        below = [t for t in texts[k + 1:] if t]
        if not isinstance(item, HeaderLine) or item.kind != K.UNKNOWN or len(below) < MIN_EXCERPTED_LINES \
                or not texts[k].startswith(below[0]):  # (a cheap test first)
            continue
        joined = " ".join(below)
        if len(texts[k]) > len(joined) and texts[k].startswith(joined + " "):
            item.kind = K.SUMMARY
