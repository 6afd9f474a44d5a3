"""A related-articles box printed inside the speech: its heading over dashed links (B600a).

A news page prints a box of links to its other articles between two answers: a heading
(`Alles zum Thema Geißbockheim`, the lexicon's `related_box_headings`) over one link a line,
each opened by a dash or bullet (`- Frauenfußball Erfolgreicher Einstand von ...`). The
heading alone is a common phrase that may open a sentence; with at least two dashed lines
right under it (in its paragraph or in the next ones, one a line) it is the box, and the heading and its links are site
lines.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

MIN_LINKS = 2  # one dashed line under such a heading may be a speaker's list
MAX_LINK_CHARS = 220
_LINK = re.compile(r"^\s*[-–•·]\s+\S")


def related_box_lines(texts: list[str], owners: list[int], lex: Lexicon) -> set[int]:
    """Indexes (into `texts`) of each box's heading and its dashed link lines."""
    if not lex.related_box_headings:
        return set()
    heading = lex.pattern("related_box_headings")
    found: set[int] = set()
    for n, text in enumerate(texts):
        if len(text) > MAX_LINK_CHARS or not heading.fullmatch(text.strip()):
            continue
        links = []
        for m in range(n + 1, len(texts)):
            if owners[m] - owners[m - 1] > 1 or len(texts[m]) > MAX_LINK_CHARS or not _LINK.match(texts[m]):
                break
            links.append(m)
        if len(links) >= MIN_LINKS:
            found.update([n, *links])
    return found
