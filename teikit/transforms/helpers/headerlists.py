"""The participants of a call, listed in the header one per line.

Earnings-call pages list their executives and analysts before the call, each as a name, a
spaced dash (or double hyphen) and a role or company ("Ann Lee – Chief Financial Officer").
"""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from teikit.transforms.helpers.labelshapes import name_role_line

MIN_LIST_ITEMS = 2
# Kinds a participant line may have been given by its shape alone ("Ann Lee – Geneva, CH"
# reads as a place).
_LISTABLE = (HeaderKind.UNKNOWN, HeaderKind.TITLE, HeaderKind.PLACE, HeaderKind.VENUE)


def listed_participants(lines: list[HeaderLine]) -> None:
    """Two or more header lines of the shape "Ann Lee – Chief Financial Officer" (a name, a
    spaced dash or double hyphen, a role or company), as earnings-call pages list their
    executives and analysts, are bylines: each gives that person's full name and role, and
    none is the title, a place or a venue."""
    listed = [h for h in lines if h.kind in _LISTABLE and name_role_line(h.text.strip())]
    if len(listed) >= MIN_LIST_ITEMS:
        for h in listed:
            h.kind = HeaderKind.BYLINE
