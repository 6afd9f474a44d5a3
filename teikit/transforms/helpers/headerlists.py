"""Lists in a page's header: bulleted lines (a menu, a language switcher, a page's tags),
never the title; and the participants of a call, one per line.

A run of two or more header lines that each open with a bullet ("• en - English", "▪ Home",
"• Interview with Ann Lee") is a list the page prints as navigation or tags: page furniture,
whatever the length of its entries (`headerruns.menu_runs` reads longer runs of short
entries, with or without bullets). The line right above it that ends with a colon ("Choose
the language of your document:") is the list's own heading. Earnings-call pages list their
executives and analysts before the call, each as a name, a spaced dash (or double hyphen) and
a role or company ("Ann Lee – Chief Financial Officer").
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.namerolelines import name_role_line
from teikit.transforms.helpers.participantlists import list_entry_lines

MIN_LIST_ITEMS = 2
# Kinds a participant line may have been given by its shape alone ("Ann Lee – Geneva, CH"
# reads as a place).
_LISTABLE = (HeaderKind.UNKNOWN, HeaderKind.TITLE, HeaderKind.PLACE, HeaderKind.VENUE)


def listed_participants(lines: list[HeaderLine], lex: Lexicon) -> None:
    """Two or more header lines of the shape "Ann Lee – Chief Financial Officer" (a name, a
    spaced dash or double hyphen, a role or company), as earnings-call pages list their
    executives and analysts, are bylines: each gives that person's full name and role, and
    none is the title, a place or a venue. A heading of the lexicon right above an entry
    ("Corporate Participants", "Analysts") is the list's, a field line, not a subtitle (L300i)."""
    under_heading = list_entry_lines([h.text for h in lines], lex)  # "Ann Lee - CFO" under one (L1270h)
    listed = [h for k, h in enumerate(lines) if h.kind in _LISTABLE and (name_role_line(h.text.strip()) or k in under_heading)]
    if len(listed) >= MIN_LIST_ITEMS:
        for h in listed:
            h.kind = HeaderKind.BYLINE
        entries = {id(h) for h in listed}
        for above, below in zip(lines, lines[1:]):
            if id(below) in entries and above.kind in _LISTABLE and id(above) not in entries \
                    and " ".join(above.text.split()).lower().rstrip(":") in lex.participant_headings:
                above.kind = HeaderKind.METADATA


# A bullet that opens a list item: a typographic bullet or a star, then a space.
_BULLET_ITEM = re.compile(r"^\s*[•·▪◦‣►▶■□●○*][ \t\u00a0]+\S")


def bulleted_menus(lines: list[HeaderLine]) -> None:
    """Mark the header's bulleted lists (and their colon headings) as page furniture."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _BULLET_ITEM.match(lines[j].text):
            j += 1
        if j - i >= MIN_LIST_ITEMS:
            for h in lines[i:j]:
                if h.kind == HeaderKind.UNKNOWN:
                    h.kind = HeaderKind.BOILERPLATE
            above = lines[i - 1] if i else None
            if above is not None and above.kind == HeaderKind.UNKNOWN and above.text.rstrip().endswith((":", "：")):
                above.kind = HeaderKind.BOILERPLATE
        i = max(j, i + 1)
