"""Titles read from lines that are more than a title: a first date line that names what it
dates ("Legislative Council: Thursday, March 24, 2016"), an ideographic title followed by its
reporter's credit ("莫言访谈录 《南方周末》记者"). Used by `transforms.setting`."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.dates import find_date


def without_credit(title: str, lex: Lexicon) -> str:
    """ "莫言访谈录 《南方周末》记者": a title in ideographs, a space, and its reporter's credit
    (an outlet's reporter, lexicon `outlets`) is the title without the credit."""
    head, _, tail = title.rpartition(" ")
    if head and nm.is_cjk(head) and " " not in head.strip() and lex.outlets \
            and lex.pattern("outlets", 0).fullmatch(tail):
        return head.strip()
    return title


# Words of letters before the date (which takes its weekday in) that make a first date line
# a heading: "Legislative Council: Thursday, March 24, 2016", not "Sitting: Monday, 3 May 2021".
MIN_HEADING_WORDS = 2


def named_date_line(lines: list[HeaderLine], lex: Lexicon) -> str | None:
    """Without any title line, a first header line that is a date line naming what it dates
    before the date ("Legislative Council: Thursday, March 24, 2016") is the title as well."""
    if not lines or lines[0].kind != K.DATE:
        return None
    text = lines[0].text.strip()
    found = find_date(text, lex)
    if found is None:
        return None
    named = [w for w in re.split(r"[\s,:;–—-]+", text[:found[0]]) if w.isalpha()]
    return text if len(named) >= MIN_HEADING_WORDS else None
